// PTV service hours (V11VmOpenApiServiceHour) as structured opening hours (src/schemas/opening-hours.ts).
// Regular hours in force now (DaysOfTheWeek, OverMidnight) become `weekly`, a day span expanding to
// each weekday and a range over midnight split at 24.00; dated exceptional hours become `exceptions` (past ones kept: the pages show only upcoming ones, and
// dropping them would make a re-import change a file PTV has not changed);
// additionalInformation becomes a note. What the result cannot say, or a result the schema would
// refuse (overlapping ranges …), falls back to the free-text `hours` with a report line, so an
// import never writes a file `npm run validate` rejects.
import { openingHours, WEEKDAYS, type Weekday } from '../../schemas/opening-hours.ts';
import { hoursText } from './hours.ts';
import type { PtvServiceHour } from './model.ts';
import { inLanguage } from './text.ts';

const PTV_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const REGULAR = new Set(['DaysOfTheWeek', 'OverMidnight']);

/** openingHours as an editor writes it in YAML (ranges "8.00–16.00"). */
export interface OpeningHoursInput {
  weekly?: Partial<Record<Weekday, string[]>>;
  exceptions?: { date: string; until?: string; closed?: true; hours?: string[]; note?: string }[];
  byAppointment?: true;
  note?: string;
}

export interface ChannelHours {
  openingHours?: OpeningHoursInput;
  /** Free text, only when the structured form could not be written. */
  hours?: string;
  unmapped: string[];
}

/** "08:00" → "8.00"; undefined when not a time. */
function clock(value: string | null | undefined): string | undefined {
  const match = /^(\d{1,2}):(\d{2})/.exec(value ?? '');
  return match ? `${Number(match[1])}.${match[2]}` : undefined;
}

const dayIndex = (day: string | null | undefined) => PTV_DAYS.indexOf(day ?? '');
const datePart = (value: string | null | undefined) => (value ? value.slice(0, 10) : undefined);

/** The weekdays from dayFrom to dayTo, wrapping past Sunday (Saturday–Monday). */
function span(from: number, to: number): number[] {
  const days = [from];
  for (let day = from; day !== to;) {
    day = (day + 1) % 7;
    days.push(day);
  }
  return days;
}

class Unexpressible extends Error {}

function addRegular(weekly: Partial<Record<Weekday, string[]>>, hour: PtvServiceHour): void {
  const add = (day: number, range: string) => (weekly[WEEKDAYS[day]!] ??= []).push(range);
  if (hour.isAlwaysOpen) {
    for (let day = 0; day < 7; day++) add(day, '0.00–24.00');
    return;
  }
  if (hour.isClosed) throw new Unexpressible('säännöllinen aukioloaika "suljettu" ilman päiviä');
  for (const row of hour.openingHour) {
    const from = dayIndex(row.dayFrom);
    const to = row.dayTo ? dayIndex(row.dayTo) : from;
    const opens = clock(row.from);
    let closes = clock(row.to);
    if (from === -1 || to === -1 || !opens || !closes)
      throw new Unexpressible(`aukioloaikarivi ${row.dayFrom ?? '?'} ${row.from ?? '?'}–${row.to ?? '?'}`);
    if (closes === '0.00') closes = '24.00';
    const minutes = (time: string) => Number(time.split('.')[0]) * 60 + Number(time.split('.')[1]);
    if (hour.serviceHourType === 'OverMidnight') {
      // One period from dayFrom `from` to dayTo `to`: split at each midnight.
      const days = span(from, to === from && minutes(closes) <= minutes(opens) ? (from + 1) % 7 : to);
      days.forEach((day, index) => {
        const first = index === 0;
        const last = index === days.length - 1;
        add(day, `${first ? opens : '0.00'}–${last ? closes : '24.00'}`);
      });
      continue;
    }
    for (const day of span(from, to)) {
      if (minutes(closes) > minutes(opens)) add(day, `${opens}–${closes}`);
      else {
        add(day, `${opens}–24.00`);
        add((day + 1) % 7, `0.00–${closes}`);
      }
    }
  }
}

