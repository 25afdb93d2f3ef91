// The search page's filters on small screens: folded behind the heading's disclosure button, so
// the results come first on a phone (six filter groups pushed the first result below the first
// screen). On wider screens the filters stay open beside the results and the button is not shown
// (CSS in haku.astro). Without JavaScript nothing is folded.

/** Folds the filters of the search page and wires the button; idempotent. */
export function foldFilters(root: HTMLElement): void {
  const section = root.querySelector<HTMLElement>('.search-filters');
  const button = section?.querySelector<HTMLButtonElement>('.search-filters__toggle');
  if (!section || !button || section.hasAttribute('data-foldable')) return;
  section.setAttribute('data-foldable', '');
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    section.toggleAttribute('data-open', open);
  };
  setOpen(false);
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
}
