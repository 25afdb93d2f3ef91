// Open Referral HSDS 3.0 export: services with their organisation, phones, languages, service
// areas, schedules (as free text where an opening time is known), locations and cost options; the
// seven life areas and the target groups as taxonomies. Every id is a UUID v5 of a page address.
import { languageName, type Translate } from '../../i18n/index.ts';
import type { AreaId } from '../../schemas/area.ts';
import { ACCESSIBILITY_FEATURES, normalisePhone, type AddressChannel, type Channel } from '../../schemas/channel.ts';
import { AUDIENCES, NATIONAL, WHOLE_REGION, type Audience } from '../../schemas/service.ts';
import { areaDescription, areaName } from '../areas.ts';
import { isoDate } from '../dates.ts';
import {
  absoluteUrl,
  bodyText,
  exportedServices,
  pagePath,
  providerOf,
  type OpenDataSource,
  type ProviderEntry,
  type ServiceEntry,
} from './source.ts';
import { hsdsSchedules, type HsdsStructuredSchedule } from './opening-hours.ts';
import { idForPath } from './uuid.ts';

export const HSDS_VERSION = '3.0';
/** The OpenAPI description of the HSDS 3.0 API these files follow (read-only subset). */
export const HSDS_OPENAPI_URL = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json';

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  uri: string;
  version: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  taxonomy_detail: HsdsTaxonomy;
  language: string;
  term_uri?: string;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: string;
  taxonomy_term_id: string;
  taxonomy_term: HsdsTaxonomyTerm;
  value?: string;
}

export interface HsdsPhone {
  id: string;
  service_id?: string;
  organization_id?: string;
  number: string;
  type: 'voice';
  description?: string;
}

/** A schedule: in words (free-text hours) or, from structured hours, as an iCal-style rule. */
export type HsdsSchedule = HsdsStructuredSchedule;

export interface HsdsAccessibility {
  id: string;
  location_id: string;
  description: string;
  details?: string;
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical';
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical' | 'virtual';
  organization_id?: string;
  name: string;
  url?: string;
  addresses?: HsdsAddress[];
  accessibility?: HsdsAccessibility[];
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  schedules: HsdsSchedule[];
  location: HsdsLocation;
}

export interface HsdsLanguage {
  id: string;
  service_id: string;
  name: string;
  code: string;
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  description?: string;
}

export interface HsdsCostOption {
  id: string;
  service_id: string;
  option: string;
  amount?: number;
  currency?: string;
  amount_description?: string;
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  /** Left out when the organisation's address has not been verified (optional in HSDS 3.0). */
  website?: string;
  email?: string;
  phones?: HsdsPhone[];
  locations?: HsdsLocation[];
  services?: HsdsService[];
}

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url: string;
  email?: string;
  status: 'active';
  application_process: string;
  fees_description: string;
  eligibility_description: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date: string;
  phones: HsdsPhone[];
  schedules: HsdsSchedule[];
  service_areas: HsdsServiceArea[];
  service_at_locations: HsdsServiceAtLocation[];
  languages: HsdsLanguage[];
  organization?: HsdsOrganization;
  cost_options: HsdsCostOption[];
  attributes: HsdsAttribute[];
}

/** HSDS API list response; a static site serves everything on one page. */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

export function hsdsPage<T>(contents: readonly T[]): HsdsPage<T> {
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents: [...contents],
  };
}

/** The `/` endpoint of the HSDS API: which version and profile these files follow. */
export function hsdsRoot(source: OpenDataSource) {
  return { version: HSDS_VERSION, profile: absoluteUrl(source, pagePath.openData()), openapi_url: HSDS_OPENAPI_URL };
}

/** Ids of the two taxonomies and their terms. */
const taxonomyPaths = {
  areas: () => pagePath.areas(),
  audiences: () => `${pagePath.openData()}#kohderyhmat`,
  audience: (audience: Audience) => `${pagePath.openData()}#kohderyhma-${audience}`,
};

export function buildTaxonomies(source: OpenDataSource): { areas: HsdsTaxonomy; audiences: HsdsTaxonomy } {
  return {
    areas: {
      id: idForPath(source.siteUrl, taxonomyPaths.areas()),
      name: 'Työllisyystalon elämänalueet',
      description:
        'Seitsemän elämänaluetta, jotka perustuvat Työterveyslaitoksen Kykyviisarin osa-alueisiin. Palvelulla on 1–3 aluetta; ensimmäinen on pääalue.',
      uri: absoluteUrl(source, taxonomyPaths.areas()),
      version: '1',
    },
    audiences: {
      id: idForPath(source.siteUrl, taxonomyPaths.audiences()),
      name: 'Työllisyystalon kohderyhmät',
      description: 'Kenelle palvelu on tarkoitettu.',
      uri: absoluteUrl(source, taxonomyPaths.audiences()),
      version: '1',
    },
  };
}

