// Name-based UUIDs (RFC 9562 version 5, SHA-1) so open-data identifiers stay the same from build
// to build: the same name always gives the same UUID, and anyone can recompute it.
import { createHash } from 'node:crypto';

/** RFC 9562 namespace for names that are URLs. */
export const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** UUID v5 of `name` (UTF-8) in `namespace`, lowercase as RFC 9562 recommends. */
export function uuidV5(name: string, namespace: string): string {
  if (!UUID_PATTERN.test(namespace)) throw new Error(`Not a UUID namespace: ${namespace}`);
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = Uint8Array.from(hash.subarray(0, 16));
  // Version 5 in the high nibble of byte 6, the RFC variant (10xx) in the high bits of byte 8.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Ids already computed: the JSON, HSDS and CSV exports ask for the same provider and area ids
 * once per service, and at 5,000 services the repeated SHA-1s took 1.2–1.5 s of the build.
 * Bounded by the number of addresses on the site.
 */
const idsByHref = new Map<string, string>();

/**
 * The open-data id of anything on the site: UUID v5 in the URL namespace of its address, e.g.
 * the service palvelun-nimi is uuidV5("https://<site>/palvelu/palvelun-nimi/"). Parts without a page of their
 * own (a phone number of a service) add a fragment to their parent's address.
 */
export function idForPath(siteUrl: URL | string, path: string): string {
  const href = new URL(path, siteUrl).href;
  let id = idsByHref.get(href);
  if (id === undefined) {
    id = uuidV5(href, NAMESPACE_URL);
    idsByHref.set(href, id);
  }
  return id;
}
