// Content problems as editors see them: `file:line: field — message`, in Finnish.
import type { z } from 'astro/zod';
import { suggestFieldName } from './field-names.ts';

export type Severity = 'error' | 'warning';

export interface ContentIssue {
  /** Path relative to the project root, e.g. content/services/palvelun-nimi.md. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  /** Field path as the editor writes it, e.g. channels[0].number; "(tiedosto)" for whole-file problems. */
  field: string;
  message: string;
  severity: Severity;
}

export const WHOLE_FILE = '(tiedosto)';

/** channels.0.number → channels[0].number */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return WHOLE_FILE;
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    // A key made of spaces or odd characters is shown in quotes, so the editor can see it.
    const name = /^[\p{L}\p{N}_$-]+$/u.test(String(key)) ? String(key) : JSON.stringify(String(key));
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

/**
 * Spreads an "unrecognised keys" issue into one issue per unknown key, so each points at its own
 * field and line; other issues pass through.
 */
export function expandIssue(issue: z.core.$ZodIssue): { path: PropertyKey[]; issue: z.core.$ZodIssue }[] {
  if (issue.code !== 'unrecognized_keys') return [{ path: [...issue.path], issue }];
  return issue.keys.map((key) => ({ path: [...issue.path, key], issue: { ...issue, keys: [key] } }));
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  const prefix = issue.severity === 'warning' ? 'varoitus: ' : '';
  return `${where}: ${issue.field} — ${prefix}${issue.message}`;
}

/** Sorts by file, then line, so the output reads top to bottom like the files. */
export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field));
}

export function summarise(issues: readonly ContentIssue[]): string {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  return `${errors} ${errors === 1 ? 'virhe' : 'virhettä'}, ${warnings} ${warnings === 1 ? 'varoitus' : 'varoitusta'}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Turns one zod issue into a Finnish sentence. Field-specific messages written in the schemas win;
 * this fills in the generic cases (a missing field, an unknown field, a wrong type).
 */
export function finnishMessage(issue: z.core.$ZodIssue, input: unknown, allowedFields: readonly string[] = []): string {
  const missing = valueAt(input, issue.path) === undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (missing) return `Pakollinen kenttä puuttuu. ${hintFor(issue.message)}`;
      return issue.message.startsWith('Invalid input') ? `Väärä tietotyyppi: odotettiin ${typeName(issue.expected)}.` : issue.message;
    case 'unrecognized_keys':
      return unknownFieldMessage(issue.keys[0] ?? '', allowedFields);
    case 'too_small':
      return issue.message.startsWith('Too small') ? `Arvo on liian pieni tai lyhyt (vähintään ${String(issue.minimum)}).` : issue.message;
    case 'too_big':
      return issue.message.startsWith('Too big') ? `Arvo on liian suuri tai pitkä (enintään ${String(issue.maximum)}).` : issue.message;
    default:
      return issue.message.startsWith('Invalid') ? 'Arvo ei kelpaa. Tarkista kentän ohje tiedostosta CONTRIBUTING.md.' : issue.message;
  }
}

function unknownFieldMessage(key: string, allowedFields: readonly string[]): string {
  const suggestion = suggestFieldName(key, allowedFields);
  if (suggestion)
    return `Tuntematon kenttä "${key}". Tarkoititko "${suggestion}"? Korjaa kentän nimi (kirjoitusasu ja isot kirjaimet ratkaisevat).`;
  const allowed = allowedFields.length > 0 ? ` Sallitut kentät tässä kohdassa: ${allowedFields.join(', ')}.` : '';
  return `Tuntematon kenttä "${key}". Tarkista kirjoitusasu tai poista kenttä.${allowed} Kentät on kuvattu ohjeessa CONTRIBUTING.md.`;
}

function hintFor(message: string): string {
  return message.startsWith('Invalid input') ? 'Lisää se; kentän ohje on tiedostossa CONTRIBUTING.md.' : message;
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'tekstiä',
    number: 'numeroa',
    boolean: 'arvoa true tai false',
    array: 'luetteloa',
    object: 'kenttäryhmää',
    date: 'päivämäärää',
  };
  return (Object.hasOwn(names, expected) ? names[expected] : undefined) ?? expected;
}