export function buildTaxonomyTerms(
  source: OpenDataSource,
  t: Translate,
): { areas: Map<AreaId, HsdsTaxonomyTerm>; audiences: Map<Audience, HsdsTaxonomyTerm> } {
  const taxonomies = buildTaxonomies(source);
  const areas = new Map(
    source.areas.map((area): [AreaId, HsdsTaxonomyTerm] => [
      area.id,
      {
        id: idForPath(source.siteUrl, pagePath.area(area.id)),
        code: area.id,
        name: areaName(area, 'fi'),
        description: areaDescription(area, 'fi'),
        taxonomy: taxonomies.areas.name,
        taxonomy_id: taxonomies.areas.id,
        taxonomy_detail: taxonomies.areas,
        language: 'fi',
        term_uri: absoluteUrl(source, pagePath.area(area.id)),
      },
    ]),
  );
  const audiences = new Map(
    AUDIENCES.map((audience): [Audience, HsdsTaxonomyTerm] => [
      audience,
      {
        id: idForPath(source.siteUrl, taxonomyPaths.audience(audience)),
        code: audience,
        name: t(`audience.${audience}`),
        description: `Kohderyhmä: ${t(`audience.${audience}`)}.`,
        taxonomy: taxonomies.audiences.name,
        taxonomy_id: taxonomies.audiences.id,
        taxonomy_detail: taxonomies.audiences,
        language: 'fi',
      },
    ]),
  );
  return { areas, audiences };
}

const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

const dialable = (number: string) => normalisePhone(number) ?? number.replace(/\s/g, '');

function channelDescription(channel: Channel): string | undefined {
  const parts = [channel.label, 'hours' in channel ? channel.hours : undefined].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(': ') : undefined;
}

function phonesOf(
  channels: readonly Channel[],
  owner: { service_id: string } | { organization_id: string },
  base: string,
  source: OpenDataSource,
): HsdsPhone[] {
  return channels.flatMap((channel) =>
    channel.type === 'phone'
      ? [
          {
            id: idForPath(source.siteUrl, `${base}#puhelin-${dialable(channel.number)}-${channel.label ?? ''}`),
            ...owner,
            number: dialable(channel.number),
            type: 'voice' as const,
            ...optional('description', channelDescription(channel)),
          },
        ]
      : [],
  );
}

function addressLocation(
  source: OpenDataSource,
  base: string,
  channel: AddressChannel,
  organizationId: string,
): HsdsLocation {
  const id = idForPath(source.siteUrl, `${base}#sijainti-${channel.postalCode}-${channel.street}`);
  const accessibility = accessibilityOf(source, base, channel, id);
  return {
    id,
    location_type: 'physical',
    organization_id: organizationId,
    name: channel.label ?? `${channel.street}, ${channel.city}`,
    addresses: [
      {
        id: idForPath(source.siteUrl, `${base}#osoite-${channel.postalCode}-${channel.street}`),
        location_id: id,
        address_1: channel.street,
        city: channel.city,
        // Finland has no states; the region (maakunta) is the nearest equivalent.
        state_province: source.site.regionName,
        postal_code: channel.postalCode,
        country: 'FI',
        address_type: 'physical',
      },
    ],
    ...(accessibility ? { accessibility: [accessibility] } : {}),
  };
}

/** The Finnish words of the accessibility features in the HSDS description. */
const FEATURE_WORDS: Record<(typeof ACCESSIBILITY_FEATURES)[number], string> = {
  stepFreeEntrance: 'porrasvapaa sisäänkäynti',
  accessibleToilet: 'esteetön WC',
  inductionLoop: 'induktiosilmukka',
  parking: 'pysäköinti',
};

