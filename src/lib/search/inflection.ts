// Finnish inflection variants for search: consonant gradation (kyky → kyvyn, kunta → kunnan),
// the common stem types (-nen, -us, -as, -e, -in, -ton, e-stem -i words) and typing-error variants
// (double ↔ single letters). Pagefind stems Finnish and matches prefixes, so one weak-grade and
// one strong-grade form of each word is what closes the gap; a few more forms cover the stemmer's
// quirks. Wrong guesses only add a harmless unused word to the index.
import { harmonyA, isAlphabetic, isConsonant, isVowel } from './text.ts';

/** Strong → weak consonant gradation of the consonants that open a word's last syllable. */
const WEAKENING: readonly (readonly [strong: string, weak: string])[] = [
  ['kk', 'k'],
  ['pp', 'p'],
  ['tt', 't'],
  ['nk', 'ng'],
  ['mp', 'mm'],
  ['lt', 'll'],
  ['rt', 'rr'],
  ['nt', 'nn'],
  ['ht', 'hd'],
  ['lk', 'l'],
  ['rk', 'r'],
  ['hk', 'h'],
  ['lp', 'lv'],
  ['rp', 'rv'],
  ['k', ''],
  ['p', 'v'],
  ['t', 'd'],
];

/** Weak → strong, for the word types whose basic form is in the weak grade (tarve → tarpeen). */
const STRENGTHENING: readonly (readonly [weak: string, strong: string])[] = [
  ['ng', 'nk'],
  ['mm', 'mp'],
  ['ll', 'lt'],
  ['rr', 'rt'],
  ['nn', 'nt'],
  ['hd', 'ht'],
  ['lv', 'lp'],
  ['rv', 'rp'],
  ['lj', 'lk'],
  ['rj', 'rk'],
  ['k', 'kk'],
  ['p', 'pp'],
  ['t', 'tt'],
  ['d', 't'],
  ['v', 'p'],
];

/** Splits a stem into [head, consonants before the final vowel(s), final vowel(s)]. */
function lastSyllable(stem: string): [head: string, onset: string, nucleus: string] | undefined {
  const end = stem.length;
  let nucleusStart = end;
  while (nucleusStart > 0 && isVowel(stem[nucleusStart - 1])) nucleusStart -= 1;
  // Only a single final vowel alternates: in "terapia" the i and a are separate syllables.
  if (end - nucleusStart !== 1) return undefined;
  let onsetStart = nucleusStart;
  while (onsetStart > 0 && isConsonant(stem[onsetStart - 1])) onsetStart -= 1;
  // Gradation needs a vowel before the consonants (not word-initial "kyky" → "yky").
  if (onsetStart === 0) return undefined;
  return [stem.slice(0, onsetStart), stem.slice(onsetStart, nucleusStart), stem.slice(nucleusStart, end)];
}

/**
 * The weak grade of a vowel-final stem, or undefined when its last syllable does not alternate:
 * kyky → kyvy, velka → vela, kunta → kunna, hoito → hoido, apu → avu, järke → järje.
 */
export function weakGrade(stem: string): string | undefined {
  const parts = lastSyllable(stem);
  if (!parts) return undefined;
  const [head, onset, nucleus] = parts;
  const rule = WEAKENING.find(([strong]) => strong === onset);
  if (!rule) return undefined;
  let weak = rule[1];
  const previous = head.at(-1);
  // k → v between two u's or y's (puku → puvun, kyky → kyvyn); lk, rk → lj, rj before e (järki → järjen).
  if (onset === 'k' && ((previous === 'u' && nucleus.startsWith('u')) || (previous === 'y' && nucleus.startsWith('y')))) weak = 'v';
  if ((onset === 'lk' || onset === 'rk') && nucleus === 'e') weak = `${onset[0]}j`;
  return `${head}${weak}${nucleus}`;
}

/** The strong grade of a weak-grade stem (tarpe- from tarve, asiakka- from asiakas). */
export function strongGrade(stem: string): string | undefined {
  const parts = lastSyllable(stem);
  if (!parts) return undefined;
  const [head, onset, nucleus] = parts;
  const rule = STRENGTHENING.find(([weak]) => weak === onset);
  return rule ? `${head}${rule[1]}${nucleus}` : undefined;
}

