// The region in the reader's language: its name, the form a sentence's {region} placeholder takes,
// and the area a service covers ("koko alue", "valtakunnallinen" or municipalities) in words.
import type { Translate } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { NATIONAL, WHOLE_REGION } from '../schemas/service.ts';
import type { SiteSettings } from '../schemas/site.ts';

type RegionSettings = Pick<SiteSettings, 'regionName' | 'regionInessive' | 'regionNames'>;

/** "Pirkanmaa", "Birkaland", "Pirkanmaa": the Finnish name when site.yaml has none for the locale. */
export function regionName(site: RegionSettings, locale: Locale): string {
  return locale === 'fi' ? site.regionName : (site.regionNames?.[locale] ?? site.regionName);
}

/**
 * The region as a sentence's {region} placeholder takes it: Finnish sentences use the inessive
 * ("… opiskelua – Pirkanmaalla"); the Swedish and English strings put a preposition before the
 * plain name ("in Pirkanmaa"), which also reads right with the Finnish name as a fallback.
 */
export function regionInSentence(site: RegionSettings, locale: Locale): string {
  return locale === 'fi' ? site.regionInessive : regionName(site, locale);
}

/**
 * One value of a service's `municipalities` in words: the whole region and the whole country in
 * the reader's language, a municipality by its name (a proper name, shown as written).
 */
export function municipalityLabel(value: string, site: RegionSettings, locale: Locale, t: Translate): string {
  if (value === WHOLE_REGION) return t('service.area.wholeRegion', { region: regionName(site, locale) });
  if (value === NATIONAL) return t('service.area.national');
  return value;
}
