// Picking texts out of PTV's localised lists, and short stable fingerprints of what was imported.
import { createHash } from 'node:crypto';
import type { PtvLanguageItem, PtvLocalizedItem } from './model.ts';

export type PtvLanguage = 'fi' | 'sv' | 'en';

/** The value of a `{language, value, type}` list in one language and of one type, trimmed. */
export function localized(items: readonly PtvLocalizedItem[], language: string, type?: string): string | undefined {
  const value = items.find((item) => item.language === language && (type === undefined || item.type === type))?.value.trim();
  return value ? value : undefined;
}

/** The value of a `{language, value}` list in one language. */
export function inLanguage(items: readonly PtvLanguageItem[], language: string): string | undefined {
  const value = items.find((item) => item.language === language)?.value.trim();
  return value ? value : undefined;
}

/** Finnish first, then Swedish, then English: for names that must exist in the Finnish master. */
export function anyLanguage(items: readonly PtvLanguageItem[]): string | undefined {
  return inLanguage(items, 'fi') ?? inLanguage(items, 'sv') ?? inLanguage(items, 'en');
}

/** JSON with sorted keys, so that equal values have equal fingerprints. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(typeof value === 'string' ? value.trim() : value) ?? 'null';
}

/** A 10-character fingerprint of a value as imported (ptv.hashes). */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex').slice(0, 10);
}

/** Cuts a text at the last sentence end that fits, or at a word boundary with an ellipsis. */
export function fitText(value: string, max: number): string {
  const text = value.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
  if (sentenceEnd >= max / 3) return head.slice(0, sentenceEnd + 1);
  const space = head.lastIndexOf(' ', max - 2);
  return `${head.slice(0, space > 0 ? space : max - 1)}…`;
}
