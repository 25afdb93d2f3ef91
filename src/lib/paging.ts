// Long lists in pages of a fixed size, so that no page grows with the region: a region of 1,000
// services gets /palvelut/arki/sivu/2/ … instead of one page of 1,000 cards (the 30 KB gzip
// budget, README "Budgets and benchmarks"). Pure: shared by the routes (which pages exist) and
// the components.

/**
 * Services per page in every paged list (the referral finder, area and provider pages). 40, not 50:
 * a finder page carries each service twice (table row and print handout), and with this region's
 * real texts 50 rows came to 26 KB of the 30 KB budget (BENCHMARKS.md).
 */
export const PAGE_SIZE = 40;

/** Where a page sits in its list. `number` counts from 1. */
export interface PageInfo {
  number: number;
  count: number;
  /** Items in the whole list. */
  total: number;
  /** 1-based positions of the page's first and last item (0 and 0 in an empty list). */
  first: number;
  last: number;
}

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export function pageInfo(total: number, number: number, size = PAGE_SIZE): PageInfo {
  const count = pageCount(total, size);
  if (!Number.isInteger(number) || number < 1 || number > count) throw new RangeError(`page ${number} is not in 1…${count}`);
  const first = total === 0 ? 0 : (number - 1) * size + 1;
  return { number, count, total, first, last: Math.min(total, number * size) };
}

/** The items of one page. */
export function pageItems<T>(items: readonly T[], number: number, size = PAGE_SIZE): T[] {
  const { first, last } = pageInfo(items.length, number, size);
  return items.slice(Math.max(0, first - 1), last);
}

/** The page numbers after the first, which get routes of their own (/sivu/2/ …). */
export function laterPages(total: number, size = PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, index) => index + 2);
}

/** The address of a page of a list whose first page is `base` (ending in "/"): base, base/sivu/2/ … */
export function pagePath(base: string, number: number): string {
  if (!base.endsWith('/')) throw new Error(`a list address ends with "/": ${base}`);
  return number <= 1 ? base : `${base}sivu/${number}/`;
}

/** A page number in the page links, or a gap standing for the pages left out. */
export type PageLink = number | 'gap';

/** Up to this many pages, every page number is a link; longer lists get gaps. */
export const ALL_PAGE_LINKS = 7;

/**
 * The page numbers a list's page links show (GOV.UK's pagination pattern): every page of a short
 * list; of a long one the first and the last page, the current page and its neighbours, with a gap
 * for each run of pages left out. A list of 116 pages (one audience at 10,000 services) repeated
 * 116 links on each of its pages (24 KB of HTML a page), while the previous and next links and the
 * "Sivu n / N" status already say where the reader is. A gap never hides a single page: that page
 * is shown instead.
 */
export function pageLinks(number: number, count: number): PageLink[] {
  if (count <= ALL_PAGE_LINKS) return Array.from({ length: count }, (_, index) => index + 1);
  const shown = [...new Set([1, number - 1, number, number + 1, count])].filter((page) => page >= 1 && page <= count).sort((a, b) => a - b);
  const links: PageLink[] = [];
  for (const page of shown) {
    const previous = links.at(-1);
    if (typeof previous === 'number' && page - previous === 2) links.push(previous + 1);
    else if (typeof previous === 'number' && page - previous > 2) links.push('gap');
    links.push(page);
  }
  return links;
}
