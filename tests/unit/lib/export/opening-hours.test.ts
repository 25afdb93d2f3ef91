// Structured opening hours and place accessibility in the open data: schema.org
// OpeningHoursSpecification in JSON-LD, and HSDS 3.0 schedules and accessibility that still
// validate against the official schemas.
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../../../src/i18n/index.ts';
import { buildHsdsOrganizations, buildHsdsService } from '../../../../src/lib/export/hsds.ts';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { buildServicesDocument } from '../../../../src/lib/export/json-api.ts';
import { jsonSchemaOf, servicesDocumentSchema } from '../../../../src/lib/export/json-schemas.ts';
import { serviceJsonLd } from '../../../../src/lib/export/json-ld.ts';
import { TIME_ZONE_NOTE } from '../../../../src/lib/export/opening-hours.ts';
import { SITE_URL, areas, dropIn, overTheWire, providers, site, sourceWithHours } from '../../../support/export-fixtures.ts';

const t = useTranslations('fi');
const SCHEMA_DIR = process.env.HSDS_SCHEMA_DIR ?? resolve(process.cwd(), '../shared/hsds-3.0');

const jsonLd = serviceJsonLd({
  service: dropIn,
  provider: providers.find((provider) => provider.id === dropIn.data.provider)!,
  areas,
  site,
  t,
  siteUrl: SITE_URL,
  locale: 'fi',
});
const channels = jsonLd['availableChannel'] as Record<string, unknown>[];

describe('JSON-LD openingHoursSpecification', () => {
  it('gives the place its weekly hours grouped by days, exceptions with dates and closed days as 00:00–00:00', () => {
    const place = channels[0]?.['serviceLocation'] as Record<string, unknown>;
    expect(place['openingHoursSpecification']).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday'],
        opens: '09:00',
        closes: '12:00',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday'],
        opens: '13:00',
        closes: '16:00',
      },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Friday'], opens: '09:00', closes: '14:00' },
      // 24:00 is not a schema.org time; until midnight is 23:59.
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Saturday'], opens: '20:00', closes: '23:59' },
      {
        '@type': 'OpeningHoursSpecification',
        opens: '00:00',
        closes: '00:00',
        validFrom: '2026-12-24',
        validThrough: '2026-12-26',
        description: 'Joulu',
      },
      { '@type': 'OpeningHoursSpecification', opens: '09:00', closes: '12:00', validFrom: '2026-12-31', validThrough: '2026-12-31' },
    ]);
  });

  it('states the accessibility features that are known as amenity features', () => {
    const place = channels[0]?.['serviceLocation'] as Record<string, unknown>;
    expect(place['amenityFeature']).toEqual([
      { '@type': 'LocationFeatureSpecification', name: 'Step-free entrance', value: true },
      { '@type': 'LocationFeatureSpecification', name: 'Accessible toilet', value: false },
      { '@type': 'LocationFeatureSpecification', name: 'Induction loop', value: true },
      { '@type': 'LocationFeatureSpecification', name: 'Accessibility', value: 'Sisäänkäynti pihan puolelta.' },
    ]);
  });

  it('gives a phone its hours as hoursAvailable of the ContactPoint', () => {
    const phone = channels[1]?.['servicePhone'] as Record<string, unknown>;
    expect(phone['hoursAvailable']).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Wednesday'], opens: '10:00', closes: '11:00' },
    ]);
  });
});

