// Reads one content file's YAML (a .yaml file or an MDX frontmatter block) and remembers where
// each field sits, so that problems can be reported with a line number.
import { isCollection, LineCounter, parseDocument, type Document } from 'yaml';
import type { ContentIssue } from './issues.ts';
import { WHOLE_FILE } from './issues.ts';

export interface SourceFile {
  file: string;
  data: unknown;
  /** MDX body (empty for YAML files). */
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyStartLine: number;
  /** Line of a field path in the file; falls back to the closest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number;
  problems: ContentIssue[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?/;

/** Parses `source` (the file's text). `kind` tells whether YAML sits alone or in MDX frontmatter. */
export function readSourceFile(file: string, source: string, kind: 'yaml' | 'mdx'): SourceFile {
  let yamlText = source;
  let lineOffset = 0;
  let body = '';
  let bodyStartLine = 1;
  const problems: ContentIssue[] = [];

  if (kind === 'mdx') {
    const match = FRONTMATTER.exec(source.replace(/^\uFEFF/, ''));
    if (!match) {
      problems.push({
        file,
        line: 1,
        field: WHOLE_FILE,
        severity: 'error',
        message: 'Tiedoston alusta puuttuu tietolohko (frontmatter). Aloita tiedosto rivillä --- ja sulje tietolohko toisella --- -rivillä.',
      });
      return { file, data: undefined, body: source, bodyStartLine: 1, lineOf: () => 1, problems };
    }
    yamlText = match[1] ?? '';
    lineOffset = 1;
    body = source.slice(match[0].length);
    bodyStartLine = match[0].split('\n').length;
  }

  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  for (const error of doc.errors) {
    const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
    problems.push({
      file,
      line: line + lineOffset,
      field: WHOLE_FILE,
      severity: 'error',
      message: `YAML-muoto on rikki: ${describeYamlError(error.code)} Tarkista rivin sisennys, kaksoispisteet ja lainausmerkit.`,
    });
  }

  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let depth = path.length; depth > 0; depth -= 1) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      // For a key whose value is a collection, point at the key line, not the first item.
      const start = node?.range?.[0];
      if (start !== undefined) {
        const pairLine = keyLine(doc, path.slice(0, depth), lineCounter);
        return (pairLine ?? lineCounter.linePos(start).line) + lineOffset;
      }
    }
    return 1 + lineOffset;
  };

  return { file, data: doc.errors.length > 0 ? undefined : doc.toJS(), body, bodyStartLine, lineOf, problems };
}

function keyLine(doc: Document, path: readonly PropertyKey[], lineCounter: LineCounter): number | undefined {
  const parentPath = path.slice(0, -1) as unknown[];
  const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
  if (!isCollection(parent)) return undefined;
  const last = path[path.length - 1];
  for (const item of parent.items as unknown[]) {
    const pair = item as { key?: { value?: unknown; range?: [number, number, number] } };
    const key = pair.key;
    if (key?.value === last && key.range) return lineCounter.linePos(key.range[0]).line;
  }
  return undefined;
}

function describeYamlError(code: string): string {
  const messages: Record<string, string> = {
    DUPLICATE_KEY: 'sama kenttä on kirjoitettu kahdesti.',
    BAD_INDENT: 'sisennys on väärä.',
    MISSING_CHAR: 'merkki puuttuu (esimerkiksi lainausmerkki tai sulje).',
    BLOCK_AS_IMPLICIT_KEY: 'kentän nimen jälkeen puuttuu kaksoispiste tai rivi on katkennut.',
    MULTILINE_IMPLICIT_KEY: 'kentän nimi jatkuu usealle riville; lisää kaksoispiste ja välilyönti.',
    UNEXPECTED_TOKEN: 'odottamaton merkki.',
    TAB_AS_INDENT: 'sisennyksessä on sarkain; käytä välilyöntejä.',
  };
  return messages[code] ?? `jäsennysvirhe (${code}).`;
}
