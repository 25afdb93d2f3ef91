// Structured opening hours in the two open-data formats: schema.org OpeningHoursSpecification
// (JSON-LD on the pages) and Open Referral HSDS 3.0 schedules (the /avoin-data/ API files).
//
// Times are Finnish wall-clock time. HSDS's `timezone` is a fixed UTC offset, which Finland's
// daylight saving time makes wrong for half the year, so it is left out and every schedule says
// "Europe/Helsinki" in its notes instead; opens_at/closes_at carry the local time without offset.
import { formatDate, formatRanges } from '../opening-hours.ts';
import { WEEKDAYS, type OpeningHours, type TimeRange, type Weekday } from '../../schemas/opening-hours.ts';

const SCHEMA_DAYS: Record<Weekday, string> = {
  ma: 'https://schema.org/Monday',
  ti: 'https://schema.org/Tuesday',
  ke: 'https://schema.org/Wednesday',
  to: 'https://schema.org/Thursday',
  pe: 'https://schema.org/Friday',
  la: 'https://schema.org/Saturday',
  su: 'https://schema.org/Sunday',
};

const ICAL_DAYS: Record<Weekday, string> = { ma: 'MO', ti: 'TU', ke: 'WE', to: 'TH', pe: 'FR', la: 'SA', su: 'SU' };

/** schema.org Time has no 24:00; "open until midnight" is written 23:59 as search engines expect. */
const schemaTime = (time: string) => (time === '24:00' ? '23:59' : time);

/** Weekly ranges grouped by range: the days that share "08:00–16:00", in weekday order. */
function weeklyGroups(hours: OpeningHours): { range: TimeRange; days: Weekday[] }[] {
  const groups = new Map<string, { range: TimeRange; days: Weekday[] }>();
  for (const day of WEEKDAYS) {
    for (const range of hours.weekly?.[day] ?? []) {
      const key = `${range.opens}-${range.closes}`;
      const group = groups.get(key) ?? { range, days: [] };
      group.days.push(day);
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

export interface OpeningHoursSpecification {
  '@type': 'OpeningHoursSpecification';
  dayOfWeek?: string[];
  opens: string;
  closes: string;
  validFrom?: string;
  validThrough?: string;
  description?: string;
}

/**
 * schema.org OpeningHoursSpecification: one node per weekly range (with the days that share it),
 * one per exception range with validFrom/validThrough, and a closed day as opens = closes = 00:00,
 * the form schema.org documents for "closed". By appointment and the note have no place here;
 * the channel's description carries them.
 */
export function openingHoursSpecification(hours: OpeningHours): OpeningHoursSpecification[] {
  const weekly = weeklyGroups(hours).map(({ range, days }) => ({
    '@type': 'OpeningHoursSpecification' as const,
    dayOfWeek: days.map((day) => SCHEMA_DAYS[day]),
    opens: schemaTime(range.opens),
    closes: schemaTime(range.closes),
  }));
  const exceptions = (hours.exceptions ?? []).flatMap((exception) => {
    const period = { validFrom: exception.date, validThrough: exception.until ?? exception.date };
    const ranges = exception.closed ? [{ opens: '00:00', closes: '00:00' }] : (exception.hours ?? []);
    return ranges.map((range) => ({
      '@type': 'OpeningHoursSpecification' as const,
      opens: schemaTime(range.opens),
      closes: schemaTime(range.closes),
      ...period,
      ...(exception.note ? { description: exception.note } : {}),
    }));
  });
  return [...weekly, ...exceptions];
}

export const TIME_ZONE_NOTE = 'Ajat ovat Suomen aikaa (Europe/Helsinki).';

/** An HSDS 3.0 schedule as this export writes it (all fields optional in HSDS except id). */
export interface HsdsStructuredSchedule {
  id: string;
  service_id?: string;
  service_at_location_id?: string;
  valid_from?: string;
  valid_to?: string;
  freq?: 'WEEKLY';
  wkst?: 'MO';
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  description: string;
  attending_type?: string;
  notes?: string;
}

/**
 * HSDS schedules of structured hours: a WEEKLY rule per weekly range (byday = the days that share
 * it), a dated schedule per exception range, a dated description for a closed day or period, and
 * one for "by appointment". `idFor` gives each a stable id from a key; `owner` links it.
 */
export function hsdsSchedules(
  hours: OpeningHours,
  owner: { service_id: string } | { service_at_location_id: string },
  idFor: (key: string) => string,
  attendingType: string,
): HsdsStructuredSchedule[] {
  const notes = [hours.note, TIME_ZONE_NOTE].filter(Boolean).join(' ');
  const common = { ...owner, attending_type: attendingType, notes };
  const weekly = weeklyGroups(hours).map(({ range, days }) => ({
    id: idFor(`viikko-${days.join('')}-${range.opens}-${range.closes}`),
    ...common,
    freq: 'WEEKLY' as const,
    wkst: 'MO' as const,
    byday: days.map((day) => ICAL_DAYS[day]).join(','),
    opens_at: range.opens,
    closes_at: range.closes,
    // The weekday ids are the Finnish abbreviations, so the description reads "ma, ti 8.00–16.00".
    description: `${days.join(', ')} ${formatRanges([range], '.')}`,
  }));
  const exceptions = (hours.exceptions ?? []).flatMap((exception) => {
    const period = { valid_from: exception.date, valid_to: exception.until ?? exception.date };
    const when = exception.until
      ? `${formatDate(exception.date, '.')}–${formatDate(exception.until, '.')}`
      : formatDate(exception.date, '.');
    const note = exception.note ? ` (${exception.note})` : '';
    if (exception.closed) {
      return [{ id: idFor(`poikkeus-${exception.date}-suljettu`), ...common, ...period, description: `${when} suljettu${note}` }];
    }
    return (exception.hours ?? []).map((range) => ({
      id: idFor(`poikkeus-${exception.date}-${range.opens}-${range.closes}`),
      ...common,
      ...period,
      opens_at: range.opens,
      closes_at: range.closes,
      description: `${when} poikkeuksellisesti ${formatRanges([range], '.')}${note}`,
    }));
  });
  const appointment = hours.byAppointment ? [{ id: idFor('ajanvaraus'), ...common, description: 'Ajanvarauksella.' }] : [];
  return [...weekly, ...exceptions, ...appointment];
}
