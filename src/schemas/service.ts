// Services (Palvelut): one MDX file per service; frontmatter is validated here, the body is
// "Palvelun sisältö". Field meanings: CONTRIBUTING.md §4; they map to PTV and Open Referral HSDS.
import { z } from 'astro/zod';
import { areaId } from './area.ts';
import { channel } from './channel.ts';
import { confirmerProblem } from './confirmation.ts';
import { entryId, reviewDate, stringList, text } from './common.ts';
import { servicePtv } from './ptv.ts';

/** Target groups (Kenelle, kohderyhmät); PTV targetGroups. */
export const AUDIENCES = [
  'tyottomat',
  'osatyokykyiset',
  'pitkaaikaistyottomat',
  'nuoret',
  'maahanmuuttajat',
  'vammaiset',
  'tyoikaiset',
  'ammattilaiset',
] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Ways into a service (Miten pääsen palveluun). `itse` means the client can contact it directly. */
export const ACCESS_ROUTES = ['itse', 'tyollisyyspalvelut', 'sote', 'typ', 'kela', 'lahete', 'oppilaitos', 'muu'] as const;

/** `ei-tiedossa`: the price has not been verified (never guess whether a service is free). */
export const COST_TYPES = ['maksuton', 'maksullinen', 'osin-maksullinen', 'ei-tiedossa'] as const;

/** Whether the service owner has confirmed the text, or it was written from public sources. */
export const VERIFICATION_STATES = ['vahvistettu', 'tarkistettava'] as const;

/** Special municipality values besides the region's own municipalities. */
export const WHOLE_REGION = 'koko alue';
export const NATIONAL = 'valtakunnallinen';

const accessRoute = z.strictObject({
  route: z.enum(ACCESS_ROUTES, { error: `Tuntematon reitti (route). Sallitut: ${ACCESS_ROUTES.join(', ')}.` }).describe('Mitä kautta palveluun pääsee.'),
  text: text('reitin kuvaus', { max: 400 }).describe('Yksi tai kaksi virkettä: mitä asiakas tekee tällä reitillä. Enintään 400 merkkiä.'),
});

const cost = z
  .union(
    [
      z.enum(COST_TYPES),
      z.strictObject({
        type: z.enum(COST_TYPES),
        text: text('hinnan tarkennus', { max: 300 }).optional(),
      }),
    ],
    { error: `Hinta (cost) on joko ${COST_TYPES.join(', ')} tai {type: …, text: …}.` },
  )
  .transform((value) => (typeof value === 'string' ? { type: value } : value));

const age = z
  .strictObject({
    min: z.number({ error: 'Alaikäraja (min) on numero, esimerkiksi 18.' }).int().min(0).max(120).optional(),
    max: z.number({ error: 'Yläikäraja (max) on numero, esimerkiksi 29.' }).int().min(0).max(120).optional(),
  })
  .refine((value) => value.min === undefined || value.max === undefined || value.min <= value.max, {
    error: 'Alaikäraja (min) on suurempi kuin yläikäraja (max). Tarkista luvut.',
  });

const languageCode = z
  .string({ error: 'Kielikoodi on kaksikirjaiminen, esimerkiksi fi, sv tai en.' })
  .regex(/^[a-z]{2}$/, { error: 'Käytä kaksikirjaimista kielikoodia (ISO 639-1), esimerkiksi fi, sv, en, ru, ar.' });

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

