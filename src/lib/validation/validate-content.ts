// Validates a whole content folder at once and returns every problem. Used by `npm run validate`
// and by the build (src/integrations/content-guard.ts), so both report exactly the same things.
// Never throws: whatever an editor writes, the answer is a list of problems.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { AREA_IDS, areaSchema, type LifeAreaData } from '../../schemas/area.ts';
import { faqSchema, newsSchema, pageSchema } from '../../schemas/page.ts';
import { operatingModelSchema, servicePathSchema } from '../../schemas/path.ts';
import { providerSchema, type ProviderData } from '../../schemas/provider.ts';
import { serviceSchema, type ServiceData } from '../../schemas/service.ts';
import { siteSchema, type SiteSettings } from '../../schemas/site.ts';
import { synonymsSchema } from '../../schemas/synonyms.ts';
import { pageTranslationSchema, serviceTranslationSchema, TRANSLATED_LOCALES } from '../../schemas/translation.ts';
import { isStale } from '../dates.ts';
import { REQUIRED_PAGES } from '../required-pages.ts';
import {
  checkBodyLinks,
  checkDuplicates,
  checkFileName,
  checkFiller,
  checkIdFormat,
  checkMdxBody,
  checkMunicipalities,
  checkReference,
  idFromFile,
  parseWithSchema,
  rawString,
  rawStrings,
  type LoadedEntry,
  type ParsedEntry,
} from './check-entries.ts';
import { fieldNamesAt, similarIds } from './field-names.ts';
import { checkBodySafety } from './body-safety.ts';
import { formatFieldPath, sortIssues, WHOLE_FILE, type ContentIssue } from './issues.ts';
import { readSourceFile, type SourceFile } from './source-file.ts';
import { channelContacts, checkContactRegister, REGISTER_FILE } from './contact-register.ts';
import { checkFrontPageLabels } from './channel-labels.ts';
import { checkPlainSummary } from './plain-language.ts';
import { checkBodyHeadings } from './body-headings.ts';

export interface ValidationResult {
  issues: ContentIssue[];
  errors: ContentIssue[];
  site?: SiteSettings | undefined;
  areas: ParsedEntry<LifeAreaData>[];
  providers: ParsedEntry<ProviderData>[];
  services: ParsedEntry<ServiceData>[];
}

export interface ValidateOptions {
  /** Folder with areas/, providers/, services/ and site.yaml. */
  contentDir: string;
  /** Paths in messages are relative to this folder (the project root). */
  rootDir?: string;
  /** "Now" for freshness warnings; injectable for tests. */
  now?: Date;
}

/** File extensions each collection accepts; the same globs as src/content.config.ts. */
const MDX = ['.mdx', '.md'] as const;
/** Services are written as plain Markdown (.md, first in messages); .mdx is still read. */
const SERVICE_FILES = ['.md', '.mdx'] as const;
const YAML = ['.yaml', '.yml'] as const;

/** Text fields the filler check reads from a service or its translation. */
const SERVICE_TEXTS = ['title', 'summary', 'forWhom', 'duration', 'plainSummary', 'bring'] as const;

interface Folder {
  files: string[];
  folders: string[];
}

/** Files and sub-folders of a folder; dotfiles (.gitkeep) are not content. */
function listFolder(dir: string): Folder {
  if (!existsSync(dir)) return { files: [], folders: [] };
  const entries = readdirSync(dir, { withFileTypes: true }).filter((entry) => !entry.name.startsWith('.'));
  return {
    files: entries
      .filter((entry) => entry.isFile())
      .map((entry) => join(dir, entry.name))
      .sort(),
    folders: entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort(),
  };
}

