// The referral finder's filters in the address: ?alue=mieli&alue=arki&kunta=Tampere. Repeated keys
// are what a plain GET form with checkboxes sends, so the same format works with and without
// JavaScript, and a filtered view can be bookmarked, shared and restored on reload.
import { emptyFilters, FILTER_KEYS, type FilterKey, type ReferralFilters } from './filters.ts';

/** The values each key accepts; anything else in an address (old links, typos) is ignored. */
export type AllowedValues = Partial<Record<FilterKey, readonly string[]>>;

/** Keys that take one value only (the municipality is a single choice). */
const SINGLE_VALUE: ReadonlySet<FilterKey> = new Set(['kunta']);

/**
 * Reads filters from a query string. Unknown keys and values are dropped, duplicates removed, and
 * values come back in the order of `allowed` so equal selections serialise to equal addresses. A
 * single-value key keeps the first known value given.
 */
export function parseFilters(query: string | URLSearchParams, allowed: AllowedValues = {}): ReferralFilters {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) {
    const given = [
      ...new Set(
        params
          .getAll(key)
          .flatMap((value) => value.split(','))
          .map((value) => value.trim())
          .filter(Boolean),
      ),
    ];
    const known = allowed[key];
    if (SINGLE_VALUE.has(key)) filters[key] = given.filter((value) => !known || known.includes(value)).slice(0, 1);
    else filters[key] = known ? known.filter((value) => given.includes(value)) : given;
  }
  return filters;
}

/** The query string for filters, without "?"; empty when nothing is chosen. Keys in a fixed order. */
export function serialiseFilters(filters: ReferralFilters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) for (const value of filters[key]) params.append(key, value);
  return params.toString();
}

/** An address with the filters' query, keeping its path and #fragment. */
export function filteredHref(pathname: string, filters: ReferralFilters, hash = ''): string {
  const query = serialiseFilters(filters);
  return `${pathname}${query ? `?${query}` : ''}${hash}`;
}
