// Easy-to-read summaries (plainSummary: selkokieli in Finnish, lättläst svenska, plain English) are
// measured, not only written: short sentences, short words, a handful of sentences, abbreviations
// explained where they appear. The limits follow selkokieli guidance (one thing per sentence, common
// words) and were set from the region's summaries as written and read through in December 2026.
import type { ContentIssue } from './issues.ts';
import type { SourceFile } from './source-file.ts';

export type PlainLanguage = 'fi' | 'sv' | 'en';

/** Longest sentence, in words. */
export const MAX_WORDS_PER_SENTENCE = 12;
/** Mean word length in letters; Finnish compounds make Finnish words longer than Swedish or English ones. */
export const MAX_MEAN_WORD_LENGTH: Record<PlainLanguage, number> = { fi: 8, sv: 7, en: 6.5 };
export const SENTENCES = { min: 3, max: 7 } as const;
/** Capitals that are names, not abbreviations to open (organisations; TE, the former TE Offices). */
const NAMES = new Set(['MIELI', 'LAB', 'FPA', 'KELA', 'TE']);
/** Words that explain: "TYP on …", "TYP tarkoittaa …", "FPA är …", "TYP is … / means …". */
const EXPLAINS: Record<PlainLanguage, RegExp> = {
  fi: /(?<!\p{L})(on|tarkoittaa|eli)(?!\p{L})/iu,
  sv: /(?<!\p{L})(är|betyder|alltså)(?!\p{L})/iu,
  en: /(?<!\p{L})(is|means|stands for)(?!\p{L})/iu,
};

export interface Readability {
  sentences: string[];
  /** Words in the longest sentence. */
  longest: number;
  meanWordLength: number;
  /** Abbreviations used in a sentence that does not explain them. */
  unexplained: string[];
}

export function readability(text: string, lang: PlainLanguage): Readability {
  const sentences = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d])/u)
    .filter(Boolean);
  const words = sentences
    .flatMap((sentence) => sentence.split(' '))
    .map((word) => word.replace(/[^\p{L}]/gu, ''))
    .filter(Boolean);
  const unexplained = sentences.flatMap((sentence) =>
    [...sentence.matchAll(/(?<!\p{L})\p{Lu}{2,}(?![\p{L}-])/gu)]
      .map((match) => match[0])
      .filter((abbr) => !NAMES.has(abbr) && !EXPLAINS[lang].test(sentence)),
  );
  return {
    sentences,
    longest: Math.max(0, ...sentences.map((sentence) => sentence.split(' ').length)),
    meanWordLength: words.reduce((sum, word) => sum + word.length, 0) / Math.max(1, words.length),
    unexplained,
  };
}

/** What is hard to read in a summary, as sentences an editor can act on (Finnish); empty when it is plain. */
export function plainLanguageProblems(text: string, lang: PlainLanguage): string[] {
  const measure = readability(text, lang);
  return [
    measure.longest > MAX_WORDS_PER_SENTENCE
      ? `Pisimmässä lauseessa on ${measure.longest} sanaa; selkokielessä enintään ${MAX_WORDS_PER_SENTENCE}. Jaa lause kahdeksi.`
      : '',
    measure.meanWordLength > MAX_MEAN_WORD_LENGTH[lang]
      ? `Sanat ovat keskimäärin ${measure.meanWordLength.toFixed(1)} kirjainta pitkiä (enintään ${MAX_MEAN_WORD_LENGTH[lang]}). Käytä lyhyempiä, tuttuja sanoja ja pura pitkät yhdyssanat.`
      : '',
    measure.sentences.length < SENTENCES.min || measure.sentences.length > SENTENCES.max
      ? `Tiivistelmässä on ${measure.sentences.length} lausetta; kirjoita ${SENTENCES.min}–${SENTENCES.max} lyhyttä lausetta.`
      : '',
    ...measure.unexplained.map((abbr) => `Lyhenne ${abbr} on selittämättä. Kerro samassa lauseessa, mitä se tarkoittaa ("${abbr} on …").`),
  ].filter(Boolean);
}

/** The rule: a plainSummary that is not plain gets a warning at its line. */
export function checkPlainSummary(source: SourceFile, raw: Record<string, unknown>, lang: PlainLanguage): ContentIssue[] {
  const text = raw['plainSummary'];
  if (typeof text !== 'string') return [];
  return plainLanguageProblems(text, lang).map((message) => ({
    file: source.file,
    line: source.lineOf(['plainSummary']),
    field: 'plainSummary',
    severity: 'warning',
    message: `Selkokielinen tiivistelmä: ${message}`,
  }));
}
