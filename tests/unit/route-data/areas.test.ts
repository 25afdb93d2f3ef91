import { describe, expect, it } from 'vitest';
import { AREA_PREVIEW, areasRouteData } from '../../../src/route-data/areas.ts';
import { fixtureSource } from '../../support/content-source.ts';
import { manyServices, translations } from './fixtures-a.ts';

describe('areasRouteData', () => {
  it('groups the services by primary area, in the areas’ order, in the reader’s language', async () => {
    const data = await areasRouteData(fixtureSource({ translations }), 'sv');
    expect(data.total).toBe(3);
    expect(data.areas.map((area) => area.id)).toEqual(['hyvinvointi', 'osallisuus', 'mieli', 'arki', 'taidot', 'keho', 'tyo-ja-tulevaisuus']);
    const byId = new Map(data.areas.map((area) => [area.id, area]));
    expect(byId.get('osallisuus')?.cards.map((card) => card.id)).toEqual(['klubitalo']);
    expect(byId.get('mieli')?.cards.map((card) => card.id)).toEqual(['kriisipuhelin']);
    expect(byId.get('tyo-ja-tulevaisuus')?.cards[0]?.title).toBe('Arbetsförmågekoordinator');
    expect(byId.get('mieli')).toMatchObject({ name: 'Mieli (sv)', href: '/sv/palvelut/mieli/', more: false });
  });

  it('shows at most AREA_PREVIEW cards an area and says when there are more', async () => {
    const data = await areasRouteData(fixtureSource({ services: manyServices(AREA_PREVIEW + 1, ['arki']) }), 'fi');
    const arki = data.areas.find((area) => area.id === 'arki');
    expect(arki?.cards).toHaveLength(AREA_PREVIEW);
    expect(arki?.more).toBe(true);
    expect(data.total).toBe(AREA_PREVIEW + 1);
  });
});
