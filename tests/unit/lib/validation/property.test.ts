// Robustness: whatever an editor types, the validator answers with a list of problems. Random and
// mutated frontmatter never makes it throw, and every problem names a file and a field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseWithSchema } from '../../../../src/lib/validation/parse-entry.ts';
import { fieldNamesAt } from '../../../../src/lib/validation/field-names.ts';
import type { ContentIssue } from '../../../../src/lib/validation/issues.ts';
import { readSourceFile } from '../../../../src/lib/validation/source-file.ts';
import { validateContent } from '../../../../src/node/validation/validate-content.ts';
import { serviceSchema } from '../../../../src/schemas/service.ts';
import { BASE, contentCopy, type ContentCopy } from '../../../fixtures/broken/fixture.ts';

const NOW = new Date('2026-11-23T12:00:00Z');
const FILE = 'services/satunnainen.mdx';
const VALID_SERVICE = readFileSync(join(BASE, 'services/omaolo.mdx'), 'utf8');
const SERVICE_FIELDS = fieldNamesAt(serviceSchema, []);

/** Every problem must be something an editor can act on: a file, a field, a message, a sane line. */
function expectActionable(issues: readonly ContentIssue[]): void {
  for (const issue of issues) {
    expect(issue.file).toMatch(/\S/);
    expect(issue.field).toMatch(/\S/);
    expect(issue.message).toMatch(/\S/);
    expect(['error', 'warning']).toContain(issue.severity);
    if (issue.line !== undefined) {
      expect(Number.isInteger(issue.line)).toBe(true);
      expect(issue.line).toBeGreaterThanOrEqual(1);
    }
  }
}

/** Characters that mean something in YAML, MDX or Markdown, plus ordinary Finnish text. */
const tricky = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom(...': -#[]{}"\'*&!|>%@`\t\n\\,?<>/ä€'.split('')) }),
  fc.constantFrom(
    '',
    ' ',
    'null',
    '~',
    'true',
    'no',
    '2026-13-45',
    '2999-01-01',
    '0',
    '-1',
    'javascript:alert(1)',
    'http://x',
    '<!-- x -->',
    '{x}',
    '*x*',
    '&a',
    '---',
  ),
);

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.date({ noInvalidDate: true }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom('type', 'url', 'number', 'address', 'route', 'text', 'min', 'max'), fc.string()), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

// Prototype names as keys once broke a lookup table; they stay in the mix.
const key = fc.oneof(
  fc.constantFrom(...SERVICE_FIELDS),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'nimi', 'titel'),
  fc.string({ minLength: 1 }),
);
const frontmatter = fc.dictionary(key, value, { maxKeys: 12 });

/** Text edits an editor might make by accident in the web editor. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: tricky }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('drop-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent-line' as const), at: fc.nat(), with: fc.constantFrom(' ', '  ', '\t', '- ') }),
);

interface Edit {
  kind: string;
  at: number;
  text?: string;
  length?: number;
  with?: string;
}

function mutate(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const edit of edits) {
    const at = edit.at % (out.length + 1);
    const lines = out.split('\n');
    const line = edit.at % lines.length;
    switch (edit.kind) {
      case 'insert':
        out = out.slice(0, at) + (edit.text ?? '') + out.slice(at);
        break;
      case 'delete':
        out = out.slice(0, at) + out.slice(at + (edit.length ?? 1));
        break;
      case 'duplicate-line':
        lines.splice(line, 0, lines[line] ?? '');
        out = lines.join('\n');
        break;
      case 'drop-line':
        lines.splice(line, 1);
        out = lines.join('\n');
        break;
      default:
        lines[line] = `${edit.with ?? ' '}${lines[line] ?? ''}`;
        out = lines.join('\n');
    }
  }
  return out;
}

describe('readSourceFile and the schema check', () => {
  it('never throw on any text, and every problem is actionable', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          tricky.map((text) => `---\n${text}\n---\n${text}`),
        ),
        fc.constantFrom('yaml' as const, 'mdx' as const),
        (text, kind) => {
          const source = readSourceFile('content/services/x.mdx', text, kind);
          const { issues } = parseWithSchema(serviceSchema, source);
          expectActionable([...source.problems, ...issues]);
          for (const issue of [...source.problems, ...issues]) expect(issue.file).toBe('content/services/x.mdx');
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('validateContent', () => {
  let copy: ContentCopy;
  beforeAll(() => {
    copy = contentCopy();
  });
  afterAll(() => copy.remove());

  const validate = (text: string) => {
    copy.write(FILE, text);
    return validateContent({ contentDir: copy.dir, rootDir: copy.dir, now: NOW });
  };

  it('never throws on random frontmatter, and reports its problems on that file', () => {
    fc.assert(
      fc.property(frontmatter, tricky, (data, body) => {
        let yaml: string;
        try {
          yaml = stringify(data);
        } catch {
          return; // not expressible as YAML; nothing an editor could write
        }
        const result = validate(`---\n${yaml}---\n\n${body}\n`);
        expectActionable(result.issues);
        // Random data is never a whole valid service, so this file is always named.
        expect(result.errors.some((issue) => issue.file === FILE)).toBe(true);
        // Problems in other files would mean the random file broke the check of its neighbours.
        for (const issue of result.errors) expect([FILE, 'services/omaolo.mdx', 'services/kuntoutusraha.mdx']).toContain(issue.file);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('never throws on a real service file with random edits', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (edits) => {
        const result = validate(mutate(VALID_SERVICE.replace('title: Omaolo-verkkopalvelu', 'title: Satunnainen palvelu'), edits));
        expectActionable(result.issues);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