function syllableCount(word: string): number {
  return word.match(/[aeiouyäöå]+/g)?.length ?? 0;
}

/** Forms of a vowel-final word: weak-grade genitive and plural, strong-grade partitive and illative. */
function vowelStemForms(word: string): string[] {
  const a = harmonyA(word);
  const last = word.at(-1) ?? '';
  const weak = weakGrade(word) ?? word;
  const forms = [`${weak}n`, `${weak}t`, `${weak}ss${a}`, `${weak}lle`, `${word}${last}n`];
  // Partitive: -a/-ä after a short final vowel, -ta/-tä after a long vowel or diphthong.
  forms.push(isVowel(word.at(-2)) ? `${word}t${a}` : `${word}${a}`);
  const body = word.slice(0, -1);
  const weakBody = weak.slice(0, -1);
  if (last === 'a' || last === 'ä') {
    // Plural stems: velka → velkoja, veloilla; kunta → kuntia, kunnilla; pöytä → pöytiä.
    const firstVowel = word.match(/[aeiouyäö]/)?.[0] ?? '';
    const twoSyllables = syllableCount(word) === 2;
    if (last === 'a' && (!twoSyllables || 'aei'.includes(firstVowel))) forms.push(`${body}oj${a}`, `${weakBody}oill${a}`);
    if (last === 'ä' || !twoSyllables || 'ou'.includes(firstVowel)) forms.push(`${body}i${a}`, `${weakBody}ill${a}`);
  } else if (last === 'i') {
    forms.push(`${body}ej${a}`, `${weakBody}eill${a}`);
  } else {
    forms.push(`${word}j${a}`, `${weak}ill${a}`);
  }
  return forms;
}

/** e-stem forms of an old two-syllable -i word: tuki → tuen, tukea; järki → järjen. */
function eStemForms(word: string): string[] {
  const a = harmonyA(word);
  const strong = `${word.slice(0, -1)}e`;
  const weak = weakGrade(strong) ?? strong;
  return [`${weak}n`, `${weak}t`, `${strong}${a}`, `${strong}en`, `${weak}ss${a}`];
}

/** Endings of case and plural forms; basic forms of other types are recognised before this. */
const LOOKS_INFLECTED = /(?:[nt]|ss[aä]|st[aä]|ll[aä]|lt[aä]|lle|ksi|aa|ää)$/;

/**
 * Common inflected forms of a Finnish noun or adjective in its basic form, including the
 * consonant-gradation variant: kyky → kyvyn, kyvyt …; sosiaalinen → sosiaalisen …; asiakas →
 * asiakkaan …; työtön → työttömän …. Returns [] for words it cannot inflect (digits, very short).
 */
