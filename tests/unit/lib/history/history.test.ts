// The change history: versions read from a real temporary git repository (renames followed,
// translations left out), client-relevant changes only, and the fallbacks: a folder without git
// gives "unavailable" and a shallow clone gives a partial history, never an error.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../../../src/i18n/index.ts';
import { serviceHistory } from '../../../../src/lib/history/changes.ts';
import { changeFeedItems } from '../../../../src/lib/history/feed.ts';
import { parseRawLog, readServiceFileHistory } from '../../../../src/node/git-history.ts';
import { historyLabels } from '../../../../src/lib/history/labels.ts';

const t = useTranslations('fi');
const labels = historyLabels(t, 'fi');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tt-history-'));
  temps.push(dir);
  return dir;
}

const service = ({ phone = '029 041 3170', hours = 'ma–pe 9–15', cost = 'maksuton', summary = 'Lyhyt kuvaus.', extra = '' } = {}) => `---
title: Testipalvelu
summary: ${summary}
access:
  - route: itse
    text: Soita neuvontaan.
cost: ${cost}
channels:
  - type: phone
    number: ${phone}
    label: Neuvonta
    hours: ${hours}
${extra}---

Teksti.
`;

/** A repository with a service folder and a few dated commits; the committer date is what the history shows. */
function repository(): { root: string; services: string } {
  const root = tempDir();
  const services = join(root, 'content', 'services');
  mkdirSync(join(services, 'sv'), { recursive: true });
  const git = (args: string[], date?: string) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
      cwd: root,
      env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
      stdio: 'pipe',
    });
  const commit = (message: string, date: string) => {
    git(['add', '-A']);
    git(['commit', '-q', '-m', message], date);
  };
  git(['init', '-q', '-b', 'main']);
  writeFileSync(join(services, 'testi.mdx'), service());
  writeFileSync(join(services, 'sv', 'testi.mdx'), service());
  commit('add', '2026-01-10T10:00:00Z');
  writeFileSync(join(services, 'testi.mdx'), service({ summary: 'Toinen kuvaus, ei asiakkaan kannalta olennainen.' }));
  commit('wording', '2026-02-10T10:00:00Z');
  renameSync(join(services, 'testi.mdx'), join(services, 'testi.md'));
  commit('rename', '2026-03-10T10:00:00Z');
  writeFileSync(
    join(services, 'testi.md'),
    service({ phone: '029 041 3171', hours: 'ma–to 9–12', cost: '{ type: osin-maksullinen, text: Ryhmät 5 €. }' }),
  );
  commit('contacts', '2026-04-10T10:00:00Z');
  writeFileSync(
    join(services, 'testi.md'),
    service({
      phone: '029 041 3171',
      hours: 'ma–to 9–12',
      cost: '{ type: osin-maksullinen, text: Ryhmät 5 €. }',
      extra: 'status: vahvistettu\nconfirmedBy: palveluvastaava\nconfirmedOn: 2026-05-01\n',
    }),
  );
  commit('confirmed', '2026-05-10T10:00:00Z');
  writeFileSync(join(services, 'poistettu.md'), service());
  commit('add other', '2026-06-10T10:00:00Z');
  rmSync(join(services, 'poistettu.md'));
  commit('remove other', '2026-07-10T10:00:00Z');
  return { root, services };
}

