// Dates as Finnish readers expect them (23.11.2026) and the freshness rule for content.

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** "23.11.2026" in Finnish, "23.11.2026" in Swedish, "23 November 2026" in English. */
export function formatDate(date: Date, locale: string = 'fi'): string {
  return dateFormat(locale).format(date);
}

/** One formatter per locale: creating an Intl.DateTimeFormat per call was a measurable share of the build. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    const tag = locale === 'en' ? 'en-GB' : `${locale}-FI`;
    format = new Intl.DateTimeFormat(tag, { day: 'numeric', month: locale === 'en' ? 'long' : 'numeric', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format;
}

/** ISO date (2026-11-23) for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** True when content was last reviewed more than 12 months before `now`. */
export function isStale(lastReviewed: Date, now: Date = new Date()): boolean {
  return now.getTime() - lastReviewed.getTime() > YEAR_MS;
}
