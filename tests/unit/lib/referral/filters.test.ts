// Referral finder filters: OR within a filter, AND across filters, and the rules that widen a
// choice (all working-age services for any client group, whole-region services for any municipality).
import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  emptyFilters,
  filterRecords,
  filterSlug,
  matchesFilters,
  NATIONAL_VALUE,
  servesAudience,
  servesMunicipality,
  withValue,
  withoutValue,
  type ReferralFilters,
  type ReferralRecord,
  WHOLE_REGION_VALUE,
} from '../../../../src/lib/referral/filters.ts';
import { NATIONAL, WHOLE_REGION } from '../../../../src/schemas/service.ts';

const record = (id: string, overrides: Partial<ReferralRecord> = {}): ReferralRecord => ({
  id,
  areas: ['tyo-ja-tulevaisuus'],
  audiences: ['tyottomat'],
  routes: ['tyollisyyspalvelut'],
  municipalities: ['koko alue'],
  languages: ['fi'],
  providerType: 'hyvinvointialue',
  cost: 'maksuton',
  ...overrides,
});

const filters = (chosen: Partial<ReferralFilters>): ReferralFilters => ({ ...emptyFilters(), ...chosen });

const ohjaamo = record('ohjaamo', {
  audiences: ['nuoret'],
  routes: ['itse'],
  municipalities: ['Lappeenranta', 'Imatra'],
  languages: ['fi', 'en'],
  providerType: 'kunta',
  age: { max: 29 },
});
const typ = record('typ', { audiences: ['pitkaaikaistyottomat'] });
const crisisLine = record('kriisipuhelin', {
  areas: ['mieli'],
  audiences: ['tyoikaiset'],
  routes: ['itse'],
  municipalities: ['valtakunnallinen'],
  languages: ['fi', 'sv', 'en'],
  providerType: 'jarjesto',
});
const diaconia = record('diakonia', {
  areas: ['arki'],
  audiences: ['tyoikaiset'],
  routes: ['itse'],
  municipalities: ['Imatra'],
  providerType: 'seurakunta',
  age: { min: 30 },
});
const course = record('kurssit', {
  areas: ['taidot'],
  audiences: ['tyoikaiset'],
  routes: ['itse'],
  municipalities: ['Lappeenranta'],
  cost: 'osin-maksullinen',
  providerType: 'oppilaitos',
});
const all = [ohjaamo, typ, crisisLine, diaconia, course];
const ids = (records: readonly ReferralRecord[]) => records.map((item) => item.id);

describe('matchesFilters', () => {
  it('lets every service through when nothing is chosen', () => {
    expect(ids(filterRecords(all, emptyFilters()))).toEqual(ids(all));
  });

  it('shows youth services and services for all working-age people to the youth audience, but not services for other groups', () => {
    expect(ids(filterRecords(all, filters({ kohderyhma: ['nuoret'] })))).toEqual(['ohjaamo', 'kriisipuhelin', 'kurssit']);
  });

  it('matches any chosen value of one filter and every chosen filter', () => {
    expect(ids(filterRecords(all, filters({ alue: ['mieli', 'arki'] })))).toEqual(['kriisipuhelin', 'diakonia']);
    expect(ids(filterRecords(all, filters({ alue: ['mieli', 'arki'], kunta: ['Lappeenranta'] })))).toEqual(['kriisipuhelin']);
  });

  it('finds the services a client can contact directly', () => {
    expect(ids(filterRecords(all, filters({ reitti: ['itse'] })))).toEqual(['ohjaamo', 'kriisipuhelin', 'diakonia', 'kurssit']);
  });

  it('filters by service language, provider type and cost', () => {
    expect(ids(filterRecords(all, filters({ kieli: ['sv'] })))).toEqual(['kriisipuhelin']);
    expect(ids(filterRecords(all, filters({ toimija: ['kunta', 'seurakunta'] })))).toEqual(['ohjaamo', 'diakonia']);
    expect(ids(filterRecords(all, filters({ hinta: ['osin-maksullinen'] })))).toEqual(['kurssit']);
  });

  it('returns nothing when the filters exclude each other', () => {
    expect(matchesFilters(ohjaamo, filters({ kohderyhma: ['nuoret'], kunta: ['Lemi'] }))).toBe(false);
    expect(filterRecords(all, filters({ alue: ['keho'] }))).toEqual([]);
  });
});

describe('servesAudience', () => {
  it('keeps a universal service away from youth when its age limit starts at 30', () => {
    expect(servesAudience(diaconia, 'nuoret')).toBe(false);
    expect(servesAudience(diaconia, 'maahanmuuttajat')).toBe(true);
  });

  it('never widens services for all working-age people to the professionals audience', () => {
    expect(servesAudience(crisisLine, 'ammattilaiset')).toBe(false);
    expect(servesAudience(record('konsultaatio', { audiences: ['ammattilaiset'] }), 'ammattilaiset')).toBe(true);
  });
});

describe('servesMunicipality', () => {
  it('uses the same whole-region and national values as the service schema', () => {
    expect([WHOLE_REGION_VALUE, NATIONAL_VALUE]).toEqual([WHOLE_REGION, NATIONAL]);
  });

  it('matches the municipality itself, the whole region and national services', () => {
    expect(servesMunicipality(ohjaamo, 'Imatra')).toBe(true);
    expect(servesMunicipality(ohjaamo, 'Lemi')).toBe(false);
    expect(servesMunicipality(typ, 'Lemi')).toBe(true);
    expect(servesMunicipality(crisisLine, 'Parikkala')).toBe(true);
  });
});

describe('changing filters', () => {
  it('adds a value once and removes it again', () => {
    const once = withValue(emptyFilters(), 'kohderyhma', 'nuoret');
    expect(withValue(once, 'kohderyhma', 'nuoret')).toBe(once);
    expect(activeFilterCount(withValue(once, 'kunta', 'Imatra'))).toBe(2);
    expect(withoutValue(once, 'kohderyhma', 'nuoret')).toEqual(emptyFilters());
  });
});

describe('filterSlug', () => {
  it('turns values into ASCII address parts', () => {
    expect(filterSlug('Luumäki')).toBe('luumaki');
    expect(filterSlug('Rautjärvi')).toBe('rautjarvi');
    expect(filterSlug('koko alue')).toBe('koko-alue');
    expect(filterSlug('tyo-ja-tulevaisuus')).toBe('tyo-ja-tulevaisuus');
  });
});
