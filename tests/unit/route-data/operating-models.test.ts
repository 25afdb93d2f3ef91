import { describe, expect, it } from 'vitest';
import type { OperatingModel, ServicePath } from '../../../src/content-types.ts';
import { operatingModelRouteData, operatingModelsRouteData } from '../../../src/route-data/operating-models.ts';
import { professionalsFixtureSource } from '../../support/content-source.ts';

const model = (id: string, order: number, path?: string) => ({ id, data: { title: `Malli ${id}`, order, path } as unknown as OperatingModel['data'] });
const path = (id: string) => ({ id, data: { title: `Polku ${id}` } as unknown as ServicePath['data'] });

describe('operatingModelsRouteData', () => {
  it('lists the models in their editorial order', async () => {
    const source = professionalsFixtureSource({ models: [model('b', 2), model('a', 1)] });
    expect((await operatingModelsRouteData(source)).models.map((item) => item.id)).toEqual(['a', 'b']);
  });
});

describe('operatingModelRouteData', () => {
  it('links the model’s path: the section page when it is the only path, else the path’s own page', async () => {
    const entry = { ...model('m', 1, 'p'), collection: 'models' } as OperatingModel;
    const single = professionalsFixtureSource({ paths: [path('p')] });
    expect((await operatingModelRouteData(single, entry, 'sv')).path).toEqual({ title: 'Polku p', href: '/sv/ammattilaisille/palvelupolku/' });
    const several = professionalsFixtureSource({ paths: [path('p'), path('q')] });
    expect((await operatingModelRouteData(several, entry, 'fi')).path).toEqual({ title: 'Polku p', href: '/ammattilaisille/palvelupolku/p/' });
  });

  it('has no path link when the named path does not exist or none is named', async () => {
    const source = professionalsFixtureSource({ paths: [path('q')] });
    expect((await operatingModelRouteData(source, { ...model('m', 1, 'p'), collection: 'models' } as OperatingModel, 'fi')).path).toBeUndefined();
    expect((await operatingModelRouteData(source, { ...model('m', 1), collection: 'models' } as OperatingModel, 'fi')).path).toBeUndefined();
  });
});
