// PTV service hours as structured openingHours: each hour type, day spans, the text fallback when
// the structure cannot hold the hours, the register entries, and a re-import that keeps an edit.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runImport } from '../../../../src/node/ptv/import.ts';
import { serviceHour } from '../../../../src/lib/ptv/model.ts';
import { channelHours } from '../../../../src/lib/ptv/opening-hours-map.ts';
import { formatIssue } from '../../../../src/lib/validation/issues.ts';
import { validateContent } from '../../../../src/node/validation/validate-content.ts';
import { CHANNEL, NOW, ptvData, region, type Region } from '../../../support/ptv-fixture.ts';

const hour = (input: Record<string, unknown>) => serviceHour.parse({ openingHour: [], additionalInformation: [], ...input });
const regular = (rows: Record<string, unknown>[], extra: Record<string, unknown> = {}) =>
  hour({ serviceHourType: 'DaysOfTheWeek', validForNow: true, openingHour: rows, ...extra });

describe('PTV service hours as structured hours', () => {
  it('expands a day span to each weekday, wrapping past Sunday, and keeps a lunch break on one day', () => {
    const result = channelHours(
      [
        regular([
          { dayFrom: 'Monday', dayTo: 'Wednesday', from: '08:00', to: '11:00' },
          { dayFrom: 'Monday', dayTo: 'Wednesday', from: '12:00', to: '15:30' },
          { dayFrom: 'Saturday', dayTo: 'Sunday', from: '10:00', to: '14:00' },
        ]),
      ],
      NOW,
    );
    expect(result).toEqual({
      openingHours: {
        weekly: {
          ma: ['8.00–11.00', '12.00–15.30'],
          ti: ['8.00–11.00', '12.00–15.30'],
          ke: ['8.00–11.00', '12.00–15.30'],
          la: ['10.00–14.00'],
          su: ['10.00–14.00'],
        },
      },
      unmapped: [],
    });
    expect(
      channelHours([regular([{ dayFrom: 'Saturday', dayTo: 'Monday', from: '10:00', to: '12:00' }])], NOW).openingHours?.weekly,
    ).toEqual({
      ma: ['10.00–12.00'],
      la: ['10.00–12.00'],
      su: ['10.00–12.00'],
    });
  });

  it('splits OverMidnight hours at midnight, and maps always open, by appointment and the note', () => {
    const night = hour({
      serviceHourType: 'OverMidnight',
      validForNow: true,
      openingHour: [{ dayFrom: 'Friday', dayTo: 'Saturday', from: '22:00', to: '02:00' }],
    });
    expect(channelHours([night], NOW).openingHours?.weekly).toEqual({ pe: ['22.00–24.00'], la: ['0.00–2.00'] });
    const always = regular([], {
      isAlwaysOpen: true,
      isReservation: true,
      additionalInformation: [{ value: 'Soita ensin', language: 'fi' }],
    });
    expect(channelHours([always], NOW).openingHours).toMatchObject({
      weekly: { ma: ['0.00–24.00'], su: ['0.00–24.00'] },
      byAppointment: true,
      note: 'Soita ensin',
    });
  });

  it('maps dated Exceptional hours to exceptions: a closed period with its note and a day of other hours', () => {
    const result = channelHours(
      [
        regular([{ dayFrom: 'Monday', dayTo: 'Friday', from: '08:00', to: '16:00' }]),
        hour({ serviceHourType: 'Exceptional', validFrom: '2026-12-31T00:00:00Z', openingHour: [{ from: '08:00', to: '12:00' }] }),
        hour({
          serviceHourType: 'Exceptional',
          validFrom: '2026-12-24T00:00:00Z',
          validTo: '2026-12-26T23:59:00Z',
          isClosed: true,
          additionalInformation: [{ value: 'Joulun pyhät', language: 'fi' }],
        }),
      ],
      NOW,
    );
    expect(result.openingHours?.exceptions).toEqual([
      { date: '2026-12-24', until: '2026-12-26', closed: true, note: 'Joulun pyhät' },
      { date: '2026-12-31', hours: ['8.00–12.00'] },
    ]);
    expect(result.hours).toBeUndefined();
  });

  it('falls back to the text with a report line when the hours would not validate or cannot be placed', () => {
    const overlapping = channelHours(
      [
        regular([
          { dayFrom: 'Monday', dayTo: 'Friday', from: '08:00', to: '12:00' },
          { dayFrom: 'Monday', dayTo: 'Monday', from: '11:00', to: '14:00' },
        ]),
      ],
      NOW,
    );
    expect(overlapping.openingHours).toBeUndefined();
    expect(overlapping.hours).toBe('ma–pe 8.00–12.00, ma 11.00–14.00');
    expect(overlapping.unmapped[0]).toMatch(/^aukioloaikoja ei voitu kirjoittaa rakenteisina \(Aukioloajat menevät päällekkäin/);
    const undated = channelHours([hour({ serviceHourType: 'Exceptional', isClosed: true })], NOW);
    expect(undated.openingHours).toBeUndefined();
    expect(undated.unmapped[0]).toMatch(/ilman päivämäärää/);
  });
});

describe('importing structured hours', () => {
  let current: Region | undefined;
  afterEach(() => current?.remove());
  const importInto = (dir: string, data = ptvData(), now = NOW) => runImport({ contentDir: dir, data, now, rootDir: dir });
  const errorsOf = (dir: string) => validateContent({ contentDir: dir, rootDir: dir, now: NOW }).errors.map(formatIssue);

  it('registers the hours of each channel with its PTV address, and removes them when the channel goes', () => {
    current = region('empty');
    importInto(current.dir);
    expect(errorsOf(current.dir)).toEqual([]);
    const read = () =>
      (
        parse(readFileSync(join(current!.dir, 'contact-sources.yaml'), 'utf8')) as {
          contacts: { type: string; value: string; source: string }[];
        }
      ).contacts.filter((entry) => entry.type === 'hours');
    expect(read().map((entry) => [entry.value, entry.source.split('/').pop()])).toEqual(
      expect.arrayContaining([
        ['+358 400000001', CHANNEL.phone],
        ['Koekatu 1, 12340 Aurinkola', CHANNEL.location],
      ]),
    );
    const data = ptvData();
    for (const item of data.channels) if (item.id === CHANNEL.phone) item.serviceHours = [];
    importInto(current.dir, data);
    expect(read().map((entry) => entry.value)).not.toContain('+358 400000001');
    expect(errorsOf(current.dir)).toEqual([]);
  });

  it('keeps an editor’s change of openingHours on a re-import and reports the conflict when PTV changes too', () => {
    current = region('empty');
    importInto(current.dir);
    const path = join(current.dir, 'services/tyokyvyn-tuen-neuvonta.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('ma:\n          - 9.00–15.00', 'ma:\n          - 10.00–15.00'));
    expect(readFileSync(path, 'utf8')).toContain('10.00–15.00');
    const data = ptvData();
    const row = data.channels.find((item) => item.id === CHANNEL.phone)?.serviceHours[0]?.openingHour[0];
    if (row) row.to = '16:00';
    const report = importInto(current.dir, data);
    expect(readFileSync(path, 'utf8')).toContain('10.00–15.00');
    expect(readFileSync(path, 'utf8')).not.toContain('9.00–16.00');
    expect(report.files.find((file) => file.file === 'services/tyokyvyn-tuen-neuvonta.md')?.conflicts).toContain('channels');
  });
});
