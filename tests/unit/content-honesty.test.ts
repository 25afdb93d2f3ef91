// Honesty guard for the region's content: every phone number and e-mail address in content/ must be
// recorded with its public source in content/contact-sources.yaml, no seed filler may slip through,
// every life area has enough published services and every service says how to reach it, directly or
// through another service of this site. Why this guard exists: docs/sisallon-lahteet.md.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contentDir } from '../../src/content-dir.ts';

const REGISTER = 'contact-sources.yaml';
const TEXT_FILE = /\.(mdx?|ya?ml|json|txt)$/i;
const MIN_SERVICES_PER_AREA = 4;

/** Filler from the seed mock-up; it must never be published. */
const FILLER = [/lorem ipsum/i, /dolor sit amet/i, /tarjoaa laulua ja soittoa/i];

// --- Detectors (pure functions, tested below so that the guard can be seen to fail) -------------

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
/** E-mail addresses, also written as nimi(at)eksote.fi or nimi [at] eksote.fi. */
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

/** Every phone number written in a text, normalised, in order of appearance (duplicates kept). */
export function findPhoneNumbers(text: string): string[] {
  return [...text.matchAll(PHONE)].map((match) => {
    const { tel, intl, national, short } = match.groups ?? {};
    return normalisePhoneNumber(tel ?? intl ?? national ?? short ?? match[0]);
  });
}

export function findEmails(text: string): string[] {
  return [...text.matchAll(EMAIL)].map((match) => normaliseEmail(match[0]));
}

export function findFiller(text: string): string[] {
  return FILLER.filter((pattern) => pattern.test(text)).map((pattern) => pattern.source);
}

// --- Reading the content folder ----------------------------------------------------------------

