// A content source made of fixture entries, for the route-data loaders' unit tests. It answers the
// same questions as src/content.ts with the same code: the ordering, featured services, places and
// review packets come from src/lib/entry-queries.ts, which content.ts uses too; only the reading
// (getCollection there, fixture arrays here) differs. Add a query here when a loader needs one.
import type * as ContentQueries from '../../src/content.ts';
import type { LifeArea, OptionalSections, Provider, Service, ServiceTranslation } from '../../src/content-types.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { pageServiceLinks } from '../../src/lib/channels.ts';
import { serviceText } from '../../src/lib/localise.ts';
import { sortByTitle } from '../../src/lib/services.ts';
import { byId, byName, byOrder, byOrderThenTitle, featuredOf, newestFirst, placesOf, reviewPacketsOf } from '../../src/lib/entry-queries.ts';
import type { SiteSettings } from '../../src/schemas/site.ts';
import type { ServiceTranslationData } from '../../src/schemas/translation.ts';
import * as fixtures from './export-fixtures.ts';

export type ContentSource = typeof ContentQueries;

export interface FixtureContent {
  site?: SiteSettings;
  services?: readonly { id: string; data: Service['data']; body?: string | undefined }[];
  providers?: readonly { id: string; data: Provider['data'] }[];
  areas?: readonly { id: LifeArea['id']; data: LifeArea['data'] }[];
  sections?: OptionalSections;
  /** sv/en texts by `${locale}/${id}`. */
  translations?: Record<string, ServiceTranslationData>;
}

const entry = <T>(collection: string, value: object): T => ({ collection, ...value }) as T;

/** The queries of src/content.ts over fixture entries (the open-data fixture region by default). */
export function fixtureSource(content: FixtureContent = {}): Pick<
  ContentSource,
  | 'getSite'
  | 'getAreas'
  | 'getServices'
  | 'getService'
  | 'getProviders'
  | 'getProvider'
  | 'servicesOfProvider'
  | 'serviceTranslation'
  | 'getServiceText'
  | 'getServiceLinks'
  | 'getOptionalSections'
> {
  const site = content.site ?? fixtures.site;
  // Like a build: drafts are left out.
  const services = sortByTitle(
    (content.services ?? fixtures.services).filter((service) => !service.data.draft).map((service) => entry<Service>('services', service)),
  );
  const providers = [...(content.providers ?? fixtures.providers)]
    .map((provider) => entry<Provider>('providers', provider))
    .sort(byName);
  const areas = [...(content.areas ?? fixtures.areas)]
    .map((area) => entry<LifeArea>('areas', area))
    .sort(byOrder);
  const translations = content.translations ?? {};
  const serviceTranslation = async (id: string, locale: Locale) => {
    const data = locale === 'fi' ? undefined : translations[`${locale}/${id}`];
    return data ? entry<ServiceTranslation>('serviceTranslations', { id: `${locale}/${id}`, data }) : undefined;
  };
  const getServiceText = async (service: Service, locale: Locale) =>
    serviceText(service.data, locale, (await serviceTranslation(service.id, locale))?.data);
  return {
    getSite: async () => site,
    getAreas: async () => areas,
    getServices: async () => services,
    getService: async (id) => services.find((service) => service.id === id),
    getProviders: async () => providers,
    getProvider: async (id) => {
      const provider = providers.find((candidate) => candidate.id === id);
      if (!provider) throw new Error(`Toimija ${id} puuttuu.`);
      return provider;
    },
    servicesOfProvider: async (id) => services.filter((service) => service.data.provider === id),
    serviceTranslation,
    getServiceText,
    getServiceLinks: async (locale) => {
      const texts = new Map(await Promise.all(services.map(async (service) => [service.id, await getServiceText(service, locale)] as const)));
      return pageServiceLinks(locale, (id) => texts.get(id));
    },
    getOptionalSections: async () => content.sections ?? { news: false, faq: false, paths: false, models: false, places: false },
  };
}

