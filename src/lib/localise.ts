// Chooses the text of an entry for the reader's language: the translation when there is one,
// otherwise the Finnish master, marked so the page can set lang="fi" and show a notice.
import type { Locale } from '../i18n/locales.ts';
import type { ServiceData } from '../schemas/service.ts';
import type { ServiceTranslationData } from '../schemas/translation.ts';

export interface ServiceText {
  title: string;
  summary: string;
  forWhom: string;
  duration: string;
  plainSummary?: string | undefined;
  /** Language the text is actually in. */
  lang: Locale;
  /** True when the reader asked for another language and gets Finnish. */
  fallback: boolean;
}

export function serviceText(master: ServiceData, locale: Locale, translation?: ServiceTranslationData): ServiceText {
  if (translation) {
    return {
      title: translation.title,
      summary: translation.summary,
      forWhom: translation.forWhom,
      duration: translation.duration,
      plainSummary: translation.plainSummary,
      lang: locale,
      fallback: false,
    };
  }
  return {
    title: master.title,
    summary: master.summary,
    forWhom: master.forWhom,
    duration: master.duration,
    plainSummary: master.plainSummary,
    lang: 'fi',
    fallback: locale !== 'fi',
  };
}
