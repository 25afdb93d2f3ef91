import { describe, expect, it } from 'vitest';
import type { ServicePath } from '../../../src/content-types.ts';
import { servicePathRouteData, servicePathsRouteData } from '../../../src/route-data/service-paths.ts';
import { professionalsFixtureSource } from '../../support/content-source.ts';

const pathData = (title: string, service: string | undefined, next: string[][]) =>
  ({
    title,
    summary: 'Polku kuvaa, miten asiakas etenee palvelussa.',
    service,
    exits: next.map((ids, index) => ({ title: `Päättyy ${index + 1}`, text: 'Asiakas siirtyy eteenpäin.', next: ids })),
  }) as unknown as ServicePath['data'];
const translations = { 'sv/klubitalo': { title: 'Klubbhuset', summary: 'En gemenskap där man övar vardagen.' } } as never;

describe('servicePathRouteData', () => {
  it('resolves the path’s service and each way out’s next services, titled in the reader language', async () => {
    const source = professionalsFixtureSource({ translations });
    const path = { id: 'tyokyky', collection: 'paths', data: pathData('Työkykypolku', 'tyokykykoordinaattori', [['klubitalo', 'luonnos', 'poistettu'], []]) } as ServicePath;
    const data = await servicePathRouteData(source, path, 'sv');
    expect(data.service).toEqual({ id: 'tyokykykoordinaattori', href: '/sv/palvelu/tyokykykoordinaattori/', title: 'Työkykykoordinaattori', lang: 'fi' });
    // A draft and a missing service are left out: a page never links to nothing.
    expect(data.exits).toEqual([[{ id: 'klubitalo', href: '/sv/palvelu/klubitalo/', title: 'Klubbhuset', lang: undefined }], []]);
    expect((await servicePathRouteData(source, path, 'fi')).service?.lang).toBeUndefined();
  });

  it('leaves out a service the path names when it is not published', async () => {
    const path = { id: 'x', collection: 'paths', data: pathData('Polku', 'luonnos', [[]]) } as ServicePath;
    expect((await servicePathRouteData(professionalsFixtureSource(), path, 'fi')).service).toBeUndefined();
  });
});

describe('servicePathsRouteData', () => {
  it('shows a single path in full and lists several', async () => {
    const one = professionalsFixtureSource({ paths: [{ id: 'a', data: pathData('A', undefined, [[]]) }] });
    expect((await servicePathsRouteData(one, 'fi')).only?.path.id).toBe('a');
    const two = professionalsFixtureSource({ paths: [{ id: 'b', data: pathData('B', undefined, [[]]) }, { id: 'a', data: pathData('A', undefined, [[]]) }] });
    const data = await servicePathsRouteData(two, 'fi');
    expect(data.only).toBeUndefined();
    expect(data.paths.map((path) => path.id)).toEqual(['a', 'b']);
  });
});
