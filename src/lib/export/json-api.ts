// Builds the site's own open-data documents: every published service with every field, the
// providers and the seven life areas. The format is defined in json-schemas.ts.
import { normalisePhone, type Channel } from '../../schemas/channel.ts';
import { canSelfRefer, primaryArea, resolveRelated, servicesInArea } from '../services.ts';
import { isoDate } from '../dates.ts';
import type {
  AreasDocument,
  ExportedArea,
  ExportedChannel,
  ExportedProvider,
  ExportedService,
  ProvidersDocument,
  ServicesDocument,
} from './json-schemas.ts';
import {
  LICENCE,
  SCHEMA_VERSION,
  absoluteUrl,
  apiUrl,
  bodyText,
  exportedServices,
  isPublicProvider,
  pagePath,
  providerOf,
  type OpenDataSource,
  type ServiceEntry,
} from './source.ts';
import { idForPath } from './uuid.ts';

/** File names of the documents under /api/v1/ and of their schemas. */
export const JSON_DOCUMENTS = {
  services: { file: 'services.json', schema: 'services.schema.json' },
  providers: { file: 'providers.json', schema: 'providers.schema.json' },
  areas: { file: 'areas.json', schema: 'areas.schema.json' },
} as const;

type DocumentName = keyof typeof JSON_DOCUMENTS;

function envelope(source: OpenDataSource, name: DocumentName, count: number) {
  return {
    $schema: apiUrl(source, JSON_DOCUMENTS[name].schema),
    schemaVersion: SCHEMA_VERSION,
    generatedAt: source.generatedAt.toISOString(),
    licence: { ...LICENCE },
    publisher: source.site.organisation,
    region: source.site.regionName,
    count,
  } as const;
}

/** Name and page address of the service a `service` channel refers to. */
export interface ReferredService {
  name: string;
  url: string;
}

/** Looks up the services a `service` channel may refer to: published services by id. */
export function referredServices(source: OpenDataSource): (id: string) => ReferredService {
  const services = new Map(exportedServices(source).map((service) => [service.id, service]));
  return (id) => ({ name: services.get(id)?.data.title ?? id, url: absoluteUrl(source, pagePath.service(id)) });
}

/**
 * A channel with a dialable `tel` for phones and the name and address of the service a `service`
 * channel refers to; optional fields only when they have a value.
 */
/** Structured opening hours as the content gives them (already normalised by the schema). */
const structured = (channel: Extract<Channel, { type: 'phone' | 'chat' | 'address' }>) =>
  channel.openingHours ? { openingHours: channel.openingHours } : {};

export function exportChannel(channel: Channel, referred: (id: string) => ReferredService): ExportedChannel {
  const extra = <T extends Record<string, string | undefined>>(fields: T) =>
    Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: string };
  switch (channel.type) {
    case 'phone':
      return {
        type: 'phone',
        number: channel.number,
        tel: normalisePhone(channel.number) ?? channel.number.replace(/\s/g, ''),
        ...extra({ label: channel.label, hours: channel.hours }),
        ...structured(channel),
      };
    case 'email':
      return { type: 'email', address: channel.address, ...extra({ label: channel.label }) };
    case 'web':
    case 'eservice':
      return { type: channel.type, url: channel.url, ...extra({ label: channel.label }) };
    case 'chat':
      return { type: 'chat', url: channel.url, ...extra({ label: channel.label, hours: channel.hours }), ...structured(channel) };
    case 'address':
      return {
        type: 'address',
        street: channel.street,
        postalCode: channel.postalCode,
        city: channel.city,
        ...extra({ label: channel.label, hours: channel.hours }),
        ...structured(channel),
        ...(channel.accessibility ? { accessibility: channel.accessibility } : {}),
      };
    case 'service': {
      const target = referred(channel.service);
      return { type: 'service', service: channel.service, name: target.name, url: target.url, ...extra({ label: channel.label }) };
    }
  }
}

