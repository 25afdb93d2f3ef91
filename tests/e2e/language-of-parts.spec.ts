// WCAG 3.1.2 Language of parts on Swedish and English pages. Text that only exists in the Finnish
// master content (access-route notes, cost notes, channel labels, the owner, system names, and the
// title, summary, target group and duration of a service without a translation) must sit inside an
// element whose nearest lang is "fi", so screen readers switch to a Finnish voice. Translated text
// must be in the page's own language. "koko alue" and "valtakunnallinen" are Finnish phrases that
// the interface says in the reader's language instead.
//
// Proper names (providers, municipalities, the site's name) are not checked: WCAG 3.1.2 exempts them,
// so a text node that is exactly a provider's name is skipped, and the owner (often an organisation's
// name) is only looked for in the review footer. A master string of one word (e.g. the system
// "Omaolo") is only matched as a whole text node, so that it does not match inside a translated
// sentence ("Omaolo is a national digital service").
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentData } from '../support/content-files.ts';

const CONTENT = process.env.TT_CONTENT_DIR ?? 'content';
const LOCALES = ['sv', 'en'] as const;
type Locale = (typeof LOCALES)[number];

interface Channel {
  type: string;
  label?: string;
  hours?: string;
}
interface MasterService {
  id: string;
  title: string;
  summary: string;
  forWhom: string;
  duration: string;
  plainSummary?: string;
  bring?: string;
  owner: string;
  access: { route: string; text: string }[];
  cost: string | { type: string; text?: string };
  channels: Channel[];
  systems?: { client?: string[]; professional?: string[] };
  draft?: boolean;
}
type TranslatedFields = Pick<MasterService, 'title' | 'summary' | 'forWhom' | 'duration' | 'plainSummary' | 'bring'>;
const TRANSLATABLE = ['title', 'summary', 'forWhom', 'duration', 'plainSummary', 'bring'] as const;

const frontmatter = <T>(file: string): T => contentData<T>(file);
const mdxIds = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => /\.mdx?$/.test(name)) : []);

const services: MasterService[] = mdxIds(join(CONTENT, 'services'))
  .map((name) => ({ ...frontmatter<MasterService>(join(CONTENT, 'services', name)), id: name.replace(/\.mdx?$/, '') }))
  .filter((service) => !service.draft);
const translations = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    new Map(
      mdxIds(join(CONTENT, 'services', locale)).map((name) => [
        name.replace(/\.mdx?$/, ''),
        frontmatter<TranslatedFields>(join(CONTENT, 'services', locale, name)),
      ]),
    ),
  ]),
) as Record<Locale, Map<string, TranslatedFields>>;

const providers = readdirSync(join(CONTENT, 'providers'))
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({
    id: name.replace(/\.ya?ml$/, ''),
    ...contentData<{ name: string; description: string; channels?: Channel[] }>(join(CONTENT, 'providers', name)),
  }));
const providerNames = providers.map((provider) => provider.name);

/** A string to look for, optionally only inside elements matching `within`. */
interface Needle {
  text: string;
  within?: string;
  /** Match only a text node that is exactly this text (a name), not a sentence that quotes it. */
  whole?: boolean;
}
const needles = (texts: readonly (string | undefined)[]): Needle[] => texts.flatMap((text) => (text ? [{ text }] : []));

/** Text of a service that never has a translation: it is Finnish on every sv/en page. */
function alwaysFinnish(service: MasterService): Needle[] {
  return [
    ...needles(service.access.map((route) => route.text)),
    ...needles([typeof service.cost === 'object' ? service.cost.text : undefined]),
    { text: service.owner, within: '.review' },
    ...needles(service.channels.flatMap((channel) => [channel.label, channel.hours])),
    // System names are listed as written, comma-separated: look for the whole list. They are proper
    // names, so a translated sentence may name them ("the e-service Oma Ekhva"): whole nodes only.
    ...needles([...new Set([service.systems?.client?.join(', '), service.systems?.professional?.join(', ')])]).map((needle) => ({
      ...needle,
      whole: true,
    })),
  ];
}

/** The translatable fields that show the Finnish master in this locale (all of them when untranslated). */
function untranslatedText(service: MasterService, locale: Locale): Needle[] {
  if (translations[locale].has(service.id)) return [];
  return needles(TRANSLATABLE.map((field) => service[field]));
}

/** Finnish words for the whole region and the whole country; sv/en pages say them in their own language. */
const FINNISH_PHRASES = needles(['koko alue', 'valtakunnallinen']);

interface Finding {
  text: string;
  lang: string | null;
  where: string;
}

/**
 * For each needle, the visible text nodes that contain it, with the language they are in (the nearest
 * lang attribute). Whitespace is collapsed on both sides; one-word needles must be the whole node.
 */
