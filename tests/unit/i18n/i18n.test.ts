// Locales, localised paths and UI strings.
import { describe, expect, it } from 'vitest';
import { interpolate, isUiKey, languageName, useTranslations } from '../../../src/i18n/index.ts';
import { localizePath, splitLocale } from '../../../src/i18n/locales.ts';
import { formatDate, isoDate, isStale } from '../../../src/lib/dates.ts';
import { feedbackUrl } from '../../../src/lib/feedback.ts';

describe('localizePath', () => {
  it('keeps Finnish at the root and prefixes other locales', () => {
    expect(localizePath('fi', '/palvelut/')).toBe('/palvelut/');
    expect(localizePath('sv', '/palvelut/')).toBe('/sv/palvelut/');
    expect(localizePath('en', 'haku/')).toBe('/en/haku/');
  });

  it('round-trips through splitLocale', () => {
    expect(splitLocale('/sv/palvelu/omaolo/')).toEqual({ locale: 'sv', path: '/palvelu/omaolo/' });
    expect(splitLocale('/palvelu/omaolo/')).toEqual({ locale: 'fi', path: '/palvelu/omaolo/' });
    expect(splitLocale('/en')).toEqual({ locale: 'en', path: '/' });
    expect(splitLocale('/svenska/')).toEqual({ locale: 'fi', path: '/svenska/' });
  });
});

describe('translations', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{count} palvelua, {x}', { count: 3 })).toBe('3 palvelua, {x}');
  });

  it('returns Finnish strings with variables', () => {
    const t = useTranslations('fi');
    expect(t('area.count', { count: 5 })).toBe('5 palvelua');
  });

  it('names languages in Finnish and shows unknown codes as codes', () => {
    const t = useTranslations('fi');
    expect(languageName(t, 'sv')).toBe('ruotsi');
    expect(languageName(t, 'zz')).toBe('kielikoodi zz');
  });
});

describe('dates', () => {
  it('formats dates the Finnish way', () => {
    expect(formatDate(new Date('2026-11-03T00:00:00Z'), 'fi')).toBe('3.11.2026');
    expect(isoDate(new Date('2026-11-03T00:00:00Z'))).toBe('2026-11-03');
  });

  it('calls content stale after twelve months', () => {
    const now = new Date('2026-11-23T00:00:00Z');
    expect(isStale(new Date('2025-11-01T00:00:00Z'), now)).toBe(true);
    expect(isStale(new Date('2026-01-01T00:00:00Z'), now)).toBe(false);
  });
});

describe('feedbackUrl', () => {
  it('prefills an issue form with the service name and page address', () => {
    const url = new URL(feedbackUrl({ feedback: { issueUrl: 'https://github.com/o/r/issues/new' } }, { title: 'Virhe: Omaolo', pageUrl: 'https://x.fi/palvelu/omaolo/' }));
    expect(url.searchParams.get('title')).toBe('Virhe: Omaolo');
    expect(url.searchParams.get('body')).toContain('https://x.fi/palvelu/omaolo/');
  });

  it('falls back to e-mail with spaces encoded for mail clients', () => {
    const href = feedbackUrl({ feedback: { email: 'palaute@example.fi' } }, { title: 'Virhe palvelussa' });
    expect(href).toBe('mailto:palaute@example.fi?subject=Virhe%20palvelussa');
  });
});

describe('isUiKey', () => {
  it('accepts a key built at run time only when the interface has that text', () => {
    expect(isUiKey('access.kela')).toBe(true);
    // An old version of a service file may hold a route that no longer exists.
    expect(isUiKey('access.poistunut-reitti')).toBe(false);
    expect(languageName(useTranslations('fi'), 'sv')).toBe('ruotsi');
    expect(languageName(useTranslations('fi'), 'xx')).toContain('xx');
  });
});
