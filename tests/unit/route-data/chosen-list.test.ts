import { describe, expect, it } from 'vitest';
import { chosenListRouteData } from '../../../src/route-data/chosen-list.ts';
import * as fixtures from '../../support/export-fixtures.ts';
import { professionalsFixtureSource } from '../../support/content-source.ts';

describe('chosenListRouteData', () => {
  it('holds the printout’s texts in every published language, with the region’s name in each', async () => {
    const site = { ...fixtures.site, regionNames: { sv: 'Södra Karelen' } };
    const { languages } = await chosenListRouteData(professionalsFixtureSource({ site }));
    expect(Object.keys(languages)).toEqual(['fi', 'sv', 'en']);
    expect(languages.fi?.from).toContain('(Etelä-Karjala): tyollisyystalo.example.');
    expect(languages.sv?.from).toContain('(Södra Karelen)');
    expect(languages.en?.from).toContain('(Etelä-Karjala)');
    expect(languages.sv?.subject).toBe('Tjänster som kan hjälpa dig');
  });
});
