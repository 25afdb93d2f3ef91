// The contact-source register (content/contact-sources.yaml): every phone number, e-mail address,
// street address and channel web address that the content gives a reader must be listed there with
// the public page it was taken from. It is how the site keeps its promise never to invent a contact:
// `npm run validate` (and so the build and the pull-request check) fails on a contact without a
// recorded source, and on a register entry that no content uses any more. Why: docs/sisallon-lahteet.md.
import { z } from 'astro/zod';
import { reviewDate, text } from '../../schemas/common.ts';
import { formatFieldPath, type ContentIssue } from './issues.ts';
import { parseWithSchema } from './parse-entry.ts';
import type { SourceFile } from './source-file.ts';

export const REGISTER_FILE = 'contact-sources.yaml';

/**
 * `hours` and `accessibility` record where a channel's structured opening hours or a place's
 * accessibility description come from; their value names the channel: the phone number, the chat
 * address or the street address ("Katu 1, 53100 Kaupunki").
 */
export const REGISTER_TYPES = ['phone', 'email', 'address', 'web', 'hours', 'accessibility'] as const;
export type RegisterType = (typeof REGISTER_TYPES)[number];

const registerEntry = z.strictObject({
  value: z
    .union([z.string(), z.number()], { error: 'Anna tieto (value) tekstinä, esimerkiksi "09 2525 0111" tai https://www.kela.fi/.' })
    .transform(String),
  type: z.enum(REGISTER_TYPES, { error: `Tiedon tyyppi (type) on yksi näistä: ${REGISTER_TYPES.join(', ')}.` }),
  owner: text('omistaja (owner)', { max: 200 }),
  source: z.string({ error: 'Anna lähde (source): julkinen https-sivu, jolla organisaatio julkaisee tiedon.' }).regex(/^https:\/\/\S+$/, {
    error: 'Lähteen (source) pitää olla kokonainen https-osoite, esimerkiksi https://www.kela.fi/yhteystiedot.',
  }),
  checked: reviewDate,
});

export const registerSchema = z.strictObject({
  contacts: z.array(registerEntry, { error: 'Luettele tiedot kentässä contacts, yksi kohta tietoa kohden.' }).default([]),
});

// --- Detectors: contacts written anywhere in a text -------------------------------------------

/**
 * Phone numbers, as one alternation so that a number is matched once and never again inside a longer
 * one: `tel:` link targets; international Finnish numbers (+358 9 2525 0111, +358 (0)40 123 4567);
 * national numbers with a leading 0 (09 2525 0111, 040-123 4567, 0800 123 456); and the short
 * national service numbers that have no leading 0 (112, 116 117, 116 123, 116 111).
 */
const PHONE = new RegExp(
  [
    String.raw`tel:(?<tel>[+\d][\d\s\-()]*\d)`,
    String.raw`(?<intl>\+358[\s-]?(?:\(0\))?[\s-]?\d(?:[\s-]?\d){4,11})(?!\d)`,
    String.raw`(?<![\d.,/:+-])(?<national>0\d{1,3}(?:[\s-]?\d){5,10})(?!\d)`,
    String.raw`(?<![\d.,/:+-])(?<short>112|116[\s-]?117|116[\s-]?123|116[\s-]?111)(?!\d)`,
  ].join('|'),
  'gi',
);
/** E-mail addresses, also written as nimi(at)palvelu.fi or nimi [at] palvelu.fi. */
const EMAIL = /[a-z0-9._%+-]+(?:@|\s?\(at\)\s?|\s?\[at\]\s?)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;

/** A phone number in one comparable form: digits only, +358 written as a leading 0. */
export function normalisePhoneNumber(raw: string): string {
  const digits = raw.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  return digits.startsWith('+358') ? `0${digits.slice(4)}` : digits.replace(/^\+/, '');
}

export function normaliseEmail(raw: string): string {
  return raw
    .replace(/\s?\(at\)\s?|\s?\[at\]\s?/gi, '@')
    .trim()
    .toLowerCase();
}

export interface Found {
  value: string;
  /** Offset of the match in the text. */
  index: number;
}

/** Every phone number written in a text, normalised, in order of appearance (duplicates kept). */
export function findPhoneNumbers(text: string): Found[] {
  return [...text.matchAll(PHONE)].map((match) => {
    const { tel, intl, national, short } = match.groups ?? {};
    return { value: normalisePhoneNumber(tel ?? intl ?? national ?? short ?? match[0]), index: match.index };
  });
}

export function findEmails(text: string): Found[] {
  return [...text.matchAll(EMAIL)].map((match) => ({ value: normaliseEmail(match[0]), index: match.index }));
}

