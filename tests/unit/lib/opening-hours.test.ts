// Structured opening hours: the validator rejects ranges that cannot be true with a Finnish message
// at the right field, and the "open now" line is right in Finnish time — around midnight, on a
// weekend, on an exception day and on the two Sundays when the clocks change in Europe/Helsinki.
import { describe, expect, it } from 'vitest';
import { openingStatus, statusText, helsinkiTime, rangesOn, type StatusWords } from '../../../src/lib/opening-hours.ts';
import { channelContacts, checkContactRegister } from '../../../src/lib/validation/contact-register.ts';
import { formatIssue, type ContentIssue } from '../../../src/lib/validation/issues.ts';
import { parseWithSchema } from '../../../src/lib/validation/parse-entry.ts';
import { readSourceFile } from '../../../src/lib/validation/source-file.ts';
import { openingHours, type OpeningHours } from '../../../src/schemas/opening-hours.ts';
import { serviceSchema } from '../../../src/schemas/service.ts';

/** A valid service whose address channel carries `hours` (YAML, indented under openingHours). */
const service = (hoursYaml: string, extra = '') => `---
title: Työhönvalmennus
summary: Työhönvalmentaja auttaa sinua löytämään työpaikan ja tukee alkuun työpaikalla.
areas: [tyo-ja-tulevaisuus]
provider: eksote
audiences: [osatyokykyiset]
forWhom: Osatyökykyisille työnhakijoille, jotka tarvitsevat tukea.
access:
  - route: itse
    text: Soita ja varaa aika.
duration: 3–12 kuukautta
cost: maksuton
municipalities: [koko alue]
channels:
  - type: address
    street: Testikatu 1
    postalCode: "53100"
    city: Lappeenranta
    openingHours:
${hoursYaml
  .split('\n')
  .map((line) => `      ${line}`)
  .join('\n')}
${extra}keywords: [työhönvalmennus]
lastReviewed: 2026-10-20
owner: Eksote, työllisyyspalvelut
---

Teksti.
`;

function issues(text: string): string[] {
  const source = readSourceFile('content/services/testi.md', text, 'mdx');
  return [...source.problems, ...parseWithSchema(serviceSchema, source).issues].map((issue: ContentIssue) => formatIssue(issue));
}

const parse = (value: unknown): OpeningHours => openingHours.parse(value);

