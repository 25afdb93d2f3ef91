// Dates as Finnish readers expect them (23.11.2026) and the freshness rule for content.

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** "23.11.2026" in Finnish, "23.11.2026" in Swedish, "23 November 2026" in English. */
export function formatDate(date: Date, locale: string = 'fi'): string {
  const tag = locale === 'en' ? 'en-GB' : `${locale}-FI`;
  return new Intl.DateTimeFormat(tag, { day: 'numeric', month: locale === 'en' ? 'long' : 'numeric', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** ISO date (2026-11-23) for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** True when content was last reviewed more than 12 months before `now`. */
export function isStale(lastReviewed: Date, now: Date = new Date()): boolean {
  return now.getTime() - lastReviewed.getTime() > YEAR_MS;
}
