import { describe, expect, it } from 'vitest';
import { guidedStartRouteData } from '../../../src/route-data/guided-start.ts';
import * as fixtures from '../../support/export-fixtures.ts';
import { professionalsFixtureSource } from '../../support/content-source.ts';

const translations = { 'sv/kriisipuhelin': { title: 'Kristelefon', summary: 'Hjälp dygnet runt när det känns tungt.' } } as never;

describe('guidedStartRouteData', () => {
  it('gives every life area its starter services in the reader language and its total', async () => {
    const source = professionalsFixtureSource({ translations, site: { ...fixtures.site, startHere: ['tyokykykoordinaattori'] } });
    const data = await guidedStartRouteData(source, 'sv');
    expect(data.areas.map((start) => start.area.id)).toEqual((await source.getAreas()).map((area) => area.id));
    const mieli = data.areas.find((start) => start.area.id === 'mieli');
    // The crisis line's main area is mieli, the coordinator's only a secondary one: main area first.
    expect(mieli?.picked.map(({ service }) => service.id)).toEqual(['kriisipuhelin', 'tyokykykoordinaattori']);
    expect(mieli?.picked[0]?.text).toMatchObject({ title: 'Kristelefon', lang: 'sv' });
    expect(mieli?.picked[1]?.text).toMatchObject({ title: 'Työkykykoordinaattori', lang: 'fi' });
    expect(mieli?.total).toBe(2);
    expect(data.areas.find((start) => start.area.id === 'keho')).toMatchObject({ picked: [], total: 0 });
    expect(data.startHere).toEqual([{ id: 'tyokykykoordinaattori', text: expect.objectContaining({ lang: 'fi' }) }]);
  });
});
