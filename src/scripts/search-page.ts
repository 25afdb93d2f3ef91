// Search page enhancement: loads Pagefind's Component UI on demand, runs the query from ?q=
// (so /haku/?q=velat works as a plain form target) and keeps the address in step with the input.
// The no-results help shows only when a search finds nothing. If the search bundle cannot load,
// a helpful message replaces the empty search box.

/** The part of the Component UI's instance API this page uses (window.PagefindComponents). */
interface SearchInstance {
  searchTerm: string;
  setTranslations(strings: Record<string, string>): void;
  on(event: 'results', callback: (response: { results?: unknown[] }) => void): void;
  on(event: 'error', callback: (error: { type?: string }) => void): void;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): SearchInstance } };
  }
}

const BUNDLE = '/pagefind/pagefind-component-ui.js';

function showLoadError(root: HTMLElement): void {
  const message = document.createElement('p');
  message.className = 'notice';
  message.setAttribute('role', 'alert');
  message.textContent = root.dataset.loadError ?? '';
  root.replaceChildren(message);
}

async function start(root: HTMLElement): Promise<void> {
  // The no-JavaScript notice is plain HTML (not <noscript>) so it also shows when this script fails.
  document.getElementById('search-needs-js')?.remove();
  try {
    await import(/* @vite-ignore */ BUNDLE);
  } catch {
    showLoadError(root);
    return;
  }
  const instance = window.PagefindComponents?.getInstanceManager().getInstance('default');
  const help = document.getElementById('no-results-help');
  if (instance) {
    // The built-in Finnish strings are generic; say what this search finds.
    const strings: Record<string, string> = {};
    if (root.dataset.label) strings['search_label'] = root.dataset.label;
    if (root.dataset.placeholder) strings['placeholder'] = root.dataset.placeholder;
    instance.setTranslations(strings);
    // The UI loaded but the search engine or index did not: replace Pagefind's English error text.
    instance.on('error', (error) => {
      if (error.type !== 'bundle_load_failed') return;
      showLoadError(root);
      if (help) help.hidden = false;
    });
    if (help) {
      help.hidden = true;
      instance.on('results', (response) => {
        help.hidden = !(instance.searchTerm.trim() && (response.results?.length ?? 0) === 0);
      });
    }
  }
  await customElements.whenDefined('pagefind-input');
  const input = await waitFor(() => root.querySelector<HTMLInputElement>('pagefind-input input'));
  if (!input) return;
  const query = new URLSearchParams(window.location.search).get('q')?.trim();
  if (query) {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  input.addEventListener('input', () => {
    const url = new URL(window.location.href);
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
}

/** The component renders its input after upgrade; poll briefly instead of depending on internals. */
async function waitFor<T>(find: () => T | null, attempts = 50): Promise<T | null> {
  for (let i = 0; i < attempts; i += 1) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}

const root = document.getElementById('search');
if (root) void start(root);
export {};