async function occurrences(page: Page, wanted: readonly Needle[]): Promise<Finding[]> {
  return page.evaluate(
    ({ wanted, skip }) => {
      const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
      const bare = (value: string) => value.replace(/[\s:.,;()]+$/g, '').replace(/^[\s(]+/, '');
      const properNames = new Set(skip.map(squash));
      const nodes: { text: string; lang: string | null; where: string; parent: Element }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('script, style, template, [hidden]')) continue;
        const text = squash(node.textContent ?? '');
        const lang = parent.closest('[lang]')?.getAttribute('lang') ?? null;
        // A provider's name standing alone is a proper name, in whatever language it is marked.
        if (!text || (lang !== 'fi' && properNames.has(bare(text)))) continue;
        const where = [parent.closest('[class]')?.className, parent.tagName.toLowerCase()].filter(Boolean).join(' ');
        nodes.push({ text, lang, where, parent });
      }
      return wanted.flatMap(({ text: raw, within, whole }) => {
        const needle = squash(raw);
        const oneWord = whole || !needle.includes(' ');
        return nodes
          .filter((node) => !within || node.parent.closest(within))
          .filter((node) => (oneWord ? bare(node.text) === bare(needle) : node.text.includes(needle)))
          .map((node) => ({ text: needle, lang: node.lang, where: `${node.where}: “${node.text.slice(0, 80)}”` }));
      });
    },
    { wanted: [...wanted], skip: providerNames },
  );
}

const squash = (value: string) => value.replace(/\s+/g, ' ').trim();

/** Finnish master text shown outside a lang="fi" element. */
async function finnishLeaks(page: Page, wanted: readonly Needle[]): Promise<string[]> {
  return (await occurrences(page, wanted)).filter((found) => found.lang !== 'fi').map((found) => `${found.text} → ${found.where}`);
}

/** Needles that do not appear on the page at all inside a lang="fi" element (nothing to check otherwise). */
async function missingFinnish(page: Page, wanted: readonly Needle[]): Promise<string[]> {
  const found = await occurrences(page, wanted);
  return wanted
    .filter((needle) => !found.some((item) => item.text === squash(needle.text) && item.lang === 'fi'))
    .map((needle) => needle.text);
}

/** Master text the finder's table and handout can show: access-route notes and the label of a "Kysy lisää" contact. */
const finderText = (service: MasterService): Needle[] =>
  needles([
    ...service.access.map((route) => route.text),
    ...service.channels.filter((channel) => channel.type === 'service').map((channel) => channel.label),
  ]);

const untranslated = (locale: Locale) => services.filter((service) => !translations[locale].has(service.id));
const translated = (locale: Locale) => services.filter((service) => translations[locale].has(service.id));

