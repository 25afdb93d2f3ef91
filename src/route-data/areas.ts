// /palvelut/: every life area with the first services whose primary area it is (as cards) and
// whether it has more than fit, so the page stays the same size in a region of any size.
import type * as ContentQueries from '../content.ts';
import type { Locale } from '../i18n/locales.ts';
import { areaName } from '../lib/areas.ts';
import { areaPath } from '../lib/routes.ts';
import { groupByPrimaryArea } from '../lib/services.ts';
import type { AreaId } from '../schemas/area.ts';
import { serviceCards, type ServiceCardData } from './service-cards.ts';

type ContentSource = typeof ContentQueries;

/** Cards per area here; 7 areas × 24 cards stay well inside the page budget at any region size. */
export const AREA_PREVIEW = 24;

export interface AreasRouteData {
  /** Published services in the region. */
  total: number;
  areas: {
    id: AreaId;
    name: string;
    href: string;
    /** Its first services (at most AREA_PREVIEW). */
    cards: ServiceCardData[];
    /** More services than the cards show: the page links to the area's own list. */
    more: boolean;
  }[];
}

export async function areasRouteData(
  source: Pick<ContentSource, 'getAreas' | 'getServices' | 'getProviders' | 'getServiceText'>,
  locale: Locale,
): Promise<AreasRouteData> {
  const [areas, services, providers] = await Promise.all([source.getAreas(), source.getServices(), source.getProviders()]);
  const groups = groupByPrimaryArea(
    services,
    areas.map((area) => area.id),
  );
  return {
    total: services.length,
    areas: await Promise.all(
      areas.map(async (area) => {
        const group = groups.get(area.id) ?? [];
        return {
          id: area.id,
          name: areaName(area, locale),
          href: areaPath(locale, area.id),
          cards: await serviceCards(source, group.slice(0, AREA_PREVIEW), { areas, providers }, locale),
          more: group.length > AREA_PREVIEW,
        };
      }),
    ),
  };
}
