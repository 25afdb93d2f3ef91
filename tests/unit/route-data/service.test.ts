import { describe, expect, it } from 'vitest';
import { PUBLISHED_LOCALES } from '../../../src/i18n/locales.ts';
import { serviceListEntryFile, serviceRouteData } from '../../../src/route-data/service.ts';
import { fixtureSourceWithMore } from '../../support/content-source.ts';
import * as fixtures from '../../support/export-fixtures.ts';
import { translations } from './fixtures-a.ts';

const source = fixtureSourceWithMore({
  services: [...fixtures.services, fixtures.unverified],
  providers: [...fixtures.providers, fixtures.unknownProvider],
  translations,
});
const service = async (id: string) => {
  const found = await source.getService(id);
  if (!found) throw new Error(id);
  return found;
};

describe('serviceRouteData', () => {
  it('joins the Swedish text over the Finnish master and renders the translation', async () => {
    const data = await serviceRouteData(source, await service(fixtures.coordinator.id), 'sv');
    expect(data.text.title).toBe('Arbetsförmågekoordinator');
    expect(data.text.fallback).toBe(false);
    expect(data.textLang).toBeUndefined();
    expect(data.entry.collection).toBe('serviceTranslations');
    // The access card takes the translated `bring`.
    expect(data.card.bring?.text.text).toBe('Identitetskort.');
  });

  it('falls back to the Finnish master with lang "fi" when there is no translation', async () => {
    const data = await serviceRouteData(source, await service(fixtures.coordinator.id), 'en');
    expect(data.text.title).toBe('Työkykykoordinaattori');
    expect(data.text.fallback).toBe(true);
    expect(data.textLang).toBe('fi');
    expect(data.entry.collection).toBe('services');
    expect(data.entry.id).toBe(fixtures.coordinator.id);
  });

  it('resolves the provider, the areas and the primary area of the breadcrumb', async () => {
    const data = await serviceRouteData(source, await service(fixtures.coordinator.id), 'sv');
    expect(data.provider.id).toBe('eksote');
    expect(data.hasWebsite).toBe(true);
    expect(data.serviceAreas.map((area) => area.id)).toEqual(['tyo-ja-tulevaisuus', 'mieli']);
    expect(data.areas).toHaveLength(7);
    expect(data.primary).toEqual({ name: 'Työ ja tulevaisuus (sv)', href: '/sv/palvelut/tyo-ja-tulevaisuus/' });
    expect(data.verification).toMatchObject({ confirmed: true, by: 'koordinaattoripalvelun vastaava' });
  });

  it('lists only the published related services, as cards in the reader’s language', async () => {
    const data = await serviceRouteData(source, await service(fixtures.coordinator.id), 'sv');
    // "luonnos" is a draft and "poistettu-palvelu" does not exist: both are left out.
    expect(data.related.map((card) => card.id)).toEqual(['klubitalo']);
    expect(data.related[0]).toMatchObject({
      title: fixtures.clubhouse.data.title,
      lang: 'fi',
      providerName: 'Imatran Klubitalo ry',
      areaNames: ['Osallisuus (sv)'],
      selfReferral: true,
    });
  });

  it('links a "Kysy lisää" contact to the other service’s page under its translated name', async () => {
    const sv = await serviceRouteData(source, await service(fixtures.unverified.id), 'sv');
    expect(sv.links.href(fixtures.coordinator.id)).toBe('/sv/palvelu/tyokykykoordinaattori/');
    expect(sv.links.title(fixtures.coordinator.id)).toBe('Arbetsförmågekoordinator');
    expect(sv.links.lang?.(fixtures.coordinator.id)).toBeUndefined();
    const en = await serviceRouteData(source, await service(fixtures.unverified.id), 'en');
    expect(en.links.title(fixtures.coordinator.id)).toBe('Työkykykoordinaattori');
    expect(en.links.lang?.(fixtures.coordinator.id)).toBe('fi');
    expect(en.hasWebsite).toBe(false);
    expect(en.verification.confirmed).toBe(false);
  });

  it('gives the Finnish page the search terms, every page the municipality and language filters', async () => {
    const fi = await serviceRouteData(source, await service(fixtures.coordinator.id), 'fi');
    expect(fi.search.keywords).toEqual(expect.arrayContaining(['työkyky']));
    expect(fi.search.terms.length).toBeGreaterThan(0);
    expect(fi.search.municipalities).toEqual(['Lappeenranta', 'Imatra', 'Ruokolahti']);
    expect(fi.search.languages).toEqual(['fi', 'sv']);
    const sv = await serviceRouteData(source, await service(fixtures.coordinator.id), 'sv');
    expect(sv.search).toMatchObject({ keywords: [], terms: [], municipalities: ['Lappeenranta', 'Imatra', 'Ruokolahti'] });
  });
});

describe('serviceListEntryFile', () => {
  it('holds the service in every published language, the Swedish one translated', async () => {
    const file = await serviceListEntryFile(source, await service(fixtures.coordinator.id));
    expect(file.id).toBe(fixtures.coordinator.id);
    expect(Object.keys(file.entries)).toEqual([...PUBLISHED_LOCALES]);
    expect(file.entries.sv?.title.text).toBe('Arbetsförmågekoordinator');
    expect(file.entries.fi?.title.text).toBe('Työkykykoordinaattori');
  });
});
