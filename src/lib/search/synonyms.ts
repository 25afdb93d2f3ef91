// Synonym expansion: decides which groups of content/synonyms.yaml match a service, from the words
// of its name, summary, keywords and provider (with their compound parts), tolerant of inflection:
// the group "means: [velka]" matches a service that says "velkaneuvonta" or "velan".
import type { SynonymGroup } from '../../schemas/synonyms.ts';
import { inflectionVariants } from './inflection.ts';
import { normalizeWord } from './text.ts';

/** Words of five letters or more match as word beginnings; shorter ones must match whole. */
const MIN_PREFIX = 5;

/** A trigger word and its inflected forms, lower-cased, hyphens removed ("TE-palvelut" → "tepalvelut"). */
function triggerForms(word: string): string[] {
  const normal = normalizeWord(word).replace(/-/g, '');
  return normal ? [normal, ...inflectionVariants(normal)] : [];
}

function wordMatches(forms: readonly string[], terms: ReadonlySet<string>): boolean {
  const [base] = forms;
  if (base === undefined) return false;
  if (forms.some((form) => terms.has(form))) return true;
  if (base.length < MIN_PREFIX) return false;
  for (const term of terms) {
    if (forms.some((form) => term.startsWith(form))) return true;
  }
  return false;
}

/** Whether a phrase ("sosiaalinen kuntoutus") matches: every word of it is among the terms. */
export function phraseMatches(phrase: string, terms: ReadonlySet<string>): boolean {
  const parts = phrase.split(/\s+/).filter(Boolean);
  return parts.length > 0 && parts.every((part) => wordMatches(triggerForms(part), terms));
}

/**
 * The synonym words to add for a service whose text has the given terms (its words and their
 * compound parts, lower-cased). A group matches when one of its `means` phrases matches, or, for a
 * two-way group without `means`, one of its `words`.
 */
export function expandSynonyms(terms: ReadonlySet<string>, groups: readonly SynonymGroup[]): string[] {
  const added = new Set<string>();
  for (const group of groups) {
    const triggers = group.means ?? group.words;
    if (triggers.some((phrase) => phraseMatches(phrase, terms))) {
      for (const word of group.words) added.add(word);
    }
  }
  return [...added];
}
