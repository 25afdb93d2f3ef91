// The chosen list ("valittu lista") lives only in addresses: on the list page in the query
// (/ammattilaisille/lista/?p=a,b,c&kieli=en&asettelu=rinnakkain, short enough for a QR code or a
// text message), and while the reader picks services on other pages in the #fragment
// (#lista=a,b,c), which the browser never sends anywhere. No cookie, no storage, no request.

/**
 * A service id: the same pattern as ID_PATTERN in src/schemas/common.ts (a unit test keeps them
 * equal). Not imported from there because that module brings zod, far too heavy for the browser.
 */
export const SERVICE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Query key of the list page: the service ids in the chosen order. */
export const LIST_PARAM = 'p';
/** Query key of the client's second language on the list page. */
export const SECOND_LANGUAGE_PARAM = 'kieli';
/** Query key of the two-language layout on the list page. */
export const LAYOUT_PARAM = 'asettelu';
/** Fragment key that carries the list from page to page while services are picked. */
export const CARRY_PARAM = 'lista';
/** More than this is no longer a handout; the rest of an overlong address is dropped. */
export const MAX_SERVICES = 20;

export const LAYOUTS = ['rinnakkain', 'perakkain'] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface ChosenList {
  ids: string[];
  /** The client's language, when the handout is printed in two languages. */
  second?: string | undefined;
  layout: Layout;
}

/**
 * Service ids from a comma-separated value (repeated keys are joined): ill-formed ids are dropped,
 * duplicates keep their first place, at most MAX_SERVICES. `known`, when given, drops ids that are
 * not services of this site.
 */
export function parseIds(values: readonly string[], known?: (id: string) => boolean): string[] {
  const ids: string[] = [];
  for (const raw of values.flatMap((value) => value.split(','))) {
    const id = raw.trim().toLowerCase();
    if (!SERVICE_ID.test(id) || ids.includes(id) || (known && !known(id))) continue;
    ids.push(id);
    if (ids.length === MAX_SERVICES) break;
  }
  return ids;
}

const asParams = (query: string | URLSearchParams) => (typeof query === 'string' ? new URLSearchParams(query.replace(/^[?#]/, '')) : query);

/** Reads the list page's query. An unknown language or layout falls back to one language, side by side. */
export function parseChosenList(
  query: string | URLSearchParams,
  languages: readonly string[],
  known?: (id: string) => boolean,
): ChosenList {
  const params = asParams(query);
  const second = params.get(SECOND_LANGUAGE_PARAM) ?? undefined;
  const layout = params.get(LAYOUT_PARAM);
  return {
    ids: parseIds(params.getAll(LIST_PARAM), known),
    second: second !== undefined && languages.includes(second) ? second : undefined,
    layout: (LAYOUTS as readonly string[]).includes(layout ?? '') ? (layout as Layout) : 'rinnakkain',
  };
}

/**
 * The list page's query without "?". Ids are [a-z0-9-], so the commas stay unescaped and the
 * address stays short; the layout is written only with a second language, and only when not the default.
 */
export function serialiseChosenList(list: ChosenList): string {
  const parts = list.ids.length > 0 ? [`${LIST_PARAM}=${list.ids.join(',')}`] : [];
  if (list.second) {
    parts.push(`${SECOND_LANGUAGE_PARAM}=${encodeURIComponent(list.second)}`);
    if (list.layout !== 'rinnakkain') parts.push(`${LAYOUT_PARAM}=${list.layout}`);
  }
  return parts.join('&');
}

/** The list page's address for a list: `/ammattilaisille/lista/?p=a,b`. */
export function listHref(listPath: string, list: ChosenList): string {
  const query = serialiseChosenList(list);
  return query ? `${listPath}?${query}` : listPath;
}

/** The ids carried in a #fragment (`#lista=a,b`); none when the fragment is something else (#main). */
export function parseCarried(hash: string): string[] {
  return parseIds(asParams(hash).getAll(CARRY_PARAM));
}

/** An address with the list in its #fragment, or without a fragment when the list is empty. */
export function withCarried(href: string, ids: readonly string[]): string {
  const bare = href.replace(/#.*$/, '');
  return ids.length > 0 ? `${bare}#${CARRY_PARAM}=${ids.join(',')}` : bare;
}

/** Moves the id at `index` by `step` places (−1 up, +1 down); out-of-range moves change nothing. */
export function moveId(ids: readonly string[], index: number, step: -1 | 1): string[] {
  const target = index + step;
  if (index < 0 || index >= ids.length || target < 0 || target >= ids.length) return [...ids];
  const next = [...ids];
  [next[index], next[target]] = [next[target] as string, next[index] as string];
  return next;
}

/** Adds an id at the end (once, and not beyond MAX_SERVICES) or removes it: the "Lisää listalle" toggle. */
export function toggleId(ids: readonly string[], id: string): string[] {
  if (ids.includes(id)) return ids.filter((other) => other !== id);
  return ids.length < MAX_SERVICES && SERVICE_ID.test(id) ? [...ids, id] : [...ids];
}
