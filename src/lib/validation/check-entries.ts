// Checks that look at one schema in isolation (safeParse with Finnish messages) and checks that look
// across entries (dangling references, duplicates, unsafe links). Pure: no file system access.
import type { z } from 'astro/zod';
import { mdxToMdast } from 'satteri';
import { normalisePhone } from '../../schemas/channel.ts';
import { ID_PATTERN, SAFE_SCHEMES } from '../../schemas/common.ts';
import { NATIONAL, WHOLE_REGION } from '../../schemas/service.ts';
import { fieldNamesAt, similarIds } from './field-names.ts';
import { expandIssue, finnishMessage, formatFieldPath, WHOLE_FILE, type ContentIssue } from './issues.ts';
import { isVagueLinkText } from './link-text.ts';
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

/**
 * Two files whose ids collide (foo.md and foo.mdx), or two entries with the same title. Each file
 * of a clash gets its own problem naming the others, so whichever file an editor opens shows it.
 */
export function checkDuplicates(entries: LoadedEntry<unknown>[], titleField: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const clashes = (key: (entry: LoadedEntry<unknown>) => string | undefined) => {
    const groups = new Map<string, LoadedEntry<unknown>[]>();
    for (const entry of entries) {
      const value = key(entry);
      if (value) groups.set(value, [...(groups.get(value) ?? []), entry]);
    }
    return [...groups.values()].filter((group) => group.length > 1);
  };
  const others = (group: LoadedEntry<unknown>[], entry: LoadedEntry<unknown>) =>
    group
      .filter((other) => other !== entry)
      .map((other) => other.source.file)
      .join(', ');
  for (const group of clashes((entry) => entry.id)) {
    for (const entry of group) {
      issues.push({
        file: entry.source.file,
        line: 1,
        field: '(tunniste)',
        severity: 'error',
        message: `Tunniste "${entry.id}" on käytössä myös tiedostossa ${others(group, entry)}. Jokaisella tiedostolla on oma nimi: poista ylimääräinen tai nimeä toinen uudelleen.`,
      });
    }
  }
  for (const group of clashes((entry) => rawString(entry.raw, titleField)?.trim().toLocaleLowerCase('fi'))) {
    for (const entry of group) {
      issues.push({
        file: entry.source.file,
        line: entry.source.lineOf([titleField]),
        field: titleField,
        severity: 'error',
        message: `Sama nimi on myös tiedostossa ${others(group, entry)}. Anna nimi, josta ne erottaa toisistaan (esimerkiksi kunta tai kohderyhmä nimeen).`,
      });
    }
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
  // A malformed id is already reported by the schema; a second "not found" would only be noise.
  if (known.has(target) || !ID_PATTERN.test(target)) return [];
  const close = similarIds(target, known);
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
export function checkMunicipalities(
  source: SourceFile,
  values: readonly (string | undefined)[],
  regionMunicipalities: readonly string[],
): ContentIssue[] {
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
const LINK_TEXT_IN_BODY = /(?<!!)\[([^\]\n]+)\]\(|<a\b[^>]*>([^<]*)<\/a>/g;

/**
 * Links in the MDX body: only safe schemes or addresses inside the site, working mailto: and tel:
 * targets, and link texts that say where the link goes.
 */
export function checkBodyLinks(source: SourceFile): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const at = (index: number, message: string) =>
    issues.push({ file: source.file, line: source.bodyStartLine + index, field: '(sisältö)', severity: 'error', message });
  source.body.split('\n').forEach((lineText, index) => {
    for (const match of lineText.matchAll(LINK_IN_BODY)) {
      const target = (match[1] ?? match[2] ?? '').trim();
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target)?.[1]?.toLowerCase();
      if (scheme && !(SAFE_SCHEMES as readonly string[]).includes(`${scheme}:`)) {
        at(
          index,
          `Linkin osoite "${target.slice(0, 60)}" ei kelpaa: sallittuja ovat https:, http:, mailto: ja tel: sekä sivuston omat osoitteet (/palvelut/…).`,
        );
      } else if (
        scheme === 'mailto' &&
        !/^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i.test(decodeSafely(target.slice(7).split('?')[0] ?? ''))
      ) {
        at(index, `Sähköpostilinkin osoite "${target.slice(0, 60)}" ei ole kelvollinen. Muoto on mailto:nimi@organisaatio.fi.`);
      } else if (scheme === 'tel' && normalisePhone(decodeSafely(target.slice(4))) === undefined) {
        at(index, `Puhelinlinkin numero "${target.slice(0, 40)}" ei ole suomalainen numero. Muoto on tel:+358290413170.`);
      }
    }
    for (const match of lineText.matchAll(LINK_TEXT_IN_BODY)) {
      const text = match[1] ?? match[2] ?? '';
      if (isVagueLinkText(text)) {
        at(
          index,
          `Linkin teksti "${text.trim()}" ei kerro, mihin linkki vie. Kirjoita linkkiin kohteen nimi, esimerkiksi [Kelan työkyvyttömyyseläke](https://www.kela.fi/…).`,
        );
      }
    }
  });
  return issues;
}

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The MDX body must compile: Astro renders .mdx with satteri, and a stray `{`, an HTML comment
 * or an e-mail address in <angle brackets> stops the whole build with an English message.
 */
export function checkMdxBody(source: SourceFile): ContentIssue[] {
  if (!/\.mdx$/i.test(source.file) || source.body.trim() === '') return [];
  try {
    mdxToMdast(source.body, { features: { gfm: true } });
    return [];
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const position = /^(\d+):(\d+)/.exec(text);
    const line = position ? source.bodyStartLine + Number(position[1]) - 1 : source.bodyStartLine;
    return [{ file: source.file, line, field: '(sisältö)', severity: 'error', message: describeMdxError(text) }];
  }
}

/** A Finnish explanation of an MDX syntax error, with the usual fix. */
export function describeMdxError(message: string): string {
  if (/comment/i.test(message) && /`!`/.test(message)) {
    return 'HTML-kommentti <!-- … --> ei toimi MDX-tiedostossa. Poista kommentti tai kirjoita se muotoon {/* kommentti */}.';
  }
  if (/to create a link in MDX/i.test(message)) {
    return 'Kulmasulkeissa < > oleva osoite ei toimi MDX-tiedostossa. Kirjoita linkki muotoon [Kelan verkkosivut](https://www.kela.fi/) tai sähköposti muotoon [nimi@esimerkki.fi](mailto:nimi@esimerkki.fi).';
  }
  if (/brace|expression/i.test(message)) {
    return 'Aaltosulje { tai } tekstissä sekoittaa MDX-muodon. Poista aaltosulkeet tai kirjoita niiden eteen kenoviiva: \\{ ja \\}.';
  }
  if (/closing tag|end tag|opening tag/i.test(message)) {
    return 'HTML-tagi jää sulkematta tai sulkeutuu väärin. Käytä Markdown-muotoilua (**lihavointi**, - luettelo) HTML-tagien sijaan.';
  }
  if (/before name|after `<`|JSX/i.test(message)) {
    return 'Merkki < aloittaa MDX-tiedostossa tagin. Kirjoita "alle" tai "vähemmän kuin", tai kirjoita merkin eteen kenoviiva: \\<.';
  }
  return `Tekstin muotoilu on rikki, eikä sivua voi koota. Tarkista rivin merkit < > { } (tekninen syy: ${message.replace(/\s*\(mdx[^)]*\)\s*$/, '').slice(0, 160)}).`;
}

/** Files in a collection folder that the site would silently ignore (wrong extension). */
export function checkFileName(file: string, extensions: readonly string[]): ContentIssue[] {
  const name = file.split('/').pop() ?? file;
  if (extensions.some((extension) => name.endsWith(extension))) return [];
  const id = suggestId(name.replace(/\.[^.]*$/, '').replace(/\.(mdx?|ya?ml)$/i, '')) || 'uusi-palvelu';
  return [
    {
      file,
      line: 1,
      field: '(tiedostonimi)',
      severity: 'error',
      message: `Tiedostoa ei julkaista, koska sen pääte ei ole ${extensions.join(' tai ')}. Nimeä tiedosto uudelleen, esimerkiksi ${id}${extensions[0] ?? ''}.`,
    },
  ];
}

/** Filler from the seed mock-up and lorem ipsum must never be published. */
const FILLER = [/lorem ipsum/i, /tarjoaa laulua ja soittoa/i, /dolor sit amet/i];

/** Marks the parts of the `npm run new:service` template that the editor must replace. */
export const TEMPLATE_PLACEHOLDER = 'TÄYTÄ';

export function checkFiller(source: SourceFile, texts: readonly string[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const all = [source.body, ...texts].join('\n');
  const hit = FILLER.find((pattern) => pattern.test(all));
  if (hit) {
    issues.push({
      file: source.file,
      line: 1,
      field: '(sisältö)',
      severity: 'error',
      message: `Tiedostossa on täytetekstiä (${hit.source.replace(/\\/g, '')}). Kirjoita tilalle palvelun oikea kuvaus.`,
    });
  }
  const bodyLine = source.body.split('\n').findIndex((line) => line.includes(TEMPLATE_PLACEHOLDER));
  if (bodyLine !== -1) {
    issues.push({
      file: source.file,
      line: source.bodyStartLine + bodyLine,
      field: '(sisältö)',
      severity: 'error',
      message: `Mallipohjan ohjeteksti (${TEMPLATE_PLACEHOLDER}: …) on vielä paikallaan. Kirjoita sen tilalle palvelun oma teksti.`,
    });
  }
  return issues;
}
