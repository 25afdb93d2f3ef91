import { describe, expect, it } from 'vitest';
import { byOrderThenTitle, featuredOf, newestFirst } from '../../../src/lib/entry-queries.ts';

describe('entry queries', () => {
  it('features services in the given order and leaves out ids without a published service', async () => {
    const services = new Map([
      ['a', { id: 'a' }],
      ['b', { id: 'b' }],
    ]);
    const featured = await featuredOf(['b', 'puuttuva', 'a'], async (id) => services.get(id), async (service) => ({
      title: `Palvelu ${service.id}`,
      summary: '',
      forWhom: '',
      duration: '',
      lang: 'fi' as const,
      fallback: false,
    }));
    expect(featured.map((item) => item.id)).toEqual(['b', 'a']);
    expect(featured[0]?.text.title).toBe('Palvelu b');
  });

  it('orders news newest first and models by order, then by Finnish title', () => {
    const news = [{ data: { date: new Date('2026-01-01') } }, { data: { date: new Date('2026-11-01') } }];
    expect([...news].sort(newestFirst)[0]).toBe(news[1]);
    const models = [
      { data: { order: 2, title: 'A' } },
      { data: { order: 1, title: 'Ö' } },
      { data: { order: 1, title: 'Ä' } },
    ];
    expect([...models].sort(byOrderThenTitle).map((model) => model.data.title)).toEqual(['Ä', 'Ö', 'A']);
  });
});
