// Opening hours as data (aukioloajat): weekly time ranges per weekday, exceptions on given dates
// (closed days, shorter hours), "by appointment" and a note. Address, phone and chat channels may
// carry them next to the free-text `hours`, which stays allowed. Times are Finnish wall-clock time
// (Europe/Helsinki); the pages, the "open now" line and the exports all read this one shape.
import { z } from 'astro/zod';
import { text } from './common.ts';
import { minutesOf, WEEKDAYS, type TimeRange, type Weekday } from './weekdays.ts';

export { minutesOf, WEEKDAYS, type TimeRange, type Weekday } from './weekdays.ts';

const RANGE_HELP = 'Kirjoita aika muodossa "8.00–16.00" tai "08:00-16:00".';
const RANGE_PATTERN = /^(\d{1,2})[.:](\d{2})\s*[-–—]\s*(\d{1,2})[.:](\d{2})$/;

/** A time of day from its parts, or undefined when it is not a real time between 00:00 and 24:00. */
function clockTime(hours: string, minutes: string): string | undefined {
  const h = Number(hours);
  const m = Number(minutes);
  if (h > 24 || m > 59 || (h === 24 && m !== 0)) return undefined;
  return `${String(h).padStart(2, '0')}:${minutes}`;
}

const timeRange = z
  .string({ error: `Anna aukioloaika tekstinä lainausmerkeissä. ${RANGE_HELP}` })
  .trim()
  .transform((value, ctx): TimeRange => {
    const match = RANGE_PATTERN.exec(value);
    if (!match) {
      ctx.addIssue({ code: 'custom', message: `Aukioloaika "${value}" ei ole muotoa alkaa–päättyy. ${RANGE_HELP}` });
      return z.NEVER;
    }
    const [, oh = '', om = '', ch = '', cm = ''] = match;
    const opens = clockTime(oh, om);
    const closes = clockTime(ch, cm);
    if (opens === undefined || closes === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `Aukioloajassa "${value}" on kellonaika, jota ei ole. Käytä aikoja 00.00–24.00 (tunnit 0–24, minuutit 00–59).`,
      });
      return z.NEVER;
    }
    if (opens === '24:00') {
      ctx.addIssue({
        code: 'custom',
        message: `Aukioloaika "${value}" alkaa kello 24.00. Aloita aika viimeistään 23.59, esimerkiksi "0.00–2.00".`,
      });
      return z.NEVER;
    }
    if (minutesOf(closes) <= minutesOf(opens)) {
      ctx.addIssue({
        code: 'custom',
        message: `Aukioloaika "${value}" päättyy ennen kuin alkaa tai samaan aikaan. Kirjoita ensin alkamis- ja sitten päättymisaika; yön yli jatkuva aika jaetaan kahdelle päivälle (esim. "22.00–24.00" ja seuraavana päivänä "0.00–2.00").`,
      });
      return z.NEVER;
    }
    return { opens, closes };
  });

/** A day's ranges, in order and without overlaps (ranges that only touch, 12.00 and 12.00, are fine). */
const dayRanges = z
  .array(timeRange, { error: `Anna päivän aukioloajat luettelona, esimerkiksi ["8.00–12.00", "13.00–16.00"]. ${RANGE_HELP}` })
  .min(1, { error: 'Päivän aukioloaikojen luettelo on tyhjä. Poista päivä, jos paikka on silloin kiinni, tai kirjoita aika.' })
  .superRefine((ranges, ctx) => {
    // A range that failed to parse is reported by itself; only parsed ranges are compared.
    const sorted = ranges
      .map((range, index) => ({ range, index }))
      .filter(({ range }) => typeof range?.opens === 'string')
      .sort((a, b) => minutesOf(a.range.opens) - minutesOf(b.range.opens));
    for (let i = 1; i < sorted.length; i++) {
      const previous = sorted[i - 1]!;
      const current = sorted[i]!;
      if (minutesOf(current.range.opens) < minutesOf(previous.range.closes)) {
        ctx.addIssue({
          code: 'custom',
          path: [current.index],
          message: `Aukioloajat menevät päällekkäin: ${show(previous.range)} ja ${show(current.range)}. Yhdistä ne yhdeksi ajaksi tai korjaa kellonajat.`,
        });
      }
    }
  })
  .transform((ranges) => [...ranges].sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens)));

