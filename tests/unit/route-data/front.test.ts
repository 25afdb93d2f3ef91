import { describe, expect, it } from 'vitest';
import { FRONT_NEWS, frontRouteData } from '../../../src/route-data/front.ts';
import { fixtureSourceWithMore } from '../../support/content-source.ts';

const news = ['2026-09-01', '2026-11-01', '2026-10-01', '2026-08-01'].map((date, index) => ({
  id: `uutinen-${index + 1}`,
  data: { title: `Uutinen ${index + 1}`, date: new Date(`${date}T00:00:00Z`), summary: 'Tiivistelmä uutislistaan ja syötteeseen.', draft: false },
}));

describe('frontRouteData', () => {
  it('counts every service that touches an area, primary or not', async () => {
    const data = await frontRouteData(fixtureSourceWithMore(), 'sv');
    expect(data.total).toBe(3);
    const counts = Object.fromEntries(data.list.map((area) => [area.id, area.count]));
    expect(counts).toMatchObject({ mieli: 2, osallisuus: 1, 'tyo-ja-tulevaisuus': 1, arki: 0 });
    expect(data.counts.get('mieli')).toBe(2);
    expect(data.list.find((area) => area.id === 'mieli')).toMatchObject({ name: 'Mieli (sv)', href: '/sv/palvelut/mieli/' });
    expect(data.areas).toHaveLength(7);
  });

  it('shows the latest news, newest first, linked on the reader’s language', async () => {
    const data = await frontRouteData(fixtureSourceWithMore({ news }), 'en');
    expect(data.news).toHaveLength(FRONT_NEWS);
    expect(data.news.map((item) => item.title)).toEqual(['Uutinen 2', 'Uutinen 3', 'Uutinen 1']);
    expect(data.news[0]?.href).toBe('/en/ajankohtaista/uutinen-2/');
    expect((await frontRouteData(fixtureSourceWithMore(), 'fi')).news).toEqual([]);
  });
});