describe('validating structured opening hours', () => {
  it('accepts weekly ranges in both ways of writing, exceptions, by appointment and a note', () => {
    expect(
      issues(
        service(`weekly:
  ma: ["8.00–12.00", "12:00-16:00"]
  pe: ["08:00-14:00"]
exceptions:
  - date: 2026-12-24
    closed: true
  - date: "2026-12-31"
    hours: ["9.00–12.00"]
  - date: 2027-07-01
    until: 2027-07-31
    closed: true
    note: Kesätauko
byAppointment: true
note: Muina aikoina ajanvarauksella.`),
      ),
    ).toEqual([]);
  });

  it('rejects a reversed range, naming the field and how to fix it', () => {
    const found = issues(service(`weekly:\n  ti: ["16.00–8.00"]`));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^content\/services\/testi\.md:\d+: channels\[0\]\.openingHours\.weekly\.ti\[0\] — .*päättyy ennen kuin alkaa/,
    );
  });

  it('rejects a range that closes when it opens', () => {
    expect(issues(service(`weekly:\n  ti: ["8.00–8.00"]`)).join('\n')).toMatch(/weekly\.ti\[0\] — .*samaan aikaan/);
  });

  it('rejects overlapping ranges on one day but accepts ranges that only touch', () => {
    const found = issues(service(`weekly:\n  ke: ["8.00–12.00", "11.30–16.00"]`));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/weekly\.ke\[1\] — Aukioloajat menevät päällekkäin: 08:00–12:00 ja 11:30–16:00/);
  });

  it.each([
    ['25.00–26.00', 'kellonaika, jota ei ole'],
    ['8.60–9.00', 'kellonaika, jota ei ole'],
    ['24.00–24.30', 'kellonaika, jota ei ole'],
    ['kahdeksasta neljään', 'ei ole muotoa alkaa–päättyy'],
    ['8–16', 'ei ole muotoa alkaa–päättyy'],
  ])('rejects the bad time %s', (range, message) => {
    expect(issues(service(`weekly:\n  ma: ["${range}"]`)).join('\n')).toContain(message);
  });

  it('accepts a range that runs until midnight (24.00)', () => {
    expect(issues(service(`weekly:\n  la: ["20.00–24.00"]\n  su: ["0.00–2.00"]`))).toEqual([]);
  });

  it.each([['2026-02-30'], ['2026-13-01'], ['24.12.2026']])('rejects the bad date %s', (date) => {
    const found = issues(service(`exceptions:\n  - date: "${date}"\n    closed: true`));
    expect(found.join('\n')).toMatch(/exceptions\[0\]\.date — Päivämäärä .* ei ole kelvollinen\. Käytä muotoa VVVV-KK-PP/);
  });

  it('rejects the same day given twice, also inside a period', () => {
    const found = issues(
      service(`exceptions:
  - date: 2026-07-01
    until: 2026-07-31
    closed: true
  - date: 2026-07-15
    hours: ["9.00–12.00"]`),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/exceptions\[1\]\.date — Poikkeus 2026-07-15 on jo annettu/);
  });

  it('rejects a period that ends before it starts and an exception that is neither closed nor has hours', () => {
    const found = issues(service(`exceptions:\n  - date: 2026-07-31\n    until: 2026-07-01\n    closed: true\n  - date: 2026-08-01`));
    expect(found.join('\n')).toMatch(/exceptions\[0\]\.until — Jakson loppupäivä/);
    expect(found.join('\n')).toMatch(/exceptions\[1\] — Poikkeuksessa on joko closed: true/);
  });

  it('rejects unknown weekdays and empty hours, and lists every problem at once', () => {
    const found = issues(service(`weekly:\n  maanantai: ["8.00–16.00"]\n  ti: ["16.00–8.00"]`));
    expect(found.some((line) => line.includes('weekly.maanantai'))).toBe(true);
    expect(found.some((line) => line.includes('weekly.ti[0]'))).toBe(true);
    expect(issues(service(`note: Avoinna sopimuksen mukaan`)).join('\n')).toContain('Aukioloajoissa ei ole yhtään aikaa');
  });

  it('keeps the free-text hours allowed next to structured ones', () => {
    expect(issues(service(`byAppointment: true`, ''))).toEqual([]);
    const text = service(`weekly:\n  ma: ["8.00–16.00"]`).replace('    openingHours:', '    hours: ma 8–16\n    openingHours:');
    expect(issues(text)).toEqual([]);
  });
});

describe('accessibility of the premises', () => {
  const place = (accessibility: string) =>
    service(`byAppointment: true`).replace('    openingHours:', `    accessibility:\n${accessibility}\n    openingHours:`);

  it('accepts the four features and a description', () => {
    expect(
      issues(place('      stepFreeEntrance: true\n      accessibleToilet: false\n      description: Hissi toiseen kerrokseen.')),
    ).toEqual([]);
  });

  it('rejects a feature written in words and an empty description', () => {
    const found = issues(place('      inductionLoop: kyllä'));
    expect(found.join('\n')).toMatch(/accessibility\.inductionLoop — Kirjoita induktiosilmukka \(inductionLoop\) true/);
    expect(issues(place('      {}')).join('\n')).toContain('ei ole yhtään tietoa');
  });
});

describe('the source of structured hours and accessibility in the contact-source register', () => {
  const place = service(`weekly:\n  ma: ["8.00–16.00"]`).replace(
    '    openingHours:',
    '    accessibility:\n      parking: true\n    openingHours:',
  );
  const entry = (type: string, value: string) =>
    `  - value: ${value}\n    type: ${type}\n    owner: Eksote\n    source: https://www.eksote.fi/yhteystiedot\n    checked: 2026-10-20\n`;
  const check = (registerEntries: string) => {
    const source = readSourceFile('content/services/testi.md', place, 'mdx');
    const register = readSourceFile('content/contact-sources.yaml', `contacts:\n${registerEntries}`, 'yaml');
    return checkContactRegister({
      register,
      registerFile: register.file,
      texts: [],
      channels: channelContacts(source, source.data as Record<string, unknown>),
    }).map(formatIssue);
  };

  it('requires a recorded source for the hours and the accessibility of a place, named by its address', () => {
    const found = check(entry('address', 'Testikatu 1, 53100 Lappeenranta'));
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(
      /channels\[0\]\.(openingHours|accessibility) — .*lähde .*"Testikatu 1, 53100 Lappeenranta" puuttuu lähderekisteristä/,
    );
    expect(found.join('\n')).toContain('channels[0].openingHours');
    expect(found.join('\n')).toContain('channels[0].accessibility');
  });

  it('is satisfied by hours and accessibility entries for that address', () => {
    expect(
      check(
        entry('address', 'Testikatu 1, 53100 Lappeenranta') +
          entry('hours', 'Testikatu 1, 53100 Lappeenranta') +
          entry('accessibility', 'testikatu 1, 53100 lappeenranta'),
      ),
    ).toEqual([]);
  });
});

