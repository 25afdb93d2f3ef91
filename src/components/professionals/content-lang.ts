// Paths, operating models and service texts are written in Finnish only. On Swedish and English
// pages those blocks carry lang="fi" (so screen readers switch voice) under a fallback notice.
import type { Locale } from '../../i18n/locales.ts';

/** lang="fi" for Finnish-only content on a page in another language; nothing on Finnish pages. */
export function finnishContent(locale: Locale): 'fi' | undefined {
  return locale === 'fi' ? undefined : 'fi';
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
