// Checks that look at one schema in isolation (safeParse with Finnish messages) and checks that look
// across entries (dangling references, duplicates, unsafe links). Pure: no file system access.
import type { z } from 'astro/zod';
import { NATIONAL, WHOLE_REGION } from '../../schemas/service.ts';
import { ID_PATTERN, SAFE_SCHEMES } from '../../schemas/common.ts';
import { expandIssue, finnishMessage, formatFieldPath, type ContentIssue } from './issues.ts';
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
export function parseWithSchema<T extends z.ZodType>(
  schema: T,
  source: SourceFile,
): { data?: z.output<T>; issues: ContentIssue[] } {
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
  const result = schema.safeParse(source.data);
  if (result.success) return { data: result.data, issues: [] };
  return {
    issues: result.error.issues.flatMap(expandIssue).map(({ path, issue }) => ({
      file: source.file,
      line: source.lineOf(path),
      field: formatFieldPath(path),
      severity: 'error' as const,
      message: finnishMessage(issue, source.data),
    })),
  };
}

/** The id of a file: its name without the extension. Non-kebab-case names are reported. */
export function idFromFile(file: string): string {
  const name = file.split('/').pop() ?? file;
  return name.replace(/\.(mdx|md|ya?ml)$/i, '');
}

export function checkIdFormat(source: SourceFile): ContentIssue[] {
  const id = idFromFile(source.file);
  if (ID_PATTERN.test(id)) return [];
  return [
    {
      file: source.file,
      line: 1,
      field: '(tiedostonimi)',
      severity: 'error',
      message: `Tiedostonimi "${id}" ei kelpaa tunnisteeksi. Käytä pieniä kirjaimia a–z, numeroita ja väliviivoja (ä → a, ö → o), esimerkiksi ${suggestId(id)}.`,
    },
  ];
}

/** Suggests a kebab-case id for a name: "Työkyvyn tuki" → "tyokyvyn-tuki". */
export function suggestId(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Two files whose ids collide (foo.md and foo.mdx), or two entries with the same title. */
export function checkDuplicates(entries: LoadedEntry<unknown>[], titleField: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const byId = new Map<string, LoadedEntry<unknown>>();
  const byTitle = new Map<string, LoadedEntry<unknown>>();
  for (const entry of entries) {
    const sameId = byId.get(entry.id);
    if (sameId) {
      issues.push({
        file: entry.source.file,
        line: 1,
        field: '(tunniste)',
        severity: 'error',
        message: `Tunniste "${entry.id}" on jo käytössä tiedostossa ${sameId.source.file}. Nimeä toinen tiedosto uudelleen.`,
      });
    } else byId.set(entry.id, entry);
    const title = rawString(entry.raw, titleField)?.trim().toLocaleLowerCase('fi');
    if (!title) continue;
    const sameTitle = byTitle.get(title);
    if (sameTitle) {
      issues.push({
        file: entry.source.file,
        line: entry.source.lineOf([titleField]),
        field: titleField,
        severity: 'error',
        message: `Sama nimi on jo tiedostossa ${sameTitle.source.file}. Anna palvelulle nimi, josta sen erottaa toisesta.`,
      });
    } else byTitle.set(title, entry);
  }
  return issues;
}

/** A reference (provider, related service …) to an id that does not exist. */
export function checkReference(
  source: SourceFile,
  path: readonly PropertyKey[],
  target: string,
  known: ReadonlySet<string>,
  what: string,
  folder: string,
): ContentIssue[] {
  if (known.has(target)) return [];
  const close = [...known].filter((id) => id.startsWith(target.slice(0, 4))).slice(0, 3);
  return [
    {
      file: source.file,
      line: source.lineOf(path),
      field: formatFieldPath(path),
      severity: 'error',
      message: `${what} "${target}" ei löydy kansiosta ${folder}. Tarkista tunniste${close.length > 0 ? ` (lähellä: ${close.join(', ')})` : ''} tai lisää puuttuva tiedosto.`,
    },
  ];
}

/** Municipalities must be the region's own, "koko alue" or "valtakunnallinen". */
export function checkMunicipalities(source: SourceFile, values: readonly (string | undefined)[], regionMunicipalities: readonly string[]): ContentIssue[] {
  const allowed = new Set([...regionMunicipalities, WHOLE_REGION, NATIONAL]);
  return values.flatMap((value, index) =>
    value === undefined || allowed.has(value)
      ? []
      : [
          {
            file: source.file,
            line: source.lineOf(['municipalities', index]),
            field: `municipalities[${index}]`,
            severity: 'error' as const,
            message: `Tuntematon kunta "${value}". Käytä alueen kuntia (${regionMunicipalities.join(', ')}), "${WHOLE_REGION}" tai "${NATIONAL}".`,
          },
        ],
  );
}

const LINK_IN_BODY = /\]\(\s*<?([^)\s>]+)|\b(?:href|src)\s*=\s*["'{]\s*["']?([^"'}\s]+)/g;

/** Links in the MDX body may only use safe schemes or point inside the site. */
export function checkBodyLinks(source: SourceFile): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const lines = source.body.split('\n');
  lines.forEach((lineText, index) => {
    for (const match of lineText.matchAll(LINK_IN_BODY)) {
      const target = (match[1] ?? match[2] ?? '').trim();
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target)?.[1]?.toLowerCase();
      if (scheme && !(SAFE_SCHEMES as readonly string[]).includes(`${scheme}:`)) {
        issues.push({
          file: source.file,
          line: source.bodyStartLine + index,
          field: '(sisältö)',
          severity: 'error',
          message: `Linkin osoite "${target.slice(0, 60)}" ei kelpaa: sallittuja ovat https:, http:, mailto: ja tel: sekä sivuston omat osoitteet (/palvelut/…).`,
        });
      }
    }
  });
  return issues;
}

/** Filler from the seed mock-up and lorem ipsum must never be published. */
const FILLER = [/lorem ipsum/i, /tarjoaa laulua ja soittoa/i, /dolor sit amet/i];

export function checkFiller(source: SourceFile, texts: readonly string[]): ContentIssue[] {
  const all = [source.body, ...texts].join('\n');
  const hit = FILLER.find((pattern) => pattern.test(all));
  return hit
    ? [
        {
          file: source.file,
          line: 1,
          field: '(sisältö)',
          severity: 'error',
          message: `Tiedostossa on täytetekstiä (${hit.source.replace(/\\/g, '')}). Kirjoita tilalle palvelun oikea kuvaus.`,
        },
      ]
    : [];
}
