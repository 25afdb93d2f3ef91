// /toimijat/<id>/ and its later pages /toimijat/<id>/sivu/<n>/: one provider, its own channels (with
// the links of "Kysy lisää" contacts) and one page of the services it offers, as cards.
import type * as ContentQueries from '../content.ts';
import type { Provider, Service } from '../content-types.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ServiceLinks } from '../lib/channels.ts';
import { pageInfo, pageItems, type PageInfo } from '../lib/paging.ts';
import { providerPath } from '../lib/routes.ts';
import { sortByTitle } from '../lib/services.ts';
import { serviceCards, type ServiceCardData } from './service-cards.ts';

type ContentSource = typeof ContentQueries;

export interface ProviderRouteData {
  provider: Provider;
  /** This page's services. */
  cards: ServiceCardData[];
  /** All of the provider's services (for its JSON-LD and the "no services" text). */
  all: Service[];
  links: ServiceLinks;
  page: PageInfo;
  /** The address of the list's first page. */
  base: string;
}

export async function providerRouteData(
  source: Pick<ContentSource, 'getAreas' | 'getProviders' | 'servicesOfProvider' | 'getServiceText' | 'getServiceLinks'>,
  provider: Provider,
  locale: Locale,
  number: number,
): Promise<ProviderRouteData> {
  const [areas, providers, all, links] = await Promise.all([
    source.getAreas(),
    source.getProviders(),
    source.servicesOfProvider(provider.id),
    source.getServiceLinks(locale),
  ]);
  const sorted = sortByTitle(all);
  return {
    provider,
    cards: await serviceCards(source, pageItems(sorted, number), { areas, providers }, locale),
    all,
    links,
    page: pageInfo(sorted.length, number),
    base: providerPath(locale, provider.id),
  };
}
