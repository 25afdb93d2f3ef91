// Life-area helpers: names and descriptions in the reader's language (Finnish as fallback).
import type { Locale } from '../i18n/locales.ts';
import type { LifeAreaData } from '../schemas/area.ts';

type Localised = LifeAreaData['name'];

/** The text in `locale`, or Finnish when that translation is missing. */
export function localised(text: Localised, locale: Locale): string {
  return text[locale] ?? text.fi;
}

export function areaName(area: { data: Pick<LifeAreaData, 'name'> }, locale: Locale): string {
  return localised(area.data.name, locale);
}

export function areaDescription(area: { data: Pick<LifeAreaData, 'description'> }, locale: Locale): string {
  return localised(area.data.description, locale);
}
