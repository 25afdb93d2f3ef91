// Pure service helpers: ordering, area grouping, self-referral and related services.
import { describe, expect, it } from 'vitest';
import { canSelfRefer, groupByPrimaryArea, primaryArea, resolveRelated, servicesInArea, sortByTitle, type ServiceLike } from '../../../src/lib/services.ts';
import type { AccessRoute } from '../../../src/schemas/service.ts';
import type { AreaId } from '../../../src/schemas/area.ts';

const service = (id: string, title: string, areas: AreaId[], routes: AccessRoute['route'][] = ['sote']): ServiceLike => ({
  id,
  data: { title, areas, provider: 'eksote', access: routes.map((route) => ({ route, text: 'Ohje.' })) },
});

describe('sortByTitle', () => {
  it('sorts in Finnish alphabetical order with å, ä and ö after z', () => {
    const sorted = sortByTitle([service('o', 'Öljy', ['arki']), service('a', 'Arki', ['arki']), service('z', 'Zumba', ['keho']), service('ae', 'Äänestys', ['arki'])]);
    expect(sorted.map((item) => item.data.title)).toEqual(['Arki', 'Zumba', 'Äänestys', 'Öljy']);
  });
});

describe('canSelfRefer', () => {
  it('is true when one access route is "itse"', () => {
    expect(canSelfRefer(service('a', 'A', ['mieli'], ['lahete', 'itse']))).toBe(true);
  });

  it('is false when every route goes through another service', () => {
    expect(canSelfRefer(service('a', 'A', ['mieli'], ['lahete', 'tyollisyyspalvelut']))).toBe(false);
  });
});

describe('servicesInArea', () => {
  const all = [service('b', 'Bee', ['mieli', 'arki']), service('a', 'Aa', ['arki']), service('c', 'Cee', ['keho'])];

  it('lists services whose primary area it is first, then services that list it later', () => {
    const { primary, secondary } = servicesInArea(all, 'arki');
    expect(primary.map((item) => item.id)).toEqual(['a']);
    expect(secondary.map((item) => item.id)).toEqual(['b']);
  });

  it('leaves out services of other areas', () => {
    const { primary, secondary } = servicesInArea(all, 'taidot');
    expect([...primary, ...secondary]).toEqual([]);
  });
});

describe('groupByPrimaryArea', () => {
  it('puts each service under its first area only, keeping the given area order', () => {
    const groups = groupByPrimaryArea([service('b', 'Bee', ['mieli', 'arki']), service('a', 'Aa', ['arki'])], ['mieli', 'arki', 'keho']);
    expect([...groups.keys()]).toEqual(['mieli', 'arki', 'keho']);
    expect(groups.get('mieli')?.map((item) => item.id)).toEqual(['b']);
    expect(groups.get('arki')?.map((item) => item.id)).toEqual(['a']);
    expect(groups.get('keho')).toEqual([]);
  });
});

describe('primaryArea', () => {
  it('is the first listed area', () => {
    expect(primaryArea(service('a', 'A', ['keho', 'tyo-ja-tulevaisuus']))).toBe('keho');
  });
});

describe('resolveRelated', () => {
  it('keeps the editor order and drops ids that are not published', () => {
    const all = [{ id: 'x' }, { id: 'y' }, { id: 'z' }];
    expect(resolveRelated(['z', 'missing', 'x'], all)).toEqual([{ id: 'z' }, { id: 'x' }]);
  });
});
