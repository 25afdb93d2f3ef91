// npm run ptv:check: each kind of drift is found, nothing else is, and the command's output and exit
// status are what CI relies on.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/node/ptv/check.ts';
import { formatDriftMarkdown, formatDriftText } from '../../../../src/lib/ptv/drift.ts';
import { runImport } from '../../../../src/node/ptv/import.ts';
import type { PtvData } from '../../../../src/lib/ptv/input.ts';
import { CHANNEL, FIRST, LATER, NOW, ptvData, region, SERVICE, type Region } from '../../../support/ptv-fixture.ts';

let current: Region | undefined;
afterEach(() => current?.remove());

/** An empty region with the first fixture set imported. */
function imported(): string {
  current = region('empty');
  runImport({ contentDir: current.dir, data: ptvData(FIRST), now: NOW, rootDir: current.dir });
  return current.dir;
}
const check = (dir: string, data: PtvData) => checkContent(dir, data, NOW, dir);
const summary = (dir: string, data: PtvData) => check(dir, data).drifts.map((drift) => [drift.file, drift.kind, drift.ours, drift.ptv]);
const channel = (data: PtvData, id: string) => {
  const found = data.channels.find((item) => item.id === id);
  if (!found) throw new Error(`fixture channel ${id} missing`);
  return found;
};

