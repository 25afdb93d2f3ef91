// The open-data files the site publishes, in the order the "Avoin data" page lists them. The page
// and the end-to-end tests read this list, so a new endpoint is documented and checked at once.
import type { UiKey } from '../../i18n/index.ts';
import { API_BASE } from './source.ts';
import { JSON_DOCUMENTS } from './json-api.ts';
import { NEWS_FEED_PATH } from './rss.ts';

export interface OpenDataEndpoint {
  /** Root-relative path; `{id}` marks a per-entry file. */
  path: string;
  format: string;
  description: UiKey;
  /** Which count the description's {count} shows. */
  count?: 'services' | 'providers';
}

const api = (file: string) => `${API_BASE}${file}`;

export const OPEN_DATA_ENDPOINTS: readonly OpenDataEndpoint[] = [
  { path: api(JSON_DOCUMENTS.services.file), format: 'JSON', description: 'openData.endpoint.services', count: 'services' },
  { path: api(JSON_DOCUMENTS.services.schema), format: 'JSON Schema', description: 'openData.endpoint.servicesSchema' },
  { path: api('services.csv'), format: 'CSV', description: 'openData.endpoint.servicesCsv', count: 'services' },
  { path: api(JSON_DOCUMENTS.providers.file), format: 'JSON', description: 'openData.endpoint.providers', count: 'providers' },
  { path: api(JSON_DOCUMENTS.providers.schema), format: 'JSON Schema', description: 'openData.endpoint.providersSchema' },
  { path: api(JSON_DOCUMENTS.areas.file), format: 'JSON', description: 'openData.endpoint.areas' },
  { path: api(JSON_DOCUMENTS.areas.schema), format: 'JSON Schema', description: 'openData.endpoint.areasSchema' },
  { path: api('hsds/index.json'), format: 'HSDS 3.0', description: 'openData.endpoint.hsdsRoot' },
  { path: api('hsds/services.json'), format: 'HSDS 3.0', description: 'openData.endpoint.hsdsServices' },
  { path: api('hsds/services/{id}.json'), format: 'HSDS 3.0', description: 'openData.endpoint.hsdsService' },
  { path: api('hsds/organizations.json'), format: 'HSDS 3.0', description: 'openData.endpoint.hsdsOrganizations' },
  { path: api('hsds/organizations/{id}.json'), format: 'HSDS 3.0', description: 'openData.endpoint.hsdsOrganization' },
  { path: api('hsds/taxonomies.json'), format: 'HSDS 3.0', description: 'openData.endpoint.hsdsTaxonomies' },
  { path: api('hsds/taxonomy_terms.json'), format: 'HSDS 3.0', description: 'openData.endpoint.hsdsTaxonomyTerms' },
  { path: NEWS_FEED_PATH, format: 'RSS 2.0', description: 'openData.endpoint.rss' },
];
