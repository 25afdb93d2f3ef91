// /palvelut/<area>/ and its later pages /palvelut/<area>/sivu/<n>/: one life area, its name and
// description in the reader's language, and one page of its services as cards, those whose primary
// area it is first.
import type * as ContentQueries from '../content.ts';
import type { LifeArea, Service } from '../content-types.ts';
import type { Locale } from '../i18n/locales.ts';
import { areaDescription, areaName } from '../lib/areas.ts';
import { pageInfo, pageItems, type PageInfo } from '../lib/paging.ts';
import { areaPath } from '../lib/routes.ts';
import { servicesInArea } from '../lib/services.ts';
import type { AreaId } from '../schemas/area.ts';
import { serviceCards, type ServiceCardData } from './service-cards.ts';

type ContentSource = typeof ContentQueries;

export interface AreaRouteData {
  area: { id: AreaId; name: string; description: string; /** Its Kykyviisari name, in Finnish only. */ kykyviisari: string };
  /** The region's other areas, for the links at the end. */
  others: { id: AreaId; name: string; href: string }[];
  /** This page's services whose primary area this is, then those that only touch it. */
  primary: ServiceCardData[];
  secondary: ServiceCardData[];
  page: PageInfo;
  /** The address of the list's first page. */
  base: string;
}

type AreaList = { primary: Service[]; secondary: Service[] };

/**
 * Area lists by the service list they were made from. Every page of an area's list needs the whole
 * sorted list; sorting it again on each of them was a tenth of a 10,000-service build's time. Keyed
 * by the list object, so content gathered again (the dev server after an edit) gets new lists.
 */
const listsByServices = new WeakMap<readonly Service[], Map<AreaId, AreaList>>();

/** All of an area's services in list order: primary first, then secondary, each by title. */
export async function areaServices(source: Pick<ContentSource, 'getServices'>, areaId: AreaId): Promise<AreaList> {
  const services = await source.getServices();
  let lists = listsByServices.get(services);
  if (!lists) listsByServices.set(services, (lists = new Map()));
  let list = lists.get(areaId);
  if (!list) lists.set(areaId, (list = servicesInArea(services, areaId)));
  return list;
}

export async function areaRouteData(
  source: Pick<ContentSource, 'getAreas' | 'getProviders' | 'getServices' | 'getServiceText'>,
  area: LifeArea,
  locale: Locale,
  number: number,
): Promise<AreaRouteData> {
  const [areas, providers, { primary, secondary }] = await Promise.all([source.getAreas(), source.getProviders(), areaServices(source, area.id)]);
  const shown = new Set(pageItems([...primary, ...secondary], number));
  const lookups = { areas, providers };
  const [primaryCards, secondaryCards] = await Promise.all([
    serviceCards(source, primary.filter((service) => shown.has(service)), lookups, locale),
    serviceCards(source, secondary.filter((service) => shown.has(service)), lookups, locale),
  ]);
  return {
    area: { id: area.id, name: areaName(area, locale), description: areaDescription(area, locale), kykyviisari: area.data.kykyviisari },
    others: areas.filter((other) => other.id !== area.id).map((other) => ({ id: other.id, name: areaName(other, locale), href: areaPath(locale, other.id) })),
    primary: primaryCards,
    secondary: secondaryCards,
    page: pageInfo(primary.length + secondary.length, number),
    base: areaPath(locale, area.id),
  };
}
