// Referral finder filters: which services match a professional's choices. Pure and shared by the
// build (single-filter pages, option counts) and the browser module (instant filtering).

// The same values as WHOLE_REGION and NATIONAL in src/schemas/service.ts (a unit test keeps them
// equal). Importing the schema module would pull zod into the browser bundle of the finder.
export const WHOLE_REGION_VALUE = 'koko alue';
export const NATIONAL_VALUE = 'valtakunnallinen';

/** Filter keys, also the URL query parameters (?kohderyhma=nuoret&kunta=Tampere). */
export const FILTER_KEYS = ['alue', 'kohderyhma', 'reitti', 'kunta', 'kieli', 'toimija', 'hinta'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Chosen values per key. Within a key any value may match (OR); across keys all must (AND). */
export type ReferralFilters = Record<FilterKey, readonly string[]>;

/** What the filters read of a service: flat strings, so the same record can live in data-* attributes. */
export interface ReferralRecord {
  id: string;
  areas: readonly string[];
  audiences: readonly string[];
  routes: readonly string[];
  municipalities: readonly string[];
  languages: readonly string[];
  providerType: string;
  cost: string;
  age?: { min?: number | undefined; max?: number | undefined } | undefined;
}

/** "Kaikki työikäiset" covers every client group, so it matches any audience filter but this one. */
export const EVERYONE_AUDIENCE = 'tyoikaiset';
/** Services for professionals themselves are never widened to client groups. */
const NOT_WIDENED = new Set(['ammattilaiset']);
/** Age bounds implied by an audience; a universal service outside them does not match. */
const AUDIENCE_AGES: Readonly<Record<string, { min?: number; max?: number }>> = { nuoret: { max: 29 } };

export function emptyFilters(): ReferralFilters {
  return { alue: [], kohderyhma: [], reitti: [], kunta: [], kieli: [], toimija: [], hinta: [] };
}

export function activeFilterCount(filters: ReferralFilters): number {
  return FILTER_KEYS.reduce((sum, key) => sum + filters[key].length, 0);
}

const overlaps = (values: readonly string[], wanted: readonly string[]) => wanted.some((value) => values.includes(value));

function ageFits(age: ReferralRecord['age'], bounds: { min?: number; max?: number } | undefined): boolean {
  if (!age || !bounds) return true;
  const low = age.min ?? 0;
  const high = age.max ?? Number.POSITIVE_INFINITY;
  return low <= (bounds.max ?? Number.POSITIVE_INFINITY) && high >= (bounds.min ?? 0);
}

/**
 * A service is for an audience when it names that audience, or when it is for all working-age
 * people and its age limits (if any) fit the audience (a service from age 30 is not for youth).
 */
export function servesAudience(record: ReferralRecord, audience: string): boolean {
  if (record.audiences.includes(audience)) return true;
  if (NOT_WIDENED.has(audience) || !record.audiences.includes(EVERYONE_AUDIENCE)) return false;
  return ageFits(record.age, AUDIENCE_AGES[audience]);
}

/** A service is available in a municipality when it lists it, the whole region, or the whole country. */
export function servesMunicipality(record: ReferralRecord, municipality: string): boolean {
  return record.municipalities.some((value) => value === municipality || value === WHOLE_REGION_VALUE || value === NATIONAL_VALUE);
}

/** Whether one key's chosen values let the record through (no values = no restriction). */
export function matchesKey(record: ReferralRecord, key: FilterKey, values: readonly string[]): boolean {
  if (values.length === 0) return true;
  switch (key) {
    case 'alue':
      return overlaps(record.areas, values);
    case 'kohderyhma':
      return values.some((audience) => servesAudience(record, audience));
    case 'reitti':
      return overlaps(record.routes, values);
    case 'kunta':
      return values.some((municipality) => servesMunicipality(record, municipality));
    case 'kieli':
      return overlaps(record.languages, values);
    case 'toimija':
      return values.includes(record.providerType);
    case 'hinta':
      return values.includes(record.cost);
  }
}

export function matchesFilters(record: ReferralRecord, filters: ReferralFilters): boolean {
  return FILTER_KEYS.every((key) => matchesKey(record, key, filters[key]));
}

export function filterRecords<T extends ReferralRecord>(records: readonly T[], filters: ReferralFilters): T[] {
  return records.filter((record) => matchesFilters(record, filters));
}

/** Filters with one value added (for single-filter pages and option counts). */
export function withValue(filters: ReferralFilters, key: FilterKey, value: string): ReferralFilters {
  return filters[key].includes(value) ? filters : { ...filters, [key]: [...filters[key], value] };
}

/** Filters with one value removed ("widen the search" in the empty result). */
export function withoutValue(filters: ReferralFilters, key: FilterKey, value: string): ReferralFilters {
  return { ...filters, [key]: filters[key].filter((item) => item !== value) };
}

/** Address part of a filter value: lowercase ASCII, e.g. "Mänttä-Vilppula" → "mantta-vilppula", "koko alue" → "koko-alue". */
export function filterSlug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
