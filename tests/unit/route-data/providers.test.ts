import { describe, expect, it } from 'vitest';
import { providersRouteData } from '../../../src/route-data/providers.ts';
import { fixtureSource } from '../../support/content-source.ts';

describe('providersRouteData', () => {
  it('groups the providers by type in the schema’s order, with their published services counted', async () => {
    const { groups } = await providersRouteData(fixtureSource());
    expect(groups.map((group) => group.type)).toEqual(['hyvinvointialue', 'kela', 'jarjesto']);
    const byType = new Map(groups.map((group) => [group.type, group.providers]));
    // The draft is not counted.
    expect(byType.get('hyvinvointialue')).toEqual([{ id: 'eksote', name: 'Etelä-Karjalan hyvinvointialue (Eksote)', services: 1 }]);
    expect(byType.get('kela')).toEqual([{ id: 'kela', name: 'Kela', services: 0 }]);
    expect(byType.get('jarjesto')?.map((provider) => [provider.id, provider.services])).toEqual([
      ['imatran-klubitalo', 1],
      ['kriisiapu-ry', 1],
    ]);
  });
});