/** A street address in one comparable form: "Katu 1, 00100 Kaupunki" in lower case, single spaces. */
export function normaliseAddress(raw: string): string {
  return raw
    .replace(/\s+/g, ' ')
    .replace(/\s*,\s*/g, ', ')
    .trim()
    .toLowerCase();
}

/** Web addresses compare without a trailing slash and case-insensitively in the host. */
export function normaliseWebAddress(raw: string): string {
  try {
    const url = new URL(raw.trim());
    return `${url.protocol}//${url.host.toLowerCase()}${url.pathname.replace(/\/$/, '')}${url.search}${url.hash}`;
  } catch {
    return raw.trim();
  }
}

/** The channel an `hours` or `accessibility` entry names, compared like the contact itself. */
function normaliseChannelName(value: string): string {
  if (/^https?:\/\//i.test(value.trim())) return normaliseWebAddress(value);
  if (/^[+\d][\d\s\-()]*$/.test(value.trim())) return normalisePhoneNumber(value);
  return normaliseAddress(value);
}

const NORMALISE: Record<RegisterType, (value: string) => string> = {
  phone: normalisePhoneNumber,
  email: normaliseEmail,
  address: normaliseAddress,
  web: normaliseWebAddress,
  hours: normaliseChannelName,
  accessibility: normaliseChannelName,
};

/** A register value in the form entries are compared in ("040 123" and "+35840123" are one number). */
export const normaliseRegisterValue = (type: RegisterType, value: string): string => NORMALISE[type](value);

// --- The rule ------------------------------------------------------------------------------------

/** A content file as plain text, for the phone and e-mail detectors. */
export interface ContentText {
  file: string;
  text: string;
}

/** A channel of a service or provider that gives the reader a web or street address. */
export interface ChannelContact {
  source: SourceFile;
  path: readonly PropertyKey[];
  type: 'web' | 'address' | 'hours' | 'accessibility';
  value: string;
}

export interface RegisterInput {
  /** The register file, or undefined when the region has none. */
  register: SourceFile | undefined;
  /** Where the register would be, for the message when it is missing. */
  registerFile: string;
  texts: readonly ContentText[];
  channels: readonly ChannelContact[];
}

const WEB_ADDRESS = /https?:\/\/[^\s<>"'`)\]]+/g;

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

const WHAT: Record<RegisterType, string> = {
  phone: 'Puhelinnumero',
  email: 'Sähköpostiosoite',
  address: 'Käyntiosoite',
  web: 'Verkko-osoite',
  hours: 'Rakenteisten aukioloaikojen (openingHours) lähde kanavalle',
  accessibility: 'Esteettömyystietojen (accessibility) lähde paikalle',
};

/**
 * The register rule: every contact the content gives is listed with its source, and every listed
 * contact is still used. A region without a register gets one warning (and no other checks), so a new
 * region can start before it has one; the site's own region always has it.
 */
export function checkContactRegister({ register, registerFile, texts, channels }: RegisterInput): ContentIssue[] {
  if (!register) {
    const any = channels.length > 0 || texts.some((file) => findPhoneNumbers(file.text).length + findEmails(file.text).length > 0);
    return any
      ? [
          {
            file: registerFile,
            field: '(tiedosto)',
            severity: 'warning',
            message: `Yhteystietojen lähderekisteri puuttuu. Luo tiedosto ${REGISTER_FILE} ja kirjaa jokaiselle puhelinnumerolle, sähköpostiosoitteelle, käyntiosoitteelle ja verkko-osoitteelle julkinen lähde.`,
          },
        ]
      : [];
  }
  const parsed = parseWithSchema(registerSchema, register);
  const issues: ContentIssue[] = [...register.problems, ...parsed.issues];
  const entries = parsed.data?.contacts ?? [];
  const listed = new Map<string, number>();
  entries.forEach((entry, index) => {
    const key = `${entry.type}:${NORMALISE[entry.type](entry.value)}`;
    if (listed.has(key)) {
      issues.push({
        file: register.file,
        line: register.lineOf(['contacts', index, 'value']),
        field: `contacts[${index}].value`,
        severity: 'error',
        message: `Tieto "${entry.value}" on rekisterissä jo kohdassa ${Number(listed.get(key)) + 1}. Poista toinen kohta.`,
      });
    } else listed.set(key, index);
  });
  const used = new Set<string>();
  const unlisted = (type: RegisterType, value: string) => {
    const key = `${type}:${NORMALISE[type](value)}`;
    used.add(key);
    return !listed.has(key);
  };
  const howToFix = `Kirjaa se lähteineen tiedostoon ${REGISTER_FILE} (value, type, owner, source, checked) tai poista se sisällöstä. Älä koskaan keksi yhteystietoa.`;

  // A web address written in a text (a link in a body) uses its register entry, but need not have one.
  for (const file of texts) for (const match of file.text.matchAll(WEB_ADDRESS)) used.add(`web:${normaliseWebAddress(match[0])}`);
  for (const file of texts) {
    for (const [type, found] of [
      ['phone', findPhoneNumbers(file.text)],
      ['email', findEmails(file.text)],
    ] as const) {
      for (const { value, index } of found) {
        if (!unlisted(type, value)) continue;
        issues.push({
          file: file.file,
          line: lineAt(file.text, index),
          field: '(yhteystieto)',
          severity: 'error',
          message: `${WHAT[type]} ${value} puuttuu lähderekisteristä. ${howToFix}`,
        });
      }
    }
  }
  for (const channel of channels) {
    if (!unlisted(channel.type, channel.value)) continue;
    issues.push({
      file: channel.source.file,
      line: channel.source.lineOf(channel.path),
      field: formatFieldPath(channel.path),
      severity: 'error',
      message: `${WHAT[channel.type]} "${channel.value}" puuttuu lähderekisteristä. ${howToFix}`,
    });
  }
  entries.forEach((entry, index) => {
    if (used.has(`${entry.type}:${NORMALISE[entry.type](entry.value)}`)) return;
    issues.push({
      file: register.file,
      line: register.lineOf(['contacts', index, 'value']),
      field: `contacts[${index}].value`,
      severity: 'error',
      message: `Rekisterin tietoa "${entry.value}" ei käytetä missään sisällössä. Poista kohta rekisteristä, tai tarkista, onko tieto kirjoitettu sisältöön eri muodossa.`,
    });
  });
  return issues;
}

/**
 * The web and street addresses an entry gives the reader: its channels (services and providers
 * alike) and a provider's website.
 */
export function channelContacts(source: SourceFile, raw: Record<string, unknown>): ChannelContact[] {
  const website: ChannelContact[] =
    typeof raw['website'] === 'string' && /^https?:\/\/\S/.test(raw['website'])
      ? [{ source, path: ['website'], type: 'web', value: raw['website'] }]
      : [];
  return [...website, ...channelList(source, raw)];
}

function channelList(source: SourceFile, raw: Record<string, unknown>): ChannelContact[] {
  const channels = Array.isArray(raw['channels']) ? (raw['channels'] as unknown[]) : [];
  return channels.flatMap((channel, index) => [...channelContact(source, channel, index), ...channelFacts(source, channel, index)]);
}

/** What names a channel in the register: its number, web address or street address. */
function channelName(value: Record<string, unknown>): string | undefined {
  if (value['type'] === 'phone' && typeof value['number'] === 'string') return value['number'];
  if (value['type'] === 'chat' && typeof value['url'] === 'string') return value['url'];
  if (value['type'] === 'address' && typeof value['street'] === 'string' && value['street'].trim() !== '') {
    return `${value['street']}, ${String(value['postalCode'] ?? '')} ${String(value['city'] ?? '')}`;
  }
  return undefined;
}

/** Structured hours and accessibility need a recorded source too: they are facts, like a number. */
function channelFacts(source: SourceFile, channel: unknown, index: number): ChannelContact[] {
  if (channel === null || typeof channel !== 'object') return [];
  const value = channel as Record<string, unknown>;
  const name = channelName(value);
  if (name === undefined) return [];
  return (['openingHours', 'accessibility'] as const)
    .filter((field) => value[field] !== undefined && !(field === 'accessibility' && value['type'] !== 'address'))
    .map((field) => ({
      source,
      path: ['channels', index, field],
      type: field === 'openingHours' ? ('hours' as const) : ('accessibility' as const),
      value: name,
    }));
}

function channelContact(source: SourceFile, channel: unknown, index: number): ChannelContact[] {
  if (channel === null || typeof channel !== 'object') return [];
  const value = channel as Record<string, unknown>;
  const type = value['type'];
  // An empty or malformed address is the schema's to report; only real addresses need a source.
  if (
    (type === 'web' || type === 'eservice' || type === 'chat') &&
    typeof value['url'] === 'string' &&
    /^https?:\/\/\S/.test(value['url'])
  ) {
    return [{ source, path: ['channels', index, 'url'], type: 'web', value: value['url'] }];
  }
  if (type === 'address' && typeof value['street'] === 'string' && value['street'].trim() !== '') {
    const street = `${value['street']}, ${String(value['postalCode'] ?? '')} ${String(value['city'] ?? '')}`;
    return [{ source, path: ['channels', index, 'street'], type: 'address', value: street }];
  }
  return [];
}
