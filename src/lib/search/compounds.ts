// Compound splitting for search: Pagefind matches word beginnings only, so "koordinaattori" does
// not find "työkykykoordinaattori". We split long words into known parts and index the parts and
// their joins. Known parts come from the site's own text (every word of four letters or more that
// is not a function word) and from the curated list in word-parts.ts.
import { isAlphabetic, words } from './text.ts';
import { SHORT_WORD_PARTS, WORD_PARTS } from './word-parts.ts';

/** Known word parts. A plain set, so tests and the build can make one from any text. */
export type Vocabulary = ReadonlySet<string>;

/** Function words long enough to pass the length limit; as compound parts they only mislead. */
const FUNCTION_WORDS = new Set([
  'olla', 'ovat', 'oman', 'omat', 'joka', 'jotka', 'jossa', 'josta', 'johon', 'jonka', 'joita', 'joiden', 'joilla', 'sekä',
  'että', 'myös', 'voit', 'voivat', 'voida', 'sinä', 'sinun', 'sinulle', 'sinut', 'sinua', 'mitä', 'miten', 'missä', 'mikä',
  'kuin', 'vain', 'niin', 'sitten', 'tämä', 'nämä', 'tätä', 'näitä', 'kanssa', 'kautta', 'ilman', 'asti', 'alle', 'jälkeen',
  'aikana', 'mukaan', 'avulla', 'lisäksi', 'ennen', 'kaikki', 'kaikille', 'muut', 'muun', 'muita', 'eikä', 'vaan', 'mutta',
  'koska', 'siksi', 'heidän', 'itse', 'itsesi', 'saat', 'saada', 'tulee', 'ollut', 'olet', 'olen', 'hänen', 'heille', 'sille',
  'siitä', 'siihen', 'siinä', 'tästä', 'tähän', 'tässä', 'mihin', 'mistä', 'kenelle', 'kuka', 'mikäli', 'jota', 'joihin',
]);

/** Endings a compound's last part may carry: työkykykoordinaattorille = … + koordinaattori + lle. */
const ENDINGS = [
  'n', 't', 'a', 'ä', 'na', 'nä', 'ssa', 'ssä', 'sta', 'stä', 'lla', 'llä', 'lta', 'ltä', 'lle', 'ksi', 'in', 'en', 'ja', 'jä',
  'ta', 'tä', 'ita', 'itä', 'iin', 'ien', 'ille', 'issa', 'issä', 'ista', 'istä', 'illa', 'illä', 'hin', 'seen',
];

const MIN_SITE_PART = 4;
const MIN_COMPOUND = 6;

/** Builds the vocabulary of known parts from the site's own text plus the curated list. */
export function buildVocabulary(texts: Iterable<string>, curated: Iterable<string> = WORD_PARTS): Set<string> {
  const vocabulary = new Set<string>();
  for (const text of texts) {
    for (const word of words(text)) {
      if (word.length >= MIN_SITE_PART && isAlphabetic(word) && !FUNCTION_WORDS.has(word)) vocabulary.add(word);
    }
  }
  for (const part of curated) vocabulary.add(part.toLocaleLowerCase('fi'));
  for (const part of SHORT_WORD_PARTS) vocabulary.add(part);
  return vocabulary;
}

function isPart(candidate: string, vocabulary: Vocabulary): boolean {
  if (!vocabulary.has(candidate)) return false;
  return candidate.length >= 3 || (SHORT_WORD_PARTS as readonly string[]).includes(candidate);
}

/** A final part, possibly inflected: the word itself, or a known part followed by an ending. */
function isFinalPart(candidate: string, vocabulary: Vocabulary): boolean {
  if (isPart(candidate, vocabulary)) return true;
  return ENDINGS.some((ending) => candidate.length - ending.length >= 3 && candidate.endsWith(ending) && isPart(candidate.slice(0, -ending.length), vocabulary));
}

/**
 * The fewest known parts a word splits into (at least two), or undefined if it does not split.
 * Ties go to the split whose shortest part is longest, which avoids splitting off tiny words.
 */
