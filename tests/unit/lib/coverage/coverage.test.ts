// The coverage map counts with the referral finder's own filter logic: whole-region and national
// services count in every municipality, each cell's link parses back (through the finder's own
// address reader) to filters that give the same count, and empty cells are counted and flagged.
import { describe, expect, it } from 'vitest';
import { coverageCsvRows, coverageTable, coverageViews } from '../../../../src/lib/coverage/coverage.ts';
import { filterRecords, type ReferralRecord } from '../../../../src/lib/referral/filters.ts';
import { toReferralRecord } from '../../../../src/lib/referral/record.ts';
import { filteredHref, parseFilters } from '../../../../src/lib/referral/url-state.ts';
import { validateContent } from '../../../../src/node/validation/validate-content.ts';

const record = (id: string, overrides: Partial<ReferralRecord>): ReferralRecord => ({
  id,
  areas: ['mieli'],
  audiences: ['tyoikaiset'],
  routes: ['itse'],
  municipalities: ['Aurinkola'],
  languages: ['fi'],
  providerType: 'julkinen',
  cost: 'maksuton',
  ...overrides,
});

const records = [
  record('paikallinen', {}),
  record('koko-alue', { municipalities: ['koko alue'], languages: ['fi', 'sv'], routes: ['lahete'] }),
  record('valtakunnallinen', { municipalities: ['valtakunnallinen'], areas: ['arki'] }),
];
const MUNICIPALITIES = ['Aurinkola', 'Kuutamo'];

describe('coverageTable', () => {
  const counts = (view: Parameters<typeof coverageTable>[3]) =>
    coverageTable(records, ['mieli', 'arki', 'keho'], MUNICIPALITIES, view).rows.map((row) => [
      row.area,
      ...row.cells.map((cell) => cell.count),
    ]);

  it('counts whole-region and national services in every municipality', () => {
    expect(counts({ kind: 'all' })).toEqual([
      ['mieli', 2, 1],
      ['arki', 1, 1],
      ['keho', 0, 0],
    ]);
  });

  it('narrows to services the client can contact directly, and to one service language', () => {
    expect(counts({ kind: 'self' })).toEqual([
      ['mieli', 1, 0],
      ['arki', 1, 1],
      ['keho', 0, 0],
    ]);
    expect(counts({ kind: 'language', language: 'sv' })).toEqual([
      ['mieli', 1, 1],
      ['arki', 0, 0],
      ['keho', 0, 0],
    ]);
  });

  it('counts the empty cells', () => {
    expect(coverageTable(records, ['mieli', 'arki', 'keho'], MUNICIPALITIES, { kind: 'self' })).toMatchObject({
      empty: 3,
      cells: 6,
      slug: 'itse',
    });
  });
});

describe('coverage of the region’s content', () => {
  const result = validateContent({ contentDir: 'content' });
  const providerType = new Map(result.providers.map((provider) => [provider.id, provider.data.type]));
  const regionRecords = result.services
    .filter((service) => !service.data.draft)
    .map((service) => toReferralRecord(service.id, service.data, providerType.get(service.data.provider) ?? ''));
  const municipalities = result.site?.municipalities ?? [];
  const areas = result.areas.map((area) => area.id);
  const languages = [...new Set(regionRecords.flatMap((item) => item.languages))];

  it('gives every cell the count the finder shows behind the cell’s link', () => {
    for (const view of coverageViews(languages)) {
      for (const row of coverageTable(regionRecords, areas, municipalities, view).rows) {
        for (const cell of row.cells) {
          const href = filteredHref('/ammattilaisille/', cell.filters);
          const parsed = parseFilters(new URL(href, 'https://example.fi').search);
          expect(filterRecords(regionRecords, parsed).length, href).toBe(cell.count);
          expect(parsed.alue).toEqual([row.area]);
          expect(parsed.kunta).toEqual([cell.municipality]);
        }
      }
    }
  });

  it('counts a service once per area it lists, never more than the services of the area', () => {
    const table = coverageTable(regionRecords, areas, municipalities, { kind: 'all' });
    for (const row of table.rows) {
      const inArea = regionRecords.filter((item) => item.areas.includes(row.area)).length;
      for (const cell of row.cells) expect(cell.count).toBeLessThanOrEqual(inArea);
    }
  });
});

describe('coverageCsvRows', () => {
  it('has one row per area × municipality × language (or all) × contact directly (or not), empty ones flagged', () => {
    const rows = coverageCsvRows(records, ['mieli', 'keho'], MUNICIPALITIES, ['fi', 'sv'], {
      area: (id) => id.toUpperCase(),
      language: (code) => `kieli ${code}`,
      finderUrl: (filters) => `https://example.fi${filteredHref('/ammattilaisille/', filters)}`,
    });
    expect(rows[0]).toEqual(['Elämänalue', 'Kunta', 'Palvelukieli', 'Voi ottaa yhteyttä itse', 'Palveluja', 'Tyhjä', 'Palveluhaku']);
    expect(rows).toHaveLength(1 + 2 * 2 * 3 * 2);
    expect(rows).toContainEqual([
      'MIELI',
      'Kuutamo',
      'kieli sv',
      'ei rajausta',
      '1',
      '',
      'https://example.fi/ammattilaisille/?alue=mieli&kunta=Kuutamo&kieli=sv',
    ]);
    expect(rows).toContainEqual([
      'KEHO',
      'Aurinkola',
      'kaikki kielet',
      'kyllä',
      '0',
      'ei palvelua',
      'https://example.fi/ammattilaisille/?alue=keho&reitti=itse&kunta=Aurinkola',
    ]);
  });
});