export function inflectionVariants(input: string): string[] {
  const word = input.toLocaleLowerCase('fi');
  if (word.length < 3 || !isAlphabetic(word)) return [];
  const a = harmonyA(word);
  const forms: string[] = [];
  const push = (...items: string[]) => forms.push(...items);

  if (word.endsWith('nen') && word.length > 4) {
    const base = word.slice(0, -3);
    push(`${base}sen`, `${base}set`, `${base}st${a}`, `${base}seen`, `${base}si${a}`, `${base}sill${a}`, `${base}sten`);
  } else if (/(?:uus|yys|eus|eys|ous|öys|aus|äys)$/.test(word)) {
    const base = word.slice(0, -1);
    push(`${base}den`, `${base}det`, `${base}tt${a}`, `${base}teen`, `${base}ksi${a}`, `${base}dess${a}`);
    // -aus/-äys is either kind: vapaus → vapauden, but ohjaus → ohjauksen.
    if (/(?:aus|äys)$/.test(word)) push(`${base}ksen`, `${base}kset`, `${base}kseen`, `${base}ksi${a}`);
  } else if (/[aeiouyäö](?:us|ys|os|ös)$/.test(word) || /[^aeiouyäö](?:us|ys)$/.test(word)) {
    const base = word.slice(0, -1);
    push(`${base}ksen`, `${base}kset`, `${word}t${a}`, `${base}kseen`, `${base}ksi${a}`, `${base}ksess${a}`, `${base}ksell${a}`);
  } else if (/[^aeiouyäö](?:as|äs)$/.test(word)) {
    const vowel = word.at(-2) ?? 'a';
    const stem = word.slice(0, -1);
    const strong = strongGrade(stem) ?? stem;
    push(`${strong}${vowel}n`, `${strong}${vowel}t`, `${word}t${a}`, `${strong}${vowel}seen`, `${strong}it${a}`, `${strong}ill${a}`);
  } else if (/(?:ton|tön)$/.test(word)) {
    const base = `${word.slice(0, -3)}tt${word.at(-2) === 'o' ? 'o' : 'ö'}m${a}`;
    push(`${base}n`, `${base}t`, `${word}t${a}`, `${base}${a}n`, `${base.slice(0, -1)}i${a}`, `${base.slice(0, -1)}ien`, `${base.slice(0, -1)}ille`);
  } else if (/(?:[lmt]in|[aä]in)$/.test(word) && word.length >= 5) {
    const base = `${word.slice(0, -1)}me`;
    push(`${base}n`, `${base}t`, `${word}t${a}`, `${base}en`, `${word.slice(0, -1)}mi${a}`);
  } else if (LOOKS_INFLECTED.test(word)) {
    // Already a case form (velat, palvelussa, velkaa): inflecting it again only adds noise.
    return [];
  } else if (word.endsWith('e') && !isVowel(word.at(-2))) {
    const strong = strongGrade(word) ?? word;
    push(`${strong}en`, `${strong}et`, `${word}tt${a}`, `${strong}eseen`, `${strong}it${a}`, `${strong}iss${a}`);
  } else if (isVowel(word.at(-1))) {
    push(...vowelStemForms(word));
    if (word.endsWith('i') && syllableCount(word) <= 2 && isConsonant(word.at(-2))) push(...eStemForms(word));
  } else if (word.length >= 4) {
    // Other consonant-final words (loans, names): add the ending after a linking i.
    push(`${word}in`, `${word}it`, `${word}i${a}`, `${word}iin`);
  }
  return [...new Set(forms)].filter((form) => form !== word);
}

/**
 * Guesses the basic form of a plural or genitive title word, so that "palvelut", "opinnot" and
 * "mahdollisuudet" also get their singular variants. Returns [] when the word looks basic already.
 */
export function basicFormGuesses(input: string): string[] {
  const word = input.toLocaleLowerCase('fi');
  if (word.length < 5 || !isAlphabetic(word)) return [];
  const guesses: string[] = [];
  if (/(?:uude|yyde|eude|eyde)t$/.test(word)) guesses.push(`${word.slice(0, -3)}s`);
  else if (/kset$/.test(word)) guesses.push(`${word.slice(0, -4)}s`);
  else if (/set$/.test(word)) guesses.push(`${word.slice(0, -3)}nen`);
  else if (/[aeiouyäö]t$/.test(word)) {
    const stem = word.slice(0, -1);
    guesses.push(stem);
    const strong = strongGrade(stem);
    if (strong) guesses.push(strong);
  }
  return guesses.filter((guess) => guess !== word);
}

const DOUBLE_LETTERS = /([kptsmnlraeiouyäö])\1/g;

/**
 * Common misspellings of a long word: one double letter written single (koordinaattori →
 * koordinaatori, kordinaattori). Finnish writers, and even more Finnish learners, mix up long and
 * short sounds more than anything else. Short words get none: they would match too much.
 */
export function spellingVariants(input: string): string[] {
  const word = input.toLocaleLowerCase('fi');
  if (word.length < 7 || !isAlphabetic(word)) return [];
  const variants = new Set<string>();
  for (const match of word.matchAll(DOUBLE_LETTERS)) {
    variants.add(word.slice(0, match.index + 1) + word.slice(match.index + 2));
  }
  return [...variants];
}
