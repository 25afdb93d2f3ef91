// What the paged service lists render, gathered once per page: one page of an area's or a provider's
// services with the page's place in the list. Reads content only via content.ts.
import { areaPath, providerPath } from '../../lib/routes.ts';
import { getAreas, getProviders, getServices, servicesOfProvider, type LifeArea, type Provider, type Service } from '../../content.ts';
import type { Locale } from '../../i18n/locales.ts';
import { pageInfo, pageItems, type PageInfo } from '../../lib/paging.ts';
import { servicesInArea, sortByTitle } from '../../lib/services.ts';
import type { AreaId } from '../../schemas/area.ts';

export interface ListPage {
  areas: LifeArea[];
  providers: Provider[];
  page: PageInfo;
  /** The address of the list's first page. */
  base: string;
}

export interface AreaListPage extends ListPage {
  /** This page's services whose primary area this is, then those that only touch it. */
  primary: Service[];
  secondary: Service[];
}

/** All of an area's services in list order: primary first, then secondary, each by title. */
export async function areaServices(areaId: AreaId): Promise<{ primary: Service[]; secondary: Service[] }> {
  return servicesInArea(await getServices(), areaId);
}

export async function loadAreaPage(area: LifeArea, locale: Locale, number: number): Promise<AreaListPage> {
  const [areas, providers, { primary, secondary }] = await Promise.all([getAreas(), getProviders(), areaServices(area.id)]);
  const shown = new Set(pageItems([...primary, ...secondary], number));
  return {
    areas,
    providers,
    page: pageInfo(primary.length + secondary.length, number),
    base: areaPath(locale, area.id),
    primary: primary.filter((service) => shown.has(service)),
    secondary: secondary.filter((service) => shown.has(service)),
  };
}

export interface ProviderListPage extends ListPage {
  services: Service[];
  /** All of the provider's services (for its JSON-LD and the "no services" text). */
  all: Service[];
}

export async function loadProviderPage(provider: Provider, locale: Locale, number: number): Promise<ProviderListPage> {
  const [areas, providers, all] = await Promise.all([getAreas(), getProviders(), servicesOfProvider(provider.id)]);
  const sorted = sortByTitle(all);
  return {
    areas,
    providers,
    page: pageInfo(sorted.length, number),
    base: providerPath(locale, provider.id),
    services: pageItems(sorted, number),
    all,
  };
}
