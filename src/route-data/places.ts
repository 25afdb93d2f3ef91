// /paikat/: the region's visiting addresses by municipality, each with the services (names in the
// reader's language when translated) and providers met there, and the anchor of each municipality.
import type * as ContentQueries from '../content.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Municipality } from '../lib/places.ts';

type ContentSource = typeof ContentQueries;

export interface PlacesRouteData {
  municipalities: (Municipality & { /** Its section's id, for the links at the top. */ slug: string })[];
}

/** "Hämeenlinna" → "kunta-hämeenlinna": an id for the municipality's section. */
export const municipalitySlug = (name: string) => `kunta-${name.toLocaleLowerCase('fi').replace(/[^a-z0-9åäö]+/g, '-')}`;

export async function placesRouteData(source: Pick<ContentSource, 'getPlaces'>, locale: Locale): Promise<PlacesRouteData> {
  const municipalities = await source.getPlaces(locale);
  return { municipalities: municipalities.map((municipality) => ({ ...municipality, slug: municipalitySlug(municipality.name) })) };
}
