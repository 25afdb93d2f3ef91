// Word handling shared by the search enrichment: lower-casing, splitting text into words and
// Finnish letter classes. Pure functions, no Astro imports.

/** Finnish vowels, including the Swedish å that appears in place names. */
export const VOWELS = 'aeiouyäöå';

export function isVowel(char: string | undefined): boolean {
  return char !== undefined && char.length === 1 && VOWELS.includes(char);
}

export function isConsonant(char: string | undefined): boolean {
  return char !== undefined && /^[a-zšž]$/.test(char) && !VOWELS.includes(char);
}

/**
 * Back-vowel words take -a/-o/-u endings, front-vowel words -ä/-ö/-y (vowel harmony). In a
 * compound the last part decides, so the last a/o/u or ä/ö/y counts; e and i are neutral.
 */
export function isBackVowelWord(word: string): boolean {
  const last = word.match(/[aouäöy](?=[^aouäöy]*$)/)?.[0];
  return last === 'a' || last === 'o' || last === 'u';
}

/** "a" or "ä" by vowel harmony, for building endings such as -ssa/-ssä. */
export function harmonyA(word: string): 'a' | 'ä' {
  return isBackVowelWord(word) ? 'a' : 'ä';
}

/** Lower-case and unify apostrophes and dashes; keeps Finnish letters and digits. */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFC')
    .toLocaleLowerCase('fi')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * The words of a text, lower-cased. A hyphenated word ("TE-palvelut", "talous-") yields its parts
 * and, for a real compound, the parts written together ("tepalvelut"), as people type both.
 */
export function words(text: string): string[] {
  const result: string[] = [];
  for (const raw of text.split(/[^\p{L}\p{N}-]+/u)) {
    const word = normalizeWord(raw);
    if (!word) continue;
    const parts = word.split('-').filter(Boolean);
    if (parts.length > 1) {
      result.push(...parts, parts.join(''));
    } else if (parts[0]) {
      result.push(parts[0]);
    }
  }
  return result;
}

/** Whether a word is made of letters only (no digits), so it can take Finnish endings. */
export function isAlphabetic(word: string): boolean {
  return /^\p{L}+$/u.test(word);
}