/** HSDS accessibility of a place: "porrasvapaa sisäänkäynti: on; induktiosilmukka: ei ole", the free text as details. */
function accessibilityOf(source: OpenDataSource, base: string, channel: AddressChannel, locationId: string): HsdsAccessibility | undefined {
  const accessibility = channel.accessibility;
  if (!accessibility) return undefined;
  const features = ACCESSIBILITY_FEATURES.flatMap((key) =>
    accessibility[key] === undefined ? [] : [`${FEATURE_WORDS[key]}: ${accessibility[key] ? 'on' : 'ei ole'}`],
  );
  return {
    id: idForPath(source.siteUrl, `${base}#esteettomyys-${channel.postalCode}-${channel.street}`),
    location_id: locationId,
    description: features.length > 0 ? `${features.join('; ')}.` : (accessibility.description ?? ''),
    ...(features.length > 0 && accessibility.description ? { details: accessibility.description } : {}),
  };
}

function virtualLocation(
  source: OpenDataSource,
  base: string,
  channel: Extract<Channel, { type: 'eservice' | 'chat' }>,
  organizationId: string,
  t: Translate,
): HsdsLocation {
  return {
    id: idForPath(source.siteUrl, `${base}#verkossa-${channel.url}`),
    location_type: 'virtual',
    organization_id: organizationId,
    name: channel.label ?? t(`channel.${channel.type}`),
    url: channel.url,
  };
}

export function buildOrganization(source: OpenDataSource, provider: ProviderEntry): HsdsOrganization {
  const base = pagePath.provider(provider.id);
  const id = idForPath(source.siteUrl, base);
  const channels = provider.data.channels;
  const phones = phonesOf(channels, { organization_id: id }, base, source);
  const locations = channels.flatMap((channel) => (channel.type === 'address' ? [addressLocation(source, base, channel, id)] : []));
  return {
    id,
    name: provider.data.name,
    description: provider.data.description,
    ...optional('website', provider.data.website),
    ...optional('email', channels.find((channel) => channel.type === 'email')?.address),
    ...(phones.length > 0 ? { phones } : {}),
    ...(locations.length > 0 ? { locations } : {}),
  };
}

function serviceAreas(source: OpenDataSource, service: ServiceEntry, serviceId: string): HsdsServiceArea[] {
  const base = pagePath.service(service.id);
  return service.data.municipalities.map((municipality) => ({
    id: idForPath(source.siteUrl, `${base}#alue-${municipality}`),
    service_id: serviceId,
    ...(municipality === WHOLE_REGION
      ? { name: source.site.regionName, description: `Kaikki alueen kunnat: ${source.site.municipalities.join(', ')}.` }
      : municipality === NATIONAL
        ? { name: 'Suomi', description: 'Valtakunnallinen palvelu.' }
        : { name: municipality }),
  }));
}

/** One cost option; none when the price is not known (fees_description still says so in words). */
function costOptions(source: OpenDataSource, service: ServiceEntry, serviceId: string, t: Translate): HsdsCostOption[] {
  const cost = service.data.cost;
  if (cost.type === 'ei-tiedossa') return [];
  return [
    {
      id: idForPath(source.siteUrl, `${pagePath.service(service.id)}#hinta`),
      service_id: serviceId,
      option: t(`cost.${cost.type}`),
      ...(cost.type === 'maksuton' ? { amount: 0, currency: 'EUR' } : {}),
      ...optional('amount_description', cost.text),
    },
  ];
}

