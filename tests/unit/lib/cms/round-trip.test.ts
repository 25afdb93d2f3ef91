// Opening and saving every existing entry through the CMS leaves its data as it was: each file of
// every CMS collection is read and written with Decap CMS's own formatters (decap-cms-core, the
// code the editor runs), then read again the way the site reads it. Formatting may change (lists
// in block style, long lines folded); the parsed data, the schema's output and the body may not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CMS_COLLECTIONS, type CmsCollection } from '../../../../src/lib/cms/collections.ts';
import { objectFields } from '../../../../src/lib/cms/zod-shape.ts';
import { readSourceFile } from '../../../../src/lib/validation/source-file.ts';

// The formatters decap-cms-core uses for `format: frontmatter` and `format: yml` collections.
const { FrontmatterFormatter } = await import('decap-cms-core/dist/esm/formats/frontmatter.js');
const { default: yamlFormatter } = await import('decap-cms-core/dist/esm/formats/yaml.js');

const CONTENT = join(process.cwd(), 'content');

function filesOf(collection: CmsCollection): string[] {
  if (collection.kind === 'file') return [join(CONTENT, collection.file)];
  const dir = join(CONTENT, collection.folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith(`.${collection.extension}`))
    .map((name) => join(dir, name));
}

const cases = CMS_COLLECTIONS.flatMap((collection) =>
  filesOf(collection).map((file) => [file.slice(CONTENT.length + 1), collection, file] as const),
);

describe('CMS round trip over the whole content folder', () => {
  it('covers every content file the site loads for these collections', () => {
    // A service written as .mdx, say, would be outside the CMS's folder pattern and not editable.
    for (const collection of CMS_COLLECTIONS) {
      if (collection.kind !== 'folder') continue;
      const all = readdirSync(join(CONTENT, collection.folder)).filter((name) => /\.(mdx?|ya?ml)$/.test(name));
      expect(all, collection.folder).toEqual(all.filter((name) => name.endsWith(`.${collection.extension}`)));
    }
    expect(cases.length).toBeGreaterThan(100);
  });

  it.each(cases)('%s: saving it unchanged keeps its data and body', (_name, collection, file) => {
    const text = readFileSync(file, 'utf8');
    const isYaml = collection.kind === 'file' || collection.extension === 'yaml';
    const kind = isYaml ? 'yaml' : 'mdx';
    const formatter = isYaml ? yamlFormatter : new FrontmatterFormatter();
    const original = readSourceFile(file, text, kind);
    expect(original.problems).toEqual([]);

    // What the editor loads is what the site reads.
    const loaded = formatter.fromFile(text);
    const { body: loadedBody = '', ...loadedData } = loaded as { body?: string };
    expect(loadedData).toEqual(original.data);
    expect(String(loadedBody).trim()).toBe(original.body.trim());

    // Saved with the collection's field order, as Decap does.
    const sortedKeys = objectFields(collection.schema).map(([name]) => name);
    const saved = formatter.toFile(loaded, sortedKeys);
    const reread = readSourceFile(file, saved, kind);
    expect(reread.problems).toEqual([]);
    expect(reread.data).toEqual(original.data);
    expect(reread.body.trim()).toBe(original.body.trim());
    expect(collection.schema.parse(reread.data)).toEqual(collection.schema.parse(original.data));
  });
});