const show = (range: TimeRange) => `${range.opens}–${range.closes}`;

/** A calendar date VVVV-KK-PP; YAML may hand it over as a Date. Kept as the ISO string. */
const calendarDate = z
  .union([z.date(), z.string()], { error: 'Anna päivämäärä muodossa VVVV-KK-PP, esimerkiksi 2026-12-24.' })
  .transform((value, ctx) => {
    const iso = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : value.trim();
    const date = new Date(`${iso}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) {
      ctx.addIssue({
        code: 'custom',
        message: `Päivämäärä "${String(value)}" ei ole kelvollinen. Käytä muotoa VVVV-KK-PP, esimerkiksi 2026-12-24.`,
      });
      return z.NEVER;
    }
    return iso;
  });

const note = text('aukioloaikojen lisätieto (note)', { max: 200 }).optional();

const exception = z
  .strictObject({
    /** The day, or the first day of a period with `until`. */
    date: calendarDate,
    /** The last day of the period (inclusive), e.g. a summer closure. */
    until: calendarDate.optional(),
    closed: z
      .literal(true, { error: 'Kirjoita closed: true, jos paikka on silloin kiinni; muuten jätä kenttä pois ja anna hours.' })
      .optional(),
    hours: dayRanges.optional(),
    note,
  })
  .superRefine((value, ctx) => {
    if ((value.closed === true) === (value.hours !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'Poikkeuksessa on joko closed: true (kiinni koko päivän) tai hours (poikkeavat ajat), ei molempia eikä kumpaakaan.',
      });
    }
    if (value.until !== undefined && value.until < value.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['until'],
        message: `Jakson loppupäivä ${value.until} on ennen alkupäivää ${value.date}. Vaihda päivät oikein päin.`,
      });
    }
  });

export const openingHours = z
  .strictObject({
    /** Regular hours per weekday; a day left out is closed. */
    weekly: z
      .strictObject(
        Object.fromEntries(WEEKDAYS.map((day) => [day, dayRanges.optional()])) as Record<Weekday, z.ZodOptional<typeof dayRanges>>,
        {
          error: `Anna viikon aukioloajat päivittäin: ${WEEKDAYS.join(', ')}, esimerkiksi ma: ["8.00–16.00"].`,
        },
      )
      .optional(),
    exceptions: z.array(exception, { error: 'Anna poikkeukset luettelona: jokaisessa date ja closed: true tai hours.' }).optional(),
    /** Also (or only) by appointment: "ajanvarauksella". */
    byAppointment: z.boolean({ error: 'Kirjoita byAppointment: true, jos palveluun pääsee (myös) ajanvarauksella.' }).optional(),
    note,
  })
  .superRefine((value, ctx) => {
    const hasWeekly = value.weekly !== undefined && Object.values(value.weekly).some((ranges) => ranges !== undefined);
    if (!hasWeekly && !value.byAppointment && (value.exceptions ?? []).length === 0) {
      ctx.addIssue({
        code: 'custom',
        message:
          'Aukioloajoissa ei ole yhtään aikaa. Anna weekly (viikon ajat), exceptions tai byAppointment: true, tai poista openingHours.',
      });
    }
    // The same day must not be described twice: which one would be true?
    const exceptions = value.exceptions ?? [];
    exceptions.forEach((current, index) => {
      const earlier = exceptions
        .slice(0, index)
        .find((other) => current.date <= (other.until ?? other.date) && other.date <= (current.until ?? current.date));
      if (earlier) {
        ctx.addIssue({
          code: 'custom',
          path: ['exceptions', index, 'date'],
          message: `Poikkeus ${current.date} on jo annettu (päivä ${earlier.date}${earlier.until ? `–${earlier.until}` : ''}). Poista toinen tai yhdistä ne.`,
        });
      }
    });
  })
  .describe('Aukioloajat rakenteisena tietona (vain virallisesta lähteestä, merkitty lähderekisteriin).');

export type OpeningHours = z.output<typeof openingHours>;
