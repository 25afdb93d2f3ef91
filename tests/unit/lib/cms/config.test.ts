// The CMS configuration (/admin/config.yml) is generated from the schemas: every schema field is in
// the form with the schema's required flag, options and a fitting widget; a field added to a schema
// without a CMS mapping makes the generator (and this test) fail; the form's patterns agree with
// the schema's own checks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CMS_COLLECTIONS } from '../../../../src/lib/cms/collections.ts';
import { buildCmsConfig } from '../../../../src/lib/cms/config.ts';
import { toCmsField, type CmsField } from '../../../../src/lib/cms/fields.ts';
import { arrayElement, objectFields, shapeOf, unionMembers, type Schema } from '../../../../src/lib/cms/zod-shape.ts';
import { CHANNEL_TYPES, normalisePhone } from '../../../../src/schemas/channel.ts';
import { NATIONAL, serviceSchema, WHOLE_REGION } from '../../../../src/schemas/service.ts';
import { siteSchema } from '../../../../src/schemas/site.ts';

const root = process.cwd();
const site = siteSchema.parse(parse(readFileSync(join(root, 'content', 'site.yaml'), 'utf8')));
const config = buildCmsConfig({ site, contentDir: join(root, 'content'), repoRoot: root }) as { collections: Record<string, unknown>[] };
const context = { municipalities: site.municipalities, wholeRegion: WHOLE_REGION, national: NATIONAL };

const fieldsOf = (collection: Record<string, unknown>): CmsField[] =>
  (collection['fields'] as CmsField[] | undefined) ?? (collection['files'] as { fields: CmsField[] }[])[0]?.fields ?? [];

/** Widgets that may stand for a schema kind (the FIELD_RULES turn some strings into relations or pickers). */
const WIDGETS: Record<string, string[]> = {
  string: ['string', 'text', 'relation', 'select'],
  number: ['number'],
  boolean: ['boolean'],
  date: ['datetime'],
  enum: ['select'],
  literal: ['select'],
  object: ['object'],
  union: ['object'],
  array: ['list', 'select', 'relation'],
  record: ['hidden'],
};

/** Walks a schema and its form field side by side; returns what does not match. */
function compare(schema: Schema, field: CmsField | undefined, path: string): string[] {
  if (!field) return [`${path}: ei lomakkeella`];
  if (field.widget === 'hidden') return [];
  const shape = shapeOf(schema);
  const problems: string[] = [];
  if (field.required !== shape.required) problems.push(`${path}: required ${String(field.required)}, skeemassa ${String(shape.required)}`);
  if (!WIDGETS[shape.kind]?.includes(field.widget)) problems.push(`${path}: widget ${field.widget} ei sovi tyypille ${shape.kind}`);
  if (!/^[A-ZÄÖÅ]/.test(field.label)) problems.push(`${path}: nimi "${field.label}" ei ole suomeksi kirjoitettu otsikko`);
  if (shape.kind === 'enum' && field.widget === 'select') {
    const values = (field['options'] as (string | { value: string })[]).map((option) =>
      typeof option === 'string' ? option : option.value,
    );
    if (JSON.stringify(values) !== JSON.stringify(shape.options))
      problems.push(`${path}: vaihtoehdot ${values.join(',')} ≠ ${shape.options?.join(',')}`);
  }
  const childrenOf = (objectSchema: Schema, fields: CmsField[] | undefined, prefix: string) =>
    objectFields(objectSchema).flatMap(([name, inner]) =>
      compare(
        inner,
        fields?.find((candidate) => candidate.name === name),
        `${prefix}.${name}`,
      ),
    );
  if (shape.kind === 'object') problems.push(...childrenOf(shape.schema, field['fields'] as CmsField[], path));
  if (shape.kind === 'union') {
    const member = unionMembers(shape.schema).options.find((option) => shapeOf(option).kind === 'object')!;
    problems.push(...childrenOf(member, field['fields'] as CmsField[], path));
  }
  if (shape.kind === 'array') {
    const item = shapeOf(arrayElement(shape.schema));
    if (item.kind === 'object') problems.push(...childrenOf(item.schema, field['fields'] as CmsField[], `${path}[]`));
    if (item.kind === 'enum') {
      if (field['multiple'] !== true) problems.push(`${path}: monivalinta puuttuu`);
      if (JSON.stringify(field['options']) !== JSON.stringify(item.options)) problems.push(`${path}: vaihtoehdot eivät vastaa skeemaa`);
    }
    if (item.kind === 'union') {
      const types = field['types'] as (CmsField & { fields: CmsField[] })[];
      for (const option of unionMembers(item.schema).options) {
        const fields = objectFields(option);
        const type = shapeOf(fields.find(([name]) => name === 'type')![1]).options![0]!;
        const typeField = types.find((candidate) => candidate.name === type);
        if (!typeField) problems.push(`${path}: tyyppi ${type} puuttuu`);
        else
          problems.push(
            ...fields
              .filter(([name]) => name !== 'type')
              .flatMap(([name, inner]) =>
                compare(
                  inner,
                  typeField.fields.find((candidate) => candidate.name === name),
                  `${path}[${type}].${name}`,
                ),
              ),
          );
      }
    }
  }
  return problems;
}

