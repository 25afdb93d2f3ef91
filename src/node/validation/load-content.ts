// Reads a content folder as the content model (src/content-model.ts) describes it: each
// collection's folder, file patterns and schema. Returns the context the rules read and the
// problems found while reading: unreadable files, wrong extensions, broken YAML, schema errors,
// folders the site would ignore and a missing required file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import {
  CONTENT_MODEL,
  TRANSLATION_FOLDERS,
  type CollectionModel,
  type FolderCollection,
  type SingleFileCollection,
} from '../../content-model.ts';
import type { SiteSettings } from '../../schemas/site.ts';
import type { TranslatedLocale } from '../../schemas/translation.ts';
import { checkFileName } from '../../lib/validation/file-names.ts';
import { idFromFile, parseWithSchema, type LoadedEntry } from '../../lib/validation/parse-entry.ts';
import type { ContentContext } from '../../lib/validation/content-context.ts';
import { REGISTER_FILE } from '../../lib/validation/contact-register.ts';
import { fieldNamesAt } from '../../lib/validation/field-names.ts';
import { WHOLE_FILE, type ContentIssue } from '../../lib/validation/issues.ts';
import { readSourceFile, type SourceFile } from '../../lib/validation/source-file.ts';

export interface LoadOptions {
  /** Folder with areas/, providers/, services/ and site.yaml. */
  contentDir: string;
  /** Paths in messages are relative to this folder (the project root). */
  rootDir: string;
  now: Date;
}

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

export function loadContent({ contentDir, rootDir, now }: LoadOptions): { context: ContentContext; issues: ContentIssue[] } {
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

  /** Loads the files of one folder: file name, YAML and schema. */
  const loadFiles = (paths: readonly string[], model: FolderCollection, schema: z.ZodType): LoadedEntry<unknown>[] =>
    paths.flatMap((path) => {
      const nameProblems = checkFileName(rel(path), model.extensions);
      if (nameProblems.length > 0) {
        issues.push(...nameProblems);
        return [];
      }
      const source = read(path, model.kind);
      if (!source) return [];
      issues.push(...source.problems);
      const parsed = parseWithSchema(schema, source);
      issues.push(...parsed.issues);
      const raw =
        source.data !== null && typeof source.data === 'object' && !Array.isArray(source.data)
          ? (source.data as Record<string, unknown>)
          : {};
      return [{ id: idFromFile(path), source, data: parsed.data, raw }];
    });

  /**
   * A collection folder. A collection with translations has sv/ and en/ sub-folders; any other
   * sub-folder is reported, because the site would ignore it.
   */
  const loadFolder = (model: FolderCollection) => {
    const dir = join(contentDir, model.folder);
    const { files, folders } = listFolder(dir);
    const entries = loadFiles(files, model, model.schema);
    const translated = new Map<TranslatedLocale, LoadedEntry<unknown>[]>();
    const translations = model.translations ? CONTENT_MODEL[model.translations] : undefined;
    for (const sub of folders) {
      const locale = TRANSLATION_FOLDERS.find((folder) => folder === sub);
      if (translations && locale) {
        const before = issues.length;
        translated.set(locale, loadFiles(listFolder(join(dir, sub)).files, model, translations.schema));
        explainMasterOnlyFields(issues, before, fieldNamesAt(model.schema, []));
      } else {
        issues.push({
          file: rel(join(dir, sub)),
          field: '(kansio)',
          severity: 'error',
          message: translations
            ? `Kansiota "${sub}" ei julkaista. Käännökset kuuluvat kansioihin ${TRANSLATION_FOLDERS.map((folder) => `${model.folder}/${folder}/`).join(' ja ')}; siirrä tiedostot niihin tai suoraan kansioon ${model.folder}/.`
            : `Kansiota "${sub}" ei julkaista. Siirrä tiedostot suoraan kansioon ${model.folder}/.`,
        });
      }
    }
    return { entries, translated };
  };

  /** A single-file collection (site.yaml, synonyms.yaml): validated when present, reported when required and missing. */
  const loadFile = (model: SingleFileCollection): { source?: SourceFile; data?: unknown } => {
    const path = model.names.map((name) => join(contentDir, name)).find((candidate) => existsSync(candidate));
    if (path === undefined) {
      if (model.required) {
        issues.push({
          file: rel(join(contentDir, model.names[0] ?? '')),
          field: WHOLE_FILE,
          severity: 'error',
          message: model.missing ?? `Tiedosto ${model.names[0] ?? ''} puuttuu. Luo se sisältökansioon.`,
        });
      }
      return {};
    }
    const source = read(path, model.kind);
    if (!source) return {};
    issues.push(...source.problems);
    const parsed = parseWithSchema(model.schema, source);
    issues.push(...parsed.issues);
    return { source, data: parsed.data };
  };

  // Every collection of the model, in its order; a collection added there is read here.
  const entries: Record<string, LoadedEntry<unknown>[]> = {};
  const translations: Record<string, Map<TranslatedLocale, LoadedEntry<unknown>[]>> = {};
  const files: Record<string, { source?: SourceFile; data?: unknown }> = {};
  for (const [name, model] of Object.entries(CONTENT_MODEL) as [string, CollectionModel][]) {
    if (model.form === 'folder') {
      const folder = loadFolder(model);
      entries[name] = folder.entries;
      if (model.translations) translations[name] = folder.translated;
    } else if (model.form === 'file') {
      files[name] = loadFile(model);
    }
  }
  const registerPath = join(contentDir, REGISTER_FILE);

  const context: ContentContext = {
    // The schemas of the model produced these types; loadFiles sees them as unknown.
    entries: entries as ContentContext['entries'],
    translations: translations as ContentContext['translations'],
    site: files['site']?.data as SiteSettings | undefined,
    siteSource: files['site']?.source,
    register: existsSync(registerPath) ? read(registerPath, 'yaml') : undefined,
    registerFile: rel(registerPath),
    texts: contentTexts(contentDir)
      .filter((path) => path !== registerPath)
      .map((path) => ({ file: rel(path), text: readFileSync(path, 'utf8') })),
    fileInContent: (path) => rel(join(contentDir, path)),
    now,
  };
  return { context, issues };
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
