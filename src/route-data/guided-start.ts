// "Mistä aloittaisin?" on /oma-apu/: per life area a few services to start from (their texts in the
// reader's language) and how many the area has in all, and the services the region features for
// a reader who is unsure (site.yaml startHere).
import type * as ContentQueries from '../content.ts';
import type { LifeArea, Service } from '../content-types.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ServiceText } from '../lib/localise.ts';
import { starterServices } from '../lib/referral/guided-start.ts';
import { servicesInArea } from '../lib/services.ts';
import type { FeaturedService } from '../content-types.ts';

export interface GuidedStartArea {
  area: LifeArea;
  /** The services to start from, with their texts in the reader's language (or the Finnish master). */
  picked: { service: Service; text: ServiceText }[];
  /** Services in the area in all (primary and secondary). */
  total: number;
}

export interface GuidedStartRouteData {
  areas: GuidedStartArea[];
  startHere: FeaturedService[];
}

export async function guidedStartRouteData(
  source: Pick<typeof ContentQueries, 'getAreas' | 'getServices' | 'getStartHereServices' | 'getServiceText'>,
  locale: Locale,
): Promise<GuidedStartRouteData> {
  const [areas, services, startHere] = await Promise.all([source.getAreas(), source.getServices(), source.getStartHereServices(locale)]);
  const starts = await Promise.all(
    areas.map(async (area) => {
      const { primary, secondary } = servicesInArea(services, area.id);
      const picked = await Promise.all(
        starterServices(services, area.id).map(async (service) => ({ service, text: await source.getServiceText(service, locale) })),
      );
      return { area, picked, total: primary.length + secondary.length };
    }),
  );
  return { areas: starts, startHere };
}
