// Weekdays and wall-clock time ranges of opening hours, without zod: the browser's "open now"
// script imports these, and must not pull the schema library into the page.

/** Weekdays in Finnish order, Monday first, as editors write them. */
export const WEEKDAYS = ['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One opening range in wall-clock time, "HH:MM"; `closes` may be "24:00" (until midnight). */
export interface TimeRange {
  opens: string;
  closes: string;
}

/** Minutes since midnight of a "HH:MM" time. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}