export function buildHsdsService(
  source: OpenDataSource,
  service: ServiceEntry,
  t: Translate,
  options: { withOrganization?: boolean } = {},
): HsdsService {
  const data = service.data;
  const base = pagePath.service(service.id);
  const id = idForPath(source.siteUrl, base);
  const provider = providerOf(source, service);
  const organization = buildOrganization(source, provider);
  const terms = buildTaxonomyTerms(source, t);
  const body = bodyText(service);

  const serviceAtLocations = data.channels.flatMap((channel): HsdsServiceAtLocation[] => {
    if (channel.type !== 'address' && channel.type !== 'eservice' && channel.type !== 'chat') return [];
    const location =
      channel.type === 'address'
        ? addressLocation(source, base, channel, organization.id)
        : virtualLocation(source, base, channel, organization.id, t);
    const linkId = idForPath(source.siteUrl, `${base}#palvelupiste-${location.id}`);
    const hours = channel.type === 'eservice' ? undefined : channel.hours;
    const structured = channel.type === 'eservice' ? undefined : channel.openingHours;
    const attendingType = t(`channel.${channel.type}`);
    return [
      {
        id: linkId,
        service_id: id,
        location_id: location.id,
        schedules: [
          ...(hours === undefined
            ? []
            : [
                {
                  id: idForPath(source.siteUrl, `${base}#aukiolo-${location.id}`),
                  service_at_location_id: linkId,
                  description: hours,
                  attending_type: attendingType,
                },
              ]),
          ...(structured === undefined
            ? []
            : hsdsSchedules(
                structured,
                { service_at_location_id: linkId },
                (key) => idForPath(source.siteUrl, `${base}#aukiolo-${location.id}-${key}`),
                attendingType,
              )),
        ],
        location,
      },
    ];
  });

  // Phone hours have no location in HSDS; they become service schedules described in words.
  const schedules: HsdsSchedule[] = data.channels.flatMap((channel) => {
    if (channel.type !== 'phone') return [];
    const key = `${base}#puhelinaika-${dialable(channel.number)}-${channel.label ?? ''}`;
    const attendingType = t('channel.phone');
    return [
      ...(channel.hours === undefined
        ? []
        : [
            {
              id: idForPath(source.siteUrl, key),
              service_id: id,
              description: `${channel.label ?? t('channel.phone')} ${channel.number}: ${channel.hours}`,
              attending_type: attendingType,
            },
          ]),
      // Structured phone hours say which number they belong to in the description.
      ...(channel.openingHours === undefined
        ? []
        : hsdsSchedules(channel.openingHours, { service_id: id }, (part) => idForPath(source.siteUrl, `${key}-${part}`), attendingType).map(
            (schedule) => ({ ...schedule, description: `${channel.label ?? t('channel.phone')} ${channel.number}: ${schedule.description}` }),
          )),
    ];
  });

  const attribute = (term: HsdsTaxonomyTerm, linkType: string, value?: string): HsdsAttribute => ({
    id: idForPath(source.siteUrl, `${base}#luokitus-${term.taxonomy_id}-${term.code}`),
    link_id: id,
    link_type: linkType,
    link_entity: 'service',
    taxonomy_term_id: term.id,
    taxonomy_term: term,
    ...optional('value', value),
  });

  const web = data.channels.find((channel) => channel.type === 'web');
  return {
    id,
    organization_id: organization.id,
    name: data.title,
    description: body === undefined ? data.summary : `${data.summary}\n\n${body}`,
    // The service's own web page when it has one, otherwise its page in Työllisyystalo.
    url: web?.url ?? absoluteUrl(source, base),
    ...optional('email', data.channels.find((channel) => channel.type === 'email')?.address),
    status: 'active',
    application_process: data.access.map((route) => `${t(`access.${route.route}`)}: ${route.text}`).join('\n'),
    fees_description: [t(`cost.${data.cost.type}`), data.cost.text].filter(Boolean).join(': '),
    eligibility_description: data.forWhom,
    ...optional('minimum_age', data.age?.min),
    ...optional('maximum_age', data.age?.max),
    assured_date: isoDate(data.lastReviewed),
    phones: phonesOf(data.channels, { service_id: id }, base, source),
    schedules,
    service_areas: serviceAreas(source, service, id),
    service_at_locations: serviceAtLocations,
    languages: data.languages.map((code) => ({
      id: idForPath(source.siteUrl, `${base}#kieli-${code}`),
      service_id: id,
      name: languageName(t, code),
      code,
    })),
    ...(options.withOrganization === false ? {} : { organization }),
    cost_options: costOptions(source, service, id, t),
    attributes: [
      ...data.areas.flatMap((area, index) => {
        const term = terms.areas.get(area);
        return term ? [attribute(term, 'category', index === 0 ? 'pääalue' : undefined)] : [];
      }),
      ...data.audiences.flatMap((audience) => {
        const term = terms.audiences.get(audience);
        return term ? [attribute(term, 'audience')] : [];
      }),
    ],
  };
}

export function buildHsdsServices(source: OpenDataSource, t: Translate): HsdsService[] {
  return exportedServices(source).map((service) => buildHsdsService(source, service, t));
}

/** Organisations with their services nested (as in HSDS organization.json). */
export function buildHsdsOrganizations(source: OpenDataSource, t: Translate, options: { withServices?: boolean } = {}): HsdsOrganization[] {
  const services = exportedServices(source);
  return source.providers.map((provider) => ({
    ...buildOrganization(source, provider),
    ...(options.withServices
      ? {
          services: services
            .filter((service) => service.data.provider === provider.id)
            .map((service) => buildHsdsService(source, service, t, { withOrganization: false })),
        }
      : {}),
  }));
}

export function buildHsdsTaxonomyTerms(source: OpenDataSource, t: Translate): HsdsTaxonomyTerm[] {
  const terms = buildTaxonomyTerms(source, t);
  return [...terms.areas.values(), ...terms.audiences.values()];
}
