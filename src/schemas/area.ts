// Life areas (Elämänalueet): the seven rooms of the house, based on Kykyviisari's areas.
import { z } from 'astro/zod';
import { text } from './common.ts';

/** The fixed ids of the seven life areas, in the order the house shows them. */
export const AREA_IDS = ['hyvinvointi', 'osallisuus', 'mieli', 'arki', 'taidot', 'keho', 'tyo-ja-tulevaisuus'] as const;
export type AreaId = (typeof AREA_IDS)[number];

export const areaId = z.enum(AREA_IDS, {
  error: `Tuntematon elämänalue. Sallitut tunnisteet: ${AREA_IDS.join(', ')}.`,
});

/** A text in the three interface languages; Finnish is required, the others fall back to it. */
export const localisedText = (label: string, max?: number) =>
  z.strictObject({
    fi: text(`${label} suomeksi`, max === undefined ? {} : { max }),
    sv: text(`${label} ruotsiksi`, max === undefined ? {} : { max }).optional(),
    en: text(`${label} englanniksi`, max === undefined ? {} : { max }).optional(),
  });

export const areaSchema = z.strictObject({
  /** Position in the house, 1–7. */
  order: z.number({ error: 'Anna järjestysnumero (order) numerona 1–7.' }).int().min(1).max(7),
  /** Name of the area in fi (required), sv and en. */
  name: localisedText('nimi', 40),
  /** One or two sentences: what belongs to this area, written for clients. */
  description: localisedText('kuvaus', 400),
  /** The Kykyviisari area this area is based on (in Finnish, as TTL names it). */
  kykyviisari: text('vastaava Kykyviisarin osa-alue', { max: 120 }),
  /** Name of the icon in src/components/icons (one per area). */
  icon: text('kuvakkeen nimi', { max: 40 }),
});

export type LifeAreaData = z.output<typeof areaSchema>;
