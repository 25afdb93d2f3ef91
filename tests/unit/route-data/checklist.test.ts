import { describe, expect, it } from 'vitest';
import type { OperatingModel } from '../../../src/content-types.ts';
import { checklistRouteData } from '../../../src/route-data/checklist.ts';
import * as fixtures from '../../support/export-fixtures.ts';
import { professionalsFixtureSource } from '../../support/content-source.ts';

const translations = { 'en/kriisipuhelin': { title: 'Crisis line', summary: 'Help around the clock when things feel heavy.' } } as never;

describe('checklistRouteData', () => {
  it('resolves the next steps’ services in the given order and language, leaving out unknown ids', async () => {
    const site = { ...fixtures.site, checklistNextSteps: ['kriisipuhelin', 'puuttuva', 'klubitalo'] };
    const data = await checklistRouteData(professionalsFixtureSource({ site, translations }), 'en');
    expect(data.nextSteps.map((service) => [service.id, service.text.title, service.text.lang])).toEqual([
      ['kriisipuhelin', 'Crisis line', 'en'],
      ['klubitalo', fixtures.clubhouse.data.title, 'fi'],
    ]);
    expect(data.hasModels).toBe(false);
  });

  it('names the models as sources when the region has any', async () => {
    const models = [{ id: 'm', data: { title: 'Malli', order: 1 } as unknown as OperatingModel['data'] }];
    expect((await checklistRouteData(professionalsFixtureSource({ models }), 'fi')).hasModels).toBe(true);
  });
});
