// What every open-data builder reads (published entries and the site settings), the addresses of
// the site's pages, and the facts the formats share: licence, versions, public providers.
import { areaPath, areasPath, providerPath, servicePath } from '../routes.ts';
import { localizePath } from '../../i18n/locales.ts';
import type { AreaId, LifeAreaData } from '../../schemas/area.ts';
import type { ProviderData, ProviderType } from '../../schemas/provider.ts';
import type { ServiceData } from '../../schemas/service.ts';
import type { SiteSettings } from '../../schemas/site.ts';

export interface ServiceEntry {
  id: string;
  data: ServiceData;
  /** The MDX body ("Palvelun sisältö") as the editor wrote it. */
  body?: string | undefined;
}

export interface ProviderEntry {
  id: string;
  data: ProviderData;
}

export interface AreaEntry {
  id: AreaId;
  data: LifeAreaData;
}

export interface OpenDataSource {
  site: SiteSettings;
  /** Astro.site: the published address every exported link is built on. */
  siteUrl: URL;
  services: readonly ServiceEntry[];
  providers: readonly ProviderEntry[];
  /** The seven areas in house order. */
  areas: readonly AreaEntry[];
  generatedAt: Date;
}

/** Version of the site's own JSON format (services, providers, areas). Semantic versioning. */
export const SCHEMA_VERSION = '1.0.0';

/** Base path of the open-data API; a breaking change to a format gets /api/v2/. */
export const API_BASE = '/api/v1/';

export const LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Nimeä 4.0 Kansainvälinen (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.fi',
} as const;

/**
 * Provider types that are public authorities. Their services are schema.org GovernmentService and
 * their organisations GovernmentOrganization; the rest are Service / Organization.
 */
export const PUBLIC_PROVIDER_TYPES = [
  'hyvinvointialue',
  'tyollisyysalue',
  'typ',
  'kela',
  'kunta',
  'valtio',
] as const satisfies readonly ProviderType[];

export function isPublicProvider(type: ProviderType): boolean {
  return (PUBLIC_PROVIDER_TYPES as readonly ProviderType[]).includes(type);
}

/** Finnish (master-language) page paths; the open data describes the Finnish site. */
export const pagePath = {
  service: (id: string) => servicePath('fi', id),
  provider: (id: string) => providerPath('fi', id),
  area: (id: AreaId) => areaPath('fi', id),
  areas: () => areasPath('fi'),
  openData: () => localizePath('fi', '/avoin-data/'),
};

export function absoluteUrl(source: Pick<OpenDataSource, 'siteUrl'>, path: string): string {
  return new URL(path, source.siteUrl).href;
}

export function apiUrl(source: Pick<OpenDataSource, 'siteUrl'>, file: string): string {
  return absoluteUrl(source, `${API_BASE}${file}`);
}

/**
 * The services to export. getServices() already drops drafts from builds; this second filter
 * keeps a draft out of the open data even if a caller passes unfiltered entries (or in `astro dev`).
 */
export function exportedServices(source: Pick<OpenDataSource, 'services'>): ServiceEntry[] {
  return source.services.filter((service) => !service.data.draft);
}

export function providerOf(source: Pick<OpenDataSource, 'providers'>, service: ServiceEntry): ProviderEntry {
  const provider = source.providers.find((candidate) => candidate.id === service.data.provider);
  // The content guard rejects dangling provider references before a build starts.
  if (!provider) throw new Error(`Palvelun ${service.id} toimijaa ${service.data.provider} ei löydy.`);
  return provider;
}

/** The body as plain Markdown: trimmed, undefined when empty. */
export function bodyText(service: ServiceEntry): string | undefined {
  const text = service.body?.trim();
  return text ? text : undefined;
}
