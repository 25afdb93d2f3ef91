// One entry as the validator reads it: the file, its raw data and (when the schema passed) its
// parsed data, with the schema check that turns zod's issues into Finnish problems. Pure.
import type { z } from 'astro/zod';
import { fieldNamesAt } from './field-names.ts';
import { expandIssue, finnishMessage, formatFieldPath, WHOLE_FILE, type ContentIssue } from './issues.ts';
import type { SourceFile } from './source-file.ts';

export interface ParsedEntry<T> {
  id: string;
  source: SourceFile;
  data: T;
}

/** A file whose schema check may have failed: cross-entry checks still read what they can. */
export interface LoadedEntry<T> {
  id: string;
  source: SourceFile;
  data?: T | undefined;
  raw: Record<string, unknown>;
}

/** Reads a string field from unvalidated data, for checks that run even when the schema failed. */
export function rawString(raw: Record<string, unknown>, key: string): string | undefined {
  const value = raw[key];
  return typeof value === 'string' ? value : undefined;
}

/** Reads a list of strings from unvalidated data; other items are left to the schema to report. */
export function rawStrings(raw: Record<string, unknown>, key: string): (string | undefined)[] {
  const value = raw[key];
  return Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item : undefined)) : [];
}

/** Validates one file's data; returns the parsed value or the issues, never throws. */
export function parseWithSchema<T extends z.ZodType>(schema: T, source: SourceFile): { data?: z.output<T>; issues: ContentIssue[] } {
  if (source.data === undefined) return { issues: [] }; // YAML was broken; already reported.
  if (source.data === null || typeof source.data !== 'object' || Array.isArray(source.data)) {
    return {
      issues: [
        {
          file: source.file,
          line: 1,
          field: '(tiedosto)',
          severity: 'error',
          message: 'Tiedostossa pitää olla kenttiä muodossa nimi: arvo. Nyt se on tyhjä tai väärää muotoa.',
        },
      ],
    };
  }
  let result: z.ZodSafeParseResult<z.output<T>>;
  try {
    result = schema.safeParse(source.data) as z.ZodSafeParseResult<z.output<T>>;
  } catch {
    return {
      issues: [
        {
          file: source.file,
          line: 1,
          field: WHOLE_FILE,
          severity: 'error',
          message:
            'Tiedoston kenttiä ei voitu tarkistaa. Vertaa tiedostoa toimivaan esimerkkiin ja katso kenttien ohjeet CONTRIBUTING.md:stä.',
        },
      ],
    };
  }
  if (result.success) return { data: result.data, issues: [] };
  return {
    issues: result.error.issues.flatMap(expandIssue).map(({ path, issue }) => ({
      file: source.file,
      line: source.lineOf(path),
      field: formatFieldPath(path),
      severity: 'error' as const,
      message: finnishMessage(issue, source.data, issue.code === 'unrecognized_keys' ? fieldNamesAt(schema, issue.path) : []),
    })),
  };
}

/** The id of a file: its name without the extension. Non-kebab-case names are reported. */
export function idFromFile(file: string): string {
  const name = file.split('/').pop() ?? file;
  return name.replace(/\.(mdx|md|ya?ml)$/i, '');
}