describe('readServiceFileHistory', () => {
  const repo = repository();

  it('reads every version of each current service, following the rename, without translations or removed files', () => {
    const history = readServiceFileHistory(repo.services);
    expect(history).toMatchObject({ available: true, partial: false });
    expect([...history.versions.keys()]).toEqual(['testi']);
    expect(history.versions.get('testi')?.map((version) => version.date.toISOString().slice(0, 10))).toEqual([
      '2026-01-10',
      '2026-02-10',
      '2026-03-10',
      '2026-04-10',
      '2026-05-10',
    ]);
  });

  it('lists only the changes a client relies on, newest first, with what was before and what is now', () => {
    const entries = serviceHistory(readServiceFileHistory(repo.services).versions.get('testi') ?? [], labels);
    expect(
      entries.map((entry) => [entry.date.toISOString().slice(0, 10), entry.added, entry.changes.map((change) => change.fact)]),
    ).toEqual([
      ['2026-05-10', false, ['status']],
      ['2026-04-10', false, ['contacts', 'hours', 'cost']],
      ['2026-01-10', true, []],
    ]);
    const contacts = entries[1]?.changes[0];
    expect(contacts).toEqual({
      fact: 'contacts',
      before: ['Puhelin: 029 041 3170 (Neuvonta)'],
      after: ['Puhelin: 029 041 3171 (Neuvonta)'],
    });
    expect(entries[1]?.changes[2]).toEqual({ fact: 'cost', before: ['Maksuton'], after: ['Osin maksullinen – Ryhmät 5 €.'] });
    expect(entries[0]?.changes[0]?.after).toEqual(['Tiedot vahvistanut: palveluvastaava, 1.5.2026']);
  });

  it('survives a shallow clone: the history is marked partial and starts at the clone’s first commit', () => {
    const clone = join(tempDir(), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone], { stdio: 'pipe' });
    const history = readServiceFileHistory(join(clone, 'content', 'services'));
    expect(history).toMatchObject({ available: true, partial: true });
    expect(history.versions.get('testi')).toHaveLength(1);
    // The clone's first commit is not when the service was added: nothing is claimed about it.
    expect(serviceHistory(history.versions.get('testi') ?? [], labels, { partial: true })).toEqual([]);
    expect(serviceHistory(history.versions.get('testi') ?? [], labels).map((entry) => entry.added)).toEqual([true]);
  });

  it('falls back without failing in a folder that has no git repository', () => {
    const plain = tempDir();
    mkdirSync(join(plain, 'services'));
    writeFileSync(join(plain, 'services', 'testi.md'), service());
    const history = readServiceFileHistory(join(plain, 'services'));
    expect(history.available).toBe(false);
    expect(history.versions.size).toBe(0);
    expect(history.reason).toMatch(/not a git repository|git could not be run/);
  });

  it('falls back when the folder does not exist at all', () => {
    expect(readServiceFileHistory(join(tempDir(), 'missing')).available).toBe(false);
  });
});

describe('serviceHistory', () => {
  it('skips versions whose frontmatter does not parse instead of failing', () => {
    const entries = serviceHistory(
      [
        { date: new Date('2026-01-01T00:00:00Z'), text: service() },
        { date: new Date('2026-02-01T00:00:00Z'), text: '---\ntitle: [rikki\n---\n' },
        { date: new Date('2026-03-01T00:00:00Z'), text: service({ cost: 'ei-tiedossa' }) },
      ],
      labels,
    );
    expect(entries.map((entry) => entry.changes.map((change) => change.after))).toEqual([[['Ei tiedossa']], []]);
  });
});

describe('parseRawLog', () => {
  it('reads additions, modifications and renames', () => {
    const blob = (n: number) => String(n).repeat(40);
    const output = `\u00002026-01-01T10:00:00+00:00\n\n:000000 100644 ${'0'.repeat(40)} ${blob(1)} A\ta.md\n\u00002026-02-01T10:00:00+00:00\n\n:100644 100644 ${blob(1)} ${blob(2)} R087\ta.md\tb.md\n`;
    expect(parseRawLog(output)).toEqual([
      { date: new Date('2026-01-01T10:00:00Z'), changes: [{ status: 'A', blob: blob(1), path: 'a.md' }] },
      { date: new Date('2026-02-01T10:00:00Z'), changes: [{ status: 'R', blob: blob(2), path: 'b.md', from: 'a.md' }] },
    ]);
  });
});

describe('changeFeedItems', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const histories = new Map([
    [
      'a',
      [
        { date: day('2026-03-01'), added: false, changes: [{ fact: 'hours' as const, before: ['ma 9–12'], after: ['ti 9–12'] }] },
        { date: day('2026-01-01'), added: true, changes: [] },
      ],
    ],
    ['b', [{ date: day('2026-02-01'), added: true, changes: [] }]],
  ]);
  const services = [
    { id: 'a', title: 'Palvelu A', areas: ['mieli'] },
    { id: 'b', title: 'Palvelu B', areas: ['arki'] },
  ];

  it('lists every change of the region newest first, each linking to its entry on the history page', () => {
    expect(changeFeedItems(services, histories, t).map((item) => [item.title, item.link])).toEqual([
      ['Palvelu A: Aukioloajat', '/palvelu/a/historia/#muutos-2026-03-01-2'],
      ['Palvelu B: Palvelu lisättiin sivustolle.', '/palvelu/b/historia/#muutos-2026-02-01-1'],
      ['Palvelu A: Palvelu lisättiin sivustolle.', '/palvelu/a/historia/#muutos-2026-01-01-1'],
    ]);
  });

  it('keeps a life area’s feed to the services of that area', () => {
    expect(changeFeedItems(services, histories, t, 'arki').map((item) => item.title)).toEqual(['Palvelu B: Palvelu lisättiin sivustolle.']);
  });
});
