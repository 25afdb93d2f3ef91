// schema.org JSON-LD for service and provider pages, and a serialiser that is safe inside a
// <script> element: no text from the content can close the element or open an HTML comment.
import type { Translate } from '../../i18n/index.ts';
import { localizePath, type Locale } from '../../i18n/locales.ts';
import { ACCESSIBILITY_FEATURES, normalisePhone, type Channel } from '../../schemas/channel.ts';
import type { ProviderType } from '../../schemas/provider.ts';
import { NATIONAL, WHOLE_REGION, type Audience } from '../../schemas/service.ts';
import type { SiteSettings } from '../../schemas/site.ts';
import { areaName } from '../areas.ts';
import { openingHoursSpecification } from './opening-hours.ts';
import { isPublicProvider, pagePath, type AreaEntry, type ProviderEntry, type ServiceEntry } from './source.ts';

/** A JSON-LD node: plain JSON with schema.org keys. */
export type JsonLd = { '@context'?: string; '@type': string; [key: string]: unknown };

/**
 * JSON for a <script type="application/ld+json"> element. The HTML parser ends the element at
 * the first "</script" and treats "<!--" specially, whatever JSON thinks of them, so every <, >
 * and & is written as a \u escape (still the same string to a JSON parser). U+2028 and U+2029
 * are escaped too, for consumers that evaluate the text as JavaScript.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const CONTEXT = 'https://schema.org';

/** schema.org type of a provider: public authorities, NGOs and schools have their own types. */
export function organizationType(type: ProviderType): string {
  if (isPublicProvider(type)) return 'GovernmentOrganization';
  if (type === 'jarjesto') return 'NGO';
  if (type === 'oppilaitos') return 'EducationalOrganization';
  return 'Organization';
}

/** GovernmentService when a public authority provides it, otherwise Service. */
export function serviceType(type: ProviderType): 'GovernmentService' | 'Service' {
  return isPublicProvider(type) ? 'GovernmentService' : 'Service';
}

interface Urls {
  siteUrl: URL;
  locale: Locale;
}

/** Nodes are identified by their Finnish page address, so every language version describes one thing. */
const nodeId = (siteUrl: URL, path: string, fragment: string) => `${new URL(path, siteUrl).href}#${fragment}`;
const localeUrl = ({ siteUrl, locale }: Urls, path: string) => new URL(localizePath(locale, path), siteUrl).href;

const withoutUndefined = (node: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(node).filter(([, value]) => value !== undefined));

/** The provider of a service; `url` only when its official address has been verified. */
function providerNode(provider: ProviderEntry, siteUrl: URL): JsonLd {
  return withoutUndefined({
    '@type': organizationType(provider.data.type),
    '@id': nodeId(siteUrl, pagePath.provider(provider.id), 'toimija'),
    name: provider.data.name,
    url: provider.data.website,
  }) as JsonLd;
}

/** schema.org `hoursAvailable` / `openingHoursSpecification` of a channel with structured hours. */
function hoursOf(channel: Channel): { hoursAvailable?: unknown[] } {
  return 'openingHours' in channel && channel.openingHours ? { hoursAvailable: openingHoursSpecification(channel.openingHours) } : {};
}

/** A place: its address, structured hours and the accessibility features the content states. */
function placeNode(channel: Extract<Channel, { type: 'address' }>, description?: string): JsonLd {
  const accessibility = channel.accessibility;
  const feature = (name: string, value: boolean | string) => ({ '@type': 'LocationFeatureSpecification', name, value });
  const features = accessibility
    ? [
        ...ACCESSIBILITY_FEATURES.flatMap((key) => {
          const value = accessibility[key];
          return value === undefined ? [] : [feature(SCHEMA_FEATURE_NAMES[key], value)];
        }),
        ...(accessibility.description ? [feature('Accessibility', accessibility.description)] : []),
      ]
    : [];
  return withoutUndefined({
    '@type': 'Place',
    name: channel.label,
    address: postalAddress(channel),
    description,
    openingHoursSpecification: channel.openingHours ? openingHoursSpecification(channel.openingHours) : undefined,
    amenityFeature: features.length > 0 ? features : undefined,
  }) as JsonLd;
}

/** English feature names, as schema.org amenity features are usually named. */
const SCHEMA_FEATURE_NAMES: Record<(typeof ACCESSIBILITY_FEATURES)[number], string> = {
  stepFreeEntrance: 'Step-free entrance',
  accessibleToilet: 'Accessible toilet',
  inductionLoop: 'Induction loop',
  parking: 'Parking',
};

function postalAddress(channel: Extract<Channel, { type: 'address' }>): JsonLd {
  return {
    '@type': 'PostalAddress',
    streetAddress: channel.street,
    postalCode: channel.postalCode,
    addressLocality: channel.city,
    addressCountry: 'FI',
  };
}

/**
 * One schema.org ServiceChannel per contact channel: phone, web address or place. A `service`
 * channel points to the page of the service on this site that can tell more.
 */