function inForce(hour: PtvServiceHour, now: Date): boolean {
  if (hour.validForNow) return true;
  const from = hour.validFrom ? new Date(hour.validFrom) : undefined;
  const to = hour.validTo ? new Date(hour.validTo) : undefined;
  return (!from || from <= now) && (!to || to >= now);
}

function structured(hours: readonly PtvServiceHour[], now: Date, unmapped: string[]): OpeningHoursInput {
  const weekly: Partial<Record<Weekday, string[]>> = {};
  const exceptions: NonNullable<OpeningHoursInput['exceptions']> = [];
  const notes: string[] = [];
  let byAppointment = false;
  for (const hour of hours) {
    const info = inLanguage(hour.additionalInformation, 'fi');
    if (REGULAR.has(hour.serviceHourType)) {
      if (!inForce(hour, now)) {
        if (hour.validFrom && new Date(hour.validFrom) > now)
          unmapped.push(`tuleva säännöllinen aukioloaika alkaen ${datePart(hour.validFrom)} (lisää, kun se on voimassa)`);
        continue;
      }
      addRegular(weekly, hour);
      if (hour.isReservation) byAppointment = true;
      if (info) notes.push(info);
      continue;
    }
    const date = datePart(hour.validFrom);
    if (!date) throw new Unexpressible(`poikkeusaukioloaika ilman päivämäärää (${hour.serviceHourType})`);
    const last = datePart(hour.validTo);
    const until = last && last > date ? last : undefined;
    const times = hour.isAlwaysOpen
      ? ['0.00–24.00']
      : hour.openingHour.map((row) => {
          const opens = clock(row.from);
          const closes = clock(row.to);
          if (!opens || !closes) throw new Unexpressible(`poikkeusaukioloaika ${date}: aika puuttuu`);
          return `${opens}–${closes === '0.00' ? '24.00' : closes}`;
        });
    if (!hour.isClosed && times.length === 0) throw new Unexpressible(`poikkeusaukioloaika ${date} ilman aikoja`);
    exceptions.push({
      date,
      ...(until ? { until } : {}),
      ...(hour.isClosed ? { closed: true as const } : { hours: [...new Set(times)] }),
      ...(info ? { note: info } : {}),
    });
  }
  const hasWeekly = Object.keys(weekly).length > 0;
  return {
    ...(hasWeekly ? { weekly: Object.fromEntries(WEEKDAYS.filter((day) => weekly[day]).map((day) => [day, weekly[day]!])) } : {}),
    ...(exceptions.length > 0 ? { exceptions: exceptions.sort((a, b) => a.date.localeCompare(b.date)) } : {}),
    ...(byAppointment ? { byAppointment: true as const } : {}),
    ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
  };
}

/** The hours of one PTV channel as structured hours, or as text where the structure cannot hold them. */
export function channelHours(hours: readonly PtvServiceHour[], now: Date): ChannelHours {
  if (hours.length === 0) return { unmapped: [] };
  const unmapped: string[] = [];
  let reason: string | undefined;
  try {
    const result = structured(hours, now, unmapped);
    if (Object.keys(result).length === 0) return { unmapped };
    const checked = openingHours.safeParse(result);
    if (checked.success) return { openingHours: result, unmapped };
    reason = checked.error.issues.map((issue) => issue.message).join(' ');
  } catch (error) {
    if (!(error instanceof Unexpressible)) throw error;
    reason = error.message;
  }
  const text = hoursText(hours, 'fi', now);
  return {
    ...(text.text ? { hours: text.text } : {}),
    unmapped: [`aukioloaikoja ei voitu kirjoittaa rakenteisina (${reason}); kirjoitettiin tekstinä kenttään hours`, ...text.unmapped],
  };
}
