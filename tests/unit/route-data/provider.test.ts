import { describe, expect, it } from 'vitest';
import { providerRouteData } from '../../../src/route-data/provider.ts';
import { fixtureSource } from '../../support/content-source.ts';
import * as fixtures from '../../support/export-fixtures.ts';
import { manyServices, translations } from './fixtures-a.ts';

describe('providerRouteData', () => {
  it('lists the provider’s services as cards, sorted by title, with its channels’ links', async () => {
    const source = fixtureSource({ services: [...fixtures.services, fixtures.unverified], translations });
    const eksote = await source.getProvider('eksote');
    const data = await providerRouteData(source, eksote, 'sv', 1);
    expect(data.provider).toBe(eksote);
    // The draft is left out; the unverified service belongs to another provider.
    expect(data.cards.map((card) => card.id)).toEqual(['tyokykykoordinaattori']);
    expect(data.cards[0]).toMatchObject({ title: 'Arbetsförmågekoordinator', providerName: 'Etelä-Karjalan hyvinvointialue (Eksote)' });
    expect(data.all.map((service) => service.id)).toEqual(['tyokykykoordinaattori']);
    expect(data.page).toMatchObject({ number: 1, count: 1, total: 1 });
    expect(data.base).toBe('/sv/toimijat/eksote/');
    expect(data.links.href('klubitalo')).toBe('/sv/palvelu/klubitalo/');
  });

  it('pages a provider of many services and keeps all of them for the JSON-LD', async () => {
    const source = fixtureSource({ services: manyServices(45, ['arki']) });
    const provider = await source.getProvider('imatran-klubitalo');
    const second = await providerRouteData(source, provider, 'fi', 2);
    expect(second.page).toMatchObject({ number: 2, count: 2, total: 45 });
    expect(second.cards.map((card) => card.title)).toEqual(['Palvelu 41', 'Palvelu 42', 'Palvelu 43', 'Palvelu 44', 'Palvelu 45']);
    expect(second.all).toHaveLength(45);
  });

  it('has no cards for a provider without services', async () => {
    const source = fixtureSource();
    const data = await providerRouteData(source, await source.getProvider('kela'), 'fi', 1);
    expect(data.cards).toEqual([]);
    expect(data.all).toEqual([]);
  });
});
