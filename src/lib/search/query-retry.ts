// The second try of a search that found nothing. Pagefind requires every word of a query to match,
// so a query written as a sentence ("rahat eivät riitä ruokaan") finds nothing although its topic
// words ("rahat ruokaan") would. The search page asks `retryQuery` what to search next and tells
// the person which words it used. Pure: no DOM, no Pagefind.
import type { Locale } from '../../i18n/locales.ts';
import { isStopWord } from './stop-words.ts';

export interface QueryRetry {
  /** The informative words as the person wrote them (punctuation trimmed), in their order. */
  words: string[];
  /** The words joined into the query to run. */
  term: string;
}

/** The words of a query as written: split at spaces and punctuation, hyphens and apostrophes kept inside words. */
export function queryWords(query: string): string[] {
  return query
    .normalize('NFC')
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((word) => word.replace(/^[-'’]+|[-'’]+$/g, ''))
    .filter(Boolean);
}

/** The words of a query that name a topic: stop words and repeats left out, order kept. */
export function informativeWords(query: string, locale: Locale): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const word of queryWords(query)) {
    const key = word.toLocaleLowerCase(locale).replace(/’/g, "'");
    if (isStopWord(key, locale) || seen.has(key)) continue;
    seen.add(key);
    kept.push(word);
  }
  return kept;
}

/**
 * What to search for after `query` found nothing, or undefined when a retry cannot find more: the
 * query was a single word, had no stop words to drop, or had nothing but stop words.
 */
export function retryQuery(query: string, locale: Locale): QueryRetry | undefined {
  const written = queryWords(query);
  const words = informativeWords(query, locale);
  if (words.length === 0 || words.length === written.length) return undefined;
  return { words, term: words.join(' ') };
}
