// What enrichment adds to every service besides its own words: the municipalities it serves
// (a "koko alue" service serves each of them, so "kuntosali tampere" finds it) and the generic
// words people put in front of a topic ("apua velkoihin", "tukea jaksamiseen"). Pagefind requires
// every query word to match, so without these two-word queries miss.
import { NATIONAL, WHOLE_REGION } from '../../schemas/service.ts';

/** Words that ask for help in general; every service offers help, so every service has them. */
export const GENERIC_HELP_WORDS = ['apu', 'apua', 'avun', 'tuki', 'tukea', 'tuen', 'palvelu', 'palvelut', 'palveluja', 'neuvonta', 'neuvoa', 'ohjaus', 'ohjausta', 'tietoa', 'yhteystiedot'] as const;

/** The municipalities a service serves, with the region-wide values spelt out. */
export function servedMunicipalities(municipalities: readonly string[], regionMunicipalities: readonly string[]): string[] {
  const served = new Set<string>();
  for (const value of municipalities) {
    if (value === WHOLE_REGION || value === NATIONAL) for (const municipality of regionMunicipalities) served.add(municipality);
    else served.add(value);
  }
  return [...served];
}
