// The Open Referral HSDS 3.0 export validates against the official compiled schemas
// (../shared/hsds-3.0, or HSDS_SCHEMA_DIR) and maps the content model onto HSDS faithfully.
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../../../src/i18n/index.ts';
import {
  buildHsdsOrganizations,
  buildHsdsServices,
  buildHsdsTaxonomyTerms,
  buildTaxonomies,
  hsdsPage,
  hsdsRoot,
  type HsdsService,
} from '../../../../src/lib/export/hsds.ts';
import { idForPath } from '../../../../src/lib/export/uuid.ts';
import {
  SITE_URL,
  clubhouse,
  coordinator,
  crisisLine,
  overTheWire,
  source,
  sourceWithUnverified,
  unknownProvider,
  unverified,
} from '../../../support/export-fixtures.ts';

const SCHEMA_DIR = process.env.HSDS_SCHEMA_DIR ?? resolve(process.cwd(), '../shared/hsds-3.0');

function compile(file: string): ValidateFunction {
  const path = join(SCHEMA_DIR, file);
  if (!existsSync(path)) throw new Error(`HSDS 3.0 schema ${path} is missing; set HSDS_SCHEMA_DIR to the folder of the compiled schemas.`);
  // The compiled schemas carry HSDS's own keys (core, constraints, datapackage_metadata …), hence strict: false.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(path, 'utf8')) as object);
}

const t = useTranslations('fi');
const services = buildHsdsServices(source(), t);
const find = (id: string): HsdsService => {
  const found = services.find((service) => service.id === idForPath(SITE_URL, `/palvelu/${id}/`));
  if (!found) throw new Error(`No HSDS service for ${id}`);
  return found;
};

