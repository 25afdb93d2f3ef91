// What every validator rule reads: the parsed entries of every collection of the content model,
// the site settings and the other texts of the content folder. Built by load-content.ts from the
// files, or by the rule tests from fixture entries; the rules themselves never touch the file system.
import type { z } from 'astro/zod';
import type { CONTENT_MODEL } from '../../content-model.ts';
import type { SiteSettings } from '../../schemas/site.ts';
import type { TranslatedLocale } from '../../schemas/translation.ts';
import type { LoadedEntry } from './parse-entry.ts';
import type { ContentIssue } from './issues.ts';
import type { SourceFile } from './source-file.ts';

type Model = typeof CONTENT_MODEL;
/** The collections with one file per entry in a folder (services, providers, pages …). */
export type FolderName = { [K in keyof Model]: Model[K] extends { form: 'folder' } ? K : never }[keyof Model];
/** The data type a collection's schema produces. */
export type EntryData<K extends keyof Model> = z.output<Model[K]['schema']>;

export interface ContentContext {
  /** Entries of each folder collection, whether or not their schema check passed. */
  entries: { [K in FolderName]: LoadedEntry<EntryData<K>>[] };
  /** Translations of services and pages per locale (content/services/sv/ …). */
  translations: { services: Map<TranslatedLocale, LoadedEntry<unknown>[]>; pages: Map<TranslatedLocale, LoadedEntry<unknown>[]> };
  /** site.yaml: the parsed settings (when valid) and the file, for line numbers. */
  site?: SiteSettings | undefined;
  siteSource?: SourceFile | undefined;
  /** The contact-source register (content/contact-sources.yaml), when present. */
  register?: SourceFile | undefined;
  /** Path of the register in messages, whether or not it exists. */
  registerFile: string;
  /** Every other text file of the content folder, for the register rule. */
  texts: { file: string; text: string }[];
  /** Path of a file in the content folder as messages show it ("content/pages/tietoa.mdx"). */
  fileInContent(path: string): string;
  /** "Now" for freshness warnings. */
  now: Date;
}

/** One named rule of the validator: reads the context, returns its problems (never throws). */
export interface ContentRule {
  name: string;
  check(context: ContentContext): ContentIssue[];
}

/** Every entry file of the folder collections and their translations, for per-file rules. */
export function allEntries(context: ContentContext): LoadedEntry<unknown>[] {
  const masters: LoadedEntry<unknown>[] = Object.values(context.entries).flat();
  const translated = [...context.translations.services.values(), ...context.translations.pages.values()].flat();
  return [...masters, ...translated];
}
