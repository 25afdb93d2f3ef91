// UUID v5 for open-data ids: RFC 9562 test vectors, version and variant bits, stability.
import { describe, expect, it } from 'vitest';
import { NAMESPACE_URL, idForPath, uuidV5 } from '../../../../src/lib/export/uuid.ts';

const NAMESPACE_DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('uuidV5', () => {
  it('gives the same UUIDs as other implementations (Python uuid.uuid5)', () => {
    expect(uuidV5('python.org', NAMESPACE_DNS)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidV5('https://tyollisyystalo.example/palvelu/omaolo/', NAMESPACE_URL)).toBe('9f94d361-a320-5a86-b6be-497220782bfb');
  });

  it('hashes the name as UTF-8', () => {
    expect(uuidV5('https://example.fi/ä', NAMESPACE_URL)).toBe('6243f880-e05e-5ce0-85a7-0bde5bf79d38');
  });

  it('sets version 5 and the RFC variant', () => {
    const id = uuidV5('anything', NAMESPACE_URL);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('rejects a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow(/namespace/);
  });
});

describe('idForPath', () => {
  const site = new URL('https://tyollisyystalo.example/');

  it('is the UUID v5 of the absolute page address', () => {
    expect(idForPath(site, '/palvelu/omaolo/')).toBe(uuidV5('https://tyollisyystalo.example/palvelu/omaolo/', NAMESPACE_URL));
  });

  it('is stable and tells different entries apart', () => {
    expect(idForPath(site, '/palvelu/omaolo/')).toBe(idForPath(new URL(site.href), '/palvelu/omaolo/'));
    expect(idForPath(site, '/palvelu/omaolo/')).not.toBe(idForPath(site, '/toimijat/omaolo/'));
    expect(idForPath(site, '/palvelu/omaolo/#kieli-fi')).not.toBe(idForPath(site, '/palvelu/omaolo/#kieli-sv'));
  });
});
