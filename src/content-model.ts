// The content model: every collection of a region's content folder, in one list. Both readers are
// derived from it — src/content.config.ts turns each entry into an Astro collection, and the
// validator (src/node/validation/load-content.ts) reads the same folders with the same file
// patterns and schemas — so a collection added here is built and validated alike.
// Pure: imports only the schemas (no `astro:*`, no file system), so scripts and tests can use it.
import type { z } from 'astro/zod';
import { areaSchema } from './schemas/area.ts';
import { faqSchema, newsSchema, pageSchema } from './schemas/page.ts';
import { operatingModelSchema, servicePathSchema } from './schemas/path.ts';
import { providerSchema } from './schemas/provider.ts';
import { serviceSchema } from './schemas/service.ts';
import { siteSchema } from './schemas/site.ts';
import { synonymsSchema } from './schemas/synonyms.ts';
import { pageTranslationSchema, serviceTranslationSchema, TRANSLATED_LOCALES } from './schemas/translation.ts';

/** How a file is read: YAML as a whole, or Markdown/MDX with a YAML frontmatter block. */
export type FileKind = 'yaml' | 'mdx';

/** A collection with one entry per file in a folder; the file name is the entry's id. */
export interface FolderCollection {
  form: 'folder';
  /** Folder inside the content folder. */
  folder: string;
  /** Accepted file extensions; the first is the one suggested in messages. */
  extensions: readonly string[];
  kind: FileKind;
  schema: z.ZodType;
  /** The field that names an entry; two entries with the same value are reported. */
  titleField: string;
  /** sv/ and en/ sub-folders hold translations of the Finnish masters, as this collection. */
  translations?: TranslationCollectionName;
}

/** Translations sit in sv/ and en/ beside their Finnish masters; their ids are "sv/<id>", "en/<id>". */
export interface TranslationCollection {
  form: 'translations';
  /** The collection whose folder holds the sv/ and en/ sub-folders. */
  master: 'services' | 'pages';
  schema: z.ZodType;
}

/** A collection of a single file in the content folder root, which becomes one entry. */
export interface SingleFileCollection {
  form: 'file';
  /** Accepted file names; the first is the one the validator asks for. */
  names: readonly string[];
  kind: 'yaml';
  schema: z.ZodType;
  /** Whether a region must have the file; an optional one is only validated when present. */
  required: boolean;
  /** The validator's message when a required file is missing (Finnish, says how to fix it). */
  missing?: string;
  /** Id of the one entry. */
  entryId: string;
}

export type CollectionModel = FolderCollection | TranslationCollection | SingleFileCollection;

const MDX = ['.mdx', '.md'] as const;
const YAML = ['.yaml', '.yml'] as const;

/**
 * Every collection, in the order the validator reads them (a validator message's order depends on
 * nothing else: issues are sorted by file and line).
 */
export const CONTENT_MODEL = {
  // site.yaml holds the region's settings: municipalities, the organisation, what the front page features.
  site: {
    form: 'file',
    names: ['site.yaml'],
    kind: 'yaml',
    schema: siteSchema,
    required: true,
    entryId: 'site',
    missing: 'Sivuston asetukset puuttuvat. Luo tiedosto site.yaml sisältökansioon.',
  },
  areas: { form: 'folder', folder: 'areas', extensions: YAML, kind: 'yaml', schema: areaSchema, titleField: 'title' },
  providers: { form: 'folder', folder: 'providers', extensions: YAML, kind: 'yaml', schema: providerSchema, titleField: 'name' },
  // Services are written as plain Markdown (.md, first in messages); .mdx is still read.
  services: {
    form: 'folder',
    folder: 'services',
    extensions: ['.md', '.mdx'],
    kind: 'mdx',
    schema: serviceSchema,
    titleField: 'title',
    translations: 'serviceTranslations',
  },
  serviceTranslations: { form: 'translations', master: 'services', schema: serviceTranslationSchema },
  // Professionals: the service path(s) and the operating models (toimintamallit).
  paths: { form: 'folder', folder: 'paths', extensions: MDX, kind: 'mdx', schema: servicePathSchema, titleField: 'title' },
  models: { form: 'folder', folder: 'models', extensions: MDX, kind: 'mdx', schema: operatingModelSchema, titleField: 'title' },
  // Search synonyms (optional): content/synonyms.yaml becomes the single entry "synonyms".
  synonyms: {
    form: 'file',
    names: ['synonyms.yaml', 'synonyms.yml'],
    kind: 'yaml',
    schema: synonymsSchema,
    required: false,
    entryId: 'synonyms',
  },
  pages: {
    form: 'folder',
    folder: 'pages',
    extensions: MDX,
    kind: 'mdx',
    schema: pageSchema,
    titleField: 'title',
    translations: 'pageTranslations',
  },
  pageTranslations: { form: 'translations', master: 'pages', schema: pageTranslationSchema },
  faq: { form: 'folder', folder: 'faq', extensions: ['.md'], kind: 'mdx', schema: faqSchema, titleField: 'question' },
  news: { form: 'folder', folder: 'news', extensions: MDX, kind: 'mdx', schema: newsSchema, titleField: 'title' },
} as const satisfies Record<string, CollectionModel>;

export type TranslationCollectionName = 'serviceTranslations' | 'pageTranslations';

/** The locales of the translation sub-folders (sv/, en/). */
export const TRANSLATION_FOLDERS = TRANSLATED_LOCALES;

/** An Astro glob for a list of extensions: ['.md', '.mdx'] → "*.{md,mdx}", ['.md'] → "*.md". */
export function extensionGlob(extensions: readonly string[]): string {
  const names = extensions.map((extension) => extension.replace(/^\./, ''));
  return names.length === 1 ? `*.${names[0] ?? ''}` : `*.{${names.join(',')}}`;
}

/** A glob for a list of names: ['a.yaml', 'a.yml'] → "a.{yaml,yml}". */
export function namesGlob(names: readonly string[]): string {
  if (names.length === 1) return names[0] ?? '';
  const stem = names[0]?.replace(/\.[^.]*$/, '') ?? '';
  return `${stem}.{${names.map((name) => name.slice(stem.length + 1)).join(',')}}`;
}

/** Folder (relative to the content folder) and glob pattern that a collection's loader reads. */
export function collectionFiles(model: FolderCollection | TranslationCollection): { folder: string; pattern: string } {
  if (model.form === 'folder') return { folder: model.folder, pattern: extensionGlob(model.extensions) };
  const master = CONTENT_MODEL[model.master];
  return { folder: master.folder, pattern: `{${TRANSLATION_FOLDERS.join(',')}}/${extensionGlob(master.extensions)}` };
}
