// Reads one content file's YAML (a .yaml file or an MDX frontmatter block) and remembers where
// each field sits, so that problems can be reported with a line number. Never throws.
import { isCollection, LineCounter, parseDocument, type Document } from 'yaml';
import type { ContentIssue } from './issues.ts';
import { WHOLE_FILE } from './issues.ts';

export interface SourceFile {
  file: string;
  /** The parsed YAML, or undefined when it could not be read (the reason is in `problems`). */
  data: unknown;
  /** MDX body (empty for YAML files). */
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyStartLine: number;
  /** Line of a field path in the file; falls back to the closest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number;
  problems: ContentIssue[];
}

/**
 * The frontmatter block: `---` on the first line (blank lines before it are allowed, as Astro
 * allows them), the YAML, and a closing `---` on a line of its own. An empty block is fine.
 */
const FRONTMATTER = /^((?:[ \t]*\r?\n)*)---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;
const OPENING_ONLY = /^(?:[ \t]*\r?\n)*---[ \t]*(?:\r?\n|$)/;

const problem = (file: string, line: number, message: string): ContentIssue => ({
  file,
  line,
  field: WHOLE_FILE,
  severity: 'error',
  message,
});

/** Parses `source` (the file's text). `kind` tells whether YAML sits alone or in MDX frontmatter. */
export function readSourceFile(file: string, source: string, kind: 'yaml' | 'mdx'): SourceFile {
  const text = source.replace(/^\uFEFF/, '');
  let yamlText = text;
  let lineOffset = 0;
  let body = '';
  let bodyStartLine = 1;

  if (kind === 'mdx') {
    const match = FRONTMATTER.exec(text);
    if (!match) {
      const message = OPENING_ONLY.test(text)
        ? 'Tietolohkoa (frontmatter) ei ole suljettu. Lisää viimeisen kentän jälkeen oma rivi, jolla on vain kolme väliviivaa: ---'
        : 'Tiedoston alusta puuttuu tietolohko (frontmatter). Aloita tiedosto rivillä, jolla on vain kolme väliviivaa (---), kirjoita kentät ja sulje tietolohko toisella --- -rivillä.';
      return { file, data: undefined, body: text, bodyStartLine: 1, lineOf: () => 1, problems: [problem(file, 1, message)] };
    }
    yamlText = match[2] ?? '';
    // Lines before the YAML: blank lines and the opening ---.
    lineOffset = (match[1] ?? '').split('\n').length;
    body = text.slice(match[0].length);
    bodyStartLine = match[0].split('\n').length;
  }

  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch {
    return {
      file,
      data: undefined,
      body,
      bodyStartLine,
      lineOf: () => 1 + lineOffset,
      problems: [problem(file, 1 + lineOffset, 'YAML-muotoa ei voitu lukea. Tarkista kenttien sisennykset ja lainausmerkit.')],
    };
  }
  const yamlLine = (offset: number | undefined): number => {
    try {
      return lineCounter.linePos(offset ?? 0).line;
    } catch {
      return 1;
    }
  };

  const yamlLines = yamlText.split('\n');
  const problems: ContentIssue[] = doc.errors.map((error) => {
    const line = openingLine(yamlLines, error.message) ?? yamlLine(error.pos[0]);
    return problem(
      file,
      line + lineOffset,
      `YAML-muoto on rikki rivillä ${line + lineOffset}: ${describeYamlError(error.code, error.message, yamlLines[line - 1])}`,
    );
  });

  const lineOf = (path: readonly PropertyKey[]): number => {
    try {
      for (let depth = path.length; depth > 0; depth -= 1) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
        // For a key whose value is a collection, point at the key line, not the first item.
        const start = node?.range?.[0];
        if (start !== undefined) return (keyLine(doc, path.slice(0, depth), lineCounter) ?? yamlLine(start)) + lineOffset;
      }
    } catch {
      // A path through a scalar or an odd key: fall back to the top of the block.
    }
    return 1 + lineOffset;
  };

  let data: unknown;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 50 });
    } catch (error) {
      // toJS fails on an alias whose anchor is missing: in content that is nearly always a value
      // starting with * (Markdown emphasis) or &, which YAML reads as an alias or an anchor.
      const line = aliasLine(yamlText, error) + lineOffset;
      problems.push(problem(file, line, `YAML-muoto on rikki rivillä ${line}: ${SPECIAL_START}`));
    }
  }

  return { file, data, body, bodyStartLine, lineOf, problems };
}

