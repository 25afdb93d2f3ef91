import { describe, expect, it } from 'vitest';
import { areaRouteData, areaServices } from '../../../src/route-data/area.ts';
import { fixtureSource } from '../../support/content-source.ts';
import { manyServices, translations } from './fixtures-a.ts';

const area = async (source: ReturnType<typeof fixtureSource>, id: string) => {
  const found = (await source.getAreas()).find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('areaRouteData', () => {
  it('names the area in the reader’s language and lists its services, primary ones first', async () => {
    const source = fixtureSource({ translations });
    const data = await areaRouteData(source, await area(source, 'mieli'), 'sv', 1);
    expect(data.area).toMatchObject({ id: 'mieli', name: 'Mieli (sv)', kykyviisari: 'Mieli' });
    // The crisis line's primary area is mieli; the coordinator's is työ ja tulevaisuus.
    expect(data.primary.map((card) => card.id)).toEqual(['kriisipuhelin']);
    expect(data.secondary.map((card) => card.id)).toEqual(['tyokykykoordinaattori']);
    expect(data.secondary[0]).toMatchObject({ title: 'Arbetsförmågekoordinator', lang: undefined });
    expect(data.primary[0]).toMatchObject({ title: 'Kriisipuhelin', lang: 'fi', providerName: 'Kriisiapu ry' });
    expect(data.base).toBe('/sv/palvelut/mieli/');
    expect(data.others.map((other) => other.id)).not.toContain('mieli');
    expect(data.others).toHaveLength(6);
    expect(data.others[0]).toEqual({ id: 'hyvinvointi', name: 'Hyvinvointi (sv)', href: '/sv/palvelut/hyvinvointi/' });
  });

  it('pages a long list: 40 a page, primary services before the secondary ones', async () => {
    const source = fixtureSource({ services: [...manyServices(30, ['arki']), ...manyServices(20, ['mieli', 'arki'], 'Toinen')] });
    const arki = await area(source, 'arki');
    const first = await areaRouteData(source, arki, 'fi', 1);
    expect(first.page).toMatchObject({ number: 1, count: 2, total: 50 });
    expect(first.primary).toHaveLength(30);
    expect(first.secondary.map((card) => card.title)).toEqual(manyServices(10, [], 'Toinen').map((service) => service.data.title));
    const second = await areaRouteData(source, arki, 'fi', 2);
    expect(second.primary).toEqual([]);
    expect(second.secondary.map((card) => card.title)[0]).toBe('Toinen 11');
    expect(second.secondary).toHaveLength(10);
    expect(second.base).toBe('/palvelut/arki/');
    const all = await areaServices(source, 'arki');
    expect(all.primary.length + all.secondary.length).toBe(50);
  });
});
