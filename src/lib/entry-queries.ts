// What src/content.ts does with the entries once it has read them: the order of each collection,
// the featured services, the places and the review packets. Pure, over plain entries, so the
// content queries of a build and the fixture content source of the loaders' tests
// (tests/support/content-source.ts) give the same answers from one implementation.
import type { Locale } from '../i18n/locales.ts';
import { partLang } from '../i18n/content-lang.ts';
import type { Channel } from '../schemas/channel.ts';
import type { ServiceText } from './localise.ts';
import { placesByMunicipality, type Municipality } from './places.ts';
import { reviewPackets, type PacketSource, type ReviewPacket } from './review/packets.ts';
import { providerPath, servicePath } from './routes.ts';

/** The editorial order of areas and FAQ entries (`order` in their files). */
export const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;
/** Providers by name, in Finnish alphabetical order. */
export const byName = (a: { data: { name: string } }, b: { data: { name: string } }) => a.data.name.localeCompare(b.data.name, 'fi');
/** News, newest first. */
export const newestFirst = (a: { data: { date: Date } }, b: { data: { date: Date } }) => b.data.date.getTime() - a.data.date.getTime();
/** Service paths in file-name order. */
export const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
/** Operating models in their editorial order, then by title. */
export const byOrderThenTitle = (a: { data: { order: number; title: string } }, b: { data: { order: number; title: string } }) =>
  a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'fi');

/**
 * Published services by id, in the given order and in the reader's language. An id without a published
 * service is left out: the validator has already reported it, and a page must never link to nothing.
 */
export async function featuredOf<S extends { id: string }>(
  ids: readonly string[],
  find: (id: string) => Promise<S | undefined>,
  textOf: (service: S) => Promise<ServiceText>,
): Promise<{ id: string; text: ServiceText }[]> {
  const services: (S | undefined)[] = await Promise.all(ids.map(find));
  return Promise.all(
    services.filter((service): service is S => service !== undefined).map(async (service) => ({ id: service.id, text: await textOf(service) })),
  );
}

type Owner = { id: string; data: { channels: readonly Channel[] } };
const hasAddress = (owner: Owner) => owner.data.channels.some((channel) => channel.type === 'address');

/**
 * The region's places: the visiting addresses of services and providers, by municipality, each with
 * the services and providers met there (service names in the reader's language when translated).
 */
export async function placesOf<S extends Owner, P extends Owner & { data: { name: string } }>(
  services: readonly S[],
  providers: readonly P[],
  locale: Locale,
  textOf: (service: S) => Promise<ServiceText>,
): Promise<Municipality[]> {
  const serviceOwners = await Promise.all(
    services.filter(hasAddress).map(async (service) => {
      const text = await textOf(service);
      return { id: service.id, title: text.title, lang: partLang(text, locale), href: servicePath(locale, service.id), channels: service.data.channels };
    }),
  );
  const providerOwners = providers
    .filter(hasAddress)
    .map((provider) => ({ id: provider.id, title: provider.data.name, href: providerPath(locale, provider.id), channels: provider.data.channels }));
  return placesByMunicipality([...serviceOwners, ...providerOwners]);
}

/** The content owners' review packets (published services only), those needing attention first. */
export function reviewPacketsOf<S extends PacketSource>(services: readonly S[], providers: readonly { id: string; data: { name: string } }[]): ReviewPacket<S>[] {
  const names = new Map(providers.map((provider) => [provider.id, provider.data.name]));
  return reviewPackets(services, (id) => names.get(id));
}
