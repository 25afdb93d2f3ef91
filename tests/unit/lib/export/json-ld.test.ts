// schema.org JSON-LD for service and provider pages, and its safe serialisation into <script>.
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../../src/i18n/index.ts';
import { PROVIDER_TYPES } from '../../../../src/schemas/provider.ts';
import { organizationJsonLd, organizationType, serializeJsonLd, serviceJsonLd, serviceType } from '../../../../src/lib/export/json-ld.ts';
import { PUBLIC_PROVIDER_TYPES } from '../../../../src/lib/export/source.ts';
import { SITE_URL, areas, clubhouse, coordinator, crisisLine, providers, site, unknownProvider, unverified } from '../../../support/export-fixtures.ts';

const t = useTranslations('fi');
const providerOf = (id: string) => {
  const found = providers.find((provider) => provider.id === id);
  if (!found) throw new Error(`No provider ${id}`);
  return found;
};
const ld = (service: typeof coordinator) =>
  serviceJsonLd({ service, provider: providerOf(service.data.provider), areas, site, t, siteUrl: SITE_URL, locale: 'fi' });

/** The text between the opening tag and the first "</script" an HTML parser would see. */
function scriptText(html: string): string {
  const start = html.indexOf('>') + 1;
  return html.slice(start, html.toLowerCase().indexOf('</script', start));
}

describe('serializeJsonLd', () => {
  const hostile = {
    name: 'Palvelu </script><script>alert(1)</script>',
    description: '<!-- kommentti --> & </SCRIPT > \u2028 rivi',
  };

  it('cannot end the script element or open a comment, whatever the text', () => {
    const json = serializeJsonLd(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    const html = `<script type="application/ld+json">${json}</script><p>seuraava</p>`;
    expect(scriptText(html)).toBe(json);
  });

  it('still parses to exactly the same data', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
    expect(JSON.parse(serializeJsonLd(ld(clubhouse)))).toEqual(JSON.parse(JSON.stringify(ld(clubhouse))));
  });
});

describe('serviceJsonLd', () => {
  it('is a GovernmentService when a public authority provides it and a Service otherwise', () => {
    expect(ld(coordinator)['@type']).toBe('GovernmentService');
    expect(ld(clubhouse)['@type']).toBe('Service');
    for (const type of PROVIDER_TYPES) {
      expect(serviceType(type)).toBe((PUBLIC_PROVIDER_TYPES as readonly string[]).includes(type) ? 'GovernmentService' : 'Service');
    }
  });

  it('names the service, its page, provider, area served and audience', () => {
    expect(ld(coordinator)).toMatchObject({
      '@context': 'https://schema.org',
      '@id': 'https://tyollisyystalo.example/palvelu/tyokykykoordinaattori/#palvelu',
      name: 'Työkykykoordinaattori',
      description: coordinator.data.summary,
      url: 'https://tyollisyystalo.example/palvelu/tyokykykoordinaattori/',
      provider: {
        '@type': 'GovernmentOrganization',
        '@id': 'https://tyollisyystalo.example/toimijat/eksote/#toimija',
        name: 'Etelä-Karjalan hyvinvointialue (Eksote)',
      },
      category: ['Työ ja tulevaisuus', 'Mieli'],
      areaServed: [{ '@type': 'AdministrativeArea', name: 'Etelä-Karjala' }],
      audience: [
        { '@type': 'PeopleAudience', audienceType: 'Työttömät', suggestedMinAge: 18, suggestedMaxAge: 64 },
        { '@type': 'PeopleAudience', audienceType: 'Osatyökykyiset', suggestedMinAge: 18, suggestedMaxAge: 64 },
      ],
      offers: { '@type': 'Offer', price: '0', priceCurrency: 'EUR' },
    });
    expect(ld(clubhouse).provider).toMatchObject({ '@type': 'NGO' });
    expect(ld(clubhouse).areaServed).toEqual([
      { '@type': 'AdministrativeArea', name: 'Imatra' },
      { '@type': 'AdministrativeArea', name: 'Ruokolahti' },
    ]);
    expect(ld(crisisLine).areaServed).toEqual([{ '@type': 'Country', name: 'Suomi', identifier: 'FI' }]);
  });

  it('lists the channels with phone, URL and location', () => {
    const channels = ld(coordinator).availableChannel as Record<string, unknown>[];
    expect(channels).toHaveLength(coordinator.data.channels.length);
    expect(channels[0]).toMatchObject({
      '@type': 'ServiceChannel',
      name: 'Neuvonta',
      availableLanguage: ['fi', 'sv'],
      servicePhone: { '@type': 'ContactPoint', telephone: '+358400001234', description: 'Palveluajat: ma–pe 9–15' },
    });
    expect(channels[2]).toMatchObject({ serviceUrl: 'https://www.eksote.fi/tyokyky/' });
    expect(channels[5]).toMatchObject({
      serviceLocation: {
        '@type': 'Place',
        name: 'Työkykytalo',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Valtakatu 1',
          postalCode: '53100',
          addressLocality: 'Lappeenranta',
          addressCountry: 'FI',
        },
      },
    });
  });

  it('uses the translated name on a translated page but keeps one @id for every language', () => {
    const sv = serviceJsonLd({
      service: coordinator,
      provider: providerOf('eksote'),
      areas,
      site,
      t,
      siteUrl: SITE_URL,
      locale: 'sv',
      text: { title: 'Arbetsförmågekoordinator', summary: 'På svenska.' },
    });
    expect(sv).toMatchObject({
      name: 'Arbetsförmågekoordinator',
      url: 'https://tyollisyystalo.example/sv/palvelu/tyokykykoordinaattori/',
      '@id': ld(coordinator)['@id'],
    });
  });
});

