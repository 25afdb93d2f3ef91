// Open data carries an imported service's PTV ids, so data users can join it with the national
// register; the import's own bookkeeping (fingerprints, dates) stays out.
import { describe, expect, it } from 'vitest';
import { buildServicesDocument } from '../../../../src/lib/export/json-api.ts';
import { coordinator, source } from '../../../support/export-fixtures.ts';

describe('PTV ids in services.json', () => {
  const services = buildServicesDocument(source()).services;

  it('exports the service and channel ids of an imported service, without the fingerprints', () => {
    expect(services.find((service) => service.id === coordinator.id)?.ptv).toEqual({
      service: '5b0e4a7c-1d2f-4e3a-9b8c-000000000101',
      channels: ['5b0e4a7c-1d2f-4e3a-9b8c-000000000201'],
    });
  });

  it('leaves the field out of a service written by hand', () => {
    expect(services.filter((service) => service.id !== coordinator.id).map((service) => 'ptv' in service)).toEqual([false, false]);
  });
});
