import { describe, expect, it } from 'vitest';
import { siteRouteData } from '../../../src/route-data/site.ts';
import { fixtureSource } from '../../support/content-source.ts';
import { site } from '../../support/export-fixtures.ts';

describe('siteRouteData', () => {
  it('hands every page the site settings and the optional sections the region has', async () => {
    const sections = { news: true, faq: false, paths: true, models: false, places: true };
    const data = await siteRouteData(fixtureSource({ sections }));
    expect(data.site.regionName).toBe(site.regionName);
    expect(data.sections).toEqual(sections);
  });
});
