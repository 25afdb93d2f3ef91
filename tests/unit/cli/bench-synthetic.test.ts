// The benchmark's synthetic services must be real content: valid under the same validator the build
// runs (no errors, no warnings), and the same on every run so figures can be compared.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serviceId, syntheticService, writeSyntheticContent } from '../../../cli/bench/synthetic.ts';
import { validateContent } from '../../../src/node/validation/validate-content.ts';

const SOURCE = join(import.meta.dirname, '..', '..', 'fixtures', 'hostile');
const work = mkdtempSync(join(tmpdir(), 'tt-bench-synthetic-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('synthetic benchmark content', () => {
  it('passes the content validator without errors or warnings', () => {
    const target = join(work, 'content');
    writeSyntheticContent({ source: SOURCE, target, count: 60 });
    const result = validateContent({ contentDir: target, rootDir: target });
    expect(result.issues).toEqual([]);
    expect(result.services).toHaveLength(60);
    // Only generated services: the source folder's own services are not copied.
    expect(readdirSync(join(target, 'services')).every((name) => /^palvelu-\d{5}\.md$/.test(name))).toBe(true);
  });

  it('is the same on every run', () => {
    const options = { providers: ['eksote', 'kela'], municipalities: ['Imatra', 'Lemi'], now: new Date('2026-11-01T12:00:00Z') };
    expect(syntheticService(42, 100, options)).toEqual(syntheticService(42, 100, options));
    expect(syntheticService(42, 100, options).text).not.toEqual(syntheticService(43, 100, options).text);
  });

  it('writes plain Markdown files when asked, for comparing the cost of MDX', () => {
    const target = join(work, 'content-md');
    writeSyntheticContent({ source: SOURCE, target, count: 3, extension: 'md' });
    expect(readdirSync(join(target, 'services')).sort()).toEqual([`${serviceId(1)}.md`, `${serviceId(2)}.md`, `${serviceId(3)}.md`]);
    expect(readFileSync(join(target, 'services', `${serviceId(1)}.md`), 'utf8')).toMatch(/^---\ntitle: /);
  });
});
