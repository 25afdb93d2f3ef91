// Service paths (palvelupolut) and operating models (toimintamallit) for professionals: how a
// client gets into a service, what happens step by step, who does what and how the path ends.
import { z } from 'astro/zod';
import { entryId, reviewDate, stringList, text, webUrl } from './common.ts';
import { ACCESS_ROUTES, VERIFICATION_STATES } from './service.ts';

/** A way into the path (Miten asiakas pääsee mukaan). */
const pathEntry = z.strictObject({
  /** Short name of the route, e.g. "Työllisyyspalvelujen kautta". */
  title: text('reitin nimi (title)', { max: 100 }),
  /** What happens on this route, in one or two sentences. */
  text: text('reitin kuvaus (text)', { max: 600 }),
  /** The matching access route of the service model; `itse` = the client contacts the service directly. */
  route: z.enum(ACCESS_ROUTES, { error: `Tuntematon reitti (route). Sallitut: ${ACCESS_ROUTES.join(', ')}.` }),
});

/** One step of the path, with the people who take part in it. */
const pathStep = z.strictObject({
  title: text('vaiheen nimi (title)', { max: 100 }),
  text: text('vaiheen kuvaus (text)', { max: 900 }),
  /** Who does the work in this step (roles, never named persons). */
  who: stringList('toimija').min(1, { error: 'Kerro, kuka vaiheessa toimii (who), esimerkiksi [työkykykoordinaattori, asiakas].' }),
});

/** A way the path ends (Miten palvelu päättyy). */
const pathExit = z.strictObject({
  title: text('päättymistavan nimi (title)', { max: 120 }),
  text: text('päättymistavan kuvaus (text)', { max: 600 }),
  /** Services the client moves on to, by id (optional). */
  next: z.array(entryId).default([]),
});

/** Who does what on the path. */
const pathRole = z.strictObject({
  role: text('rooli (role)', { max: 100 }),
  does: text('tehtävät (does)', { max: 700 }),
  /** The professions in a team, when the role is a team. */
  members: stringList('ammattinimike').default([]),
});

const systems = z.strictObject({
  client: stringList('järjestelmän nimi').default([]),
  professional: stringList('järjestelmän nimi').default([]),
});

export const servicePathSchema = z.strictObject({
  /** Name of the path, e.g. "Työkykykoordinaattoripalvelun palvelupolku". */
  title: text('nimi (title)', { max: 100 }),
  /** One or two sentences for the page lead and meta description. */
  summary: text('lyhyt kuvaus (summary)', { min: 20, max: 250 }),
  /** The service this path describes (id in content/services), when it exists. */
  service: entryId.optional(),
  /** Who the path is for, in plain words. */
  forWhom: text('kohderyhmä (forWhom)', { max: 600 }),
  /** How long the client is on the path. */
  duration: text('kesto (duration)', { max: 200 }),
  entries: z.array(pathEntry).min(1, { error: 'Kerro vähintään yksi tapa päästä polulle (entries).' }),
  steps: z.array(pathStep).min(1, { error: 'Kuvaa polun vaiheet (steps) järjestyksessä.' }),
  exits: z.array(pathExit).min(1, { error: 'Kerro, miten polku päättyy (exits).' }),
  roles: z.array(pathRole).min(1, { error: 'Kerro, kuka tekee mitä (roles).' }),
  systems: systems.optional(),
  /** Where the description comes from, e.g. a handbook and its version. */
  source: text('lähde (source)', { max: 300 }),
  lastReviewed: reviewDate,
  /** Organisation unit or role responsible for the text (never a private person). */
  owner: text('sisällön ylläpitäjä (owner)', { max: 160 }),
  status: z.enum(VERIFICATION_STATES, { error: 'Tila (status) on joko vahvistettu tai tarkistettava.' }).default('tarkistettava'),
});

/** An ordered item of an operating model: a client stage, a part of a plan … */
const modelStep = z.strictObject({
  title: text('kohdan nimi (title)', { max: 120 }),
  text: text('kohdan kuvaus (text)', { max: 700 }).optional(),
});

export const operatingModelSchema = z.strictObject({
  /** Name of the model, e.g. "Työkyvyn tuen tiimi – Pirkanmaa". */
  title: text('nimi (title)', { max: 100 }),
  /** One or two sentences for the list of models and the meta description. */
  summary: text('lyhyt kuvaus (summary)', { min: 20, max: 250 }),
  /** Position in the list of models, smallest first. */
  order: z.number({ error: 'Järjestys (order) on numero.' }).int().min(0),
  /** Where the model was developed: town or region. */
  place: text('paikkakunta tai alue (place)', { max: 80 }),
  /** Organisations that run the model together. */
  organisations: stringList('organisaation nimi').min(1, { error: 'Luettele mallin toteuttajat (organisations).' }),
  /** Professions in the team (never named persons). */
  team: stringList('ammattinimike').default([]),
  /** Offices or places where the team works. */
  locations: stringList('toimipiste').default([]),
  /** Heading for `steps`, e.g. "Asiakkuuden viisi vaihetta". */
  stepsTitle: text('vaiheiden otsikko (stepsTitle)', { max: 100 }).optional(),
  /** The model's ordered stages or parts, shown as a numbered list. */
  steps: z.array(modelStep).default([]),
  /** A service path that puts this model into practice (id in content/paths). */
  path: entryId.optional(),
  /** The public description this page is written from. */
  source: z.strictObject({
    title: text('lähteen nimi (source.title)', { max: 200 }),
    /** When the source was last updated, as written in it (e.g. "31.8.2021" or "12/2022"). */
    updated: text('lähteen päiväys (source.updated)', { max: 40 }).optional(),
    url: webUrl(true).optional(),
  }),
  lastReviewed: reviewDate,
  owner: text('sisällön ylläpitäjä (owner)', { max: 160 }),
});
