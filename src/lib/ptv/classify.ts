// The documented mapping tables of the PTV import: PTV's classifications → our life areas and
// audiences. PTV has no life areas, so the areas are a PROPOSAL (ptv.confirmAreas: true) that an
// editor confirms. Codes are PTV's own (ptvserclass2 P…, ptvkohderyhmat KR…, ptvelti KE…), listed in
// vrk-kpa/ptv-releases src/PTV.ExternalSources/Resources/Finto/*.json.
import type { AreaId } from '../../schemas/area.ts';
import type { Audience } from '../../schemas/service.ts';
import type { PtvFintoItem } from './model.ts';
import { anyLanguage } from './text.ts';

/**
 * Service class (palveluluokka) → life area. The most specific code wins (P5.7 before P5); a
 * service gets at most three areas, in the order of its classes.
 */
export const SERVICE_CLASS_AREAS: Readonly<Record<string, AreaId>> = {
  'P5.7': 'mieli', // Päihde- ja mielenterveyspalvelut
  'P5.13': 'keho', // Kuntoutus
  'P5.20': 'hyvinvointi', // Ravinto
  P5: 'hyvinvointi', // Terveydenhuolto, sairaanhoito ja ravitsemus
  'P4.8': 'tyo-ja-tulevaisuus', // Työllistyjän tukeminen
  'P4.10': 'arki', // basic social assistance
  'P4.11': 'osallisuus', // Kotouttaminen
  'P4.12': 'osallisuus', // Sosiaalipalvelujen vertais- ja vapaaehtoistoiminta
  P4: 'arki', // Sosiaalipalvelut
  P1: 'arki', // Asuminen
  P15: 'arki', // Yksityinen talous ja rahoitus (velkaneuvonta)
  'P10.4': 'tyo-ja-tulevaisuus', // Työkyky ja ammatillinen kuntoutus
  'P10.6': 'arki', // Työttömän tuet ja etuudet
  'P10.8': 'osallisuus', // Työttömien järjestöt ja vertaistuki
  P10: 'tyo-ja-tulevaisuus', // Työ ja työttömyys
  P13: 'arki', // Eläkkeet
  P6: 'taidot', // Koulutus
  'P22.3': 'taidot', // Kielikurssit
  'P25.7': 'taidot', // Vapaa sivistystyö ja taidekasvatus
  P25: 'osallisuus', // Kulttuuri
  P27: 'keho', // Liikunta ja ulkoilu
  'P28.3': 'tyo-ja-tulevaisuus', // Nuorten työpajatoiminta
  P28: 'osallisuus', // Nuorisopalvelut
  'P8.4': 'osallisuus', // Kansalaisjärjestöjen toiminta
};

/** Words in ontology terms (YSO) and keywords → life area, when no service class decides. */
export const TERM_AREAS: readonly (readonly [RegExp, AreaId])[] = [
  [/mielenterve|masennu|päihte|kriisi|ahdistu/i, 'mieli'],
  [/liikun|kuntoilu|fysioterap/i, 'keho'],
  [/työnhaku|työllisty|työkyky|työttöm|kuntoutu|työpaja/i, 'tyo-ja-tulevaisuus'],
  [/koulutu|opiskel|kurssi|oppimi/i, 'taidot'],
  [/vertais|vapaaehto|harrastu|yhteisö|järjestötoiminta/i, 'osallisuus'],
  [/toimeentulo|velka|asumi|talous|etuu/i, 'arki'],
  [/terveys|ravitsemu|hyvinvointi|uni\b/i, 'hyvinvointi'],
];

/** The fallback when nothing matches: the house's general work-ability area. */
export const DEFAULT_AREA: AreaId = 'tyo-ja-tulevaisuus';

function classArea(code: string | null | undefined): AreaId | undefined {
  if (!code) return undefined;
  // P5.7.1 → P5.7 → P5: the longest listed prefix.
  const parts = code.split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const area = SERVICE_CLASS_AREAS[parts.slice(0, length).join('.')];
    if (area) return area;
  }
  return undefined;
}

export interface AreaProposal {
  areas: AreaId[];
  /** Why: "P5.7 Päihde- ja mielenterveyspalvelut → mieli". */
  reasons: string[];
}

export function proposeAreas(serviceClasses: readonly PtvFintoItem[], terms: readonly string[]): AreaProposal {
  const areas: AreaId[] = [];
  const reasons: string[] = [];
  const add = (area: AreaId, reason: string) => {
    if (areas.includes(area) || areas.length >= 3) return;
    areas.push(area);
    reasons.push(`${reason} → ${area}`);
  };
  for (const item of serviceClasses) {
    const area = classArea(item.code);
    if (area) add(area, `palveluluokka ${item.code} ${anyLanguage(item.name) ?? ''}`.trim());
  }
  if (areas.length === 0) {
    for (const term of terms) {
      const match = TERM_AREAS.find(([pattern]) => pattern.test(term));
      if (match) add(match[1], `termi "${term}"`);
    }
  }
  if (areas.length === 0) add(DEFAULT_AREA, 'ei vastinetta luokissa eikä termeissä, oletus');
  return { areas, reasons };
}

/** Target group (kohderyhmä, KR) and life event (elämäntilanne, KE) → audience. */
export const TARGET_GROUP_AUDIENCES: Readonly<Record<string, Audience>> = {
  KR1: 'tyoikaiset', // Kansalaiset
  'KR1.3': 'nuoret', // Nuoret
  'KR1.4': 'osatyokykyiset', // Pitkäaikaissairaat
  'KR1.6': 'vammaiset', // Vammaiset
  KR3: 'ammattilaiset', // Viranomaiset
  KE8: 'tyottomat', // Työttömäksi jääminen
  KE5: 'maahanmuuttajat', // Maahanmuuttajana Suomeen
  KE12: 'osatyokykyiset', // Kuntoutus
};

export interface AudienceMapping {
  audiences: Audience[];
  unmapped: string[];
}

export function mapAudiences(targetGroups: readonly PtvFintoItem[], lifeEvents: readonly PtvFintoItem[]): AudienceMapping {
  const audiences: Audience[] = [];
  const unmapped: string[] = [];
  for (const item of [...targetGroups, ...lifeEvents]) {
    const audience = item.code ? TARGET_GROUP_AUDIENCES[item.code] : undefined;
    if (audience) {
      if (!audiences.includes(audience)) audiences.push(audience);
    } else if (item.code?.startsWith('KR')) unmapped.push(`kohderyhmä ${item.code} ${anyLanguage(item.name) ?? ''}`.trim());
  }
  // A more specific group makes the general "Kansalaiset" redundant.
  if (audiences.length > 1) return { audiences: audiences.filter((audience) => audience !== 'tyoikaiset'), unmapped };
  if (audiences.length === 0) {
    unmapped.push('kohderyhmälle ei vastinetta; ehdotettu työikäiset (tyoikaiset)');
    audiences.push('tyoikaiset');
  }
  return { audiences, unmapped };
}
