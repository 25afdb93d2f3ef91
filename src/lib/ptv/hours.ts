// PTV service hours (V11VmOpenApiServiceHour) as the short text our channels carry in `hours`.
// Our channel model has no structured opening hours, so the regular weekly hours become one line
// ("ma–pe 8.00–16.00, la 10.00–14.00"); exceptional hours (holidays) are not written and are
// listed as unmapped instead, because a one-line text cannot say when they apply.
import type { PtvServiceHour } from './model.ts';
import { inLanguage, type PtvLanguage } from './text.ts';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const DAY_NAMES: Record<PtvLanguage, readonly string[]> = {
  fi: ['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'],
  sv: ['mån', 'tis', 'ons', 'tors', 'fre', 'lör', 'sön'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};
const WORDS: Record<PtvLanguage, { always: string; closed: string; reservation: string }> = {
  fi: { always: 'avoinna aina', closed: 'suljettu', reservation: 'ajanvarauksella' },
  sv: { always: 'alltid öppet', closed: 'stängt', reservation: 'med tidsbokning' },
  en: { always: 'always open', closed: 'closed', reservation: 'by appointment' },
};

/** Regular hours: DaysOfTheWeek and OverMidnight (PTV's names for Standard and Special). */
const REGULAR = new Set(['DaysOfTheWeek', 'OverMidnight']);
export const MAX_HOURS_TEXT = 160;

/** "08:00" or "08:00:00" → "8.00". */
function clock(value: string | null | undefined): string {
  const match = /^(\d{1,2}):(\d{2})/.exec(value ?? '');
  return match ? `${Number(match[1])}.${match[2]}` : (value ?? '');
}

function dayRange(from: string | null | undefined, to: string | null | undefined, language: PtvLanguage): string {
  const start = DAYS.indexOf((from ?? '') as (typeof DAYS)[number]);
  const end = DAYS.indexOf((to ?? '') as (typeof DAYS)[number]);
  const names = DAY_NAMES[language];
  if (start === -1) return from ?? '';
  return end === -1 || end === start ? (names[start] ?? '') : `${names[start]}–${names[end]}`;
}

/** Is the entry in force on `now` (validForNow, or validFrom ≤ now ≤ validTo)? */
function inForce(hour: PtvServiceHour, now: Date): boolean {
  if (hour.validForNow) return true;
  const from = hour.validFrom ? new Date(hour.validFrom) : undefined;
  const to = hour.validTo ? new Date(hour.validTo) : undefined;
  return (!from || from <= now) && (!to || to >= now);
}

/** One service-hour entry as text, or undefined when it has nothing to say. */
function describe(hour: PtvServiceHour, language: PtvLanguage): string | undefined {
  const words = WORDS[language];
  const parts: string[] = [];
  if (hour.isAlwaysOpen) parts.push(words.always);
  else if (hour.isClosed) parts.push(words.closed);
  else {
    // Consecutive rows of the same days (a lunch break) share one day label.
    let lastDays = '';
    for (const row of hour.openingHour) {
      const days = dayRange(row.dayFrom, row.dayTo ?? row.dayFrom, language);
      const time = `${clock(row.from)}–${clock(row.to)}`;
      parts.push(days === lastDays ? time : `${days} ${time}`);
      lastDays = days;
    }
  }
  if (hour.isReservation) parts.push(words.reservation);
  const info = inLanguage(hour.additionalInformation, language);
  const text = parts.join(', ');
  if (!text) return info;
  return info ? `${text} (${info})` : text;
}

export interface HoursText {
  /** The regular hours as one line, if there are any. */
  text?: string;
  /** What could not be put in the line: exceptional hours, a line over the length limit. */
  unmapped: string[];
}

export function hoursText(hours: readonly PtvServiceHour[], language: PtvLanguage, now: Date): HoursText {
  const unmapped: string[] = [];
  const lines: string[] = [];
  for (const hour of hours) {
    if (!REGULAR.has(hour.serviceHourType)) {
      unmapped.push(`poikkeusaukioloaika (${hour.serviceHourType}${hour.validFrom ? ` ${hour.validFrom.slice(0, 10)}` : ''})`);
      continue;
    }
    if (!inForce(hour, now)) continue;
    const line = describe(hour, language);
    if (line) lines.push(line);
  }
  const text = lines.join('; ');
  if (text.length > MAX_HOURS_TEXT) {
    unmapped.push(`aukioloaika liian pitkä kenttään hours (${text.length} > ${MAX_HOURS_TEXT} merkkiä): ${text}`);
    return { unmapped };
  }
  return text ? { text, unmapped } : { unmapped };
}