export const serviceSchema = z.strictObject({
  /** Nimi: the name clients know the service by. ≤ 100 characters. */
  title: text('nimi (title)', { min: 3, max: 100 }).describe('Nimi, jolla asiakkaat tuntevat palvelun. 3–100 merkkiä.'),
  /** Mitä — lyhyesti: one or two sentences for cards, search results and the meta description. */
  summary: text('lyhyt kuvaus (summary)', { min: 20, max: 250 }).describe('Yksi tai kaksi virkettä: mitä palvelussa tehdään. Näkyy korteissa, hakutuloksissa ja hakukoneissa. 20–250 merkkiä.'),
  /** Elämänalueet: 1–3 area ids; the first is the primary area. */
  areas: z
    .array(areaId, { error: 'Anna elämänalueet (areas) luettelona, esimerkiksi [mieli, arki].' })
    .min(1, { error: 'Valitse vähintään yksi elämänalue (areas).' })
    .max(3, { error: 'Valitse enintään kolme elämänaluetta (areas); ensimmäinen on pääalue.' })
    .refine(unique, { error: 'Sama elämänalue on luettelossa kahdesti. Poista toinen.' }).describe('1–3 elämänaluetta; ensimmäinen on pääalue, jonka huoneessa palvelu näkyy ensin.'),
  /** Järjestäjä / tuottaja: id of a provider in content/providers. */
  provider: entryId.describe('Organisaatio, joka järjestää tai tuottaa palvelun (Järjestäjät-kokoelmasta).'),
  /** Kenelle: target groups. */
  audiences: z
    .array(z.enum(AUDIENCES, { error: `Tuntematon kohderyhmä. Sallitut: ${AUDIENCES.join(', ')}.` }))
    .min(1, { error: 'Valitse vähintään yksi kohderyhmä (audiences).' })
    .refine(unique, { error: 'Sama kohderyhmä on luettelossa kahdesti. Poista toinen.' }).describe('Kohderyhmät, joille palvelu on tarkoitettu.'),
  /** Kenelle — tarkemmin: who can use it and on what conditions, in plain words. */
  forWhom: text('kohderyhmän tarkennus (forWhom)', { min: 10, max: 800 }).describe('Kuka palvelua voi käyttää ja millä ehdoilla, selkeästi sanottuna. 10–800 merkkiä.'),
  /** Ikä: optional age limits. */
  age: age.optional().describe('Ikärajat vain, jos palvelulla on sellaiset (esimerkiksi nuorten palvelut 15–29).'),
  /** Miten pääsen palveluun: every route in, with a sentence each. */
  access: z.array(accessRoute).min(1, { error: 'Kerro vähintään yksi tapa päästä palveluun (access).' }).describe('Jokainen tapa päästä palveluun omana rivinään: reitti ja virke siitä, mitä asiakas tekee.'),
  /** Mitä tarvitset mukaan: what to have at hand (an ID card, a referral, bank statements); optional, short. */
  bring: text('mitä tarvitset mukaan (bring)', { min: 3, max: 200 }).optional().describe('Mitä asiakkaalla on hyvä olla mukana tai käsillä (henkilöllisyystodistus, lähete …). Valinnainen, lyhyt.'),
  /** Palvelun kesto: "1–12 kk tarpeen mukaan", "kertaluonteinen", "jatkuva". */
  duration: text('kesto (duration)', { max: 200 }).describe('Esimerkiksi "1–12 kk tarpeen mukaan", "kertaluonteinen" tai "jatkuva".'),
  /** Hinta. */
  cost: cost.describe('Maksuton, maksullinen, osin maksullinen tai ei tiedossa. Älä arvaa: jos hintaa ei ole varmistettu, valitse ei-tiedossa. Tarkennus on valinnainen.'),
  /** Palvelukielet: ISO 639-1 codes. */
  languages: z.array(languageCode).min(1, { error: 'Anna vähintään yksi palvelukieli (languages).' }).default(['fi']).describe('Kielet, joilla palvelua saa.'),
  /** Alue: municipalities of the region, "koko alue" or "valtakunnallinen". */
  municipalities: z.array(text('kunnan nimi')).min(1, { error: `Anna alue (municipalities): kunnat, "${WHOLE_REGION}" tai "${NATIONAL}".` }).describe('Kunnat, joissa palvelu toimii, tai "koko alue" tai "valtakunnallinen".'),
  /** Yhteystiedot ja asiointi: at least one channel. */
  channels: z.array(channel).min(1, { error: 'Anna vähintään yksi yhteystieto (channels), esimerkiksi palvelun verkkosivu.' }).describe('Yhteystiedot ja asiointitavat: vähintään yksi, esimerkiksi palvelun verkkosivu. Verkko-osoitteet alkavat https://.'),
  /** Järjestelmät asiakkaalla ja ammattilaisella. */
  systems: z
    .strictObject({ client: stringList('järjestelmän nimi').default([]), professional: stringList('järjestelmän nimi').default([]) })
    .optional().describe('Sähköiset järjestelmät, joita asiakas tai ammattilainen palvelussa käyttää.'),
  /** Hakusanat: words people type (colloquial, inflected, compound parts). Not shown as body text. */
  keywords: stringList('hakusana').default([]).describe('Sanat, joilla ihmiset etsivät palvelua (arkikieli, taivutusmuodot). Eivät näy sivulla.'),
  /** Liittyvät palvelut: ids of other services. */
  related: z.array(entryId).default([]).describe('Muut palvelut, joihin lukijaa kannattaa ohjata tämän jälkeen.'),
  /** Selkokielellä: an easy-to-read Finnish summary. */
  plainSummary: text('selkokielinen tiivistelmä (plainSummary)', { min: 20, max: 600 }).optional().describe('Selkokielinen tiivistelmä: lyhyet virkkeet, tutut sanat. 20–600 merkkiä.'),
  /** Tiedot tarkistettu: the date the text was written or checked; never in the future. */
  lastReviewed: reviewDate.describe('Päivä, jolloin tiedot kirjoitettiin tai tarkistettiin. Ei tulevaisuudessa. Muuta vain, kun olet oikeasti tarkistanut tiedot.'),
  /** Sisällön ylläpitäjä: organisation unit or role (never a private person). */
  owner: text('sisällön ylläpitäjä (owner)', { max: 160 }).describe('Yksikkö tai rooli, joka vastaa tekstistä (ei yksityishenkilön nimeä).'),
  /** vahvistettu = confirmed by the service owner; tarkistettava = written from public sources. */
  status: z.enum(VERIFICATION_STATES, { error: 'Tila (status) on joko vahvistettu tai tarkistettava.' }).default('tarkistettava').describe('vahvistettu = palvelun omistaja on vahvistanut tiedot; tarkistettava = kirjoitettu julkisista lähteistä.'),
  /** Tiedot vahvistanut: the confirmer's role or unit (never a private person's name); with status vahvistettu. */
  confirmedBy: text('vahvistajan rooli (confirmedBy)', { max: 160 })
    .refine((value) => confirmerProblem(value) === undefined, { error: (issue) => confirmerProblem(String(issue.input)) ?? '' })
    .optional().describe('Vahvistajan rooli tai yksikkö, esimerkiksi "palveluvastaava" (ei henkilön nimeä). Vain tilalla vahvistettu.'),
  /** Vahvistettu (päivä): when the owner confirmed the details; never in the future. */
  confirmedOn: reviewDate.optional().describe('Päivä, jolloin palvelun omistaja vahvisti tiedot. Vain tilalla vahvistettu.'),
  /** Luonnos: drafts never reach the published site. */
  draft: z.boolean({ error: 'Luonnos (draft) on true tai false.' }).default(false).describe('Luonnos ei näy julkaistulla sivustolla.'),
  /** PTV ids: written by `npm run ptv:import`, read by `npm run ptv:check`. */
  ptv: servicePtv.optional().describe('PTV-tuonnin kirjaamat tunnisteet; tuonti (npm run ptv:import) kirjoittaa nämä, älä muokkaa.'),
}).refine((service) => !(service.ptv?.confirmAreas === true && !service.draft), {
  // PTV has no life areas: the importer's proposal must not reach the site unconfirmed.
  path: ['ptv', 'confirmAreas'],
  error:
    'Elämänalueet ovat PTV-tuonnin ehdotus (ptv.confirmAreas: true). Tarkista elämänalueet (areas) ja poista rivi confirmAreas ennen kuin julkaiset palvelun, tai pidä se luonnoksena (draft: true).',
}).superRefine((data, ctx) => {
  // Confirmation is a recorded fact: the state, the role and the date go together.
  if (data.status === 'vahvistettu') {
    if (data.confirmedBy === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['confirmedBy'],
        message: 'Vahvistetulla palvelulla (status: vahvistettu) on vahvistajan rooli (confirmedBy), esimerkiksi confirmedBy: palveluvastaava.',
      });
    }
    if (data.confirmedOn === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['confirmedOn'],
        message: 'Vahvistetulla palvelulla (status: vahvistettu) on vahvistuspäivä (confirmedOn) muodossa VVVV-KK-PP, esimerkiksi confirmedOn: 2026-11-23.',
      });
    }
  } else {
    for (const field of ['confirmedBy', 'confirmedOn'] as const) {
      if (data[field] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `${field} kuuluu vain vahvistetulle palvelulle. Merkitse myös status: vahvistettu tai poista ${field}.`,
        });
      }
    }
  }
});

export type ServiceData = z.output<typeof serviceSchema>;
export type ServiceInput = z.input<typeof serviceSchema>;
export type AccessRoute = z.output<typeof accessRoute>;