describe('HSDS schedules from structured hours', () => {
  const service = buildHsdsService(sourceWithHours(), dropIn, t);
  let validateService: ValidateFunction;
  let validateOrganization: ValidateFunction;
  const compile = (file: string) => {
    const path = join(SCHEMA_DIR, file);
    if (!existsSync(path))
      throw new Error(`HSDS 3.0 schema ${path} is missing; set HSDS_SCHEMA_DIR to the folder of the compiled schemas.`);
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    return ajv.compile(JSON.parse(readFileSync(path, 'utf8')) as object);
  };
  beforeAll(() => {
    validateService = compile('service.json');
    validateOrganization = compile('organization.json');
  }, 60_000);

  it('validates against service.json and organization.json', () => {
    expect(validateService(overTheWire(service)), JSON.stringify(validateService.errors)).toBe(true);
    for (const organization of buildHsdsOrganizations(sourceWithHours(), t, { withServices: true })) {
      expect(validateOrganization(overTheWire(organization)), JSON.stringify(validateOrganization.errors)).toBe(true);
    }
  });

  it('writes weekly RRULE-style schedules, dated exceptions and by appointment at the place', () => {
    const [place, chat] = service.service_at_locations;
    const schedules = place?.schedules ?? [];
    expect(
      schedules.map(({ freq, byday, opens_at, closes_at, valid_from, valid_to, description }) => ({
        freq,
        byday,
        opens_at,
        closes_at,
        valid_from,
        valid_to,
        description,
      })),
    ).toEqual([
      {
        freq: 'WEEKLY',
        byday: 'MO,TU',
        opens_at: '09:00',
        closes_at: '12:00',
        valid_from: undefined,
        valid_to: undefined,
        description: 'ma, ti 9.00–12.00',
      },
      {
        freq: 'WEEKLY',
        byday: 'MO,TU',
        opens_at: '13:00',
        closes_at: '16:00',
        valid_from: undefined,
        valid_to: undefined,
        description: 'ma, ti 13.00–16.00',
      },
      {
        freq: 'WEEKLY',
        byday: 'FR',
        opens_at: '09:00',
        closes_at: '14:00',
        valid_from: undefined,
        valid_to: undefined,
        description: 'pe 9.00–14.00',
      },
      {
        freq: 'WEEKLY',
        byday: 'SA',
        opens_at: '20:00',
        closes_at: '24:00',
        valid_from: undefined,
        valid_to: undefined,
        description: 'la 20.00–24.00',
      },
      {
        freq: undefined,
        byday: undefined,
        opens_at: undefined,
        closes_at: undefined,
        valid_from: '2026-12-24',
        valid_to: '2026-12-26',
        description: '24.12.2026–26.12.2026 suljettu (Joulu)',
      },
      {
        freq: undefined,
        byday: undefined,
        opens_at: '09:00',
        closes_at: '12:00',
        valid_from: '2026-12-31',
        valid_to: '2026-12-31',
        description: '31.12.2026 poikkeuksellisesti 9.00–12.00',
      },
      {
        freq: undefined,
        byday: undefined,
        opens_at: undefined,
        closes_at: undefined,
        valid_from: undefined,
        valid_to: undefined,
        description: 'Ajanvarauksella.',
      },
    ]);
    for (const schedule of schedules) {
      expect(schedule.service_at_location_id).toBe(place?.id);
      expect(schedule.notes).toBe(`Muina aikoina ajanvarauksella. ${TIME_ZONE_NOTE}`);
    }
    expect(new Set(schedules.map((schedule) => schedule.id)).size).toBe(schedules.length);
    expect(chat?.schedules).toEqual([
      expect.objectContaining({ byday: 'TH', opens_at: '12:00', closes_at: '14:00', attending_type: 'Chat' }),
    ]);
  });

  it('gives phone hours to the service, naming the number', () => {
    expect(service.schedules).toEqual([
      expect.objectContaining({
        service_id: service.id,
        byday: 'WE',
        opens_at: '10:00',
        description: 'Ajanvaraus 040 000 9999: ke 10.00–11.00',
      }),
    ]);
  });

  it('describes the accessibility of the place', () => {
    expect(service.service_at_locations[0]?.location.accessibility).toEqual([
      expect.objectContaining({
        description: 'porrasvapaa sisäänkäynti: on; esteetön WC: ei ole; induktiosilmukka: on.',
        details: 'Sisäänkäynti pihan puolelta.',
      }),
    ]);
  });
});

describe('the JSON API (services.json)', () => {
  it('carries the structured hours and accessibility, and still validates against its JSON Schema', () => {
    const document = buildServicesDocument(sourceWithHours());
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(jsonSchemaOf(servicesDocumentSchema, 'https://tyollisyystalo.example/api/v1/services.json'));
    expect(validate(overTheWire(document)), JSON.stringify(validate.errors)).toBe(true);
    const exported = document.services.find((service) => service.id === dropIn.id);
    const [place, phone, chat] = exported?.channels ?? [];
    expect(place).toMatchObject({
      openingHours: { weekly: { la: [{ opens: '20:00', closes: '24:00' }] }, byAppointment: true },
      accessibility: { stepFreeEntrance: true, accessibleToilet: false },
    });
    expect(phone).toMatchObject({ openingHours: { weekly: { ke: [{ opens: '10:00', closes: '11:00' }] } } });
    expect(chat).toMatchObject({ openingHours: { weekly: { to: [{ opens: '12:00', closes: '14:00' }] } } });
  });
});
