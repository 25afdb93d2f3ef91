// The site's own JSON documents: they match their published JSON Schemas, carry every content
// field, and leave drafts out.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildAreasDocument, buildProvidersDocument, buildServicesDocument } from '../../../../src/lib/export/json-api.ts';
import { areasDocumentSchema, jsonSchemaOf, providersDocumentSchema, servicesDocumentSchema } from '../../../../src/lib/export/json-schemas.ts';
import { serviceSchema } from '../../../../src/schemas/service.ts';
import { coordinator, overTheWire, source, sourceWithUnverified, unknownProvider, unverified } from '../../../support/export-fixtures.ts';

function validator(schema: Parameters<typeof jsonSchemaOf>[0], file: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(jsonSchemaOf(schema, `https://tyollisyystalo.example/api/v1/${file}`));
}

const servicesDoc = buildServicesDocument(source());
const byId = (id: string) => {
  const found = servicesDoc.services.find((service) => service.id === id);
  if (!found) throw new Error(`No service ${id}`);
  return found;
};

describe('services.json', () => {
  const validate = validator(servicesDocumentSchema, 'services.schema.json');

  it('matches its published JSON Schema', () => {
    const valid = validate(overTheWire(servicesDoc));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is a schema that rejects what it should', () => {
    const broken = overTheWire(servicesDoc) as { services: Record<string, unknown>[] };
    delete broken.services[0]?.title;
    expect(validate(broken)).toBe(false);
    const extra = overTheWire(servicesDoc) as { services: Record<string, unknown>[] };
    if (extra.services[0]) extra.services[0].draft = true;
    expect(validate(extra)).toBe(false);
  });

  it('says which version of the format it is, when it was made and under which licence', () => {
    expect(servicesDoc).toMatchObject({
      $schema: 'https://tyollisyystalo.example/api/v1/services.schema.json',
      schemaVersion: '1.0.0',
      generatedAt: '2026-11-23T10:00:00.000Z',
      licence: { id: 'CC-BY-4.0' },
      count: 3,
    });
  });

  it('lists every published service and no draft', () => {
    expect(servicesDoc.services.map((service) => service.id)).toEqual(['klubitalo', 'kriisipuhelin', 'tyokykykoordinaattori']);
  });

  it('exports every field of the content model except the draft flag', () => {
    const exported = Object.keys(byId(coordinator.id));
    const contentFields = Object.keys(serviceSchema.shape).filter((field) => field !== 'draft');
    expect(contentFields.filter((field) => !exported.includes(field))).toEqual([]);
    expect(exported).toEqual(expect.arrayContaining(['id', 'uuid', 'url', 'content', 'primaryArea', 'canSelfRefer']));
  });

  it('resolves the provider, normalises phones and keeps only published related services', () => {
    const service = byId(coordinator.id);
    expect(service.provider).toEqual({
      id: 'eksote',
      uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Etelä-Karjalan hyvinvointialue (Eksote)',
      type: 'hyvinvointialue',
      public: true,
      url: 'https://tyollisyystalo.example/toimijat/eksote/',
    });
    expect(service.channels[0]).toEqual({
      type: 'phone',
      number: '040 000 1234',
      tel: '+358400001234',
      label: 'Neuvonta',
      hours: 'ma–pe 9–15',
    });
    expect(service.related).toEqual(['klubitalo']);
    expect(service.lastReviewed).toBe('2026-01-15');
    expect(service.content).toContain('moniammatillinen tiimi');
    expect(service.age).toEqual({ min: 18, max: 64 });
  });
});

describe('providers.json', () => {
  const doc = buildProvidersDocument(source());

  it('matches its published JSON Schema', () => {
    const validate = validator(providersDocumentSchema, 'providers.schema.json');
    expect(validate(overTheWire(doc)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('lists each provider with its published services only', () => {
    expect(doc.providers.find((provider) => provider.id === 'eksote')?.services).toEqual(['tyokykykoordinaattori']);
    expect(doc.providers.find((provider) => provider.id === 'kela')?.services).toEqual([]);
    expect(doc.providers.find((provider) => provider.id === 'imatran-klubitalo')?.public).toBe(false);
  });
});

describe('areas.json', () => {
  const doc = buildAreasDocument(source());

  it('matches its published JSON Schema', () => {
    const validate = validator(areasDocumentSchema, 'areas.schema.json');
    expect(validate(overTheWire(doc)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('has the seven areas with their services, primary area first', () => {
    expect(doc.areas).toHaveLength(7);
    const mind = doc.areas.find((area) => area.id === 'mieli');
    expect(mind?.primaryServices).toEqual(['kriisipuhelin']);
    expect(mind?.services).toEqual(['kriisipuhelin', 'tyokykykoordinaattori']);
  });
});

describe('an organisation whose web address and prices are not known', () => {
  const servicesDoc = buildServicesDocument(sourceWithUnverified());
  const providersDoc = buildProvidersDocument(sourceWithUnverified());
  const exported = servicesDoc.services.find((service) => service.id === unverified.id);

  it('still matches the published JSON Schemas', () => {
    const services = validator(servicesDocumentSchema, 'services.schema.json');
    expect(services(overTheWire(servicesDoc)), JSON.stringify(services.errors)).toBe(true);
    const providers = validator(providersDocumentSchema, 'providers.schema.json');
    expect(providers(overTheWire(providersDoc)), JSON.stringify(providers.errors)).toBe(true);
  });

  it('leaves the unverified website out instead of guessing one', () => {
    const provider = providersDoc.providers.find((candidate) => candidate.id === unknownProvider.id);
    expect(provider).toBeDefined();
    expect(provider && 'website' in provider).toBe(false);
    expect(provider?.services).toEqual([unverified.id]);
    expect(providersDoc.providers.find((candidate) => candidate.id === 'eksote')?.website).toBe('https://eksote.example.fi/');
  });

  it('exports the service reference with the name and page of the service that can tell more', () => {
    expect(exported?.channels).toEqual([
      {
        type: 'service',
        service: coordinator.id,
        name: 'Työkykykoordinaattori',
        url: 'https://tyollisyystalo.example/palvelu/tyokykykoordinaattori/',
        label: 'Kysy koordinaattorilta',
      },
    ]);
    expect(exported?.cost).toEqual({ type: 'ei-tiedossa' });
  });

  it('rejects a service reference without its target in the schema', () => {
    const validate = validator(servicesDocumentSchema, 'services.schema.json');
    const broken = overTheWire(servicesDoc) as { services: { id: string; channels: Record<string, unknown>[] }[] };
    const channel = broken.services.find((service) => service.id === unverified.id)?.channels[0];
    if (channel) delete channel.service;
    expect(validate(broken)).toBe(false);
  });
});