describe('the drift check', () => {
  it('finds nothing right after an import', () => {
    const dir = imported();
    expect(check(dir, ptvData(FIRST))).toEqual({ drifts: [], checked: 4 });
  });

  it('reports exactly the changed phone, its changed hours and the unpublished service', () => {
    const dir = imported();
    expect(summary(dir, ptvData(LATER))).toEqual([
      ['services/nuorten-tyopaja.md', 'unpublished', undefined, 'Deleted'],
      ['services/tyokyvyn-tuen-neuvonta.md', 'phone', '+358 400000001', '+358 400000005'],
    ]);
    // The phone's number changed with its hours: a new number is one change, the hours of the old
    // one are not compared. The same hours change on an unchanged number reads day by day.
    const data = ptvData(LATER);
    const phone = data.channels.find((item) => item.id === CHANNEL.phone)?.phoneNumbers[0];
    if (phone) phone.number = '400000001';
    const hours = check(dir, data).drifts.filter((drift) => drift.kind === 'hours');
    expect(hours.map((drift) => drift.message)).toEqual([
      'Aukioloajat (+358 400000001) ovat muuttuneet PTV:ssä: ma 9.00–15.00 → ma 9.00–16.00; ti 9.00–15.00 → ti 9.00–16.00; ke 9.00–15.00 → ke 9.00–16.00; to 9.00–15.00 → to 9.00–16.00; pe 9.00–15.00 → pe 9.00–16.00.',
    ]);
  });

  it('reports a changed e-mail, web address, street address and opening hours', () => {
    const dir = imported();
    const data = ptvData(FIRST);
    const location = channel(data, CHANNEL.location);
    const street = location.addresses[0]?.streetAddress;
    if (street) street.streetNumber = '3';
    const email = location.emails[0];
    if (email) email.value = 'ajanvaraus@hyvinvointi.koealue.example';
    const page = channel(data, CHANNEL.web).webPages[0];
    if (page) page.url = 'https://hyvinvointi.koealue.example/tyopajat/nuoret/';
    const hour = channel(data, CHANNEL.phone).serviceHours[0]?.openingHour[0];
    if (hour) hour.to = '16:00';
    expect(summary(dir, data)).toEqual([
      [
        'services/matalan-kynnyksen-mielenterveysneuvonta.md',
        'email',
        'vastaanotto@hyvinvointi.koealue.example',
        'ajanvaraus@hyvinvointi.koealue.example',
      ],
      ['services/matalan-kynnyksen-mielenterveysneuvonta.md', 'address', 'Koekatu 1, 12340 Aurinkola', 'Koekatu 3, 12340 Aurinkola'],
      [
        'services/nuorten-tyopaja.md',
        'web',
        'https://hyvinvointi.koealue.example/nuorten-tyopaja/',
        'https://hyvinvointi.koealue.example/tyopajat/nuoret/',
      ],
      ['services/tyokyvyn-tuen-neuvonta.md', 'email', 'vastaanotto@hyvinvointi.koealue.example', 'ajanvaraus@hyvinvointi.koealue.example'],
      ['services/tyokyvyn-tuen-neuvonta.md', 'address', 'Koekatu 1, 12340 Aurinkola', 'Koekatu 3, 12340 Aurinkola'],
      [
        'services/tyokyvyn-tuen-neuvonta.md',
        'hours',
        'ma 9.00–15.00, ti 9.00–15.00, ke 9.00–15.00, to 9.00–15.00, pe 9.00–15.00',
        'ma 9.00–16.00, ti 9.00–16.00, ke 9.00–16.00, to 9.00–16.00, pe 9.00–16.00',
      ],
    ]);
    const message = check(dir, data).drifts.find((drift) => drift.kind === 'hours')?.message;
    expect(message).toContain('ma 9.00–15.00 → ma 9.00–16.00; ti 9.00–15.00 → ti 9.00–16.00');
  });

  it('reports a service removed from PTV, a channel no longer connected, and an organisation removed', () => {
    const dir = imported();
    const data = ptvData(FIRST);
    data.services = data.services.filter((service) => service.id !== SERVICE.mentalHealth);
    const workAbility = data.services.find((service) => service.id === SERVICE.workAbility);
    if (workAbility) workAbility.serviceChannels = workAbility.serviceChannels.filter((item) => item.serviceChannel.id !== CHANNEL.phone);
    data.organizations = [];
    expect(summary(dir, data)).toEqual([
      ['services/matalan-kynnyksen-mielenterveysneuvonta.md', 'removed', undefined, undefined],
      ['services/tyokyvyn-tuen-neuvonta.md', 'channel', CHANNEL.phone, undefined],
      ['services/tyokyvyn-tuen-neuvonta.md', 'phone', '+358 400000001', undefined],
      ['providers/koealueen-hyvinvointialue.yaml', 'removed', undefined, undefined],
    ]);
  });

  it('leaves out a contact an editor added from another source, and reports one PTV added', () => {
    const dir = imported();
    const path = join(dir, 'services/nuorten-tyopaja.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('channels:\n', 'channels:\n  - type: phone\n    number: 0400 000 006\n'));
    const registerPath = join(dir, 'contact-sources.yaml');
    writeFileSync(
      registerPath,
      `${readFileSync(registerPath, 'utf8')}  - value: 0400 000 006\n    type: phone\n    owner: Työpaja\n    source: https://koealue.example/tyopaja/\n    checked: 2026-12-01\n`,
    );
    const data = ptvData(FIRST);
    channel(data, CHANNEL.web).supportPhones.push({
      number: '400000007',
      prefixNumber: '+358',
      isFinnishServiceNumber: false,
      serviceChargeType: 'FreeOfCharge',
      language: 'fi',
    });
    expect(summary(dir, data)).toEqual([['services/nuorten-tyopaja.md', 'phone', undefined, '+358 400000007']]);
  });

  it('formats text and Markdown reports', () => {
    const dir = imported();
    const { drifts, checked } = check(dir, ptvData(LATER));
    expect(formatDriftText(drifts, checked)).toContain(
      'Puhelinnumero on muuttunut PTV:ssä: sivulla +358 400000001, PTV:ssä +358 400000005.',
    );
    expect(formatDriftText(drifts, checked)).toMatch(/4 kohdetta tarkistettu, 2 eroa 2 tiedostossa\.$/);
    const markdown = formatDriftMarkdown(drifts, checked);
    expect(markdown).toContain('| tiedosto | mikä | sivulla | PTV:ssä |');
    expect(markdown).toContain('| `services/tyokyvyn-tuen-neuvonta.md` | puhelin | +358 400000001 | +358 400000005 |');
    expect(markdown).toContain('| `services/nuorten-tyopaja.md` | ei julkaistu | – | Deleted |');
    expect(formatDriftMarkdown([], 4)).toContain('tiedot vastaavat Palvelutietovarantoa');
  });
});

// Each test starts real Node processes; the limit is a guard against a hang, not a speed test.
describe('the commands', () => {
  const run = (script: string, args: string[], contentDir: string) =>
    spawnSync(process.execPath, [script, ...args], {
      cwd: join(import.meta.dirname, '../../../..'),
      env: { ...process.env, TT_CONTENT_DIR: contentDir },
      encoding: 'utf8',
    });

  it('ptv:check exits 1 on drift only with --fail-on-drift, and 0 without drift', () => {
    const dir = imported();
    expect(run('cli/ptv-check.ts', ['--dir', LATER, '--fail-on-drift'], dir).status).toBe(1);
    expect(run('cli/ptv-check.ts', ['--dir', LATER], dir).status).toBe(0);
    const clean = run('cli/ptv-check.ts', ['--dir', FIRST, '--fail-on-drift', '--markdown'], dir);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('## PTV-vertailu');
  }, 60_000);

  it('ptv:import exits 1 when the input had a malformed item, and 0 on clean input', () => {
    current = region('empty');
    const first = run('cli/ptv-import.ts', ['--dir', FIRST, '--out', current.dir], current.dir);
    expect(first.status).toBe(1);
    expect(first.stdout).toContain('VIRHE');
    const later = run('cli/ptv-import.ts', ['--dir', LATER, '--out', current.dir], current.dir);
    expect(later.status).toBe(0);
  }, 60_000);
});
