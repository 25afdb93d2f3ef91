// What every page's shell needs from the content, the same on every page of a build: the site
// settings (region, organisation, feedback address) and which optional sections exist (news, FAQ,
// paths, models, places), for the header, the footer and the professionals' navigation. The
// middleware gathers it once and hands it to the layouts on Astro.locals.
import type * as ContentQueries from '../content.ts';
import type { OptionalSections } from '../content-types.ts';
import type { SiteSettings } from '../schemas/site.ts';

export interface SiteRouteData {
  site: SiteSettings;
  sections: OptionalSections;
}

export async function siteRouteData(source: Pick<typeof ContentQueries, 'getSite' | 'getOptionalSections'>): Promise<SiteRouteData> {
  const [site, sections] = await Promise.all([source.getSite(), source.getOptionalSections()]);
  return { site, sections };
}
