// The region in the reader's language: the name from site.yaml's regionNames, the Finnish name as a
// fallback, the inessive only in Finnish sentences, and "koko alue" / "valtakunnallinen" in words.
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n/index.ts';
import { municipalityLabel, regionInSentence, regionName } from '../../../src/lib/region.ts';

const site = { regionName: 'Etelä-Karjala', regionInessive: 'Etelä-Karjalassa', regionNames: { sv: 'Södra Karelen', en: 'South Karelia' } };
const finnishOnly = { regionName: 'Kymenlaakso', regionInessive: 'Kymenlaaksossa' };

describe('regionName', () => {
  it('uses the name site.yaml gives for the language', () => {
    expect(regionName(site, 'fi')).toBe('Etelä-Karjala');
    expect(regionName(site, 'sv')).toBe('Södra Karelen');
    expect(regionName(site, 'en')).toBe('South Karelia');
  });

  it('falls back to the Finnish name, never to the inflected form', () => {
    expect(regionName(finnishOnly, 'sv')).toBe('Kymenlaakso');
    expect(regionName({ ...site, regionNames: { sv: 'Södra Karelen' } }, 'en')).toBe('Etelä-Karjala');
  });
});

describe('regionInSentence', () => {
  it('is the inessive in Finnish and the plain name elsewhere', () => {
    expect(regionInSentence(site, 'fi')).toBe('Etelä-Karjalassa');
    expect(regionInSentence(site, 'en')).toBe('South Karelia');
    expect(regionInSentence(finnishOnly, 'sv')).toBe('Kymenlaakso');
  });

  it('reads as a sentence in the home lead of every language', () => {
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const lead = useTranslations(locale)('home.lead', { region: regionInSentence(site, locale) });
      expect(lead).toContain(locale === 'fi' ? 'Etelä-Karjalassa' : regionName(site, locale));
      if (locale !== 'fi') expect(lead).not.toContain('Etelä-Karjala');
    }
  });
});

describe('municipalityLabel', () => {
  it('says the whole region and the whole country in the reader’s language', () => {
    expect(municipalityLabel('koko alue', site, 'fi', useTranslations('fi'))).toBe('Koko Etelä-Karjala');
    expect(municipalityLabel('koko alue', site, 'sv', useTranslations('sv'))).toBe('Hela Södra Karelen');
    expect(municipalityLabel('koko alue', site, 'en', useTranslations('en'))).toBe('All of South Karelia');
    expect(municipalityLabel('valtakunnallinen', site, 'sv', useTranslations('sv'))).toBe('Hela Finland');
    expect(municipalityLabel('valtakunnallinen', site, 'en', useTranslations('en'))).toBe('All of Finland');
  });

  it('keeps a municipality’s name as written', () => {
    expect(municipalityLabel('Lappeenranta', site, 'en', useTranslations('en'))).toBe('Lappeenranta');
  });
});
