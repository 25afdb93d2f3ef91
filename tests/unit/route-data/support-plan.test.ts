import { describe, expect, it } from 'vitest';
import type { OperatingModel } from '../../../src/content-types.ts';
import { supportPlanRouteData } from '../../../src/route-data/support-plan.ts';
import * as fixtures from '../../support/export-fixtures.ts';
import { professionalsFixtureSource } from '../../support/content-source.ts';

const models = [{ id: 'tuen-tiimi', data: { title: 'Työkyvyn tuen tiimi', order: 1 } as unknown as OperatingModel['data'] }];

describe('supportPlanRouteData', () => {
  it('links the model the region names, in the reader language', async () => {
    const source = professionalsFixtureSource({ models, site: { ...fixtures.site, supportPlanModel: 'tuen-tiimi' } });
    expect((await supportPlanRouteData(source, 'sv')).model).toEqual({
      title: 'Työkyvyn tuen tiimi',
      href: '/sv/ammattilaisille/toimintamallit/tuen-tiimi/',
    });
  });

  it('names no model when the region names none or one that does not exist', async () => {
    expect((await supportPlanRouteData(professionalsFixtureSource({ models }), 'fi')).model).toBeUndefined();
    const missing = professionalsFixtureSource({ models, site: { ...fixtures.site, supportPlanModel: 'puuttuva' } });
    expect((await supportPlanRouteData(missing, 'fi')).model).toBeUndefined();
  });
});
