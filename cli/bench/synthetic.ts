// Synthetic but schema-valid content for `npm run bench`: copies a region's areas, providers,
// pages, FAQ, news and site.yaml and writes N generated services beside them.
// Deterministic (seeded), so two runs of the same size build exactly the same site.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { REQUIRED_PAGES } from '../../src/lib/required-pages.ts';
import { findEmails, findPhoneNumbers, normaliseEmail, normalisePhoneNumber, normaliseWebAddress, REGISTER_FILE } from '../../src/lib/validation/contact-register.ts';
import { AREA_IDS } from '../../src/schemas/area.ts';
import { ACCESS_ROUTES, AUDIENCES, COST_TYPES, WHOLE_REGION, type ServiceInput } from '../../src/schemas/service.ts';

/** Folders copied as they are from the real content folder. */
const COPIED = ['areas', 'providers', 'pages', 'faq', 'news'] as const;

/** Finnish words of the domain; bodies and titles are drawn from them so the search index is realistic. */
const NOUNS = [
  'työkyky', 'kuntoutus', 'ohjaus', 'neuvonta', 'vertaistuki', 'velkaneuvonta', 'asumisen tuki', 'mielenterveys',
  'päihdetyö', 'opiskelu', 'koulutus', 'työkokeilu', 'palkkatuki', 'kuntouttava työtoiminta', 'terveystarkastus',
  'arjen hallinta', 'talousneuvonta', 'ryhmätoiminta', 'liikunta', 'harrastus', 'vapaaehtoistyö', 'työnhaku',
  'uraohjaus', 'kotoutuminen', 'kielikoulutus', 'digituki', 'sosiaaliohjaus', 'toimeentulotuki', 'kriisiapu', 'lähisuhdeväkivalta',
];
const ADJECTIVES = ['maksuton', 'matalan kynnyksen', 'henkilökohtainen', 'ryhmämuotoinen', 'etänä toteutettava', 'alueellinen', 'kaikille avoin', 'pitkäkestoinen'];
const VERBS = ['tukee', 'auttaa', 'ohjaa', 'vahvistaa', 'selvittää', 'suunnittelee', 'kartoittaa', 'edistää'];
const OBJECTS = ['työllistymistä', 'opintoihin hakeutumista', 'arjen sujumista', 'toimintakykyä', 'terveyttä', 'taloudellista tilannetta', 'osallisuutta', 'jaksamista'];

/** Small seeded PRNG (mulberry32): the same seed gives the same site. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const capitalise = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

function pickerFor(next: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const pickSome = <T>(items: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(next() * (max - min + 1));
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
    return chosen;
  };
  const sentence = () => `${capitalise(pick(ADJECTIVES))} ${pick(NOUNS)} ${pick(VERBS)} ${pick(OBJECTS)} ja ${pick(OBJECTS)}.`;
  return { pick, pickSome, sentence };
}

export function serviceId(index: number): string {
  return `palvelu-${String(index).padStart(5, '0')}`;
}

function isoDaysAgo(days: number, now: Date): string {
  return new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** The web page of a generated service (the example domain: never a real address). */
const serviceUrl = (index: number) => `https://palvelut.example/${serviceId(index)}/`;

/** One generated service: frontmatter that passes serviceSchema and a Markdown body of about 1.5 KB. */
export function syntheticService(
  index: number,
  total: number,
  { providers, municipalities, now }: { providers: readonly string[]; municipalities: readonly string[]; now: Date },
): { id: string; text: string } {
  const next = random(index + 1);
  const { pick, pickSome, sentence } = pickerFor(next);
  const topic = pick(NOUNS);
  const data: ServiceInput = {
    title: `${capitalise(topic)}: ${pick(ADJECTIVES)} palvelu ${index}`,
    summary: `${capitalise(pick(ADJECTIVES))} ${topic}, joka ${pick(VERBS)} ${pick(OBJECTS)}. ${sentence()}`,
    areas: pickSome(AREA_IDS, 1, 3),
    provider: pick(providers),
    audiences: pickSome(AUDIENCES, 1, 3),
    forWhom: `Palvelu on tarkoitettu työikäisille, joiden ${pick(OBJECTS)} tarvitsee tukea. ${sentence()}`,
    access: pickSome(ACCESS_ROUTES, 1, 3).map((route) => ({ route, text: sentence() })),
    duration: pick(['Kertaluonteinen', '1–6 kuukautta tarpeen mukaan', 'Jatkuva', '3–12 kuukautta']),
    cost: pick(COST_TYPES),
    languages: pickSome(['fi', 'sv', 'en', 'ru', 'ar', 'uk'], 1, 3),
    municipalities: next() < 0.5 ? [WHOLE_REGION] : pickSome(municipalities, 1, 3),
    channels: [{ type: 'web', url: serviceUrl(index), label: 'Palvelun verkkosivu' }],
    keywords: pickSome(NOUNS, 3, 6),
    related: total > 1 ? pickSome([1, 2, 3], 0, 2).map((step) => serviceId(((index - 1 + step) % total) + 1)).filter((id) => id !== serviceId(index)) : [],
    lastReviewed: isoDaysAgo(index % 300, now),
    owner: 'Synteettinen testiaineisto',
    ...(next() < 0.5 ? { status: 'vahvistettu', confirmedBy: 'synteettinen palveluvastaava', confirmedOn: isoDaysAgo(index % 300, now) } : { status: 'tarkistettava' }),
  };
  // Easy-to-read summaries are measured by the validator: three short sentences of common words.
  if (next() < 0.3) data.plainSummary = `Tämä palvelu auttaa sinua. Voit kysyä siitä lisää. Palvelun numero on ${index}.`;
  if (next() < 0.3) data.age = { min: 18, max: 64 };
  const body = [
    sentence() + ' ' + sentence() + ' ' + sentence(),
    '### Mitä palvelussa tehdään',
    [sentence(), sentence(), sentence(), sentence()].map((line) => `- ${line}`).join('\n'),
    sentence() + ' ' + sentence() + ` Lue lisää [palvelun verkkosivulta](https://palvelut.example/${serviceId(index)}/).`,
    '### Kenelle palvelu sopii',
    sentence() + ' **' + sentence() + '** ' + sentence(),
  ].join('\n\n');
  return { id: serviceId(index), text: `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n` };
}