describe('a service of an organisation whose web address and price are not known', () => {
  const node = serviceJsonLd({ service: unverified, provider: unknownProvider, areas, site, t, siteUrl: SITE_URL, locale: 'sv' });

  it('names the provider without a url and makes no offer', () => {
    expect(node.provider).toEqual({
      '@type': 'NGO',
      '@id': 'https://tyollisyystalo.example/toimijat/tuntematon-yhdistys/#toimija',
      name: 'Tuntematon yhdistys',
    });
    expect(node).not.toHaveProperty('offers');
  });

  it('points its channel to the page of the service that can tell more, in the page language', () => {
    expect(node.availableChannel).toEqual([
      {
        '@type': 'ServiceChannel',
        name: 'Kysy koordinaattorilta',
        availableLanguage: ['fi'],
        serviceUrl: 'https://tyollisyystalo.example/sv/palvelu/tyokykykoordinaattori/',
      },
    ]);
  });

  it('gives the organisation node no url either', () => {
    const organization = organizationJsonLd({ provider: unknownProvider, services: [unverified], siteUrl: SITE_URL, locale: 'fi' });
    expect(organization).not.toHaveProperty('url');
    expect(organization.mainEntityOfPage).toBe('https://tyollisyystalo.example/toimijat/tuntematon-yhdistys/');
  });
});

describe('organizationJsonLd', () => {
  it('describes the provider with its contacts, places and services', () => {
    const node = organizationJsonLd({ provider: providerOf('eksote'), services: [coordinator], siteUrl: SITE_URL, locale: 'fi' });
    expect(node).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentOrganization',
      '@id': 'https://tyollisyystalo.example/toimijat/eksote/#toimija',
      url: 'https://eksote.example.fi/',
      mainEntityOfPage: 'https://tyollisyystalo.example/toimijat/eksote/',
      contactPoint: [
        { '@type': 'ContactPoint', name: 'Vaihde', telephone: '+35850001234', description: 'ma–pe 8–16' },
        { '@type': 'ContactPoint', email: 'kirjaamo@eksote.example.fi' },
      ],
      location: [{ '@type': 'Place', name: 'Hallinto', address: { postalCode: '53100' } }],
      makesOffer: [{ '@type': 'Offer', itemOffered: { '@type': 'GovernmentService', name: 'Työkykykoordinaattori' } }],
    });
  });

  it('uses a fitting Organization type for every kind of provider', () => {
    expect(PROVIDER_TYPES.map((type) => [type, organizationType(type)])).toEqual([
      ['hyvinvointialue', 'GovernmentOrganization'],
      ['tyollisyysalue', 'GovernmentOrganization'],
      ['typ', 'GovernmentOrganization'],
      ['kela', 'GovernmentOrganization'],
      ['jarjesto', 'NGO'],
      ['seurakunta', 'Organization'],
      ['oppilaitos', 'EducationalOrganization'],
      ['kunta', 'GovernmentOrganization'],
      ['valtio', 'GovernmentOrganization'],
      ['yritys', 'Organization'],
    ]);
  });

  it('leaves out contact fields the provider does not have', () => {
    const node = organizationJsonLd({ provider: providerOf('kela'), services: [], siteUrl: SITE_URL, locale: 'fi' });
    expect(node).not.toHaveProperty('contactPoint');
    expect(node).not.toHaveProperty('location');
    expect(node.makesOffer).toEqual([]);
  });
});
