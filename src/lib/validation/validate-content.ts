// Validates a whole content folder at once and returns every problem. Used by `npm run validate`
// and by the build (src/integrations/content-guard.ts), so both report exactly the same things.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AREA_IDS, areaSchema, type LifeAreaData } from '../../schemas/area.ts';
import { REQUIRED_PAGES } from '../required-pages.ts';
import { faqSchema, newsSchema, pageSchema } from '../../schemas/page.ts';
import { providerSchema, type ProviderData } from '../../schemas/provider.ts';
import { serviceSchema, type ServiceData } from '../../schemas/service.ts';
import { siteSchema, type SiteSettings } from '../../schemas/site.ts';
import {
  checkBodyLinks,
  checkDuplicates,
  checkFiller,
  checkIdFormat,
  checkMunicipalities,
  checkReference,
  idFromFile,
  parseWithSchema,
  rawString,
  rawStrings,
  type LoadedEntry,
  type ParsedEntry,
} from './check-entries.ts';
import { sortIssues, type ContentIssue } from './issues.ts';
import { readSourceFile, type SourceFile } from './source-file.ts';

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

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

function listFiles(dir: string, extensions: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.test(entry.name))
    .map((entry) => join(dir, entry.name))
    .sort();
}

function read(path: string, rootDir: string, kind: 'yaml' | 'mdx'): SourceFile {
  return readSourceFile(relative(rootDir, path) || path, readFileSync(path, 'utf8'), kind);
}

function loadCollection<T>(
  dir: string,
  extensions: RegExp,
  kind: 'yaml' | 'mdx',
  schema: Parameters<typeof parseWithSchema>[0],
  rootDir: string,
  issues: ContentIssue[],
): LoadedEntry<T>[] {
  return listFiles(dir, extensions).map((path) => {
    const source = read(path, rootDir, kind);
    issues.push(...source.problems, ...checkIdFormat(source));
    const parsed = parseWithSchema(schema, source);
    issues.push(...parsed.issues);
    if (kind === 'mdx') issues.push(...checkBodyLinks(source));
    const raw = source.data !== null && typeof source.data === 'object' ? (source.data as Record<string, unknown>) : {};
    return { id: idFromFile(path), source, data: parsed.data as T | undefined, raw };
  });
}

/** Entries whose schema check passed, for the build and the reports. */
function valid<T>(entries: LoadedEntry<T>[]): ParsedEntry<T>[] {
  return entries.flatMap((entry) => (entry.data === undefined ? [] : [{ id: entry.id, source: entry.source, data: entry.data }]));
}

export function validateContent({ contentDir, rootDir = process.cwd(), now = new Date() }: ValidateOptions): ValidationResult {
  const issues: ContentIssue[] = [];
  const rel = (path: string) => relative(rootDir, path) || path;

  // Site settings
  let site: SiteSettings | undefined;
  const sitePath = join(contentDir, 'site.yaml');
  if (existsSync(sitePath)) {
    const source = read(sitePath, rootDir, 'yaml');
    issues.push(...source.problems);
    const parsed = parseWithSchema(siteSchema, source);
    site = parsed.data;
    issues.push(...parsed.issues);
  } else {
    issues.push({ file: rel(sitePath), field: '(tiedosto)', severity: 'error', message: 'Sivuston asetukset puuttuvat. Luo tiedosto site.yaml sisältökansioon.' });
  }

  // Areas: exactly the seven fixed ids.
  const areas = loadCollection<LifeAreaData>(join(contentDir, 'areas'), /\.ya?ml$/, 'yaml', areaSchema, rootDir, issues);
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
      issues.push({ file: rel(join(contentDir, 'areas', `${id}.yaml`)), field: '(tiedosto)', severity: 'error', message: `Elämänalue "${id}" puuttuu. Lisää tiedosto ${id}.yaml.` });
    }
  }

  // Providers
  const providers = loadCollection<ProviderData>(join(contentDir, 'providers'), /\.ya?ml$/, 'yaml', providerSchema, rootDir, issues);
  issues.push(...checkDuplicates(providers, 'name'));
  const providerIds = new Set(providers.map((provider) => provider.id));
  if (site && !providerIds.has(site.organisationProvider)) {
    issues.push(...checkReference(read(sitePath, rootDir, 'yaml'), ['organisationProvider'], site.organisationProvider, providerIds, 'Toimija', 'content/providers'));
  }

  // Services: cross-entry checks read the raw data, so they run even where the schema failed.
  const services = loadCollection<ServiceData>(join(contentDir, 'services'), /\.mdx?$/, 'mdx', serviceSchema, rootDir, issues);
  issues.push(...checkDuplicates(services, 'title'));
  const serviceIds = new Set(services.map((service) => service.id));
  for (const { id, source, data, raw } of services) {
    const provider = rawString(raw, 'provider');
    if (provider !== undefined) issues.push(...checkReference(source, ['provider'], provider, providerIds, 'Toimija', 'content/providers'));
    rawStrings(raw, 'related').forEach((target, index) => {
      if (target === undefined) return;
      issues.push(...checkReference(source, ['related', index], target, serviceIds, 'Liittyvä palvelu', 'content/services'));
      if (target === id) {
        issues.push({ file: source.file, line: source.lineOf(['related', index]), field: `related[${index}]`, severity: 'error', message: 'Palvelu viittaa itseensä. Poista oma tunniste liittyvistä palveluista.' });
      }
    });
    if (site) issues.push(...checkMunicipalities(source, rawStrings(raw, 'municipalities'), site.municipalities));
    issues.push(...checkFiller(source, ['title', 'summary', 'forWhom', 'plainSummary'].map((key) => rawString(raw, key) ?? '')));
    if (!data) continue;
    if (data.keywords.length === 0) {
      issues.push({ file: source.file, line: source.lineOf(['title']), field: 'keywords', severity: 'warning', message: 'Hakusanat puuttuvat. Lisää sanoja, joilla ihmiset etsivät palvelua (arkikieli, taivutusmuodot).' });
    }
    if (now.getTime() - data.lastReviewed.getTime() > YEAR_MS) {
      issues.push({ file: source.file, line: source.lineOf(['lastReviewed']), field: 'lastReviewed', severity: 'warning', message: 'Tietoja ei ole tarkistettu yli vuoteen. Tarkista palvelun tiedot ja päivitä päivämäärä.' });
    }
  }

  // Pages, questions and news: schema, safe links and no filler.
  for (const [folder, schema, titleField] of [
    ['pages', pageSchema, 'title'],
    ['faq', faqSchema, 'question'],
    ['news', newsSchema, 'title'],
  ] as const) {
    const entries = loadCollection<unknown>(join(contentDir, folder), /\.mdx?$/, 'mdx', schema, rootDir, issues);
    issues.push(...checkDuplicates(entries, titleField));
    for (const { source } of entries) issues.push(...checkFiller(source, []));
    if (folder === 'pages') {
      const present = new Set(entries.map((entry) => entry.id));
      for (const id of REQUIRED_PAGES.filter((page) => !present.has(page))) {
        issues.push({ file: rel(join(contentDir, 'pages', `${id}.mdx`)), field: '(tiedosto)', severity: 'error', message: `Pakollinen sivu "${id}" puuttuu. Se on linkitetty jokaiselta sivulta; lisää tiedosto ${id}.mdx.` });
      }
    }
  }

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
