// Translations (content/services/sv/<id>.mdx, content/services/en/<id>.mdx and the same under
// content/pages/): only the text of an entry. Structured data (areas, provider, channels …) always
// comes from the Finnish master with the same id.
import { z } from 'astro/zod';
import { reviewDate, text } from './common.ts';

export const TRANSLATED_LOCALES = ['sv', 'en'] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

export const serviceTranslationSchema = z.strictObject({
  /** The service name in this language. */
  title: text('nimi (title)', { min: 3, max: 100 }),
  /** One or two sentences, as in the Finnish summary. */
  summary: text('lyhyt kuvaus (summary)', { min: 20, max: 250 }),
  /** Who can use it, in plain words. */
  forWhom: text('kohderyhmän tarkennus (forWhom)', { min: 10, max: 800 }),
  /** Duration in this language. */
  duration: text('kesto (duration)', { max: 200 }),
  /** What to have at hand, in this language (the Finnish `bring` is shown without it). */
  bring: text('mitä tarvitset mukaan (bring)', { min: 3, max: 200 }).optional(),
  /** Easy-language summary, if written (lättläst svenska / plain English). */
  plainSummary: text('selkokielinen tiivistelmä (plainSummary)', { min: 20, max: 600 }).optional(),
  /** Who translated or checked it (a unit or role), and when. */
  translatedBy: text('kääntäjä (translatedBy)', { max: 160 }),
  lastReviewed: reviewDate,
});

export const pageTranslationSchema = z.strictObject({
  title: text('otsikko (title)', { max: 100 }),
  description: text('kuvaus (description)', { min: 20, max: 250 }),
  lastReviewed: reviewDate,
});

export type ServiceTranslationData = z.output<typeof serviceTranslationSchema>;