function keyLine(doc: Document, path: readonly PropertyKey[], lineCounter: LineCounter): number | undefined {
  const parentPath = path.slice(0, -1) as unknown[];
  const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
  if (!isCollection(parent)) return undefined;
  const last = path[path.length - 1];
  for (const item of parent.items as unknown[]) {
    const pair = item as { key?: { value?: unknown; range?: [number, number, number] } };
    const key = pair.key;
    if (key && key.value === last && key.range) return lineCounter.linePos(key.range[0]).line;
  }
  return undefined;
}

/**
 * YAML notices a missing closing quote or bracket only where the text ends; the editor needs the
 * line where it was opened: the first line where that character is left unbalanced.
 */
function openingLine(lines: readonly string[], message: string): number | undefined {
  const quote = /Missing closing (["'])quote/.exec(message)?.[1];
  const bracket = /end with a ([\]}])/.exec(message)?.[1];
  if (quote) {
    const index = lines.findIndex((line) => line.split(quote).length % 2 === 0);
    return index === -1 ? undefined : index + 1;
  }
  if (bracket) {
    const open = bracket === ']' ? '[' : '{';
    const index = lines.findIndex((line) => line.split(open).length > line.split(bracket).length);
    return index === -1 ? undefined : index + 1;
  }
  return undefined;
}

/** The line of the first value that starts with * or & (the usual cause of an alias error). */
function aliasLine(yamlText: string, error: unknown): number {
  const name = error instanceof Error ? /:\s*(\S+)\s*$/.exec(error.message)?.[1] : undefined;
  const lines = yamlText.split('\n');
  const index = lines.findIndex((line) => (name !== undefined && line.includes(`*${name}`)) || /(?::|^\s*-)\s+[*&]/.test(line));
  return index === -1 ? 1 : index + 1;
}

const SPECIAL_START =
  'arvo alkaa merkillä *, & tai !, joilla on YAMLissa erityismerkitys. Kirjoita arvo lainausmerkkeihin, esimerkiksi title: "*Uusi* palvelu", tai poista merkit.';

/** A Finnish explanation of a YAML parse error, with the usual fix. `lineText` is the YAML line. */
export function describeYamlError(code: string, message = '', lineText = ''): string {
  if (/(?::|^\s*-)\s+[*&!]/.test(lineText)) return SPECIAL_START;
  if (code === 'BLOCK_AS_IMPLICIT_KEY' && message.startsWith('Nested mappings')) {
    return 'arvossa on kaksoispiste ja välilyönti (": "), jotka YAML lukee uudeksi kentäksi. Kirjoita arvo lainausmerkkeihin, esimerkiksi title: "Työ: tukea arkeen".';
  }
  const messages: Record<string, string> = {
    DUPLICATE_KEY: 'sama kenttä on kirjoitettu kahdesti. Poista toinen tai yhdistä niiden sisältö.',
    BAD_INDENT: 'sisennys on väärä. Saman tason kentät alkavat samasta sarakkeesta; luettelon rivit alkavat "  - ".',
    MISSING_CHAR: 'merkki puuttuu: tarkista, että lainausmerkit ja hakasulkeet [ ] suljetaan ja että kentän nimen perässä on kaksoispiste.',
    BLOCK_AS_IMPLICIT_KEY: 'kentän nimen jälkeen puuttuu kaksoispiste tai rivi on katkennut. Muoto on nimi: arvo.',
    MULTILINE_IMPLICIT_KEY:
      'rivillä ei ole kaksoispistettä, tai edellinen rivi jatkuu väärin. Muoto on nimi: arvo; pitkä teksti jatkuu sisennettynä seuraavalle riville.',
    UNEXPECTED_TOKEN: 'odottamaton merkki. Jos arvossa on erikoismerkkejä ([ ] { } # : ,), kirjoita arvo lainausmerkkeihin.',
    TAB_AS_INDENT: 'sisennyksessä on sarkain (Tab). Käytä sisennykseen välilyöntejä.',
    BAD_SCALAR_START: 'arvo alkaa merkillä, jolla on YAMLissa erityismerkitys (@ ` %). Kirjoita arvo lainausmerkkeihin.',
    BAD_DQ_ESCAPE: "lainausmerkeissä on kenoviiva (\\), jota ei voi lukea. Poista kenoviiva tai käytä heittomerkkejä '…'.",
    UNEXPECTED_FLOW_CLOSE: 'hakasulje ] tai aaltosulje } ilman alkuparia. Tarkista luettelon sulkeet.',
  };
  return (
    (Object.hasOwn(messages, code) ? messages[code] : undefined) ??
    `rakennetta ei voi lukea (${code}). Tarkista rivin sisennys, kaksoispisteet ja lainausmerkit.`
  );
}
