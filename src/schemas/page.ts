// Static pages (content/pages/*.mdx), questions and answers (content/faq/*.md) and news
// (content/news/*.mdx). Their bodies are Markdown/MDX; the frontmatter is validated here.
import { z } from 'astro/zod';
import { reviewDate, text } from './common.ts';

export const pageSchema = z.strictObject({
  /** Page heading and <title>. */
  title: text('otsikko (title)', { max: 100 }).describe('Sivun otsikko (myös selaimen välilehdellä). Enintään 100 merkkiä.'),
  /** One or two sentences for search results and the meta description. */
  description: text('kuvaus (description)', { min: 20, max: 250 }).describe('Yksi tai kaksi virkettä hakutuloksiin ja hakukoneille. 20–250 merkkiä.'),
  /** When the text was last checked; shown on the page. */
  lastReviewed: reviewDate.describe('Päivä, jolloin teksti viimeksi tarkistettiin; näkyy sivulla. Ei tulevaisuudessa.'),
});

export const FAQ_AUDIENCES = ['asiakas', 'ammattilainen'] as const;

export const faqSchema = z.strictObject({
  /** The question as people ask it. */
  question: text('kysymys (question)', { min: 8, max: 160 }).describe('Kysymys niin kuin ihmiset sen kysyvät. 8–160 merkkiä.'),
  /** Who asks it: asiakas (client) or ammattilainen (professional). */
  audience: z.enum(FAQ_AUDIENCES, { error: 'Kohderyhmä (audience) on asiakas tai ammattilainen.' }).describe('Kuka kysyy: asiakas tai ammattilainen.'),
  /** Position on the FAQ page, smallest first. */
  order: z.number({ error: 'Järjestys (order) on numero.' }).int().min(0).describe('Järjestys kysymyssivulla, pienin ensin.'),
});

export const newsSchema = z.strictObject({
  title: text('otsikko (title)', { max: 120 }).describe('Uutisen otsikko. Enintään 120 merkkiä.'),
  /** Publication date; never in the future. */
  date: reviewDate.describe('Julkaisupäivä. Ei tulevaisuudessa.'),
  summary: text('tiivistelmä (summary)', { min: 20, max: 250 }).describe('Tiivistelmä uutislistaan ja syötteeseen. 20–250 merkkiä.'),
  draft: z.boolean().default(false).describe('Luonnos ei näy julkaistulla sivustolla.'),
});

export type NewsData = z.output<typeof newsSchema>;
