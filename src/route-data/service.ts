// /palvelu/<id>/: everything a service page shows, gathered once — the text in the reader's
// language (translation joined over the Finnish master), the provider, the areas, the access card,
// the links of "Kysy lisää" contacts, the related services as cards and the search data.
import type * as ContentQueries from '../content.ts';
import type { LifeArea, Provider, Service, ServiceTranslation } from '../content-types.ts';
import { partLang } from '../i18n/content-lang.ts';
import { useTranslations } from '../i18n/index.ts';
import { PUBLISHED_LOCALES, type Locale } from '../i18n/locales.ts';
import { areaName } from '../lib/areas.ts';
import type { ServiceLinks } from '../lib/channels.ts';
import { isStale } from '../lib/dates.ts';
import { accessCard, type AccessCard } from '../lib/handout/access-card.ts';
import { handoutEntry, type ListEntryFile } from '../lib/handout/entry.ts';
import type { ServiceText } from '../lib/localise.ts';
import { verificationOf, type Verification } from '../lib/review/attention.ts';
import { areaPath } from '../lib/routes.ts';
import { primaryArea, resolveRelated } from '../lib/services.ts';
import { serviceCards, type ServiceCardData } from './service-cards.ts';
import { serviceSearchData, type SearchTermsSource, type ServiceSearchData } from './search.ts';

type ContentSource = typeof ContentQueries;

export interface ServiceRouteData {
  service: Service;
  /** The entry whose body the page renders: the translation, or the Finnish master. */
  entry: Service | ServiceTranslation;
  text: ServiceText;
  /** lang="fi" on the Finnish text blocks when a sv/en reader gets the Finnish master. */
  textLang: Locale | undefined;
  provider: Provider;
  /** Every area of the region (for the JSON-LD), and the service's own, in the order the service gives them. */
  areas: LifeArea[];
  serviceAreas: LifeArea[];
  /** The primary area as the breadcrumb shows it. */
  primary: { name: string; href: string } | undefined;
  verification: Verification;
  hasWebsite: boolean;
  /** Not reviewed in a year. */
  stale: boolean;
  card: AccessCard;
  /** Pages and names of the services the contacts refer to. */
  links: ServiceLinks;
  related: ServiceCardData[];
  search: ServiceSearchData;
}

export async function serviceRouteData(
  source: Pick<ContentSource, 'getAreas' | 'getProviders' | 'getServices' | 'getProvider' | 'serviceTranslation' | 'getServiceText' | 'getServiceLinks'> &
    SearchTermsSource,
  service: Service,
  locale: Locale,
): Promise<ServiceRouteData> {
  const [areas, providers, services, provider, translation, links] = await Promise.all([
    source.getAreas(),
    source.getProviders(),
    source.getServices(),
    source.getProvider(service.data.provider),
    source.serviceTranslation(service.id, locale),
    source.getServiceLinks(locale),
  ]);
  const data = service.data;
  const text = await source.getServiceText(service, locale);
  const primary = areas.find((area) => area.id === primaryArea(service));
  const [related, search] = await Promise.all([
    serviceCards(source, resolveRelated(data.related, services), { areas, providers }, locale),
    serviceSearchData(source, service, locale),
  ]);
  return {
    service,
    entry: translation ?? service,
    text,
    textLang: partLang(text, locale),
    provider,
    areas,
    serviceAreas: data.areas.flatMap((id) => areas.filter((area) => area.id === id)),
    primary: primary ? { name: areaName(primary, locale), href: areaPath(locale, primary.id) } : undefined,
    verification: verificationOf(data),
    hasWebsite: Boolean(provider.data.website),
    stale: isStale(data.lastReviewed),
    card: accessCard({ data, translatedBring: translation?.data.bring, locale, t: useTranslations(locale), links }),
    links,
    related,
    search,
  };
}

/**
 * /api/lista/<id>.json: one service as the chosen-list page shows it, in every published language
 * (src/lib/handout/entry.ts).
 */
export async function serviceListEntryFile(
  source: Pick<ContentSource, 'getSite' | 'serviceTranslation' | 'getServiceLinks'>,
  service: Service,
): Promise<ListEntryFile> {
  const siteHost = new URL((await source.getSite()).siteUrl).host;
  const entries = await Promise.all(
    PUBLISHED_LOCALES.map(async (locale) => {
      const [translation, links] = await Promise.all([source.serviceTranslation(service.id, locale), source.getServiceLinks(locale)]);
      const entry = handoutEntry({
        id: service.id,
        data: service.data,
        translation: translation?.data,
        locale,
        t: useTranslations(locale),
        links,
        siteHost,
      });
      return [locale, entry] as const;
    }),
  );
  return { id: service.id, entries: Object.fromEntries(entries) };
}