/** A short stand-in for a required page that the real content folder does not have yet. */
function stubPage(id: string, now: Date): string {
  return `---\ntitle: ${capitalise(id)}\ndescription: Vertailuajon sijaissivu, koska sisältökansiossa ei vielä ole tätä sivua.\nlastReviewed: ${isoDaysAgo(0, now)}\n---\n\nVertailuajon sijaissivu.\n`;
}

/**
 * Writes a content folder at `target` with `count` services. Everything except services comes from
 * `source`; required pages missing there are stubbed so the build can run.
 */
export function writeSyntheticContent({
  source,
  target,
  count,
  now = new Date(),
  extension = 'md',
}: {
  source: string;
  target: string;
  count: number;
  now?: Date;
  /** `md` writes the same services as plain Markdown, to compare the cost of MDX. */
  extension?: 'md' | 'mdx';
}): void {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(target, 'services'), { recursive: true });
  // The site settings without what the source region features: its services do not exist here.
  const settings = parse(readFileSync(join(source, 'site.yaml'), 'utf8')) as Record<string, unknown>;
  for (const key of ['startHere', 'checklistNextSteps', 'supportPlanModel']) delete settings[key];
  writeFileSync(join(target, 'site.yaml'), stringify(settings));
  for (const folder of COPIED) {
    if (existsSync(join(source, folder))) cpSync(join(source, folder), join(target, folder), { recursive: true });
  }
  mkdirSync(join(target, 'pages'), { recursive: true });
  for (const id of REQUIRED_PAGES) {
    if (!existsSync(join(target, 'pages', `${id}.mdx`))) writeFileSync(join(target, 'pages', `${id}.mdx`), stubPage(id, now));
  }
  const site = parse(readFileSync(join(source, 'site.yaml'), 'utf8')) as { municipalities: string[] };
  const providers = readdirSync(join(target, 'providers'))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => name.replace(/\.ya?ml$/, ''))
    .sort();
  const urls: string[] = [];
  for (let index = 1; index <= count; index += 1) {
    const { id, text } = syntheticService(index, count, { providers, municipalities: site.municipalities, now });
    writeFileSync(join(target, 'services', `${id}.${extension}`), text);
    urls.push(serviceUrl(index));
  }
  writeRegister(source, target, urls, now);
}

/**
 * The contact-source register of the generated folder: the source's entries that the copied files
 * still use, and one entry per generated service address, so the folder validates like a real region.
 */
function writeRegister(source: string, target: string, urls: readonly string[], now: Date): void {
  const registerPath = join(source, REGISTER_FILE);
  const entries = existsSync(registerPath) ? ((parse(readFileSync(registerPath, 'utf8')) as { contacts?: Record<string, unknown>[] }).contacts ?? []) : [];
  const copied = COPIED.flatMap((folder) =>
    existsSync(join(target, folder))
      ? readdirSync(join(target, folder), { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
      : [],
  ).join('\n');
  const used = new Set([
    ...findPhoneNumbers(copied).map((found) => `phone:${found.value}`),
    ...findEmails(copied).map((found) => `email:${found.value}`),
    ...[...copied.matchAll(/https?:\/\/[^\s<>"'`)\]]+/g)].map((match) => `web:${normaliseWebAddress(match[0])}`),
  ]);
  const key = (entry: Record<string, unknown>) => {
    const value = String(entry['value']);
    if (entry['type'] === 'phone') return `phone:${normalisePhoneNumber(value)}`;
    if (entry['type'] === 'email') return `email:${normaliseEmail(value)}`;
    if (entry['type'] === 'web') return `web:${normaliseWebAddress(value)}`;
    return `address:${value}`;
  };
  // Street addresses are kept when their street is still written in a copied file.
  const kept = entries.filter((entry) => used.has(key(entry)) || (entry['type'] === 'address' && copied.includes(String(entry['value']).split(',')[0] ?? '')));
  const checked = isoDaysAgo(0, now);
  const generated = urls.map((value) => ({ value, type: 'web', owner: 'Synteettinen testiaineisto', source: value, checked }));
  writeFileSync(join(target, REGISTER_FILE), stringify({ contacts: [...kept, ...generated] }));
}
