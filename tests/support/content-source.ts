// A content source made of fixture entries, for the route-data loaders' unit tests. It answers the
// same questions as src/content.ts (same names, same sorting and translation rules), so a loader
// gets from it exactly what it would get from a build. Add a query here when a loader needs one.
import type * as ContentQueries from '../../src/content.ts';
import type { LifeArea, OptionalSections, Provider, Service, ServiceTranslation } from '../../src/content-types.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { pageServiceLinks } from '../../src/lib/channels.ts';
import { serviceText } from '../../src/lib/localise.ts';
import { sortByTitle } from '../../src/lib/services.ts';
import type { SiteSettings } from '../../src/schemas/site.ts';
import type { ServiceTranslationData } from '../../src/schemas/translation.ts';
import * as fixtures from '../unit/export-fixtures.ts';

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
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'fi'));
  const areas = [...(content.areas ?? fixtures.areas)]
    .map((area) => entry<LifeArea>('areas', area))
    .sort((a, b) => a.data.order - b.data.order);
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

// --- The professionals' tools, news and FAQ (route-data of the finder, paths, models, checklist,
// support plan, review packets, news, FAQ) ----------------------------------------------------------
import type { FaqEntry, NewsItem, OperatingModel, ServicePath } from '../../src/content-types.ts';
import { reviewPackets } from '../../src/lib/review/packets.ts';

export interface ProfessionalsFixtureContent extends FixtureContent {
  news?: readonly { id: string; data: NewsItem['data']; body?: string | undefined }[];
  faq?: readonly { id: string; data: FaqEntry['data']; body?: string | undefined }[];
  paths?: readonly { id: string; data: ServicePath['data']; body?: string | undefined }[];
  models?: readonly { id: string; data: OperatingModel['data']; body?: string | undefined }[];
}

/** fixtureSource and the queries of src/content.ts the professionals' pages, news and FAQ add. */
export function professionalsFixtureSource(content: ProfessionalsFixtureContent = {}): ReturnType<typeof fixtureSource> &
  Pick<
    ContentSource,
    | 'getStartHereServices'
    | 'getChecklistNextSteps'
    | 'getSupportPlanModel'
    | 'getNews'
    | 'getFaq'
    | 'getServicePaths'
    | 'getOperatingModels'
    | 'getReviewPackets'
  > {
  const base = fixtureSource(content);
  const site = content.site ?? fixtures.site;
  const featured = async (ids: readonly string[], locale: Locale) => {
    const found = await Promise.all(ids.map((id) => base.getService(id)));
    return Promise.all(
      found
        .filter((service): service is Service => service !== undefined)
        .map(async (service) => ({ id: service.id, text: await base.getServiceText(service, locale) })),
    );
  };
  const news = (content.news ?? [])
    .map((item) => entry<NewsItem>('news', item))
    .filter((item) => !item.data.draft)
    .sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
  const faq = (content.faq ?? []).map((item) => entry<FaqEntry>('faq', item)).sort((a, b) => a.data.order - b.data.order);
  const paths = (content.paths ?? []).map((item) => entry<ServicePath>('paths', item)).sort((a, b) => a.id.localeCompare(b.id));
  const models = (content.models ?? [])
    .map((item) => entry<OperatingModel>('models', item))
    .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'fi'));
  return {
    ...base,
    getStartHereServices: (locale) => featured(site.startHere, locale),
    getChecklistNextSteps: (locale) => featured(site.checklistNextSteps, locale),
    getSupportPlanModel: async () => models.find((model) => model.id === site.supportPlanModel),
    getNews: async () => news,
    getFaq: async () => faq,
    getServicePaths: async () => paths,
    getOperatingModels: async () => models,
    getReviewPackets: async () => {
      const [services, providers] = await Promise.all([base.getServices(), base.getProviders()]);
      const names = new Map(providers.map((provider) => [provider.id, provider.data.name]));
      return reviewPackets(services, (id) => names.get(id));
    },
  };
}
