// Builds the search enrichment of a service at build time from the site's content (through
// src/content.ts) and the pure functions in src/lib/search/. TT_SEARCH_ENRICHMENT=off turns it off,
// so `npm run bench:search` can measure the same content indexed plain.
import { getAreas, getProviders, getServices, getSite, getSynonyms, type Service } from '../../content.ts';
import { createSearchEnricher, type SearchEnricher } from '../../lib/search/enrich.ts';
import { inflectionVariants } from '../../lib/search/inflection.ts';
import { rankedTerms } from '../../lib/search/ranking.ts';
import { GENERIC_HELP_WORDS, servedMunicipalities } from '../../lib/search/service-terms.ts';

/** The build-time switch; anything but "off" keeps enrichment on. */
export const ENRICHMENT_ENV = 'TT_SEARCH_ENRICHMENT';

export function enrichmentEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env[ENRICHMENT_ENV]?.trim().toLowerCase() !== 'off';
}

let enricher: Promise<SearchEnricher> | undefined;

/** One enricher per build: its vocabulary is learnt from every service, area and provider. */
function getEnricher(): Promise<SearchEnricher> {
  enricher ??= (async () => {
    const [services, areas, providers, synonyms] = await Promise.all([getServices(), getAreas(), getProviders(), getSynonyms()]);
    const siteTexts = [
      ...services.flatMap((service) => [service.data.title, service.data.summary, service.data.forWhom, ...service.data.keywords, service.body ?? '']),
      ...areas.flatMap((area) => [area.data.name.fi, area.data.description.fi]),
      ...providers.flatMap((provider) => [provider.data.name, provider.data.description]),
    ];
    return createSearchEnricher({ siteTexts, synonyms });
  })();
  return enricher;
}

/**
 * The words to add to a service's search index, or none when enrichment is off: the editor's
 * keywords and the derived terms, in the two meta fields that rank differently (lib/search/ranking.ts).
 */
export async function searchTermsFor(service: Service): Promise<{ keywords: string[]; terms: string[] }> {
  if (!enrichmentEnabled()) return { keywords: [], terms: [] };
  const [enrich, site, providers] = await Promise.all([getEnricher(), getSite(), getProviders()]);
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
