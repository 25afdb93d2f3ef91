// Reading structured opening hours: which ranges hold on a given date, whether a place is open at
// an instant in Finnish time (Europe/Helsinki, with its daylight-saving changes) and when it opens
// next. Pure functions: the service page builds its table from them at build time, and the small
// browser script (src/browser/opening-status.ts) computes the "open now" line from the same code.
import type { OpeningHours } from '../schemas/opening-hours.ts';
import { minutesOf, WEEKDAYS, type TimeRange, type Weekday } from '../schemas/weekdays.ts';

export const FINNISH_TIME_ZONE = 'Europe/Helsinki';

/** A moment as a Finnish wall clock shows it. */
export interface LocalTime {
  /** VVVV-KK-PP */
  date: string;
  weekday: Weekday;
  /** Minutes since local midnight. */
  minutes: number;
}

let helsinkiFormat: Intl.DateTimeFormat | undefined;

/** The Finnish date, weekday and time of an instant; Intl knows when the clocks change. */
export function helsinkiTime(instant: Date): LocalTime {
  helsinkiFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: FINNISH_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = Object.fromEntries(helsinkiFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return { date, weekday: weekdayOf(date), minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** The weekday of a calendar date (calendar arithmetic only, no time zone involved). */
export function weekdayOf(date: string): Weekday {
  const sundayFirst = new Date(`${date}T00:00:00Z`).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7]!;
}

export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** The exception that covers a date, if any. */
export function exceptionOn(hours: OpeningHours, date: string) {
  return (hours.exceptions ?? []).find((exception) => exception.date <= date && date <= (exception.until ?? exception.date));
}

/** The opening ranges of a date: an exception's (none when closed), otherwise the weekday's. */
export function rangesOn(hours: OpeningHours, date: string): readonly TimeRange[] {
  const exception = exceptionOn(hours, date);
  if (exception) return exception.closed ? [] : (exception.hours ?? []);
  return hours.weekly?.[weekdayOf(date)] ?? [];
}

export function hasTimes(hours: OpeningHours): boolean {
  return (
    WEEKDAYS.some((day) => hours.weekly?.[day] !== undefined) || (hours.exceptions ?? []).some((exception) => exception.hours !== undefined)
  );
}

export type OpeningStatus =
  | { state: 'open'; closes: string }
  | { state: 'closed'; opens: { date: string; weekday: Weekday; time: string; inDays: number } }
  /** Closed, and no opening within the look-ahead (only by appointment, or a long closure). */
  | { state: 'closed'; opens?: undefined };

/** How many days ahead the next opening is looked for: long enough for a summer closure. */
const LOOK_AHEAD_DAYS = 62;

/**
 * Open or closed at `instant`, with the closing time or the next opening. A range that closes at
 * 24:00 and one that opens at 0:00 the next day count as one: "closes" is then the later end.
 * Undefined when the hours give no times at all (only by appointment).
 */
export function openingStatus(hours: OpeningHours, instant: Date): OpeningStatus | undefined {
  if (!hasTimes(hours)) return undefined;
  const now = helsinkiTime(instant);
  const current = rangesOn(hours, now.date).find((range) => minutesOf(range.opens) <= now.minutes && now.minutes < minutesOf(range.closes));
  if (current) return { state: 'open', closes: closingTime(hours, now.date, current) };
  for (let inDays = 0; inDays <= LOOK_AHEAD_DAYS; inDays++) {
    const date = addDays(now.date, inDays);
    const next = rangesOn(hours, date).find((range) => inDays > 0 || minutesOf(range.opens) > now.minutes);
    if (next) return { state: 'closed', opens: { date, weekday: weekdayOf(date), time: next.opens, inDays } };
  }
  return { state: 'closed' };
}

/** The end of an open period, following a range that runs to midnight into the next day. */
function closingTime(hours: OpeningHours, date: string, range: TimeRange): string {
  let end = range;
  let day = date;
  for (let step = 0; step < 7 && end.closes === '24:00'; step++) {
    day = addDays(day, 1);
    const continued = rangesOn(hours, day).find((next) => next.opens === '00:00');
    if (!continued) break;
    end = continued;
  }
  return end.closes;
}

/** "8.00" in Finnish and Swedish, "8:00" in English: hours without a leading zero. */
export function formatTime(time: string, separator: '.' | ':'): string {
  const [hours = '0', minutes = '00'] = time.split(':');
  return `${Number(hours)}${separator}${minutes}`;
}

/** "8.00–16.00, 17.00–19.00" */
export function formatRanges(ranges: readonly TimeRange[], separator: '.' | ':'): string {
  return ranges.map((range) => `${formatTime(range.opens, separator)}–${formatTime(range.closes, separator)}`).join(', ');
}

/** "24.12.2026" in Finnish and Swedish, "24/12/2026" in English. */
export function formatDate(date: string, separator: '.' | '/'): string {
  const [year, month, day] = date.split('-');
  return `${Number(day)}${separator}${Number(month)}${separator}${year}`;
}

/** The words the status line is made of, in the reader's language. */
export interface StatusWords {
  /** "Avoinna nyt, sulkeutuu klo {time}" */
  openUntil: string;
  /** "Suljettu, avautuu {day} klo {time}" */
  closedUntil: string;
  /** "Suljettu nyt" */
  closed: string;
  today: string;
  tomorrow: string;
  /** Short weekday names, Monday first. */
  weekdays: readonly string[];
  timeSeparator: '.' | ':';
  dateSeparator: '.' | '/';
}

const fill = (template: string, vars: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);

/** The status line: "Avoinna nyt, sulkeutuu klo 16.00" / "Suljettu, avautuu ma klo 8.00". */
export function statusText(status: OpeningStatus, words: StatusWords): string {
  if (status.state === 'open') return fill(words.openUntil, { time: formatTime(status.closes, words.timeSeparator) });
  if (!status.opens) return words.closed;
  const { inDays, weekday, date, time } = status.opens;
  const weekdayName = words.weekdays[WEEKDAYS.indexOf(weekday)] ?? weekday;
  // Beyond a week the weekday alone would be ambiguous: the date is added.
  const day =
    inDays === 0
      ? words.today
      : inDays === 1
        ? words.tomorrow
        : inDays < 7
          ? weekdayName
          : `${weekdayName} ${formatDate(date, words.dateSeparator)}`;
  return fill(words.closedUntil, { day, time: formatTime(time, words.timeSeparator) });
}

/** The exceptions still to come on `today` (VVVV-KK-PP) or later, in date order: past ones only confuse. */
export function upcomingExceptions(hours: OpeningHours, today: string) {
  return (hours.exceptions ?? [])
    .filter((exception) => (exception.until ?? exception.date) >= today)
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Time and date separators of a language: "8.00" and "24.12." in Finnish and Swedish, "8:00" and "24/12" in English. */
export function separatorsFor(locale: string): { time: '.' | ':'; date: '.' | '/' } {
  return locale === 'en' ? { time: ':', date: '/' } : { time: '.', date: '.' };
}
