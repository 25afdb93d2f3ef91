// Builds the validator's context (src/lib/validation/content-context.ts) from files held in memory,
// so each rule can be tested on a few fixture entries without a content folder on disk. Paths are
// relative to the content folder ("services/omaolo.mdx") and appear as such in the problems.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTENT_MODEL, TRANSLATION_FOLDERS, type CollectionModel, type FolderCollection } from '../../src/content-model.ts';
import type { SiteSettings } from '../../src/schemas/site.ts';
import type { TranslatedLocale } from '../../src/schemas/translation.ts';
import { REGISTER_FILE } from '../../src/lib/validation/contact-register.ts';
import type { ContentContext } from '../../src/lib/validation/content-context.ts';
import { idFromFile, parseWithSchema, type LoadedEntry } from '../../src/lib/validation/parse-entry.ts';
import { readSourceFile } from '../../src/lib/validation/source-file.ts';
import { BASE } from '../fixtures/broken/fixture.ts';

export type ContentFiles = Record<string, string>;

/** The minimal valid region of the validator tests (tests/fixtures/broken/base/), as files in memory. */
export function baseRegion(): ContentFiles {
  return Object.fromEntries(
    readdirSync(BASE, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(BASE, path).split('\\').join('/'), readFileSync(path, 'utf8')];
      }),
  );
}

/** The base region with some files replaced, added or (given as undefined) removed. */
export function regionWith(changes: Record<string, string | undefined>): ContentFiles {
  const files = { ...baseRegion(), ...changes };
  return Object.fromEntries(Object.entries(files).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

const entry = (path: string, text: string, model: FolderCollection, schema = model.schema): LoadedEntry<unknown> => {
  const source = readSourceFile(path, text, model.kind);
  const data: unknown = source.data;
  const raw = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return { id: idFromFile(path), source, data: parseWithSchema(schema, source).data, raw };
};

/** The context the rules would see for these files; `now` is fixed so freshness rules are repeatable. */
export function ruleContext(files: ContentFiles, now = new Date('2026-12-01T00:00:00Z')): ContentContext {
  const paths = Object.keys(files).sort();
  const inFolder = (folder: string, model: FolderCollection) =>
    paths.filter(
      (path) =>
        path.startsWith(`${folder}/`) &&
        !path.slice(folder.length + 1).includes('/') &&
        model.extensions.some((extension) => path.endsWith(extension)),
    );
  const entries: Record<string, LoadedEntry<unknown>[]> = {};
  const translations: Record<string, Map<TranslatedLocale, LoadedEntry<unknown>[]>> = {};
  for (const [name, model] of Object.entries(CONTENT_MODEL) as [string, CollectionModel][]) {
    if (model.form !== 'folder') continue;
    entries[name] = inFolder(model.folder, model).map((path) => entry(path, files[path] ?? '', model));
    if (!model.translations) continue;
    const schema = CONTENT_MODEL[model.translations].schema;
    translations[name] = new Map(
      TRANSLATION_FOLDERS.map((locale) => [
        locale,
        inFolder(`${model.folder}/${locale}`, model).map((path) => entry(path, files[path] ?? '', model, schema)),
      ]),
    );
  }
  const siteText = files['site.yaml'];
  const siteSource = siteText === undefined ? undefined : readSourceFile('site.yaml', siteText, 'yaml');
  const registerText = files[REGISTER_FILE];
  return {
    entries: entries as ContentContext['entries'],
    translations: translations as ContentContext['translations'],
    site: siteSource ? (parseWithSchema(CONTENT_MODEL.site.schema, siteSource).data as SiteSettings | undefined) : undefined,
    siteSource,
    register: registerText === undefined ? undefined : readSourceFile(REGISTER_FILE, registerText, 'yaml'),
    registerFile: REGISTER_FILE,
    texts: paths.filter((path) => path !== REGISTER_FILE).map((path) => ({ file: path, text: files[path] ?? '' })),
    fileInContent: (path) => path,
    now,
  };
}