describe('HSDS 3.0 validation', () => {
  let validateService: ValidateFunction;
  let validateOrganization: ValidateFunction;
  // Compiling the HSDS schemas with ajv takes a few seconds; on a busy 2-core machine more than
  // the default 10 s hook timeout, which skipped the group.
  beforeAll(() => {
    validateService = compile('service.json');
    validateOrganization = compile('organization.json');
  }, 60_000);

  it('validates every exported service against service.json', () => {
    expect(services).toHaveLength(3);
    for (const service of services) {
      const valid = validateService(overTheWire(service));
      expect(validateService.errors ?? [], service.name).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('validates every organisation, with its services nested, against organization.json', () => {
    for (const organization of buildHsdsOrganizations(source(), t, { withServices: true })) {
      const valid = validateOrganization(overTheWire(organization));
      expect(validateOrganization.errors ?? [], organization.name).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('validates an organisation without a verified website and its service of unknown price', () => {
    const withUnverified = sourceWithUnverified();
    const organization = buildHsdsOrganizations(withUnverified, t, { withServices: true }).find(
      (candidate) => candidate.name === unknownProvider.data.name,
    );
    expect(organization).toBeDefined();
    expect(organization).not.toHaveProperty('website');
    expect(validateOrganization(overTheWire(organization)), JSON.stringify(validateOrganization.errors)).toBe(true);
    const service = buildHsdsServices(withUnverified, t).find((candidate) => candidate.name === unverified.data.title);
    expect(validateService(overTheWire(service)), JSON.stringify(validateService.errors)).toBe(true);
    // No made-up cost option, no phone or place; the only contact is the page of the service itself.
    expect(service?.cost_options).toEqual([]);
    expect(service?.fees_description).toBe('Ei tiedossa');
    expect(service?.phones).toEqual([]);
    expect(service?.service_at_locations).toEqual([]);
    expect(service?.url).toBe('https://tyollisyystalo.example/palvelu/tuntematon-palvelu/');
  });

  it('is checked by a schema that does reject invalid data', () => {
    const broken = overTheWire(find(coordinator.id)) as Record<string, unknown>;
    broken.id = 'omaolo';
    expect(validateService(broken)).toBe(false);
    const noStatus = overTheWire(find(coordinator.id)) as Record<string, unknown>;
    delete noStatus.status;
    expect(validateService(noStatus)).toBe(false);
    const nestedPhone = overTheWire(find(coordinator.id)) as { phones: Record<string, unknown>[] };
    delete nestedPhone.phones[0]?.number;
    expect(validateService(nestedPhone)).toBe(false);
  });
});

describe('HSDS mapping', () => {
  it('derives every id from a page address, stably, and never repeats one', () => {
    /** Ids of the objects a service owns; its organisation and taxonomy terms are shared on purpose. */
    const ownIds = (value: unknown): string[] => {
      if (Array.isArray(value)) return value.flatMap(ownIds);
      if (typeof value !== 'object' || value === null) return [];
      return Object.entries(value).flatMap(([key, child]) =>
        key === 'id' && typeof child === 'string' ? [child] : key === 'organization' || key === 'taxonomy_term' ? [] : ownIds(child),
      );
    };
    const ids = services.flatMap(ownIds);
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
    expect(find(coordinator.id).id).toBe(idForPath(SITE_URL, '/palvelu/tyokykykoordinaattori/'));
    expect(buildHsdsServices(source({ generatedAt: new Date() }), t)).toEqual(services);
  });

  it('maps the organisation, phones, languages, areas, locations and costs', () => {
    const service = find(coordinator.id);
    expect(service.organization).toMatchObject({
      name: 'Etelä-Karjalan hyvinvointialue (Eksote)',
      website: 'https://eksote.example.fi/',
      email: 'kirjaamo@eksote.example.fi',
    });
    expect(service.organization_id).toBe(service.organization?.id);
    expect(service.url).toBe('https://www.eksote.fi/tyokyky/');
    expect(service.email).toBe('tyokyky@eksote.example.fi');
    expect(service.phones).toEqual([
      expect.objectContaining({ number: '+358400001234', type: 'voice', description: 'Neuvonta: ma–pe 9–15', service_id: service.id }),
    ]);
    expect(service.languages.map((language) => [language.code, language.name])).toEqual([
      ['fi', 'suomi'],
      ['sv', 'ruotsi'],
    ]);
    expect(service.service_areas).toEqual([
      expect.objectContaining({ name: 'Etelä-Karjala', description: 'Kaikki alueen kunnat: Lappeenranta, Imatra, Ruokolahti.' }),
    ]);
    expect(service.minimum_age).toBe(18);
    expect(service.maximum_age).toBe(64);
    expect(service.assured_date).toBe('2026-01-15');
    expect(service.eligibility_description).toBe(coordinator.data.forWhom);
    expect(service.application_process.split('\n')).toHaveLength(2);
    expect(service.cost_options).toEqual([
      expect.objectContaining({ option: 'Maksuton', amount: 0, currency: 'EUR', amount_description: 'Ei asiakasmaksua' }),
    ]);
    expect(service.description).toContain('moniammatillinen tiimi');
  });

  it('turns known opening hours into schedules and places into locations', () => {
    const service = find(coordinator.id);
    expect(service.schedules).toEqual([
      expect.objectContaining({ description: 'Neuvonta 040 000 1234: ma–pe 9–15', attending_type: 'Puhelin' }),
    ]);
    const [eservice, chat, office] = service.service_at_locations;
    expect(eservice?.location).toMatchObject({ location_type: 'virtual', url: 'https://asiointi.eksote.example.fi/' });
    expect(eservice?.schedules).toEqual([]);
    expect(chat?.schedules).toEqual([expect.objectContaining({ description: 'ma–to 12–14' })]);
    expect(office?.location).toMatchObject({ location_type: 'physical', name: 'Työkykytalo' });
    expect(office?.location.addresses?.[0]).toMatchObject({
      address_1: 'Valtakatu 1',
      postal_code: '53100',
      city: 'Lappeenranta',
      state_province: 'Etelä-Karjala',
      country: 'FI',
    });
  });

  it('classifies services by life area (primary first) and target group', () => {
    const attributes = find(coordinator.id).attributes;
    const taxonomies = buildTaxonomies(source());
    const areaTerms = attributes.filter((attribute) => attribute.taxonomy_term.taxonomy_id === taxonomies.areas.id);
    expect(areaTerms.map((attribute) => [attribute.taxonomy_term.code, attribute.value])).toEqual([
      ['tyo-ja-tulevaisuus', 'pääalue'],
      ['mieli', undefined],
    ]);
    expect(areaTerms[0]?.taxonomy_term.term_uri).toBe('https://tyollisyystalo.example/palvelut/tyo-ja-tulevaisuus/');
    const audienceTerms = attributes.filter((attribute) => attribute.taxonomy_term.taxonomy_id === taxonomies.audiences.id);
    expect(audienceTerms.map((attribute) => attribute.taxonomy_term.name)).toEqual(['Työttömät', 'Osatyökykyiset']);
  });

  it('describes regional and national service areas and non-free costs', () => {
    expect(find(clubhouse.id).service_areas.map((area) => area.name)).toEqual(['Imatra', 'Ruokolahti']);
    expect(find(crisisLine.id).service_areas.map((area) => area.name)).toEqual(['Suomi']);
    expect(find(clubhouse.id).cost_options[0]).toEqual(
      expect.objectContaining({ option: 'Osin maksullinen', amount_description: 'Lounas 3 €' }),
    );
    expect(find(clubhouse.id).cost_options[0]).not.toHaveProperty('amount');
  });

  it('offers the seven life areas as taxonomy terms and the HSDS API envelope', () => {
    const terms = buildHsdsTaxonomyTerms(source(), t);
    expect(terms.filter((term) => term.taxonomy_id === buildTaxonomies(source()).areas.id)).toHaveLength(7);
    expect(hsdsPage(services)).toMatchObject({
      total_items: 3,
      total_pages: 1,
      page_number: 1,
      size: 3,
      first_page: true,
      last_page: true,
      empty: false,
    });
    expect(hsdsPage([])).toMatchObject({ total_items: 0, empty: true });
    expect(hsdsRoot(source())).toEqual({
      version: '3.0',
      profile: 'https://tyollisyystalo.example/avoin-data/',
      openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json',
    });
  });
});
