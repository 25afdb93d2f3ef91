import { describe, expect, it } from 'vitest';
import type { FaqEntry } from '../../../src/content-types.ts';
import { faqRouteData } from '../../../src/route-data/faq.ts';
import { professionalsFixtureSource } from '../../support/content-source.ts';

const entry = (id: string, audience: FaqEntry['data']['audience'], order: number) => ({ id, data: { question: `Kysymys ${id}?`, audience, order } });

describe('faqRouteData', () => {
  it('groups the questions clients first, each in order, and describes the page by its first three', async () => {
    const source = professionalsFixtureSource({
      faq: [entry('d', 'asiakas', 4), entry('a', 'ammattilainen', 1), entry('b', 'asiakas', 2), entry('c', 'asiakas', 3)],
    });
    const data = await faqRouteData(source);
    expect(data.groups.map((group) => [group.audience, group.entries.map((item) => item.id)])).toEqual([
      ['asiakas', ['b', 'c', 'd']],
      ['ammattilainen', ['a']],
    ]);
    expect(data.description).toBe('Kysymys a? Kysymys b? Kysymys c?');
  });

  it('leaves out a group without questions', async () => {
    const data = await faqRouteData(professionalsFixtureSource({ faq: [entry('a', 'ammattilainen', 1)] }));
    expect(data.groups.map((group) => group.audience)).toEqual(['ammattilainen']);
  });
});
