// The one place that reads content collections. Pages and components get pre-filtered, sorted
// lists from here and never call getCollection themselves.
import { getCollection, getEntry } from 'astro:content';
import { localeParams, type Locale } from './i18n/locales.ts';
import { AREA_IDS } from './schemas/area.ts';
import type { SiteSettings } from './schemas/site.ts';
import type { SynonymGroup } from './schemas/synonyms.ts';
import { sortByTitle } from './lib/services.ts';
import { byId, byName, byOrder, byOrderThenTitle, featuredOf, newestFirst, placesOf, reviewPacketsOf } from './lib/entry-queries.ts';
import { serviceText, type ServiceText } from './lib/localise.ts';
import type { OpenDataSource } from './lib/export/source.ts';
import { pageServiceLinks, type ServiceLinks } from './lib/channels.ts';
import type { Municipality } from './lib/places.ts';
import type { ReviewPacket } from './lib/review/packets.ts';
import { join } from 'node:path';
import { contentDir } from './content-dir.ts';
import { readServiceFileHistory, type ServiceFileHistory } from './node/git-history.ts';
import { serviceHistory, type HistoryEntry } from './lib/history/changes.ts';
import { historyLabels } from './lib/history/labels.ts';
import { useTranslations } from './i18n/index.ts';

import type {
  ContentPage,
  FeaturedService,
  OptionalSections,
  FaqEntry,
  LifeArea,
  NewsItem,
  OperatingModel,
  PageTranslation,
  Provider,
  Service,
  ServicePath,
  ServiceTranslation,
} from './content-types.ts';


/** Drafts are visible in `astro dev` for preview, never in a build. */
const published = (entry: { data: { draft?: boolean } }) => !(import.meta.env.PROD && entry.data.draft);

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (cached ??= load());
}

export const getSite = once(async (): Promise<SiteSettings> => {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('content/site.yaml puuttuu.');
  return entry.data;
});

export const getAreas = once(async (): Promise<LifeArea[]> => {
  const areas = await getCollection('areas');
  return areas
    .filter((area): area is LifeArea => (AREA_IDS as readonly string[]).includes(area.id))
    .sort(byOrder);
});

export const getServices = once(async (): Promise<Service[]> => sortByTitle((await getCollection('services')).filter(published)));

export async function getService(id: string): Promise<Service | undefined> {
  return (await getServices()).find((service) => service.id === id);
}

export const getProviders = once(async (): Promise<Provider[]> => {
  const providers = await getCollection('providers');
  return [...providers].sort(byName);
});

export async function getProvider(id: string): Promise<Provider> {
  const provider = (await getProviders()).find((candidate) => candidate.id === id);
  // The content guard rejects dangling provider references before the build starts.
  if (!provider) throw new Error(`Toimija ${id} puuttuu.`);
  return provider;
}

export async function servicesOfProvider(id: string): Promise<Service[]> {
  return (await getServices()).filter((service) => service.data.provider === id);
}

export const getNews = once(async (): Promise<NewsItem[]> =>
  (await getCollection('news')).filter(published).sort(newestFirst),
);

/** Everything the open-data exports read, with one timestamp for every file of a build. */
export const getOpenDataSource = once(async (): Promise<Omit<OpenDataSource, 'siteUrl'>> => {
  const [site, services, providers, areas] = await Promise.all([getSite(), getServices(), getProviders(), getAreas()]);
  return { site, services, providers, areas, generatedAt: new Date() };
});

export const getFaq = once(async (): Promise<FaqEntry[]> => (await getCollection('faq')).sort(byOrder));

/** Service paths (palvelupolut) for professionals, in file-name order. */
export const getServicePaths = once(async (): Promise<ServicePath[]> =>
  [...(await getCollection('paths'))].sort(byId),
);

/** Operating models (toimintamallit), in their editorial order. */
export const getOperatingModels = once(async (): Promise<OperatingModel[]> =>
  [...(await getCollection('models'))].sort(byOrderThenTitle),
);

export async function getPage(id: string): Promise<ContentPage | undefined> {
  return getEntry('pages', id);
}

const getServiceTranslations = once(async () => new Map((await getCollection('serviceTranslations')).map((entry) => [entry.id, entry])));
const getPageTranslations = once(async () => new Map((await getCollection('pageTranslations')).map((entry) => [entry.id, entry])));

/** The sv/en text of a service, or undefined when it is not translated (Finnish is shown). */
export async function serviceTranslation(id: string, locale: Locale): Promise<ServiceTranslation | undefined> {
  return locale === 'fi' ? undefined : (await getServiceTranslations()).get(`${locale}/${id}`);
}

/**
 * A service's text in the reader's language: the sv/en translation joined over the Finnish master,
 * field by field (the one place this join is written).
 */