export function exportService(
  source: OpenDataSource,
  service: ServiceEntry,
  published: readonly ServiceEntry[],
  referred: (id: string) => ReferredService = referredServices(source),
): ExportedService {
  const data = service.data;
  const provider = providerOf(source, service);
  const content = bodyText(service);
  const age = data.age && (data.age.min !== undefined || data.age.max !== undefined) ? data.age : undefined;
  return {
    id: service.id,
    uuid: idForPath(source.siteUrl, pagePath.service(service.id)),
    url: absoluteUrl(source, pagePath.service(service.id)),
    title: data.title,
    summary: data.summary,
    ...(data.plainSummary === undefined ? {} : { plainSummary: data.plainSummary }),
    ...(data.bring === undefined ? {} : { bring: data.bring }),
    ...(content === undefined ? {} : { content }),
    areas: [...data.areas],
    primaryArea: primaryArea(service),
    provider: {
      id: provider.id,
      uuid: idForPath(source.siteUrl, pagePath.provider(provider.id)),
      name: provider.data.name,
      type: provider.data.type,
      public: isPublicProvider(provider.data.type),
      url: absoluteUrl(source, pagePath.provider(provider.id)),
    },
    audiences: [...data.audiences],
    forWhom: data.forWhom,
    ...(age === undefined
      ? {}
      : { age: { ...(age.min === undefined ? {} : { min: age.min }), ...(age.max === undefined ? {} : { max: age.max }) } }),
    access: data.access.map((route) => ({ route: route.route, text: route.text })),
    canSelfRefer: canSelfRefer(service),
    duration: data.duration,
    cost: { type: data.cost.type, ...(data.cost.text === undefined ? {} : { text: data.cost.text }) },
    languages: [...data.languages],
    municipalities: [...data.municipalities],
    channels: data.channels.map((channel) => exportChannel(channel, referred)),
    systems: { client: [...(data.systems?.client ?? [])], professional: [...(data.systems?.professional ?? [])] },
    keywords: [...data.keywords],
    // Only links that resolve: a related draft or a removed service is left out.
    related: resolveRelated(data.related, published).map((related) => related.id),
    lastReviewed: isoDate(data.lastReviewed),
    owner: data.owner,
    status: data.status,
    // PTV ids let data users join our entry with the national register; the import's hashes stay out.
    ...(data.ptv === undefined ? {} : { ptv: { service: data.ptv.service, channels: [...data.ptv.channels] } }),
    ...(data.status === 'vahvistettu' && data.confirmedBy && data.confirmedOn
      ? { confirmedBy: data.confirmedBy, confirmedOn: isoDate(data.confirmedOn) }
      : {}),
  };
}

export function buildServicesDocument(source: OpenDataSource): ServicesDocument {
  const services = exportedServices(source);
  const referred = referredServices(source);
  return {
    ...envelope(source, 'services', services.length),
    services: services.map((service) => exportService(source, service, services, referred)),
  };
}

export function buildProvidersDocument(source: OpenDataSource): ProvidersDocument {
  const services = exportedServices(source);
  const referred = referredServices(source);
  const providers: ExportedProvider[] = source.providers.map((provider) => ({
    id: provider.id,
    uuid: idForPath(source.siteUrl, pagePath.provider(provider.id)),
    url: absoluteUrl(source, pagePath.provider(provider.id)),
    name: provider.data.name,
    type: provider.data.type,
    public: isPublicProvider(provider.data.type),
    // An unverified address is left out rather than guessed.
    ...(provider.data.website === undefined ? {} : { website: provider.data.website }),
    description: provider.data.description,
    channels: provider.data.channels.map((channel) => exportChannel(channel, referred)),
    services: services.filter((service) => service.data.provider === provider.id).map((service) => service.id),
  }));
  return { ...envelope(source, 'providers', providers.length), providers };
}

export function buildAreasDocument(source: OpenDataSource): AreasDocument {
  const services = exportedServices(source);
  const areas: ExportedArea[] = source.areas.map((area) => {
    const { primary, secondary } = servicesInArea(services, area.id);
    return {
      id: area.id,
      uuid: idForPath(source.siteUrl, pagePath.area(area.id)),
      url: absoluteUrl(source, pagePath.area(area.id)),
      order: area.data.order,
      name: { ...area.data.name },
      description: { ...area.data.description },
      kykyviisari: area.data.kykyviisari,
      services: [...primary, ...secondary].map((service) => service.id),
      primaryServices: primary.map((service) => service.id),
    };
  });
  return { ...envelope(source, 'areas', areas.length), areas };
}
