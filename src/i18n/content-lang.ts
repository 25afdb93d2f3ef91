// The language of parts (WCAG 3.1.2), written once for the whole site. Paths, operating models,
// news and untranslated service texts are written in Finnish only; on Swedish and English pages
// those blocks carry lang="fi" (so screen readers switch voice) under a fallback notice.
import type { Locale } from './locales.ts';

/** lang="fi" for Finnish-only content on a page in another language; nothing on Finnish pages. */
export function finnishContent(locale: Locale): 'fi' | undefined {
  return locale === 'fi' ? undefined : 'fi';
}

/**
 * lang for a text that may be in another language than the page: the text's own language when it
 * differs (a Finnish master on a Swedish page), nothing when it matches the page.
 */
export function partLang(text: { lang: Locale }, locale: Locale): Locale | undefined {
  return text.lang !== locale ? text.lang : undefined;
}

const MARK = '\u0000';

/**
 * Splits a translated template around one placeholder, so the Finnish value in the middle can get
 * its own lang attribute: ("Källa: {source}.", "source") → ["Källa: ", "."].
 */
export function aroundPlaceholder(fill: (vars: Record<string, string>) => string, name: string): [string, string] {
  const [before = '', after = ''] = fill({ [name]: MARK }).split(MARK);
  return [before, after];
}