for (const locale of LOCALES) {
  test(`${locale}: an untranslated service page marks every Finnish master text lang="fi"`, async ({ page }) => {
    const sample = untranslated(locale);
    test.skip(sample.length === 0, `Every service is translated into ${locale}.`);
    const problems: string[] = [];
    for (const service of sample) {
      await page.goto(`/${locale}/palvelu/${service.id}/`);
      const finnish = [...alwaysFinnish(service), ...untranslatedText(service, locale)];
      problems.push(...(await finnishLeaks(page, [...finnish, ...FINNISH_PHRASES])).map((leak) => `${service.id}: ${leak}`));
      problems.push(...(await missingFinnish(page, finnish)).map((missing) => `${service.id}: not shown as Finnish: ${missing}`));
    }
    expect(problems).toEqual([]);
  });

  test(`${locale}: a translated service page shows its translated text in ${locale} and only master data as Finnish`, async ({ page }) => {
    const sample = translated(locale);
    test.skip(sample.length === 0, `No service is translated into ${locale}.`);
    const problems: string[] = [];
    for (const service of sample) {
      const translation = translations[locale].get(service.id);
      await page.goto(`/${locale}/palvelu/${service.id}/`);
      const finnish = alwaysFinnish(service);
      problems.push(...(await finnishLeaks(page, [...finnish, ...FINNISH_PHRASES])).map((leak) => `${service.id}: ${leak}`));
      problems.push(...(await missingFinnish(page, finnish)).map((missing) => `${service.id}: not shown as Finnish: ${missing}`));
      const own = needles(TRANSLATABLE.map((field) => translation?.[field]));
      const shown = await occurrences(page, own);
      for (const { text } of own) {
        const found = shown.filter((item) => item.text === squash(text));
        if (found.length === 0) problems.push(`${service.id}: translated text not shown: ${text}`);
        for (const item of found.filter((entry) => entry.lang !== locale))
          problems.push(`${service.id}: translated text in lang=${item.lang}: ${item.where}`);
      }
      // The Finnish master of a translated field is not shown instead of the translation: not as a
      // text node of its own. A translation may quote the Finnish name ("… lists this service as
      // "Psykofyysinen fysioterapia""), and a master that is also master-only data (a channel
      // labelled with the service's name) is checked above as Finnish data.
      const masterData = new Set(finnish.map((needle) => squash(needle.text)));
      const masters = needles(TRANSLATABLE.map((field) => (translation?.[field] ? service[field] : undefined)))
        .filter((needle) => !masterData.has(squash(needle.text)))
        .map((needle) => ({ ...needle, whole: true }));
      problems.push(
        ...(await occurrences(page, masters)).map((item) => `${service.id}: Finnish master shown although translated: ${item.where}`),
      );
    }
    expect(problems).toEqual([]);
  });

  test(`${locale}: provider pages mark the Finnish description and channel labels lang="fi"`, async ({ page }) => {
    const problems: string[] = [];
    for (const provider of providers) {
      await page.goto(`/${locale}/toimijat/${provider.id}/`);
      const finnish = needles([provider.description, ...(provider.channels ?? []).flatMap((channel) => [channel.label, channel.hours])]);
      problems.push(...(await finnishLeaks(page, finnish)).map((leak) => `${provider.id}: ${leak}`));
      problems.push(...(await missingFinnish(page, finnish)).map((missing) => `${provider.id}: not shown as Finnish: ${missing}`));
    }
    expect(problems).toEqual([]);
  });

  test(`${locale}: the referral finder and its client handout mark Finnish master text lang="fi"`, async ({ page }) => {
    await page.goto(`/${locale}/ammattilaisille/`);
    const finnish = services.flatMap((service) => [...finderText(service), ...untranslatedText(service, locale)]);
    expect(await finnishLeaks(page, [...finnish, ...FINNISH_PHRASES])).toEqual([]);
    // Every untranslated title is in the table and the handout, so the check above had something to check.
    expect(await missingFinnish(page, needles(untranslated(locale).map((service) => service.title)))).toEqual([]);
  });

  test(`${locale}: single-filter pages of the finder mark Finnish master text lang="fi"`, async ({ page }) => {
    const finnish = services.flatMap((service) => [...finderText(service), ...untranslatedText(service, locale)]);
    for (const path of ['rajaus/kunta/lemi/', 'rajaus/hinta/maksullinen/', 'rajaus/reitti/itse/']) {
      await page.goto(`/${locale}/ammattilaisille/${path}`);
      expect(await finnishLeaks(page, [...finnish, ...FINNISH_PHRASES]), path).toEqual([]);
    }
  });
}

const site = contentData<{
  regionName: string;
  regionInessive: string;
  regionNames?: Partial<Record<Locale, string>>;
}>(join(CONTENT, 'site.yaml'));
const newsTitles = mdxIds(join(CONTENT, 'news'))
  .map((name) => frontmatter<{ title: string; draft?: boolean }>(join(CONTENT, 'news', name)))
  .filter((item) => !item.draft)
  .map((item) => item.title);
const kykyviisariAreas = readdirSync(join(CONTENT, 'areas'))
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ id: name.replace(/\.ya?ml$/, ''), ...contentData<{ kykyviisari: string }>(join(CONTENT, 'areas', name)) }));

for (const locale of LOCALES) {
  test(`${locale}: the home page names the region in ${locale} and marks the Finnish news titles`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    const lead = (await page.locator('main .lead').textContent()) ?? '';
    // Never the Finnish inflected form; the region's own name in this language when site.yaml has one.
    expect(lead).not.toContain(site.regionInessive);
    expect(lead).toContain(site.regionNames?.[locale] ?? site.regionName);
    expect(await finnishLeaks(page, needles(newsTitles))).toEqual([]);
    expect((await occurrences(page, needles(newsTitles))).length).toBeGreaterThan(0);
  });

  test(`${locale}: area pages mark the Finnish name of the Kykyviisari area lang="fi"`, async ({ page }) => {
    for (const area of kykyviisariAreas) {
      await page.goto(`/${locale}/palvelut/${area.id}/`);
      const needle = needles([area.kykyviisari]);
      expect(await finnishLeaks(page, needle), area.id).toEqual([]);
      expect(await missingFinnish(page, needle), area.id).toEqual([]);
    }
  });

  test(`${locale}: the open data page is translated`, async ({ page }) => {
    await page.goto(`/${locale}/avoin-data/`);
    await expect(page.locator('main .notice')).toHaveCount(0);
    expect(await page.locator('main h1').evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe(locale);
    // The examples and the sentence above the table name the address placeholder with the same word,
    // in this language (the Finnish page uses OSOITE).
    const placeholder = locale === 'sv' ? 'ADRESS' : 'ADDRESS';
    await expect(page.locator('main pre').first()).toContainText(`${placeholder}/api/v1/`);
    await expect(page.locator('main p', { hasText: new RegExp(`\\b${placeholder}\\b`) })).toHaveCount(2);
    await expect(page.locator('main')).not.toContainText('OSOITE');
  });
}