export async function getServiceText(service: Service, locale: Locale): Promise<ServiceText> {
  return serviceText(service.data, locale, (await serviceTranslation(service.id, locale))?.data);
}

/** The sv/en version of a static page, or undefined when it is not translated. */
export async function pageTranslation(id: string, locale: Locale): Promise<PageTranslation | undefined> {
  return locale === 'fi' ? undefined : (await getPageTranslations()).get(`${locale}/${id}`);
}

/** Search synonym groups from content/synonyms.yaml; a region without the file has none. */
export const getSynonyms = once(async (): Promise<SynonymGroup[]> =>
  (await getCollection('synonyms')).flatMap((entry) => entry.data.groups),
);


/** site.yaml `startHere`: where to turn when nothing fits (search, guided start, empty finder). */
export async function getStartHereServices(locale: Locale): Promise<FeaturedService[]> {
  return featuredOf((await getSite()).startHere, getService, (service) => getServiceText(service, locale));
}

/** site.yaml `checklistNextSteps`: the services the checklist's next steps point to. */
export async function getChecklistNextSteps(locale: Locale): Promise<FeaturedService[]> {
  return featuredOf((await getSite()).checklistNextSteps, getService, (service) => getServiceText(service, locale));
}

/** site.yaml `supportPlanModel`: the operating model behind the support-plan template, if the region names one. */
export async function getSupportPlanModel(): Promise<OperatingModel | undefined> {
  const id = (await getSite()).supportPlanModel;
  return id === undefined ? undefined : (await getOperatingModels()).find((model) => model.id === id);
}

export const getOptionalSections = once(async (): Promise<OptionalSections> => {
  const [news, faq, paths, models, places] = await Promise.all([
    getNews(),
    getFaq(),
    getServicePaths(),
    getOperatingModels(),
    getPlaces('fi'),
  ]);
  return { news: news.length > 0, faq: faq.length > 0, paths: paths.length > 0, models: models.length > 0, places: places.length > 0 };
});

/** getStaticPaths for a section's index page: every locale when the region has the section, else none. */
export function sectionParams(section: keyof OptionalSections) {
  return async () => ((await getOptionalSections())[section] ? localeParams() : []);
}

const serviceLinksByLocale = new Map<Locale, Promise<ServiceLinks>>();

/**
 * Links for `service` contacts ("Kysy lisää"): the other service's page in the reader's language and
 * its name there (translated, or the Finnish master, marked for lang="fi"). Built once per language.
 */
export function getServiceLinks(locale: Locale): Promise<ServiceLinks> {
  let links = serviceLinksByLocale.get(locale);
  if (!links) {
    links = (async () => {
      const texts = new Map(
        await Promise.all(
          (await getServices()).map(async (service) => [service.id, await getServiceText(service, locale)] as const),
        ),
      );
      return pageServiceLinks(locale, (id) => texts.get(id));
    })();
    serviceLinksByLocale.set(locale, links);
  }
  return links;
}

// --- Places (issue 16) -------------------------------------------------------------------------

/**
 * The region's places: the visiting addresses of services and providers, by municipality, each with
 * the services and providers met there (service names in the reader's language when translated).
 */
export async function getPlaces(locale: Locale): Promise<Municipality[]> {
  const [services, providers] = await Promise.all([getServices(), getProviders()]);
  return placesOf(services, providers, locale, (service) => getServiceText(service, locale));
}

/** The content owners' review packets (published services only), those needing attention first. */
export const getReviewPackets = once(async (): Promise<ReviewPacket<Service>[]> => {
  const [services, providers] = await Promise.all([getServices(), getProviders()]);
  return reviewPacketsOf(services, providers);
});

/** Every committed version of the region's service files (git, read once per build; never throws). */
export const getServiceFileHistory = once(async (): Promise<ServiceFileHistory> => {
  const history = readServiceFileHistory(join(contentDir(), 'services'));
  if (!history.available) console.warn(`[history] change history unavailable, pages say so: ${history.reason ?? ''}`);
  return history;
});

/**
 * The public change histories of the published services, newest change first. In Finnish on every
 * page: the changed facts are lines of the Finnish master file, so their labels are Finnish too and
 * sv/en pages mark them lang="fi" (like other Finnish-only content).
 */
export const getServiceHistories = once(async (): Promise<Map<string, HistoryEntry[]>> => {
  const [files, services] = await Promise.all([getServiceFileHistory(), getServices()]);
  const labels = historyLabels(useTranslations('fi'), 'fi');
  return new Map(
    services.map((service) => [service.id, serviceHistory(files.versions.get(service.id) ?? [], labels, { partial: files.partial })]),
  );
});
