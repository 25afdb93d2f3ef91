// UI string lookup. One flat key set (src/i18n/ui/fi.ts is the master); a missing key in another
// language falls back to Finnish so a page never shows a raw key.
import type { Locale } from './locales.ts';
import { fi, type UiKey } from './ui/fi.ts';
import { en } from './ui/en.ts';
import { sv } from './ui/sv.ts';

export type { UiKey } from './ui/fi.ts';
export type Dictionary = Record<UiKey, string>;

const dictionaries: Partial<Record<Locale, Partial<Dictionary>>> = { fi, sv, en };

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** Fills {placeholders}; an unknown placeholder is left visible so it is caught in review. */
export function interpolate(template: string, vars: Record<string, string | number> = {}): string {
  // Most texts have no placeholder, and every page looks up hundreds of them.
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function useTranslations(locale: Locale): Translate {
  const dictionary = dictionaries[locale] ?? fi;
  return (key, vars) => interpolate(dictionary[key] ?? fi[key], vars);
}

/**
 * Whether a key built at run time (from a coded value of content) names an interface text. Keys built
 * from a schema enum need no check: their template type already proves every value has a text.
 */
export function isUiKey(key: string): key is UiKey {
  return key in fi;
}

/** Finnish name of a language code, e.g. "sv" → "ruotsi"; unknown codes are shown as the code. */
export function languageName(t: Translate, code: string): string {
  const key = `language.${code}`;
  return isUiKey(key) ? t(key) : t('language.other', { code });
}

/** "1 palvelu" / "5 palvelua" (and the same in other languages). */
export function serviceCount(t: Translate, count: number): string {
  return t(count === 1 ? 'area.countOne' : 'area.count', { count });
}