/** Every text file of the content folder, at any depth (the register rule reads them all). */
function contentTexts(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && /\.(mdx?|ya?ml|json|txt)$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export function validateContent(options: ValidateOptions): ValidationResult {
  try {
    return validate(options);
  } catch (error) {
    // A bug in the validator must not hide the content problems behind a stack trace.
    const rootDir = options.rootDir ?? process.cwd();
    const issue: ContentIssue = {
      file: relative(rootDir, options.contentDir) || options.contentDir,
      field: WHOLE_FILE,
      severity: 'error',
      message: `Tarkistus keskeytyi odottamattomaan virheeseen (${error instanceof Error ? error.message : String(error)}). Ilmoita tästä sivuston ylläpitäjälle.`,
    };
    return { issues: [issue], errors: [issue], areas: [], providers: [], services: [] };
  }
}

function validate({ contentDir, rootDir = process.cwd(), now = new Date() }: ValidateOptions): ValidationResult {
  const issues: ContentIssue[] = [];
  const rel = (path: string) => relative(rootDir, path) || path;

  /** Reads a file, or reports why it cannot be read. */
  const read = (path: string, kind: 'yaml' | 'mdx'): SourceFile | undefined => {
    try {
      return readSourceFile(rel(path), readFileSync(path, 'utf8'), kind);
    } catch {
      issues.push({
        file: rel(path),
        field: WHOLE_FILE,
        severity: 'error',
        message: 'Tiedostoa ei voitu lukea. Tarkista, että se on tekstitiedosto (UTF-8).',
      });
      return undefined;
    }
  };

  /** Loads the files of one folder: file name, YAML, schema and (for MDX) the body. */
  const loadFiles = <T>(paths: readonly string[], extensions: readonly string[], schema: z.ZodType): LoadedEntry<T>[] =>
    paths.flatMap((path) => {
      const nameProblems = checkFileName(rel(path), extensions);
      if (nameProblems.length > 0) {
        issues.push(...nameProblems);
        return [];
      }
      const kind = extensions.includes('.yaml') ? 'yaml' : 'mdx';
      const source = read(path, kind);
      if (!source) return [];
      issues.push(...source.problems, ...checkIdFormat(source));
      const parsed = parseWithSchema(schema, source);
      issues.push(...parsed.issues);
      if (kind === 'mdx') {
        const linkIssues = checkBodyLinks(source);
        issues.push(...checkMdxBody(source), ...linkIssues, ...checkBodySafety(source, linkIssues));
      }
      const raw =
        source.data !== null && typeof source.data === 'object' && !Array.isArray(source.data)
          ? (source.data as Record<string, unknown>)
          : {};
      return [{ id: idFromFile(path), source, data: parsed.data as T | undefined, raw }];
    });

  /**
   * A collection folder. `translations` names the schema of sv/ and en/ sub-folders; any other
   * sub-folder is reported, because the site would ignore it.
   */
  const loadCollection = <T>(folder: string, extensions: readonly string[], schema: z.ZodType, translations?: z.ZodType) => {
    const dir = join(contentDir, folder);
    const { files, folders } = listFolder(dir);
    const entries = loadFiles<T>(files, extensions, schema);
    const translated = new Map<string, LoadedEntry<unknown>[]>();
    for (const sub of folders) {
      if (translations && (TRANSLATED_LOCALES as readonly string[]).includes(sub)) {
        const before = issues.length;
        translated.set(sub, loadFiles<unknown>(listFolder(join(dir, sub)).files, extensions, translations));
        explainMasterOnlyFields(issues, before, fieldNamesAt(schema, []));
      } else {
        issues.push({
          file: rel(join(dir, sub)),
          field: '(kansio)',
          severity: 'error',
          message: translations
            ? `Kansiota "${sub}" ei julkaista. Käännökset kuuluvat kansioihin ${TRANSLATED_LOCALES.map((locale) => `${folder}/${locale}/`).join(' ja ')}; siirrä tiedostot niihin tai suoraan kansioon ${folder}/.`
            : `Kansiota "${sub}" ei julkaista. Siirrä tiedostot suoraan kansioon ${folder}/.`,
        });
      }
    }
    return { entries, translated };
  };

  // Site settings
  let site: SiteSettings | undefined;
  const sitePath = join(contentDir, 'site.yaml');
  const siteSource = existsSync(sitePath) ? read(sitePath, 'yaml') : undefined;
  if (siteSource) {
    issues.push(...siteSource.problems);
    const parsed = parseWithSchema(siteSchema, siteSource);
    site = parsed.data;
    issues.push(...parsed.issues);
  } else if (!existsSync(sitePath)) {
    issues.push({
      file: rel(sitePath),
      field: WHOLE_FILE,
      severity: 'error',
      message: 'Sivuston asetukset puuttuvat. Luo tiedosto site.yaml sisältökansioon.',
    });
  }

  // Areas: exactly the seven fixed ids.
  const areas = loadCollection<LifeAreaData>('areas', YAML, areaSchema).entries;
  const areaIds = new Set(areas.map((area) => area.id));
  for (const area of areas) {
    if (!(AREA_IDS as readonly string[]).includes(area.id)) {
      issues.push({
        file: area.source.file,
        line: 1,
        field: '(tunniste)',
        severity: 'error',
        message: `Elämänalueita on tasan seitsemän: ${AREA_IDS.join(', ')}. Tiedostonimi "${area.id}" ei ole yksi niistä.`,
      });
    }
  }
  for (const id of AREA_IDS) {
    if (!areaIds.has(id)) {
      issues.push({
        file: rel(join(contentDir, 'areas', `${id}.yaml`)),
        field: WHOLE_FILE,
        severity: 'error',
        message: `Elämänalue "${id}" puuttuu. Lisää tiedosto ${id}.yaml.`,
      });
    }
  }

  // Providers
  const providers = loadCollection<ProviderData>('providers', YAML, providerSchema).entries;
  issues.push(...checkDuplicates(providers, 'name'));
  const providerIds = new Set(providers.map((provider) => provider.id));
  if (site && siteSource) {
    issues.push(
      ...checkReference(siteSource, ['organisationProvider'], site.organisationProvider, providerIds, 'Toimija', 'content/providers'),
    );
  }

  // Services: cross-entry checks read the raw data, so they run even where the schema failed.
  const serviceFolder = loadCollection<ServiceData>('services', SERVICE_FILES, serviceSchema, serviceTranslationSchema);
  const services = serviceFolder.entries;
  issues.push(...checkDuplicates(services, 'title'));
  const serviceIds = new Set(services.map((service) => service.id));
  for (const { id, source, data, raw } of services) {
    const provider = rawString(raw, 'provider');
    if (provider !== undefined) issues.push(...checkReference(source, ['provider'], provider, providerIds, 'Toimija', 'content/providers'));
    rawStrings(raw, 'related').forEach((target, index) => {
      if (target === undefined) return;
      issues.push(...checkReference(source, ['related', index], target, serviceIds, 'Liittyvä palvelu', 'content/services'));
      if (target === id) {
        issues.push({
          file: source.file,
          line: source.lineOf(['related', index]),
          field: `related[${index}]`,
          severity: 'error',
          message: 'Palvelu viittaa itseensä. Poista oma tunniste liittyvistä palveluista.',
        });
      }
    });
    if (site) issues.push(...checkMunicipalities(source, rawStrings(raw, 'municipalities'), site.municipalities));
    issues.push(
      ...checkFiller(
        source,
        SERVICE_TEXTS.map((key) => rawString(raw, key) ?? ''),
      ),
    );
    if (!data) continue;
    if (data.keywords.length === 0) {
      issues.push({
        file: source.file,
        line: source.lineOf(['title']),
        field: 'keywords',
        severity: 'warning',
        message:
          'Hakusanat puuttuvat. Lisää sanoja, joilla ihmiset etsivät palvelua (arkikieli, taivutusmuodot), esimerkiksi keywords: [mielenterveys, jaksaminen, masennus].',
      });
    }
    if (isStale(data.lastReviewed, now)) {
      issues.push({
        file: source.file,
        line: source.lineOf(['lastReviewed']),
        field: 'lastReviewed',
        severity: 'warning',
        message: 'Tietoja ei ole tarkistettu yli vuoteen. Tarkista palvelun tiedot ja päivitä päivämäärä.',
      });
    }
    if (data.status === 'vahvistettu' && data.confirmedOn && isStale(data.confirmedOn, now)) {
      issues.push({
        file: source.file,
        line: source.lineOf(['confirmedOn']),
        field: 'confirmedOn',
        severity: 'warning',
        message:
          'Palvelun ylläpitäjä vahvisti tiedot yli 12 kuukautta sitten. Pyydä ylläpitäjää tarkistamaan tiedot uudelleen (npm run report:review) ja päivitä confirmedOn.',
      });
    }
    const heading = source.body.split('\n').findIndex((line) => /^#{1,2}\s/.test(line));
    if (heading !== -1) {
      issues.push({
        file: source.file,
        line: source.bodyStartLine + heading,
        field: '(sisältö)',
        severity: 'warning',
        message:
          'Väliotsikko on liian ylätasoa: palvelusivulla on jo otsikot # ja ##. Aloita väliotsikot kolmella risuaidalla, esimerkiksi ### Miten palvelu etenee.',
      });
    }
    if (source.body.trim() === '') {
      issues.push({
        file: source.file,
        line: source.bodyStartLine,
        field: '(sisältö)',
        severity: 'warning',
        message: 'Palvelun kuvaus puuttuu. Kirjoita tietolohkon (---) jälkeen muutama kappale siitä, mitä palvelussa tehdään.',
      });
    }
  }
  issues.push(...checkTranslations(serviceFolder.translated, serviceIds, 'services', 'palvelu', 'title'));

  // Bodies do not repeat the service page's own section headings.
  for (const { source } of services) issues.push(...checkBodyHeadings(source, 'fi'));
  for (const [locale, entries] of serviceFolder.translated) {
    if (locale === 'sv' || locale === 'en') for (const { source } of entries) issues.push(...checkBodyHeadings(source, locale));
  }

  // Easy-to-read summaries are measured in every language they are written in.
  for (const { source, raw } of services) issues.push(...checkPlainSummary(source, raw, 'fi'));
  for (const [locale, entries] of serviceFolder.translated) {
    if (locale === 'sv' || locale === 'en') for (const { source, raw } of entries) issues.push(...checkPlainSummary(source, raw, locale));
  }

  // A link to a bare front page says so in its label.
  for (const entry of [...services, ...providers]) issues.push(...checkFrontPageLabels(entry.source, entry.raw));

  // "Kysy lisää" channels of services and providers point to a published service that can be reached.
  const serviceRaw = new Map(services.map((service) => [service.id, service.raw]));
  for (const service of services) issues.push(...checkServiceChannels(service.source, service.raw, serviceRaw, service.id));
  for (const provider of providers) issues.push(...checkServiceChannels(provider.source, provider.raw, serviceRaw));

  // Professionals: service paths point to services; operating models point to paths.
  const paths = loadCollection<unknown>('paths', MDX, servicePathSchema).entries;
  issues.push(...checkDuplicates(paths, 'title'));
  const pathIds = new Set(paths.map((path) => path.id));
  for (const { source, raw } of paths) {
    const service = rawString(raw, 'service');
    if (service !== undefined) issues.push(...checkReference(source, ['service'], service, serviceIds, 'Palvelu', 'content/services'));
    const exits = Array.isArray(raw['exits']) ? (raw['exits'] as unknown[]) : [];
    exits.forEach((exit, exitIndex) => {
      if (exit === null || typeof exit !== 'object') return;
      rawStrings(exit as Record<string, unknown>, 'next').forEach((target, index) => {
        if (target !== undefined)
          issues.push(...checkReference(source, ['exits', exitIndex, 'next', index], target, serviceIds, 'Palvelu', 'content/services'));
      });
    });
    issues.push(...checkFiller(source, []));
  }
  const models = loadCollection<unknown>('models', MDX, operatingModelSchema).entries;
  issues.push(...checkDuplicates(models, 'title'));
  for (const { source, raw } of models) {
    const path = rawString(raw, 'path');
    if (path !== undefined) issues.push(...checkReference(source, ['path'], path, pathIds, 'Palvelupolku', 'content/paths'));
    issues.push(...checkFiller(source, []));
  }

  // What the region features (site.yaml) must be on the published site: a draft has no page.
  if (site && siteSource) {
    const publishedServices = new Set(services.filter((service) => service.raw['draft'] !== true).map((service) => service.id));
    const modelIds = new Set(models.map((model) => model.id));
    for (const key of ['startHere', 'checklistNextSteps'] as const) {
      site[key].forEach((target, index) => {
        issues.push(...checkReference(siteSource, [key, index], target, publishedServices, 'Julkaistu palvelu', 'content/services'));
      });
    }
    if (site.supportPlanModel !== undefined) {
      issues.push(...checkReference(siteSource, ['supportPlanModel'], site.supportPlanModel, modelIds, 'Toimintamalli', 'content/models'));
    }
  }

  // Search synonyms: optional, validated like every other file when present.
  const synonymsPath = join(contentDir, 'synonyms.yaml');
  const synonymsSource = existsSync(synonymsPath) ? read(synonymsPath, 'yaml') : undefined;
  if (synonymsSource) issues.push(...synonymsSource.problems, ...parseWithSchema(synonymsSchema, synonymsSource).issues);

  // Pages, questions and news: schema, safe links and no filler.
  for (const [folder, extensions, schema, titleField, translations] of [
    ['pages', MDX, pageSchema, 'title', pageTranslationSchema],
    ['faq', ['.md'], faqSchema, 'question', undefined],
    ['news', MDX, newsSchema, 'title', undefined],
  ] as const) {
    const { entries, translated } = loadCollection<unknown>(folder, extensions, schema, translations);
    issues.push(...checkDuplicates(entries, titleField));
    for (const { source } of entries) issues.push(...checkFiller(source, []));
    if (folder === 'pages') {
      const present = new Set(entries.map((entry) => entry.id));
      for (const id of REQUIRED_PAGES.filter((page) => !present.has(page))) {
        issues.push({
          file: rel(join(contentDir, 'pages', `${id}.mdx`)),
          field: WHOLE_FILE,
          severity: 'error',
          message: `Pakollinen sivu "${id}" puuttuu. Se on linkitetty jokaiselta sivulta; lisää tiedosto ${id}.mdx.`,
        });
      }
      issues.push(...checkTranslations(translated, present, 'pages', 'sivu', 'title'));
    }
  }

  // Every contact the content gives has a recorded public source (content/contact-sources.yaml).
  const registerPath = join(contentDir, REGISTER_FILE);
  issues.push(
    ...checkContactRegister({
      register: existsSync(registerPath) ? read(registerPath, 'yaml') : undefined,
      registerFile: rel(registerPath),
      texts: contentTexts(contentDir)
        .filter((path) => path !== registerPath)
        .map((path) => ({ file: rel(path), text: readFileSync(path, 'utf8') })),
      channels: [...services, ...providers].flatMap((entry) => channelContacts(entry.source, entry.raw)),
    }),
  );

  const sorted = sortIssues(issues);
  return {
    issues: sorted,
    errors: sorted.filter((issue) => issue.severity === 'error'),
    site,
    areas: valid(areas),
    providers: valid(providers),
    services: valid(services),
  };
}

/** The channels of unvalidated data; items that are not objects are left to the schema to report. */
function rawChannels(raw: Record<string, unknown> | undefined): (Record<string, unknown> | undefined)[] {
  const value = raw?.['channels'];
  return Array.isArray(value)
    ? value.map((item) =>
        item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : undefined,
      )
    : [];
}

/**
 * A `service` channel sends the reader to another service on this site. That service must exist,
 * be published, not be the entry itself, and have at least one contact of its own; otherwise the
 * reader would end up at a dead end or go round in a circle.
 */
export function checkServiceChannels(
  source: SourceFile,
  raw: Record<string, unknown>,
  services: ReadonlyMap<string, Record<string, unknown>>,
  ownId?: string,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  rawChannels(raw).forEach((channel, index) => {
    const target = channel?.['type'] === 'service' ? channel['service'] : undefined;
    if (typeof target !== 'string') return;
    const path = ['channels', index, 'service'];
    const at = (message: string) =>
      issues.push({ file: source.file, line: source.lineOf(path), field: formatFieldPath(path), severity: 'error', message });
    const known = new Set(services.keys());
    if (!known.has(target)) {
      issues.push(...checkReference(source, path, target, known, 'Palvelu', 'content/services'));
      return;
    }
    const targetRaw = services.get(target);
    if (target === ownId) {
      at(
        'Kanava ohjaa palveluun itseensä. Valitse toinen palvelu, joka osaa kertoa lisää, tai kirjoita järjestäjän oma, varmistettu yhteystieto.',
      );
    } else if (targetRaw?.['draft'] === true) {
      at(
        `Palvelu "${target}" on luonnos (draft: true), joten linkki ei toimisi julkaistulla sivustolla. Valitse julkaistu palvelu tai julkaise ${target} ensin.`,
      );
    } else if (!rawChannels(targetRaw).some((item) => typeof item?.['type'] === 'string' && item['type'] !== 'service')) {
      at(
        `Palvelulla "${target}" ei ole omaa yhteystietoa, vain viittauksia muihin palveluihin, joten lukija ei pääsisi sen kautta eteenpäin. Valitse palvelu, jolla on verkkosivu, puhelinnumero tai muu suora yhteystieto.`,
      );
    }
  });
  return issues;
}

/** Each translation needs a Finnish master with the same file name; duplicates are reported too. */
function checkTranslations(
  translated: ReadonlyMap<string, LoadedEntry<unknown>[]>,
  masters: ReadonlySet<string>,
  folder: string,
  what: string,
  titleField: string,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const [locale, entries] of translated) {
    issues.push(...checkDuplicates(entries, titleField));
    for (const { id, source, raw } of entries) {
      issues.push(
        ...checkFiller(
          source,
          SERVICE_TEXTS.map((key) => rawString(raw, key) ?? ''),
        ),
      );
      if (masters.has(id)) continue;
      const close = similarIds(id, masters);
      issues.push({
        file: source.file,
        line: 1,
        field: '(tunniste)',
        severity: 'error',
        message: `Käännökseltä puuttuu suomenkielinen ${what} content/${folder}/${id}${folder === 'services' ? '.md' : '.mdx'}. Käännöksen tiedostonimen pitää olla sama kuin suomenkielisen${close.length > 0 ? ` (lähellä: ${close.join(', ')})` : ''}; lisää ensin suomenkielinen ${what} tai korjaa nimi. (Kieli: ${locale}.)`,
      });
    }
  }
  return issues;
}

/**
 * A translation holds only text; an editor who copies the Finnish file and translates it keeps
 * fields like areas or channels. Say why they are unknown instead of suggesting a typo.
 */
function explainMasterOnlyFields(issues: ContentIssue[], from: number, masterFields: readonly string[]): void {
  for (let index = from; index < issues.length; index += 1) {
    const issue = issues[index];
    if (!issue || !issue.message.startsWith('Tuntematon kenttä') || !masterFields.includes(issue.field)) continue;
    issues[index] = {
      ...issue,
      message: `Kenttä "${issue.field}" kuuluu vain suomenkieliseen tiedostoon. Käännöksessä on vain tekstit (title, summary, forWhom, duration, plainSummary, bring ja teksti); muut tiedot tulevat suomenkielisestä versiosta. Poista rivi.`,
    };
  }
}

/** Entries whose schema check passed, for the build and the reports. */
function valid<T>(entries: LoadedEntry<T>[]): ParsedEntry<T>[] {
  return entries.flatMap((entry) => (entry.data === undefined ? [] : [{ id: entry.id, source: entry.source, data: entry.data }]));
}

/** True when `dir` exists and is a folder; used by the scripts before they validate. */
export function isContentFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
