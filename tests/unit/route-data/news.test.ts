import { describe, expect, it } from 'vitest';
import type { NewsItem } from '../../../src/content-types.ts';
import { newsRouteData } from '../../../src/route-data/news.ts';
import { professionalsFixtureSource } from '../../support/content-source.ts';

const item = (id: string, date: string, draft = false) => ({
  id,
  data: { title: `Uutinen ${id}`, date: new Date(date), summary: 'Lyhyt tiivistelmä uutisesta listaan.', draft } as NewsItem['data'],
});

describe('newsRouteData', () => {
  it('lists the news newest first, drafts left out', async () => {
    const source = professionalsFixtureSource({ news: [item('vanha', '2026-01-01'), item('luonnos', '2026-06-01', true), item('uusi', '2026-03-01')] });
    expect((await newsRouteData(source)).news.map((news) => news.id)).toEqual(['uusi', 'vanha']);
  });
});
