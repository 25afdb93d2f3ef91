// Translations (content/services/sv/<id>.mdx, content/services/en/<id>.mdx and the same under
// content/pages/): only the text of an entry. Structured data (areas, provider, channels …) always
// comes from the Finnish master with the same id.
import { z } from 'astro/zod';
import { reviewDate, text } from './common.ts';

export const TRANSLATED_LOCALES = ['sv', 'en'] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

export const serviceTranslationSchema = z.strictObject({
  /** The service name in this language. */
  title: text('nimi (title)', { min: 3, max: 100 }).describe('Palvelun nimi tällä kielellä.'),
  /** One or two sentences, as in the Finnish summary. */
  summary: text('lyhyt kuvaus (summary)', { min: 20, max: 250 }).describe('Yksi tai kaksi virkettä: mitä palvelussa tehdään. Näkyy korteissa, hakutuloksissa ja hakukoneissa. 20–250 merkkiä.'),
  /** Who can use it, in plain words. */
  forWhom: text('kohderyhmän tarkennus (forWhom)', { min: 10, max: 800 }).describe('Kuka palvelua voi käyttää ja millä ehdoilla, selkeästi sanottuna. 10–800 merkkiä.'),
  /** Duration in this language. */
  duration: text('kesto (duration)', { max: 200 }).describe('Esimerkiksi "1–12 kk tarpeen mukaan", "kertaluonteinen" tai "jatkuva".'),
  /** What to have at hand, in this language (the Finnish `bring` is shown without it). */
  bring: text('mitä tarvitset mukaan (bring)', { min: 3, max: 200 }).optional().describe('Mitä asiakkaalla on hyvä olla mukana tai käsillä (henkilöllisyystodistus, lähete …). Valinnainen, lyhyt.'),
  /** Easy-language summary, if written (lättläst svenska / plain English). */
  plainSummary: text('selkokielinen tiivistelmä (plainSummary)', { min: 20, max: 600 }).optional().describe('Selkokielinen tiivistelmä: lyhyet virkkeet, tutut sanat. 20–600 merkkiä.'),
  /** Who translated or checked it (a unit or role), and when. */
  translatedBy: text('kääntäjä (translatedBy)', { max: 160 }).describe('Yksikkö tai rooli, joka käänsi tai tarkisti käännöksen.'),
  lastReviewed: reviewDate.describe('Päivä, jolloin käännös kirjoitettiin tai tarkistettiin. Ei tulevaisuudessa.'),
});

export const pageTranslationSchema = z.strictObject({
  title: text('otsikko (title)', { max: 100 }).describe('Sivun otsikko (myös selaimen välilehdellä). Enintään 100 merkkiä.'),
  description: text('kuvaus (description)', { min: 20, max: 250 }).describe('Yksi tai kaksi virkettä hakutuloksiin ja hakukoneille. 20–250 merkkiä.'),
  lastReviewed: reviewDate.describe('Päivä, jolloin teksti viimeksi tarkistettiin; näkyy sivulla. Ei tulevaisuudessa.'),
});

export type ServiceTranslationData = z.output<typeof serviceTranslationSchema>;
