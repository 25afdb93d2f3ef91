import { afterEach, describe, expect, it, vi } from 'vitest';
import { enrichmentEnabled, searchRouteData, searchTermsFor, serviceSearchData } from '../../../src/route-data/search.ts';
import { fixtureSourceWithMore } from '../../support/content-source.ts';
import * as fixtures from '../../support/export-fixtures.ts';
import { translations } from './fixtures-a.ts';

const site = { ...fixtures.site, startHere: ['tyokykykoordinaattori', 'poistettu-palvelu', 'kriisipuhelin'] };

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('searchRouteData', () => {
  it('features the startHere services in the reader’s language and leaves out ids without a service', async () => {
    const { startHere } = await searchRouteData(fixtureSourceWithMore({ site, translations }), 'sv');
    expect(startHere.map((service) => service.id)).toEqual(['tyokykykoordinaattori', 'kriisipuhelin']);
    expect(startHere[0]?.text).toMatchObject({ title: 'Arbetsförmågekoordinator', fallback: false });
    expect(startHere[1]?.text).toMatchObject({ title: 'Kriisipuhelin', fallback: true, lang: 'fi' });
  });

  it('features nothing for a region that names no startHere services', async () => {
    expect((await searchRouteData(fixtureSourceWithMore({ site: { ...fixtures.site, startHere: [] } }), 'fi')).startHere).toEqual([]);
  });
});

describe('search terms of a service page', () => {
  const source = fixtureSourceWithMore({ synonyms: [{ words: ['työkyky', 'toimintakyky'] }] });
  const coordinator = async () => {
    const found = await source.getService(fixtures.coordinator.id);
    if (!found) throw new Error('coordinator');
    return found;
  };

  it('adds the editor’s keywords, the region’s synonyms and the place names', async () => {
    const { keywords, terms } = await searchTermsFor(source, await coordinator());
    expect(keywords).toEqual(expect.arrayContaining(['työkyky', 'koordinaattori']));
    expect(terms).toEqual(expect.arrayContaining(['toimintakyky', 'lappeenranta', 'imatra']));
  });

  it('gives terms only to the Finnish index, filters to every language', async () => {
    const fi = await serviceSearchData(source, await coordinator(), 'fi');
    const en = await serviceSearchData(source, await coordinator(), 'en');
    expect(fi.terms.length).toBeGreaterThan(0);
    expect(en).toEqual({ keywords: [], terms: [], municipalities: fi.municipalities, languages: ['fi', 'sv'] });
  });

  it('adds nothing with TT_SEARCH_ENRICHMENT=off', async () => {
    vi.stubEnv('TT_SEARCH_ENRICHMENT', 'off');
    expect(enrichmentEnabled()).toBe(false);
    expect(await searchTermsFor(source, await coordinator())).toEqual({ keywords: [], terms: [] });
    expect(enrichmentEnabled({ TT_SEARCH_ENRICHMENT: ' On ' })).toBe(true);
  });
});
