// The professionals' content: the service path and the operating models pass their schemas, the
// path has the three ways in and out the service model describes, and the schemas reject gaps.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operatingModelSchema, servicePathSchema } from '../../src/schemas/path.ts';
import { contentData } from '../support/content-files.ts';

const frontmatter = (file: string) => contentData(file);
const files = (folder: string) =>
  readdirSync(join('content', folder))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('content', folder, name));

describe('content/paths', () => {
  it('every path passes the schema', () => {
    for (const file of files('paths')) expect(servicePathSchema.safeParse(frontmatter(file)).error?.issues, file).toBeUndefined();
  });

  it('the coordinator service path has three ways in (one of them direct contact) and three ways out', () => {
    const path = servicePathSchema.parse(frontmatter('content/paths/tyokykykoordinaattoripalvelu.md'));
    expect(path.entries.map((entry) => entry.route)).toEqual(['tyollisyyspalvelut', 'sote', 'itse']);
    expect(path.exits).toHaveLength(3);
    expect(path.steps.every((step) => step.who.length > 0)).toBe(true);
  });

  it('rejects a path without exits, with a message that says what is missing', () => {
    const data = { ...frontmatter('content/paths/tyokykykoordinaattoripalvelu.md'), exits: [] };
    const issues = servicePathSchema.safeParse(data).error?.issues ?? [];
    expect(issues.map((issue) => issue.message)).toEqual(['Kerro, miten polku päättyy (exits).']);
  });

  it('rejects an unknown access route', () => {
    const original = frontmatter('content/paths/tyokykykoordinaattoripalvelu.md');
    const data = { ...original, entries: [{ title: 'Lähetteellä', route: 'fax', text: 'Ei käy.' }] };
    expect(servicePathSchema.safeParse(data).success).toBe(false);
  });
});

describe('content/models', () => {
  it('has the models of Etelä-Karjala, Kymenlaakso, Espoo and Iisalmi, each passing the schema', () => {
    const models = files('models').map((file) => ({ file, result: operatingModelSchema.safeParse(frontmatter(file)) }));
    for (const { file, result } of models) expect(result.error?.issues, file).toBeUndefined();
    expect(models.map(({ file }) => file.replace(/^.*\//, '')).sort()).toEqual([
      'espoo.md',
      'etela-karjala.md',
      'iisalmi.md',
      'kymenlaakso.md',
    ]);
  });

  it('Kymenlaakso lists the five client stages and three offices', () => {
    const model = operatingModelSchema.parse(frontmatter('content/models/kymenlaakso.md'));
    expect(model.steps).toHaveLength(5);
    expect(model.locations).toEqual(['Hamina', 'Kotka', 'Kouvola']);
  });

  it('rejects a model without organisations', () => {
    const data = { ...frontmatter('content/models/iisalmi.md'), organisations: [] };
    expect(operatingModelSchema.safeParse(data).error?.issues.map((issue) => issue.message)).toEqual([
      'Luettele mallin toteuttajat (organisations).',
    ]);
  });
});
