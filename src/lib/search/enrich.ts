// Search enrichment of one service: the words Pagefind cannot find on its own. Keywords as the
// editor wrote them; compound parts of the name, summary and keywords; inflected and
// consonant-gradation forms (kyky → kyvyn); synonyms from content/synonyms.yaml; and the common
// misspellings of long words. The result goes into a searchable Pagefind meta field at build time.
import type { SynonymGroup } from '../../schemas/synonyms.ts';
import { buildVocabulary, compoundParts, type Vocabulary } from './compounds.ts';
import { basicFormGuesses, inflectionVariants, spellingVariants } from './inflection.ts';
import { expandSynonyms } from './synonyms.ts';
import { isAlphabetic, words } from './text.ts';

/** The text of a service that enrichment reads. */
export interface EnrichmentSource {
  title: string;
  summary: string;
  keywords: readonly string[];
  /** The provider's name, so synonym groups can match on it ("Kela"). */
  providerName?: string | undefined;
}

export interface SearchEnricher {
  vocabulary: Vocabulary;
  /** Search terms for one service, without duplicates, most important first. */
  termsFor(source: EnrichmentSource): string[];
}

export interface EnricherOptions {
  /** The site's own text (service names, summaries, keywords, bodies, area names …): compound parts are learnt from it. */
  siteTexts: Iterable<string>;
  synonyms: readonly SynonymGroup[];
  /** Extra known word parts; defaults to the curated list in word-parts.ts. */
  wordParts?: Iterable<string>;
}

/** Words too short to inflect usefully or to split. */
const MIN_WORD = 3;

/** One word's results, worked out once: the services of a region share most of their words. */
function perWord<T>(derive: (word: string) => T): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    let value = known.get(word);
    if (value === undefined) known.set(word, (value = derive(word)));
    return value;
  };
}

export function createSearchEnricher({ siteTexts, synonyms, wordParts }: EnricherOptions): SearchEnricher {
  const vocabulary = buildVocabulary(siteTexts, wordParts);
  // Every service page asks for its terms, and a region's services repeat the same words, so the
  // per-word steps are remembered for the build (a 1,000-service region: 0.7 ms per page before).
  const partsOf = perWord((word) => compoundParts(word, vocabulary));
  const guessesOf = perWord(basicFormGuesses);
  const variantsOf = perWord(inflectionVariants);
  const misspellingsOf = perWord(spellingVariants);

  function termsFor(source: EnrichmentSource): string[] {
    const terms = new Set<string>();
    const add = (items: Iterable<string>) => {
      for (const item of items) if (item.length >= 2) terms.add(item);
    };

    const titleWords = words(source.title).filter(isAlphabetic);
    const keywordWords = source.keywords.flatMap((keyword) => words(keyword));
    const textWords = [...titleWords, ...words(source.summary), ...keywordWords];

    // 1. Keywords, as written.
    add(keywordWords);

    // 2. Compound parts of the long words of the name, summary and keywords.
    const parts = new Set<string>();
    for (const word of new Set(textWords)) for (const part of partsOf(word)) parts.add(part);
    add(parts);

    // 3. Synonyms, matched against everything the service says about itself.
    const known = new Set([...textWords, ...parts, ...words(source.providerName ?? '')]);
    const synonymWords = expandSynonyms(known, synonyms).flatMap((word) => words(word));
    add(synonymWords);

    // 4. Inflected and consonant-gradation forms of the name's words, keywords, parts and synonyms.
    const bases = new Set<string>();
    for (const word of [...titleWords, ...keywordWords, ...parts, ...synonymWords]) {
      if (word.length < MIN_WORD || !isAlphabetic(word)) continue;
      bases.add(word);
      for (const guess of guessesOf(word)) bases.add(guess);
    }
    add([...bases].filter((word) => !titleWords.includes(word)));
    for (const base of bases) add(variantsOf(base));

    // 5. Misspellings of long words (double letters written single).
    for (const word of [...titleWords, ...keywordWords, ...synonymWords, ...parts]) add(misspellingsOf(word));

    return [...terms];
  }

  return { vocabulary, termsFor };
}
