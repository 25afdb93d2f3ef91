// Building blocks shared by every content schema. Messages are Finnish because editors read them;
// each one says what is wrong and how to fix it.
import { z } from 'astro/zod';

/** Entry ids are file names: lowercase letters, digits and single hyphens (kebab-case). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another entry by its id (the file name without extension). */
export const entryId = z
  .string({ error: 'Anna tunniste tekstinä, esimerkiksi palvelun-nimi.' })
  .regex(ID_PATTERN, {
    error:
      'Tunnisteessa saa olla vain pieniä kirjaimia a–z, numeroita ja väliviivoja (esim. nuorten-tyopaja). Ääkköset korvataan: ä → a, ö → o.',
  });

/** Schemes a link may use anywhere in the content. Everything else (javascript:, data: …) is rejected. */
export const SAFE_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;

const parseUrl = (value: string): URL | undefined => {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
};

/** A web address. `httpsOnly` is for service channels, where the brief requires https. */
export const webUrl = (httpsOnly = false) =>
  z
    .string({ error: 'Anna verkko-osoite tekstinä, esimerkiksi https://www.suomi.fi/.' })
    .trim()
    .refine(
      (value) => {
        const url = parseUrl(value);
        if (!url) return false;
        return httpsOnly ? url.protocol === 'https:' : url.protocol === 'https:' || url.protocol === 'http:';
      },
      {
        error: httpsOnly
          ? 'Osoitteen pitää alkaa https:// ja olla kokonainen verkko-osoite, esimerkiksi https://www.kela.fi/. Muut alkuosat (javascript:, data:, http:) eivät kelpaa.'
          : 'Osoitteen pitää alkaa https:// tai http:// ja olla kokonainen verkko-osoite. Muut alkuosat (javascript:, data:) eivät kelpaa.',
      },
    );

export const emailAddress = z
  .string({ error: 'Anna sähköpostiosoite tekstinä.' })
  .trim()
  .regex(/^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i, {
    error: 'Sähköpostiosoite ei ole kelvollinen. Muoto on nimi@organisaatio.fi, ilman välilyöntejä.',
  });

/** Today's date at the end of the day, so a review done today is never "in the future". */
const endOfToday = (): Date => {
  const now = new Date();
  now.setHours(23, 59, 59, 999);
  return now;
};

/** A calendar date written as VVVV-KK-PP. YAML may hand it over as a Date or as a string. */
export const reviewDate = z
  .union([z.date(), z.string()], { error: 'Anna päivämäärä muodossa VVVV-KK-PP, esimerkiksi 2026-11-23.' })
  .transform((value, ctx) => {
    const date = value instanceof Date ? value : new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || (typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(value))) {
      ctx.addIssue({ code: 'custom', message: 'Päivämäärä ei ole kelvollinen. Käytä muotoa VVVV-KK-PP, esimerkiksi 2026-11-23.' });
      return z.NEVER;
    }
    if (date > endOfToday()) {
      ctx.addIssue({
        code: 'custom',
        message: 'Päivämäärä on tulevaisuudessa. Merkitse päivä, jolloin tiedot oikeasti tarkistettiin (tänään tai aiemmin).',
      });
      return z.NEVER;
    }
    return date;
  });

/** A non-empty text with a length limit, with messages that say the limit. */
export const text = (label: string, { min = 1, max }: { min?: number; max?: number } = {}) => {
  let schema = z.string({ error: `Kirjoita ${label} tekstinä.` }).trim().min(min, {
    error: min <= 1 ? `${capitalise(label)} puuttuu tai on tyhjä. Kirjoita se.` : `${capitalise(label)} on liian lyhyt: kirjoita vähintään ${min} merkkiä.`,
  });
  if (max !== undefined) {
    schema = schema.max(max, { error: `${capitalise(label)} on liian pitkä: enintään ${max} merkkiä. Lyhennä tekstiä.` });
  }
  return schema;
};

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** A list of distinct short strings (keywords, system names …). */
export const stringList = (label: string) =>
  z.array(text(label), { error: `Anna ${label} luettelona, esimerkiksi [OmaKanta, eAsiointi].` });
