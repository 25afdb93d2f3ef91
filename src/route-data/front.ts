// The home page: the life areas with how many services touch each (the house and the list), the
// number of published services and the three latest news items (written in Finnish only).
import type * as ContentQueries from '../content.ts';
import type { LifeArea } from '../content-types.ts';
import { localizePath, type Locale } from '../i18n/locales.ts';
import { areaDescription, areaName } from '../lib/areas.ts';
import { areaPath } from '../lib/routes.ts';

type ContentSource = typeof ContentQueries;

/** News items on the home page. */
export const FRONT_NEWS = 3;

export interface FrontRouteData {
  /** For the house (components/area/House.astro). */
  areas: LifeArea[];
  /** Services per area id: every service that touches the area, primary or not. */
  counts: Map<string, number>;
  /** The areas as the list below the house shows them. */
  list: { id: string; name: string; description: string; href: string; count: number }[];
  /** Published services in the region. */
  total: number;
  news: { title: string; date: Date; href: string }[];
}

export async function frontRouteData(source: Pick<ContentSource, 'getAreas' | 'getServices' | 'getNews'>, locale: Locale): Promise<FrontRouteData> {
  const [areas, services, news] = await Promise.all([source.getAreas(), source.getServices(), source.getNews()]);
  const counts = new Map(areas.map((area) => [area.id, services.filter((service) => service.data.areas.includes(area.id)).length]));
  return {
    areas,
    counts,
    list: areas.map((area) => ({
      id: area.id,
      name: areaName(area, locale),
      description: areaDescription(area, locale),
      href: areaPath(locale, area.id),
      count: counts.get(area.id) ?? 0,
    })),
    total: services.length,
    news: news.slice(0, FRONT_NEWS).map((item) => ({ title: item.data.title, date: item.data.date, href: localizePath(locale, `/ajankohtaista/${item.id}/`) })),
  };
}
