// Search: the /haku/ page (where to turn when nothing is found) and the search data of each service
// page, built at build time from the site's content and the pure functions in src/lib/search/: the
// enrichment (the editor's keywords and the derived terms, in the two meta fields that rank
// differently, lib/search/ranking.ts) and the municipality and language filters.
// TT_SEARCH_ENRICHMENT=off turns the enrichment off, so `npm run bench:search` can measure the same
// content indexed plain.
import type * as ContentQueries from '../content.ts';
import type { FeaturedService } from '../content-types.ts';
import type { Service } from '../content-types.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { createSearchEnricher, type SearchEnricher } from '../lib/search/enrich.ts';
import { inflectionVariants } from '../lib/search/inflection.ts';
import { rankedTerms } from '../lib/search/ranking.ts';
import { GENERIC_HELP_WORDS, servedMunicipalities } from '../lib/search/service-terms.ts';

type ContentSource = typeof ContentQueries;
export type SearchTermsSource = Pick<ContentSource, 'getServices' | 'getAreas' | 'getProviders' | 'getSynonyms' | 'getSite'>;

/** The build-time switch; anything but "off" keeps enrichment on. */
export const ENRICHMENT_ENV = 'TT_SEARCH_ENRICHMENT';

export function enrichmentEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env[ENRICHMENT_ENV]?.trim().toLowerCase() !== 'off';
}

/** One enricher per build and source: its vocabulary is learnt from every service, area and provider. */
const enrichers = new WeakMap<SearchTermsSource, Promise<SearchEnricher>>();

function getEnricher(source: SearchTermsSource): Promise<SearchEnricher> {
  let enricher = enrichers.get(source);
  if (!enricher) {
    enricher = (async () => {
      const [services, areas, providers, synonyms] = await Promise.all([
        source.getServices(),
        source.getAreas(),
        source.getProviders(),
        source.getSynonyms(),
      ]);
      const siteTexts = [
        ...services.flatMap((service) => [service.data.title, service.data.summary, service.data.forWhom, ...service.data.keywords, service.body ?? '']),
        ...areas.flatMap((area) => [area.data.name.fi, area.data.description.fi]),
        ...providers.flatMap((provider) => [provider.data.name, provider.data.description]),
      ];
      return createSearchEnricher({ siteTexts, synonyms });
    })();
    enrichers.set(source, enricher);
  }
  return enricher;
}

/**
 * The words to add to a service's search index, or none when enrichment is off: the editor's
 * keywords and the derived terms, in the two meta fields that rank differently (lib/search/ranking.ts).
 */
export async function searchTermsFor(source: SearchTermsSource, service: Service): Promise<{ keywords: string[]; terms: string[] }> {
  if (!enrichmentEnabled()) return { keywords: [], terms: [] };
  const [enrich, site, providers] = await Promise.all([getEnricher(source), source.getSite(), source.getProviders()]);
  const provider = providers.find((candidate) => candidate.id === service.data.provider);
  const terms = enrich.termsFor({
    title: service.data.title,
    summary: service.data.summary,
    keywords: service.data.keywords,
    providerName: provider?.data.name,
  });
  // Place names in the nominative and the genitive: the genitive carries the other stem of a
  // name with consonant gradation (lahti → lahden), and Pagefind's stemmer takes the
  // case endings off a query ("lahdessa") before it matches. All ten case forms of every
  // municipality were a quarter of each service's terms, and Pagefind's memory grows with them.
  const places = servedMunicipalities(service.data.municipalities, site.municipalities)
    .map((name) => name.toLocaleLowerCase('fi'))
    .flatMap((name) => [name, ...inflectionVariants(name).slice(0, 1)]);
  return rankedTerms([...new Set([...terms, ...places, ...GENERIC_HELP_WORDS])], service.data.keywords);
}

/** What a service page gives Pagefind only (components/search/SearchEnrichment.astro). */
export interface ServiceSearchData {
  keywords: string[];
  terms: string[];
  /** The municipalities served, for the municipality filter. */
  municipalities: string[];
  /** Language codes, for the language filter. */
  languages: string[];
}

export async function serviceSearchData(source: SearchTermsSource, service: Service, locale: Locale): Promise<ServiceSearchData> {
  // The terms are Finnish (inflected forms, compound parts, Finnish synonyms), so only the Finnish
  // index gets them. In the Swedish and English indexes Pagefind's stemmers leave Finnish forms
  // apart, so with the terms the English index of 5,000 services took 1.43 GiB against the Finnish
  // 0.97 GiB and was the build's memory peak; the pages' own text is still indexed there.
  const [{ keywords, terms }, site] = await Promise.all([
    locale === DEFAULT_LOCALE ? searchTermsFor(source, service) : { keywords: [], terms: [] },
    source.getSite(),
  ]);
  return {
    keywords,
    terms,
    municipalities: servedMunicipalities(service.data.municipalities, site.municipalities),
    languages: [...service.data.languages],
  };
}

/** /haku/: where to turn when nothing is found, the services the region features (site.yaml startHere). */
export interface SearchRouteData {
  startHere: FeaturedService[];
}

export async function searchRouteData(source: Pick<ContentSource, 'getStartHereServices'>, locale: Locale): Promise<SearchRouteData> {
  return { startHere: await source.getStartHereServices(locale) };
}