describe('generated CMS configuration', () => {
  it('has one collection per entry in the collection list, in Finnish', () => {
    expect(config.collections.map((collection) => collection['name'])).toEqual(CMS_COLLECTIONS.map((collection) => collection.name));
    expect(config).toMatchObject({ locale: 'fi', publish_mode: 'editorial_workflow' });
  });

  it.each(CMS_COLLECTIONS.map((collection) => [collection.name, collection] as const))(
    '%s: every schema field is in the form with its required flag, widget and options',
    (name, collection) => {
      const generated = config.collections.find((candidate) => candidate['name'] === name)!;
      const fields = fieldsOf(generated);
      const problems = objectFields(collection.schema).flatMap(([field, schema]) =>
        compare(
          schema,
          fields.find((candidate) => candidate.name === field),
          field,
        ),
      );
      expect(problems).toEqual([]);
      // Nothing in the form that the schema does not have (it would be written and then rejected).
      const extra = fields
        .map((field) => field.name)
        .filter((field) => field !== 'body' && !objectFields(collection.schema).some(([key]) => key === field));
      expect(extra).toEqual([]);
    },
  );

  it('fails for a schema field that has no CMS mapping', () => {
    const extended = serviceSchema.extend({ uusiKentta: z.string() });
    expect(() => objectFields(extended).map(([name, schema]) => toCmsField(name, schema, `service.${name}`, context))).toThrow(
      /uusiKentta.*src\/lib\/cms\/labels\.ts/,
    );
    expect(() => toCmsField('title', z.bigint(), 'service.title', context)).toThrow(/no CMS mapping/);
  });

  const services = fieldsOf(config.collections.find((collection) => collection['name'] === 'services')!);
  const field = (name: string) => services.find((candidate) => candidate.name === name)!;
  const channelType = (type: string) =>
    (field('channels')['types'] as { name: string; fields: CmsField[] }[]).find((candidate) => candidate.name === type)!;

  it('offers the region’s municipalities, relation pickers and channel types', () => {
    expect(field('municipalities')).toMatchObject({
      widget: 'select',
      multiple: true,
      options: [WHOLE_REGION, NATIONAL, ...site.municipalities],
    });
    expect(field('provider')).toMatchObject({ widget: 'relation', collection: 'providers', multiple: false });
    expect(field('related')).toMatchObject({ widget: 'relation', collection: 'services', multiple: true, required: false });
    expect(field('channels')).toMatchObject({ widget: 'list', typeKey: 'type', min: 1 });
    expect((field('channels')['types'] as { name: string }[]).map((type) => type.name)).toEqual([...CHANNEL_TYPES]);
    expect(channelType('service').fields.find((candidate) => candidate.name === 'service')).toMatchObject({
      widget: 'relation',
      collection: 'services',
    });
    expect(field('ptv')).toMatchObject({ widget: 'hidden' });
    expect(field('summary').hint).toMatch(/250/);
  });

  it('leaves dates and switches empty unless the editor sets them (no silent lastReviewed)', () => {
    expect(field('lastReviewed')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', default: '' });
    expect(field('draft')).not.toHaveProperty('default');
  });

  const pattern = (cmsField: CmsField) => new RegExp(cmsField.pattern![0]);

  it('checks the summary length, https addresses and Finnish phone numbers before saving', () => {
    expect(pattern(field('summary')).test('a'.repeat(250))).toBe(true);
    expect(pattern(field('summary')).test('a'.repeat(251))).toBe(false);
    expect(pattern(field('summary')).test('liian lyhyt')).toBe(false);
    const url = pattern(channelType('web').fields.find((candidate) => candidate.name === 'url')!);
    expect(url.test('https://www.kela.fi/')).toBe(true);
    expect(url.test('http://www.kela.fi/')).toBe(false);
    expect(url.test('javascript:alert(1)')).toBe(false);
    const phone = pattern(channelType('phone').fields.find((candidate) => candidate.name === 'number')!);
    for (const number of [
      '029 041 3170',
      '+358 29 041 3170',
      '040-123 4567',
      '(05) 123 456',
      '112',
      '116 123',
      'abc',
      '12',
      '+46 8 123 456',
      '0',
    ]) {
      expect(phone.test(number), number).toBe(normalisePhone(number) !== undefined);
    }
    // Every number in the content passes the form, as it passes the schema.
    const numbers = readdirSync(join(root, 'content', 'services'))
      .filter((name) => name.endsWith('.md'))
      .flatMap((name) =>
        [...readFileSync(join(root, 'content', 'services', name), 'utf8').matchAll(/^\s+number: "?([^"\n]+)"?$/gm)].map(
          (match) => match[1]!,
        ),
      );
    expect(numbers.length).toBeGreaterThan(2);
    for (const number of numbers) expect(phone.test(number), number).toBe(true);
    const email = pattern(channelType('email').fields.find((candidate) => candidate.name === 'address')!);
    expect(email.test('neuvonta@example.fi')).toBe(true);
    expect(email.test('ei osoite')).toBe(false);
  });

  it('takes the GitHub repository and sign-in from site.yaml, and without them asks no other origin', () => {
    const withCms = {
      ...site,
      cms: { repo: 'alue/sivusto', branch: 'julkaisu', baseUrl: 'https://kirjautuminen.example/', authEndpoint: 'oauth' },
    };
    expect(buildCmsConfig({ site: withCms, contentDir: join(root, 'content'), repoRoot: root })['backend']).toMatchObject({
      name: 'github',
      repo: 'alue/sivusto',
      branch: 'julkaisu',
      base_url: 'https://kirjautuminen.example/',
      auth_endpoint: 'oauth',
    });
    const withoutCms = { ...site };
    delete withoutCms.cms;
    expect(buildCmsConfig({ site: withoutCms, contentDir: join(root, 'content'), repoRoot: root })['backend']).toEqual({
      name: 'proxy',
      proxy_url: '/api/v1',
    });
  });

  it('rejects a cms block that is not owner/name or has an http sign-in address', () => {
    const base = parse(readFileSync(join(root, 'content', 'site.yaml'), 'utf8')) as Record<string, unknown>;
    const repoIssue = siteSchema.safeParse({ ...base, cms: { repo: 'https://github.com/alue/sivusto' } });
    expect(repoIssue.error?.issues[0]?.message).toMatch(/omistaja\/nimi/);
    const urlIssue = siteSchema.safeParse({ ...base, cms: { repo: 'alue/sivusto', baseUrl: 'http://kirjautuminen.example/' } });
    expect(urlIssue.error?.issues[0]?.message).toMatch(/https:\/\//);
  });

  it('writes folders relative to the repository, so another content folder works too', () => {
    const other = buildCmsConfig({ site, contentDir: join(root, 'tests', 'fixtures', 'toinen-alue'), repoRoot: root }) as {
      collections: Record<string, unknown>[];
    };
    expect(other.collections[0]).toMatchObject({ folder: 'tests/fixtures/toinen-alue/services' });
  });
});