function serviceChannel(channel: Channel, languages: readonly string[], t: Translate, urls: Urls): JsonLd {
  const name = channel.label ?? t(`channel.${channel.type}`);
  const description = 'hours' in channel && channel.hours ? `${t('channel.hours')}: ${channel.hours}` : undefined;
  const base = { '@type': 'ServiceChannel', name, availableLanguage: [...languages] };
  switch (channel.type) {
    case 'phone':
      return {
        ...base,
        servicePhone: withoutUndefined({
          '@type': 'ContactPoint',
          telephone: normalisePhone(channel.number) ?? channel.number,
          description,
          ...hoursOf(channel),
        }),
      };
    case 'email':
      return { ...base, serviceUrl: `mailto:${channel.address}` };
    case 'web':
    case 'eservice':
    case 'chat':
      return withoutUndefined({ ...base, serviceUrl: channel.url, description }) as JsonLd;
    case 'address':
      return {
        ...base,
        serviceLocation: placeNode(channel, description),
      };
    case 'service':
      return { ...base, serviceUrl: localeUrl(urls, pagePath.service(channel.service)) };
  }
}

function areaServed(municipalities: readonly string[], site: SiteSettings): JsonLd[] {
  return municipalities.map((municipality) => {
    if (municipality === NATIONAL) return { '@type': 'Country', name: 'Suomi', identifier: 'FI' };
    if (municipality === WHOLE_REGION) return { '@type': 'AdministrativeArea', name: site.regionName };
    return { '@type': 'AdministrativeArea', name: municipality };
  });
}

export interface ServiceJsonLdInput extends Urls {
  service: ServiceEntry;
  provider: ProviderEntry;
  areas: readonly AreaEntry[];
  site: SiteSettings;
  t: Translate;
  /** The name and description in the page's language when they are translated. */
  text?: { title: string; summary: string };
}

export function serviceJsonLd({ service, provider, areas, site, t, text, siteUrl, locale }: ServiceJsonLdInput): JsonLd {
  const data = service.data;
  const age = data.age ?? {};
  const audience = (key: Audience) =>
    withoutUndefined({
      '@type': 'PeopleAudience',
      audienceType: t(`audience.${key}`),
      suggestedMinAge: age.min,
      suggestedMaxAge: age.max,
    });
  return {
    '@context': CONTEXT,
    '@type': serviceType(provider.data.type),
    '@id': nodeId(siteUrl, pagePath.service(service.id), 'palvelu'),
    name: text?.title ?? data.title,
    description: text?.summary ?? data.summary,
    url: localeUrl({ siteUrl, locale }, pagePath.service(service.id)),
    provider: providerNode(provider, siteUrl),
    category: data.areas.map((id) => {
      const area = areas.find((candidate) => candidate.id === id);
      return area ? areaName(area, locale) : id;
    }),
    areaServed: areaServed(data.municipalities, site),
    audience: data.audiences.map(audience),
    availableChannel: data.channels.map((channel) => serviceChannel(channel, data.languages, t, { siteUrl, locale })),
    // No offer at all when the price is not known: an Offer would suggest terms nobody has checked.
    ...(data.cost.type === 'ei-tiedossa'
      ? {}
      : {
          offers: withoutUndefined({
            '@type': 'Offer',
            ...(data.cost.type === 'maksuton' ? { price: '0', priceCurrency: 'EUR' } : {}),
            description: [t(`cost.${data.cost.type}`), data.cost.text].filter(Boolean).join(': '),
          }),
        }),
  };
}

export interface OrganizationJsonLdInput extends Urls {
  provider: ProviderEntry;
  /** The provider's published services. */
  services: readonly ServiceEntry[];
}

export function organizationJsonLd({ provider, services, siteUrl, locale }: OrganizationJsonLdInput): JsonLd {
  const channels = provider.data.channels;
  const contactPoint = channels.flatMap((channel) => {
    if (channel.type === 'phone') {
      return [
        withoutUndefined({
          '@type': 'ContactPoint',
          name: channel.label,
          telephone: normalisePhone(channel.number) ?? channel.number,
          description: channel.hours,
          ...hoursOf(channel),
        }),
      ];
    }
    if (channel.type === 'email') return [withoutUndefined({ '@type': 'ContactPoint', name: channel.label, email: channel.address })];
    return [];
  });
  const places = channels.flatMap((channel) =>
    channel.type === 'address' ? [placeNode(channel)] : [],
  );
  return withoutUndefined({
    '@context': CONTEXT,
    '@type': organizationType(provider.data.type),
    '@id': nodeId(siteUrl, pagePath.provider(provider.id), 'toimija'),
    name: provider.data.name,
    description: provider.data.description,
    url: provider.data.website,
    mainEntityOfPage: localeUrl({ siteUrl, locale }, pagePath.provider(provider.id)),
    contactPoint: contactPoint.length > 0 ? contactPoint : undefined,
    location: places.length > 0 ? places : undefined,
    makesOffer: services.map((service) => ({
      '@type': 'Offer',
      itemOffered: {
        '@type': serviceType(provider.data.type),
        '@id': nodeId(siteUrl, pagePath.service(service.id), 'palvelu'),
        name: service.data.title,
        url: localeUrl({ siteUrl, locale }, pagePath.service(service.id)),
      },
    })),
  }) as JsonLd;
}