// --- More queries, for the loaders of the service, search, places, home and history pages -------

import type { NewsItem } from '../../src/content-types.ts';
import type { HistoryEntry } from '../../src/lib/history/changes.ts';
import type { ServiceFileHistory } from '../../src/node/git-history.ts';
import type { SynonymGroup } from '../../src/schemas/synonyms.ts';

export interface MoreFixtureContent extends FixtureContent {
  news?: readonly { id: string; data: NewsItem['data'] }[];
  synonyms?: SynonymGroup[];
  /** The service files' git history; unavailable (no git) by default. */
  files?: ServiceFileHistory;
  /** Change histories by service id. */
  histories?: Record<string, HistoryEntry[]>;
}

/** fixtureSource() with the queries of featured services, places, news, synonyms and change history. */
export function fixtureSourceWithMore(content: MoreFixtureContent = {}): ReturnType<typeof fixtureSource> &
  Pick<ContentSource, 'getStartHereServices' | 'getChecklistNextSteps' | 'getPlaces' | 'getNews' | 'getSynonyms' | 'getServiceFileHistory' | 'getServiceHistories'> {
  const base = fixtureSource(content);
  const featured = (ids: readonly string[], locale: Locale) => featuredOf(ids, base.getService, (service) => base.getServiceText(service, locale));
  const news = [...(content.news ?? [])]
    .map((item) => entry<NewsItem>('news', item))
    .filter((item) => !item.data.draft)
    .sort(newestFirst);
  return {
    ...base,
    getStartHereServices: async (locale) => featured((await base.getSite()).startHere, locale),
    getChecklistNextSteps: async (locale) => featured((await base.getSite()).checklistNextSteps, locale),
    getPlaces: async (locale) =>
      placesOf(await base.getServices(), await base.getProviders(), locale, (service) => base.getServiceText(service, locale)),
    getNews: async () => news,
    getSynonyms: async () => content.synonyms ?? [],
    getServiceFileHistory: async () => content.files ?? { available: false, partial: false, reason: 'fixture', versions: new Map() },
    getServiceHistories: async () => new Map(Object.entries(content.histories ?? {})),
  };
}

// --- The professionals' tools and FAQ (route-data of the finder, paths, models, checklist, support
// plan, review packets, FAQ) ------------------------------------------------------------------------
import type { FaqEntry, OperatingModel, ServicePath } from '../../src/content-types.ts';

export interface ProfessionalsFixtureContent extends MoreFixtureContent {
  faq?: readonly { id: string; data: FaqEntry['data']; body?: string | undefined }[];
  paths?: readonly { id: string; data: ServicePath['data']; body?: string | undefined }[];
  models?: readonly { id: string; data: OperatingModel['data']; body?: string | undefined }[];
}

/** fixtureSourceWithMore and the queries of src/content.ts the professionals' pages and the FAQ add. */
export function professionalsFixtureSource(content: ProfessionalsFixtureContent = {}): ReturnType<typeof fixtureSourceWithMore> &
  Pick<ContentSource, 'getSupportPlanModel' | 'getFaq' | 'getServicePaths' | 'getOperatingModels' | 'getReviewPackets'> {
  const base = fixtureSourceWithMore(content);
  const site = content.site ?? fixtures.site;
  const faq = (content.faq ?? []).map((item) => entry<FaqEntry>('faq', item)).sort(byOrder);
  const paths = (content.paths ?? []).map((item) => entry<ServicePath>('paths', item)).sort(byId);
  const models = (content.models ?? [])
    .map((item) => entry<OperatingModel>('models', item))
    .sort(byOrderThenTitle);
  return {
    ...base,
    getSupportPlanModel: async () => models.find((model) => model.id === site.supportPlanModel),
    getFaq: async () => faq,
    getServicePaths: async () => paths,
    getOperatingModels: async () => models,
    getReviewPackets: async () => reviewPacketsOf(await base.getServices(), await base.getProviders()),
  };
}
