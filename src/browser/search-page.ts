// Search page enhancement: loads Pagefind's Component UI on demand, runs the query from ?q=
// (so /haku/?q=velat works as a plain form target) and keeps the address in step with the input.
// The no-results help shows only when a search finds nothing; before that, a query written as a
// sentence is searched again with its informative words (src/lib/search/query-retry.ts), and the
// page says which words it used. On small screens the filters fold behind one disclosure button
// (search-filters.ts). If the search bundle cannot load, a helpful message replaces the search box.
//
// Layout shift: everything that changes when the script starts or results arrive is either in a
// reserved box (the input, the summary, the filter heading) or below the results, so nothing
// already on the screen moves (tests/e2e/search-page.spec.ts measures it).

import { DEFAULT_LOCALE, isLocale } from '../i18n/locales.ts';
import { queryWords, retryQuery } from '../lib/search/query-retry.ts';
import { SEARCH_RANKING } from '../lib/search/ranking.ts';
import { foldFilters } from './search-filters.ts';

/** The part of the Component UI's instance API this page uses (window.PagefindComponents). */
interface SearchInstance {
  searchTerm: string;
  triggerSearch(term: string): void;
  /** Pagefind options for the instance; must come before its first search. */
  applyOptions(options: { ranking?: typeof SEARCH_RANKING }): void;
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

/** The search UI gives way to a message; the no-results help stays, as its links still work. */
function showLoadError(root: HTMLElement, help: HTMLElement | null): void {
  const message = document.createElement('p');
  message.className = 'notice';
  message.setAttribute('role', 'alert');
  message.textContent = root.dataset.loadError ?? '';
  for (const part of root.querySelectorAll('pagefind-input, .search-filters, pagefind-summary, pagefind-results, .search-retry'))
    part.remove();
  root.prepend(message);
  if (help) help.hidden = false;
}

async function start(root: HTMLElement): Promise<void> {
  // The no-JavaScript notice is plain HTML (not <noscript>) so it also shows when this script fails.
  // It and the no-results help go in the same step, before anything renders, so nothing moves twice.
  document.getElementById('search-needs-js')?.remove();
  const help = document.getElementById('no-results-help');
  if (help) help.hidden = true;
  foldFilters(root);
  try {
    await import(/* @vite-ignore */ BUNDLE);
  } catch {
    showLoadError(root, help);
    return;
  }
  const instance = window.PagefindComponents?.getInstanceManager().getInstance('default');
  if (instance) {
    // The built-in Finnish strings are generic; say what this search finds.
    const strings: Record<string, string> = {};
    if (root.dataset.label) strings['search_label'] = root.dataset.label;
    if (root.dataset.placeholder) strings['placeholder'] = root.dataset.placeholder;
    instance.setTranslations(strings);
    // The site's own ranking (the editor's keywords above derived terms); the benchmark uses the same.
    instance.applyOptions({ ranking: SEARCH_RANKING });
    // The UI loaded but the search engine or index did not: replace Pagefind's English error text.
    instance.on('error', (error) => {
      if (error.type !== 'bundle_load_failed') return;
      showLoadError(root, help);
    });
    retryWithInformativeWords(root, instance, help);
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

/**
 * When a search finds nothing, searches once more with the query's informative words and says so
 * in a status message (announced); the no-results help shows only when that finds nothing either.
 * The person's own words stay in the search box and the address.
 */
function retryWithInformativeWords(root: HTMLElement, instance: SearchInstance, help: HTMLElement | null): void {
  const locale = isLocale(root.dataset.locale) ? root.dataset.locale : DEFAULT_LOCALE;
  const status = document.getElementById('search-retry');
  /** The term of the retry under way or shown, so its own results are not retried again. */
  let retried: string | undefined;
  instance.on('results', (response) => {
    const term = instance.searchTerm.trim();
    const found = (response.results?.length ?? 0) > 0;
    if (retried !== undefined && term === retried) {
      if (status) status.textContent = found ? (root.dataset.retry ?? '').replace('{words}', queryWords(retried).join(', ')) : '';
      if (help) help.hidden = found;
      return;
    }
    retried = undefined;
    if (status) status.textContent = '';
    const retry = term && !found ? retryQuery(term, locale) : undefined;
    if (retry) {
      retried = retry.term;
      // The input shows a triggered term unless it has focus; keep the person's own words there.
      const input = root.querySelector<HTMLInputElement>('pagefind-input input');
      const written = input?.value;
      instance.triggerSearch(retry.term);
      if (input && written !== undefined) input.value = written;
      return;
    }
    if (help) help.hidden = !(term && !found);
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
