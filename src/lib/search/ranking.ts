// How search results are ranked beyond Pagefind's defaults. A service's enrichment goes into two
// Pagefind meta fields: `keywords`, the words its editor wrote in `keywords` (what the service is
// about), and `terms`, everything derived from them and from the name (compound parts, inflected
// forms, synonyms, misspellings, places, help words). Meta matches add to a page's score with the
// weights below, so a topic word a service names itself ("velat" in the debt-advice service's
// keywords) ranks that service above a page that only mentions the word in passing (an area page's
// description "Raha, asuminen, velat ja asiointi") and above a service that got the word through a
// loose synonym match. The search page (src/browser/search-page.ts) and `npm run bench:search`
// use the same weights, so the benchmark measures what people get.
import { words } from './text.ts';

export const KEYWORDS_META = 'keywords';
export const TERMS_META = 'terms';

/** Pagefind ranking options (pagefind.options({ ranking }) / the Component UI's applyOptions). */
export const SEARCH_RANKING = {
  metaWeights: { [KEYWORDS_META]: 6, [TERMS_META]: 2 },
} as const;

/** A service's enrichment split into the two meta fields: the editor's keyword words, then the rest. */
export function rankedTerms(terms: readonly string[], keywords: readonly string[]): { keywords: string[]; terms: string[] } {
  const keywordWords = [...new Set(keywords.flatMap((keyword) => words(keyword)))];
  const own = new Set(keywordWords);
  return { keywords: keywordWords, terms: terms.filter((term) => !own.has(term)) };
}
