// Contact and service channels (Yhteystiedot ja asiointi): how a client reaches a service.
// Mirrors PTV service channels and HSDS phones/locations; a discriminated union on `type`.
import { z } from 'astro/zod';
import { emailAddress, ID_PATTERN, text, webUrl } from './common.ts';
import { openingHours } from './opening-hours.ts';

/**
 * Normalises a Finnish phone number for `tel:` links: spaces and hyphens go, a leading 0 becomes +358.
 * Short national service numbers (116 123, 112) stay as they are. Returns undefined when the
 * number is not a plausible Finnish number.
 */
export function normalisePhone(raw: string): string | undefined {
  const compact = raw.replace(/[\s\-()/.]/g, '');
  if (/^\+358[1-9]\d{4,11}$/.test(compact)) return compact;
  if (/^0[1-9]\d{4,11}$/.test(compact)) return `+358${compact.slice(1)}`;
  if (/^1\d{2,5}$/.test(compact)) return compact;
  return undefined;
}

const label = text('kanavan nimi', { max: 80 }).optional().describe('Näkyvä nimi, esim. "Neuvonta" (valinnainen).');
const hours = text('aukioloaika', { max: 160 }).optional().describe('Aukiolo- tai palveluajat vapaana tekstinä (vain varmistettu tieto).');
/** Structured hours (src/schemas/opening-hours.ts); may stand next to the free-text `hours`. */
const structuredHours = openingHours.optional();

const yesNo = (what: string) =>
  z.boolean({ error: `Kirjoita ${what} true (on) tai false (ei ole); jätä kenttä pois, jos et tiedä.` }).optional();

/**
 * Accessibility of the premises (esteettömyys) as the organisation describes it: each boolean only
 * when known (left out = not known, false = known to be missing), plus free text.
 */
export const placeAccessibility = z
  .strictObject({
    stepFreeEntrance: yesNo('porrasvapaa sisäänkäynti (stepFreeEntrance)'),
    accessibleToilet: yesNo('esteetön WC (accessibleToilet)'),
    inductionLoop: yesNo('induktiosilmukka (inductionLoop)'),
    parking: yesNo('pysäköinti (parking)'),
    description: text('esteettömyyden kuvaus (description)', { max: 400 }).optional(),
  })
  .refine((value) => Object.values(value).some((field) => field !== undefined), {
    error: 'Esteettömyystiedoissa (accessibility) ei ole yhtään tietoa. Anna ainakin yksi kenttä tai poista accessibility.',
  });
export const ACCESSIBILITY_FEATURES = ['stepFreeEntrance', 'accessibleToilet', 'inductionLoop', 'parking'] as const;
export type PlaceAccessibility = z.output<typeof placeAccessibility>;

export const phoneChannel = z.strictObject({
  type: z.literal('phone'),
  /** The number as people write it, e.g. "029 041 3170". */
  number: z
    .string({ error: 'Anna puhelinnumero tekstinä, esimerkiksi "029 041 3170".' })
    .refine((value) => normalisePhone(value) !== undefined, {
      error: 'Puhelinnumero ei ole suomalainen numero. Kirjoita se muodossa 029 041 3170 tai +358 29 041 3170.',
    }),
  label,
  hours,
  openingHours: structuredHours,
});

export const emailChannel = z.strictObject({ type: z.literal('email'), address: emailAddress, label });
export const webChannel = z.strictObject({ type: z.literal('web'), url: webUrl(true), label });
export const eserviceChannel = z.strictObject({ type: z.literal('eservice'), url: webUrl(true), label });
export const chatChannel = z.strictObject({ type: z.literal('chat'), url: webUrl(true), label, hours, openingHours: structuredHours });
export const addressChannel = z.strictObject({
  type: z.literal('address'),
  street: text('katuosoite', { max: 120 }),
  postalCode: z
    .string({ error: 'Anna postinumero lainausmerkeissä, esimerkiksi "53100".' })
    .regex(/^\d{5}$/, { error: 'Postinumerossa on viisi numeroa, esimerkiksi "53100". Kirjoita se lainausmerkkeihin.' }),
  city: text('postitoimipaikka', { max: 60 }),
  label,
  hours,
  openingHours: structuredHours,
  accessibility: placeAccessibility.optional(),
});

/**
 * A reference to another service on this site that can tell the reader more ("Kysy lisää"), for an
 * organisation whose own contact details are not known. Rendered as a link to that service's page.
 * The validator checks that the target exists, is published and can itself be contacted directly.
 */
export const serviceChannel = z.strictObject({
  type: z.literal('service'),
  service: z
    .string({ error: 'Anna palvelun tunniste (service) tekstinä: toisen palvelun tiedostonimi ilman päätettä, esimerkiksi palvelun-nimi.' })
    .regex(ID_PATTERN, {
      error:
        'Palvelun tunnisteessa (service) saa olla vain pieniä kirjaimia a–z, numeroita ja väliviivoja. Kirjoita toisen palvelun tiedostonimi ilman päätettä, esimerkiksi palvelun-nimi.',
    }),
  label,
});

export const CHANNEL_TYPES = ['phone', 'email', 'web', 'eservice', 'chat', 'address', 'service'] as const;

export const channel = z.discriminatedUnion('type', [phoneChannel, emailChannel, webChannel, eserviceChannel, chatChannel, addressChannel, serviceChannel], {
  error: `Kanavan tyyppi (type) puuttuu tai on tuntematon. Sallitut: ${CHANNEL_TYPES.join(', ')}.`,
});

export type Channel = z.output<typeof channel>;
export type ChannelType = Channel['type'];
/** A channel the reader can use directly (phone, e-mail, web, place …), not a pointer to another service. */
export type DirectChannel = Exclude<Channel, { type: 'service' }>;

/** A channel that may carry opening hours (address, phone, chat). */
export type HoursChannel = Extract<Channel, { type: 'address' | 'phone' | 'chat' }>;
export type AddressChannel = Extract<Channel, { type: 'address' }>;

export function isDirectChannel(channel: Channel): channel is DirectChannel {
  return channel.type !== 'service';
}