const WEEKDAYS_HOURS = parse({
  weekly: { ma: ['8.00–16.00'], ti: ['8.00–16.00'], ke: ['8.00–16.00'], to: ['8.00–16.00'], pe: ['8.00–14.00'] },
  exceptions: [
    { date: '2026-12-24', closed: true },
    { date: '2026-12-23', hours: ['8.00–12.00'] },
  ],
});

const FI_WORDS: StatusWords = {
  openUntil: 'Avoinna nyt, sulkeutuu klo {time}',
  closedUntil: 'Suljettu, avautuu {day} klo {time}',
  closed: 'Suljettu nyt',
  today: 'tänään',
  tomorrow: 'huomenna',
  weekdays: ['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'],
  timeSeparator: '.',
  dateSeparator: '.',
};

/** The status line at an instant given in UTC. */
const lineAt = (hours: OpeningHours, utc: string) => {
  const status = openingStatus(hours, new Date(utc));
  return status && statusText(status, FI_WORDS);
};

describe('"open now" in Finnish time', () => {
  it('reads the Finnish wall clock, winter (UTC+2) and summer (UTC+3)', () => {
    expect(helsinkiTime(new Date('2026-12-01T06:30:00Z'))).toEqual({ date: '2026-12-01', weekday: 'ti', minutes: 8 * 60 + 30 });
    expect(helsinkiTime(new Date('2026-06-02T05:30:00Z'))).toEqual({ date: '2026-06-02', weekday: 'ti', minutes: 8 * 60 + 30 });
  });

  it('is open during a range and says when it closes', () => {
    expect(lineAt(WEEKDAYS_HOURS, '2026-12-01T12:00:00Z')).toBe('Avoinna nyt, sulkeutuu klo 16.00');
  });

  it('is closed before opening the same morning and opens today', () => {
    expect(lineAt(WEEKDAYS_HOURS, '2026-12-01T05:59:00Z')).toBe('Suljettu, avautuu tänään klo 8.00');
    expect(lineAt(WEEKDAYS_HOURS, '2026-12-01T06:00:00Z')).toBe('Avoinna nyt, sulkeutuu klo 16.00');
  });

  it('around midnight: a minute before and after Finnish midnight belong to different days', () => {
    // 2026-12-01 21:59 UTC = Tuesday 23:59 in Helsinki; 22:01 UTC = Wednesday 00:01 (in UTC still Tuesday).
    expect(lineAt(WEEKDAYS_HOURS, '2026-12-01T21:59:00Z')).toBe('Suljettu, avautuu huomenna klo 8.00');
    expect(lineAt(WEEKDAYS_HOURS, '2026-12-01T22:01:00Z')).toBe('Suljettu, avautuu tänään klo 8.00');
  });

  it('a range that runs to 24.00 continues into one that opens at 0.00', () => {
    const night = parse({ weekly: { la: ['20.00–24.00'], su: ['0.00–2.00'] } });
    // Saturday 23:30 in Helsinki (winter): open, and it closes on Sunday at 2.00, not at midnight.
    expect(lineAt(night, '2026-12-05T21:30:00Z')).toBe('Avoinna nyt, sulkeutuu klo 2.00');
    // Sunday 0:30: still open.
    expect(lineAt(night, '2026-12-05T22:30:00Z')).toBe('Avoinna nyt, sulkeutuu klo 2.00');
  });

  it('on a weekend: closed on Saturday, opens on Monday', () => {
    // Friday 2026-12-04 15:00 in Helsinki: closed since 14.00; next Monday.
    expect(lineAt(WEEKDAYS_HOURS, '2026-12-04T13:00:00Z')).toBe('Suljettu, avautuu ma klo 8.00');
    expect(lineAt(WEEKDAYS_HOURS, '2026-12-05T10:00:00Z')).toBe('Suljettu, avautuu ma klo 8.00');
    expect(lineAt(WEEKDAYS_HOURS, '2026-12-06T10:00:00Z')).toBe('Suljettu, avautuu huomenna klo 8.00');
  });

  it('on an exception day: closed all day, or shorter hours', () => {
    // Thursday 2026-12-24 at 10.00 is a weekday but closed; the next opening is Friday.
    expect(rangesOn(WEEKDAYS_HOURS, '2026-12-24')).toEqual([]);
    expect(lineAt(WEEKDAYS_HOURS, '2026-12-24T08:00:00Z')).toBe('Suljettu, avautuu huomenna klo 8.00');
    // Wednesday 2026-12-23 closes at 12.00 instead of 16.00.
    expect(lineAt(WEEKDAYS_HOURS, '2026-12-23T08:00:00Z')).toBe('Avoinna nyt, sulkeutuu klo 12.00');
    expect(lineAt(WEEKDAYS_HOURS, '2026-12-23T11:00:00Z')).toBe('Suljettu, avautuu pe klo 8.00');
  });

  it('on the day clocks go forward (last Sunday of March) wall-clock hours still hold', () => {
    const sunday = parse({ weekly: { su: ['10.00–14.00'], ma: ['8.00–16.00'] } });
    // 2027-03-28: at 01:00 UTC Helsinki goes from 03:00 to 04:00 (UTC+3 from then on).
    expect(helsinkiTime(new Date('2027-03-28T00:30:00Z')).minutes).toBe(2 * 60 + 30);
    expect(helsinkiTime(new Date('2027-03-28T01:30:00Z')).minutes).toBe(4 * 60 + 30);
    // 07:30 UTC is 10:30 summer time: open (at a fixed UTC+2 it would be 9:30, closed).
    expect(lineAt(sunday, '2027-03-28T07:30:00Z')).toBe('Avoinna nyt, sulkeutuu klo 14.00');
    // 10:30 UTC is 13:30: still open; 11:00 UTC is 14:00: closed until Monday 8.00.
    expect(lineAt(sunday, '2027-03-28T10:30:00Z')).toBe('Avoinna nyt, sulkeutuu klo 14.00');
    expect(lineAt(sunday, '2027-03-28T11:00:00Z')).toBe('Suljettu, avautuu huomenna klo 8.00');
    // Monday 05:00 UTC is 8:00 summer time: open.
    expect(lineAt(sunday, '2027-03-29T05:00:00Z')).toBe('Avoinna nyt, sulkeutuu klo 16.00');
  });

  it('on the day clocks go back (last Sunday of October) wall-clock hours still hold', () => {
    const sunday = parse({ weekly: { su: ['10.00–14.00'] } });
    // 2026-10-25: at 01:00 UTC Helsinki goes from 04:00 back to 03:00 (UTC+2 from then on).
    expect(helsinkiTime(new Date('2026-10-25T00:30:00Z')).minutes).toBe(3 * 60 + 30);
    expect(helsinkiTime(new Date('2026-10-25T01:30:00Z')).minutes).toBe(3 * 60 + 30);
    // 07:30 UTC is 9:30 winter time: closed, opens today (at UTC+3 it would be 10:30, open).
    expect(lineAt(sunday, '2026-10-25T07:30:00Z')).toBe('Suljettu, avautuu tänään klo 10.00');
    expect(lineAt(sunday, '2026-10-25T08:00:00Z')).toBe('Avoinna nyt, sulkeutuu klo 14.00');
    // 11:30 UTC is 13:30: open; at UTC+3 it would already be closed.
    expect(lineAt(sunday, '2026-10-25T11:30:00Z')).toBe('Avoinna nyt, sulkeutuu klo 14.00');
  });

  it('names the date when the next opening is more than a week away, and has no line for appointments only', () => {
    const summer = parse({ weekly: { ma: ['8.00–16.00'] }, exceptions: [{ date: '2026-07-01', until: '2026-07-26', closed: true }] });
    // Wednesday 2026-07-01 at noon: the next Monday outside the closure is 27.7.
    expect(lineAt(summer, '2026-07-01T09:00:00Z')).toBe('Suljettu, avautuu ma 27.7.2026 klo 8.00');
    expect(openingStatus(parse({ byAppointment: true }), new Date('2026-07-01T09:00:00Z'))).toBeUndefined();
    const gone = parse({ weekly: { ma: ['8.00–16.00'] }, exceptions: [{ date: '2026-07-01', until: '2026-12-31', closed: true }] });
    expect(lineAt(gone, '2026-07-01T09:00:00Z')).toBe('Suljettu nyt');
  });
});
