// Building the chosen list on the pages services are picked from: the referral finder's rows, search
// results and a service page get a "Lisää listalle" toggle; the list rides along in the #fragment
// (#lista=a,b) of this page and of every link and form on it, so it survives a reload and the way
// to the next page, and "Avaa valittu lista (N)" opens the list page. Nothing is stored or sent.
import { CARRY_PARAM, listHref, parseCarried, toggleId, withCarried } from '../lib/chosen-list/list-url.ts';

const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

/** /palvelu/<id>/ or /sv/palvelu/<id>/ → the id. */
const serviceIdOf = (href: string): string | undefined => /\/palvelu\/([a-z0-9-]+)\/?$/.exec(new URL(href, location.href).pathname)?.[1];

function start(bar: HTMLElement): void {
  const strings = bar.dataset;
  const status = document.querySelector<HTMLElement>('[data-list-status]');
  const open = bar.querySelector<HTMLAnchorElement>('[data-open-list]');
  const pageLang = document.documentElement.lang;
  let ids = parseCarried(location.hash);

  const toggles = () => [...document.querySelectorAll<HTMLButtonElement>('button[data-list-toggle]')];

  function render(): void {
    bar.hidden = ids.length === 0;
    if (open) {
      open.href = listHref(strings.listPath ?? '', { ids, layout: 'rinnakkain' });
      open.textContent = fill(strings.open ?? '', { count: ids.length });
    }
    for (const button of toggles()) button.setAttribute('aria-pressed', String(ids.includes(button.dataset.listToggle ?? '')));
    // Only a list (or one just emptied) touches the address: a page's own #anchor stays as it is.
    if (ids.length > 0 || location.hash.startsWith(`#${CARRY_PARAM}=`))
      history.replaceState(history.state, '', withCarried(location.href, ids));
  }

  /** A toggle named "Lisää listalle: <service>", in the page's language even inside a Finnish title. */
  function toggle(id: string, name: string, nameLang: string | undefined, large = false): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = large ? 'list-toggle list-toggle--large' : 'list-toggle';
    button.dataset.listToggle = id;
    button.dataset.listName = name;
    button.lang = pageLang;
    button.append(strings.add ?? '');
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.append(': ');
    const title = document.createElement('span');
    if (nameLang) title.lang = nameLang;
    title.textContent = name;
    hidden.append(title);
    button.append(hidden);
    button.setAttribute('aria-pressed', String(ids.includes(id)));
    return button;
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest<HTMLButtonElement>('button[data-list-toggle]');
    if (button) {
      const id = button.dataset.listToggle ?? '';
      const added = !ids.includes(id);
      ids = toggleId(ids, id);
      render();
      if (status)
        status.textContent = fill((added ? strings.added : strings.removed) ?? '', {
          name: button.dataset.listName ?? id,
          count: ids.length,
        });
      return;
    }
    // Links within the site take the list along (an in-page #anchor keeps the page's own fragment).
    const link = target?.closest<HTMLAnchorElement>('a[href]');
    if (link && ids.length > 0 && link.origin === location.origin && !link.getAttribute('href')?.startsWith('#') && link.hash === '') {
      link.href = withCarried(link.href, ids);
    }
  });

  // The header search form and the finder's filter form: a GET form keeps its action's #fragment.
  document.addEventListener(
    'submit',
    (event) => {
      const form = event.target;
      if (form instanceof HTMLFormElement && ids.length > 0 && new URL(form.action).origin === location.origin)
        form.action = withCarried(form.action, ids);
    },
    true,
  );

  // A service page: the no-JavaScript link to the list page becomes the toggle.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-list-add]')) {
    link.replaceWith(toggle(link.dataset.listAdd ?? '', link.dataset.listName ?? '', link.dataset.listNameLang, true));
  }

  /**
   * The referral finder (one toggle per row, after the service's name) and search results (as
   * Pagefind draws them). Both change after load — the finder fetches the rows a filter shows,
   * search draws results per query — so new rows and results get their toggle as they appear.
   */
  const enhance = () => {
    for (const row of document.querySelectorAll<HTMLElement>('tr[data-record][data-service]:not([data-list-enhanced])')) {
      row.dataset.listEnhanced = '';
      // In the row's last cell, not in its header: the row header names the service, nothing more.
      const link = row.querySelector<HTMLAnchorElement>('th a');
      const cell = row.lastElementChild;
      if (!link || !cell || cell === link.closest('th')) continue;
      const button = toggle(
        row.dataset.service ?? '',
        link.textContent?.trim() ?? '',
        link.closest('[lang]')?.getAttribute('lang') ?? undefined,
      );
      button.classList.add('list-toggle--row');
      cell.append(button);
    }
    for (const link of document.querySelectorAll<HTMLAnchorElement>('#search a.pf-result-link:not([data-list-enhanced])')) {
      link.dataset.listEnhanced = '';
      const id = serviceIdOf(link.href);
      if (id) link.parentElement?.after(toggle(id, link.textContent?.trim() ?? '', undefined));
    }
  };
  const main = document.getElementById('main');
  if (main) new MutationObserver(enhance).observe(main, { childList: true, subtree: true });
  enhance();

  render();
}

const bar = document.querySelector<HTMLElement>('[data-chosen-bar]');
if (bar) start(bar);
export {};