export function splitOnce(word: string, vocabulary: Vocabulary): string[] | undefined {
  if (word.length < MIN_COMPOUND || !isAlphabetic(word)) return undefined;
  type Best = { parts: string[]; shortest: number } | undefined;
  // best[i]: best split of word.slice(0, i) into non-final parts.
  const best: Best[] = Array.from({ length: word.length + 1 }, () => undefined);
  best[0] = { parts: [], shortest: Infinity };
  let answer: Best;
  const better = (candidate: NonNullable<Best>, current: Best) =>
    !current || candidate.parts.length < current.parts.length || (candidate.parts.length === current.parts.length && candidate.shortest > current.shortest);
  for (let start = 0; start < word.length; start += 1) {
    const prefix = best[start];
    if (!prefix) continue;
    for (let end = start + 2; end <= word.length; end += 1) {
      const piece = word.slice(start, end);
      const candidate = { parts: [...prefix.parts, piece], shortest: Math.min(prefix.shortest, piece.length) };
      if (end === word.length) {
        if (start > 0 && isFinalPart(piece, vocabulary) && better(candidate, answer)) answer = candidate;
      } else if (isPart(piece, vocabulary) && better(candidate, best[end])) {
        best[end] = candidate;
      }
    }
  }
  return answer?.parts;
}

/** Shortest unknown part accepted next to a known one, and shortest known part that vouches for it. */
const MIN_UNKNOWN_PART = 4;

/**
 * A two-way split where one end is a word the vocabulary does not know: verkko|puntari,
 * kaiku|kortti. Brand names and rare words are often glued to a common part; the known part
 * (four letters or more) vouches for the cut. Prefers the longest known part.
 */
export function splitAtKnownEnd(word: string, vocabulary: Vocabulary): [string, string] | undefined {
  if (word.length < MIN_COMPOUND + 2 || !isAlphabetic(word)) return undefined;
  const hasVowel = (piece: string) => /[aeiouyäö]/.test(piece);
  let best: { cut: [string, string]; known: number } | undefined;
  for (let at = MIN_UNKNOWN_PART; at <= word.length - MIN_UNKNOWN_PART; at += 1) {
    const left = word.slice(0, at);
    const right = word.slice(at);
    const knownLeft = isPart(left, vocabulary) ? left.length : 0;
    const knownRight = isFinalPart(right, vocabulary) ? right.length : 0;
    const known = Math.max(knownLeft, knownRight);
    if (known < MIN_UNKNOWN_PART || !hasVowel(left) || !hasVowel(right)) continue;
    if (!best || known > best.known) best = { cut: [left, right], known };
  }
  return best?.cut;
}

/**
 * Splits a word into its smallest known parts, splitting each part again where it splits. A word
 * that does not split into known parts may still split at a known end (see splitAtKnownEnd).
 */
export function splitCompound(word: string, vocabulary: Vocabulary): string[] {
  const parts = splitOnce(word, vocabulary) ?? splitAtKnownEnd(word, vocabulary);
  if (!parts) return [word];
  return parts.flatMap((part) => splitKnown(part, vocabulary));
}

function splitKnown(word: string, vocabulary: Vocabulary): string[] {
  const parts = splitOnce(word, vocabulary);
  return parts ? parts.flatMap((part) => splitKnown(part, vocabulary)) : [word];
}

/**
 * What a compound adds to the index: every part and every run of adjacent parts written together
 * (työkykykoordinaattoripalvelu → työ, kyky, koordinaattori, palvelu, työkyky, kykykoordinaattori,
 * koordinaattoripalvelu …), but not the word itself. A word that does not split adds nothing.
 */
export function compoundParts(word: string, vocabulary: Vocabulary): string[] {
  const leaves = splitCompound(word, vocabulary);
  if (leaves.length < 2) return [];
  const result = new Set<string>();
  for (let start = 0; start < leaves.length; start += 1) {
    for (let end = start + 1; end <= leaves.length; end += 1) {
      if (start === 0 && end === leaves.length) continue;
      result.add(leaves.slice(start, end).join(''));
    }
  }
  return [...result];
}
