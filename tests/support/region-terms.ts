// What names a region: the ids of its content entries, its places and its organisations, read from
// its content folder. Two tests use it: no module in src/ may name a region (tests/unit/
// region-free-source.test.ts), and a second region's built pages may not mention the first
// (tests/e2e/region/no-leak.spec.ts).
import { existsSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { AREA_IDS } from '../../src/schemas/area.ts';
import { CHANNEL_TYPES } from '../../src/schemas/channel.ts';
import { PROVIDER_TYPES } from '../../src/schemas/provider.ts';
import { ACCESS_ROUTES, AUDIENCES, COST_TYPES } from '../../src/schemas/service.ts';
import { REQUIRED_PAGES } from '../../src/lib/required-pages.ts';
import { contentData } from './content-files.ts';

export interface RegionTerms {
  /** File ids of services, providers, paths, models, news and FAQ entries. */
  ids: string[];
  /** The region's names, municipalities and the places of its operating models. */
  places: string[];
  /** The publishing organisation and the providers' names. */
  organisations: string[];
}

/**
 * Words of the product's own model: the seven life areas, the schema's enumerations and the pages
 * every region must have. An entry whose id is one of them (the provider "kela" is also the access
 * route "kela") names the model, not the region.
 */
const MODEL_WORDS = new Set<string>([
  ...AREA_IDS,
  ...AUDIENCES,
  ...ACCESS_ROUTES,
  ...COST_TYPES,
  ...PROVIDER_TYPES,
  ...CHANNEL_TYPES,
  ...REQUIRED_PAGES,
  ...routeSegments(join(import.meta.dirname, '..', '..', 'src', 'pages')),
]);

/** The site's own address parts ("tunnista-tuen-tarve" is a route, even if an FAQ entry shares it). */
function routeSegments(pages: string): string[] {
  return readdirSync(pages, { recursive: true, withFileTypes: true })
    .map((entry) => basename(entry.name, extname(entry.name)))
    .filter((name) => /^[a-z0-9-]+$/.test(name));
}

const ENTRY_FOLDERS = ['services', 'providers', 'paths', 'models', 'news', 'faq'] as const;

function entryFiles(dir: string, folder: string): string[] {
  const path = join(dir, folder);
  if (!existsSync(path)) return [];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(mdx?|ya?ml)$/.test(entry.name))
    .map((entry) => join(path, entry.name));
}

/** Site settings and entries are read as the validator reads them. */
const frontmatter = (file: string) => contentData(file);

const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value !== null && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

export function regionTerms(dir: string): RegionTerms {
  const site = frontmatter(join(dir, 'site.yaml'));
  const ids = ENTRY_FOLDERS.flatMap((folder) => entryFiles(dir, folder).map((file) => basename(file, extname(file)))).filter(
    (id) => !MODEL_WORDS.has(id),
  );
  const models = entryFiles(dir, 'models').map(frontmatter);
  const places = [
    ...strings(site['regionName']),
    ...strings(site['regionInessive']),
    ...strings(site['regionNames']),
    ...strings(site['municipalities']),
    ...models.flatMap((model) => strings(model['place'])),
  ];
  const providers = entryFiles(dir, 'providers').filter((file) => !MODEL_WORDS.has(basename(file, extname(file))));
  const organisations = [...strings(site['organisation']), ...providers.flatMap((file) => strings(frontmatter(file)['name']))];
  const unique = (values: string[]) => [...new Set(values.map((value) => value.trim()).filter(Boolean))];
  return { ids: unique(ids), places: unique(places), organisations: unique(organisations) };
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A place name with its Finnish case endings: the word without its last letters, so "Lappeenranta"
 * also finds "Lappeenrannan" and "Imatra" "Imatralla". Short names are matched whole.
 */
function placeStem(name: string): string {
  if (name.length >= 7) return name.slice(0, -2);
  if (name.length >= 5) return name.slice(0, -1);
  return name;
}

/** Every term of `terms` that `text` names, as it is written in `terms`. */
export function findRegionTerms(text: string, terms: RegionTerms): string[] {
  const found: string[] = [];
  const test = (pattern: string, term: string) => {
    if (new RegExp(pattern, 'iu').test(text)) found.push(term);
  };
  for (const id of terms.ids) test(`(?<![\\p{L}\\d-])${escape(id)}(?![\\p{L}\\d-])`, id);
  for (const place of terms.places) test(`(?<![\\p{L}])${escape(placeStem(place))}`, place);
  for (const organisation of terms.organisations) test(`(?<![\\p{L}])${escape(organisation)}(?![\\p{L}])`, organisation);
  return found;
}