interface ContentFile {
  path: string;
  text: string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function readContent(dir: string): ContentFile[] {
  return listFiles(dir)
    .filter((path) => TEXT_FILE.test(path))
    .map((path) => ({ path: relative(dir, path), text: readFileSync(path, 'utf8') }));
}

/** The YAML frontmatter of a Markdown/MDX file, or an empty object. */
function frontmatter(text: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) return {};
  const data: unknown = parse(match[1] ?? '');
  return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

interface RegisterEntry {
  value: string;
  source: string;
  checked: string;
}

function readRegister(dir: string): RegisterEntry[] {
  const data = parse(readFileSync(join(dir, REGISTER), 'utf8')) as { contacts?: unknown } | null;
  const contacts = Array.isArray(data?.contacts) ? (data.contacts as Record<string, unknown>[]) : [];
  return contacts.map((entry) => ({
    value: String(entry['value'] ?? ''),
    source: String(entry['source'] ?? ''),
    checked: entry['checked'] instanceof Date ? entry['checked'].toISOString().slice(0, 10) : String(entry['checked'] ?? ''),
  }));
}

const isEmail = (value: string) => value.includes('@');

// --- Tests --------------------------------------------------------------------------------------

describe('the honesty guard detectors', () => {
  it('finds Finnish phone numbers however they are written', () => {
    expect(findPhoneNumbers('Soita 09 2525 0111 tai 040-123 4567.')).toEqual(['0925250111', '0401234567']);
    expect(findPhoneNumbers('Numero +358 9 2525 0111 tai +358 (0)29 041 3170.')).toEqual(['0925250111', '0290413170']);
    expect(findPhoneNumbers('[Soita meille](tel:+358401234567)')).toContain('0401234567');
    expect(findPhoneNumbers('Maksuton numero 0800 123 456.')).toEqual(['0800123456']);
    expect(findPhoneNumbers('Hätätilanteessa soita 112.')).toEqual(['112']);
    expect(findPhoneNumbers('Lasten ja nuorten puhelin 116 111.')).toEqual(['116111']);
  });

  it('does not mistake dates, postal codes, ranges or versions for phone numbers', () => {
    const text = [
      'lastReviewed: 2026-11-23',
      'Koulukatu 14, 53100 Lappeenranta',
      'Pilotti 1.9.–30.11.2022, asiakkaat 38–59-vuotiaita, tapaamisia 1–5.',
      'WCAG 2.1 AA, laki 306/2019, asteikko 0–10, kesto 1–12 kk, klo 09.00–15.00.',
      'https://eksote.fi/palvelut/tyoikaisten-palvelut/tukea-tyollistymiseen/',
    ].join('\n');
    expect(findPhoneNumbers(text)).toEqual([]);
  });

  it('finds e-mail addresses, also the (at) spelling', () => {
    expect(findEmails('Kirjoita osoitteeseen Neuvonta@Eksote.fi tai nimi(at)kela.fi.')).toEqual(['neuvonta@eksote.fi', 'nimi@kela.fi']);
    expect(findEmails('Sivu https://www.kela.fi/ ei ole sähköpostiosoite.')).toEqual([]);
  });

  it('recognises the seed filler', () => {
    expect(findFiller('Kulttuuripaja on osa-alueen toimintayksikkö, joka tarjoaa laulua ja soittoa.')).toHaveLength(1);
    expect(findFiller('Lorem ipsum dolor sit amet')).toHaveLength(2);
    expect(findFiller('Saimaan Latu järjestää retkiä.')).toEqual([]);
  });
});

describe('content/', () => {
  // Read at test time: editors keep adding content.
  const dir = contentDir();
  const files = readContent(dir).filter((file) => file.path !== REGISTER);
  const register = readRegister(dir);
  const listedPhones = new Set(register.filter((entry) => !isEmail(entry.value)).map((entry) => normalisePhoneNumber(entry.value)));
  const listedEmails = new Set(register.filter((entry) => isEmail(entry.value)).map((entry) => normaliseEmail(entry.value)));

  it(`lists every phone number in ${REGISTER} with its public source`, () => {
    const unlisted = files.flatMap((file) =>
      findPhoneNumbers(file.text)
        .filter((number) => !listedPhones.has(number))
        .map((number) => `${file.path}: ${number}`),
    );
    expect(unlisted, `Lisää numerot lähteineen tiedostoon content/${REGISTER} tai poista ne sisällöstä.`).toEqual([]);
  });

  it(`lists every e-mail address in ${REGISTER} with its public source`, () => {
    const unlisted = files.flatMap((file) =>
      findEmails(file.text)
        .filter((address) => !listedEmails.has(address))
        .map((address) => `${file.path}: ${address}`),
    );
    expect(unlisted, `Lisää osoitteet lähteineen tiedostoon content/${REGISTER} tai poista ne sisällöstä.`).toEqual([]);
  });

  it(`records an https source and a past check date for every entry of ${REGISTER}`, () => {
    const today = new Date().toISOString().slice(0, 10);
    const bad = register.filter(
      (entry) => entry.value.trim() === '' || !/^https:\/\/[^\s]+$/.test(entry.source) || !/^\d{4}-\d{2}-\d{2}$/.test(entry.checked) || entry.checked > today,
    );
    expect(bad).toEqual([]);
  });

  it(`keeps no stale entries in ${REGISTER}`, () => {
    const usedPhones = new Set(files.flatMap((file) => findPhoneNumbers(file.text)));
    const usedEmails = new Set(files.flatMap((file) => findEmails(file.text)));
    const stale = register
      .map((entry) => entry.value)
      .filter((value) => (isEmail(value) ? !usedEmails.has(normaliseEmail(value)) : !usedPhones.has(normalisePhoneNumber(value))));
    expect(stale, 'Poista rekisteristä tiedot, joita sisällössä ei enää käytetä.').toEqual([]);
  });

  it('contains no filler text from the seed mock-up', () => {
    const hits = files.flatMap((file) => findFiller(file.text).map((pattern) => `${file.path}: ${pattern}`));
    expect(hits).toEqual([]);
  });

  // Finnish masters only: translations in services/sv and services/en hold text, not structure.
  const services = readdirSync(join(dir, 'services'))
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => ({ name, data: frontmatter(readFileSync(join(dir, 'services', name), 'utf8')) }));

  it('gives every service at least one channel', () => {
    expect(services.length).toBeGreaterThan(0);
    const without = services.filter(({ data }) => !Array.isArray(data['channels']) || data['channels'].length === 0).map(({ name }) => name);
    expect(without).toEqual([]);
  });

  // A service whose organisation's own contacts are unknown may send the reader to another service
  // on this site ("Kysy lisää"); that one must be published and reachable directly, not another pointer.
  it('gives every service a contact the reader can actually use', () => {
    const isDirect = (channel: unknown) =>
      channel !== null && typeof channel === 'object' && typeof (channel as { type?: unknown }).type === 'string' && (channel as { type: string }).type !== 'service';
    const byId = new Map(services.map(({ name, data }) => [name.replace(/\.mdx?$/, ''), data]));
    const unreachable = services
      .filter(({ data }) => data['draft'] !== true)
      .filter(({ data }) => {
        const channels = Array.isArray(data['channels']) ? (data['channels'] as unknown[]) : [];
        if (channels.some(isDirect)) return false;
        return !channels.some((channel) => {
          const target = byId.get(String((channel as { service?: unknown } | null)?.service ?? ''));
          return target !== undefined && target['draft'] !== true && Array.isArray(target['channels']) && target['channels'].some(isDirect);
        });
      })
      .map(({ name }) => name);
    expect(unreachable).toEqual([]);
  });

  it(`has at least ${MIN_SERVICES_PER_AREA} published services in every life area`, () => {
    const areas = readdirSync(join(dir, 'areas'))
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => name.replace(/\.ya?ml$/, ''));
    expect(areas.length).toBeGreaterThan(0);
    const published = services.filter(({ data }) => data['draft'] !== true);
    const counts = Object.fromEntries(
      areas.map((area) => [area, published.filter(({ data }) => Array.isArray(data['areas']) && data['areas'].includes(area)).length]),
    );
    const thin = Object.entries(counts).filter(([, count]) => count < MIN_SERVICES_PER_AREA);
    expect(thin, `Elämänalueilla pitää olla vähintään ${MIN_SERVICES_PER_AREA} julkaistua palvelua.`).toEqual([]);
  });
});
