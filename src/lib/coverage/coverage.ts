// The coverage map for coordinators: how many services each life area has in each municipality,
// for all services, for those the client can contact directly, and per service language. Counts
// come from the referral finder's own filter logic (filterRecords), so every number is exactly the
// count the finder shows behind its link.
import { emptyFilters, filterRecords, type ReferralFilters, type ReferralRecord } from '../referral/filters.ts';

/**
 * How many records match, remembered per record list: the page in three languages and the
 * spreadsheet ask for the same cells (at 10,000 services each count runs over every record).
 * Keyed by the list object, so a list gathered again starts afresh.
 */
const countsByRecords = new WeakMap<readonly ReferralRecord[], Map<string, number>>();

function countMatching(records: readonly ReferralRecord[], filters: ReferralFilters): number {
  let counts = countsByRecords.get(records);
  if (!counts) countsByRecords.set(records, (counts = new Map()));
  const key = JSON.stringify(filters);
  let count = counts.get(key);
  if (count === undefined) counts.set(key, (count = filterRecords(records, filters).length));
  return count;
}

/** A view of the map: the extra filters every cell of its table carries. */
export type CoverageView = { kind: 'all' } | { kind: 'self' } | { kind: 'language'; language: string };

export interface CoverageCell {
  municipality: string;
  count: number;
  /** The finder's filters for this cell: area, municipality and the view's own. */
  filters: ReferralFilters;
}

export interface CoverageRow {
  area: string;
  cells: CoverageCell[];
}

export interface CoverageTable {
  view: CoverageView;
  /** Address part for the table's heading id: "kaikki", "itse", "kieli-sv". */
  slug: string;
  rows: CoverageRow[];
  /** Cells without a single service. */
  empty: number;
  cells: number;
}

/** The route that means "the client can contact the service directly". */
export const SELF_ROUTE = 'itse';

export function viewFilters(view: CoverageView): Partial<ReferralFilters> {
  if (view.kind === 'self') return { reitti: [SELF_ROUTE] };
  if (view.kind === 'language') return { kieli: [view.language] };
  return {};
}

export function viewSlug(view: CoverageView): string {
  return view.kind === 'language' ? `kieli-${view.language}` : view.kind === 'self' ? 'itse' : 'kaikki';
}

/** The finder's filters for one cell. */
export function cellFilters(area: string, municipality: string, view: CoverageView): ReferralFilters {
  return { ...emptyFilters(), ...viewFilters(view), alue: [area], kunta: [municipality] };
}

export function coverageTable(
  records: readonly ReferralRecord[],
  areas: readonly string[],
  municipalities: readonly string[],
  view: CoverageView,
): CoverageTable {
  const rows = areas.map((area) => ({
    area,
    cells: municipalities.map((municipality) => {
      const filters = cellFilters(area, municipality, view);
      return { municipality, count: countMatching(records, filters), filters };
    }),
  }));
  const all = rows.flatMap((row) => row.cells);
  return { view, slug: viewSlug(view), rows, empty: all.filter((cell) => cell.count === 0).length, cells: all.length };
}

/** All services, those the client can contact directly, then one view per service language (in the given order). */
export function coverageViews(languages: readonly string[]): CoverageView[] {
  return [{ kind: 'all' }, { kind: 'self' }, ...languages.map((language): CoverageView => ({ kind: 'language', language }))];
}

export interface CoverageCsvLabels {
  area: (id: string) => string;
  language: (code: string) => string;
  /** Absolute address of the finder with the given filters. */
  finderUrl: (filters: ReferralFilters) => string;
}

/**
 * Every combination for a spreadsheet: area × municipality × language (or any) × contact directly
 * (or any), one row each with its count and the finder's address. Long format, so a pivot table
 * can cut it any way.
 */
export function coverageCsvRows(
  records: readonly ReferralRecord[],
  areas: readonly string[],
  municipalities: readonly string[],
  languages: readonly string[],
  labels: CoverageCsvLabels,
): string[][] {
  const header = ['Elämänalue', 'Kunta', 'Palvelukieli', 'Voi ottaa yhteyttä itse', 'Palveluja', 'Tyhjä', 'Palveluhaku'];
  const rows: string[][] = [header];
  for (const area of areas) {
    for (const municipality of municipalities) {
      for (const language of [undefined, ...languages]) {
        for (const self of [false, true]) {
          const filters: ReferralFilters = {
            ...emptyFilters(),
            alue: [area],
            kunta: [municipality],
            kieli: language ? [language] : [],
            reitti: self ? [SELF_ROUTE] : [],
          };
          const count = countMatching(records, filters);
          rows.push([
            labels.area(area),
            municipality,
            language ? labels.language(language) : 'kaikki kielet',
            self ? 'kyllä' : 'ei rajausta',
            String(count),
            count === 0 ? 'ei palvelua' : '',
            labels.finderUrl(filters),
          ]);
        }
      }
    }
  }
  return rows;
}
