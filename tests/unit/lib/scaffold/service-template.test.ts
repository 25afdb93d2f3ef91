// `npm run new:service`: the template fails validation until each empty field is filled, passes
// once it is, and the command never overwrites a file.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue } from '../../../../src/lib/validation/issues.ts';
import { parseArea, serviceIdFor, serviceTemplate } from '../../../../src/lib/scaffold/service-template.ts';
import { validateContent } from '../../../../src/node/validation/validate-content.ts';
import { contentCopy, type ContentCopy } from '../../../fixtures/broken/fixture.ts';

const NOW = new Date('2026-11-23T12:00:00Z');
const NAME = 'Työhönvalmennus: tukea työnhakuun';

/** What an editor writes into the empty places of the template. */
function fill(template: string): string {
  return template
    .replace('summary: ""', 'summary: Työhönvalmentaja auttaa sinua löytämään sopivan työpaikan ja tukee alussa.')
    .replace('provider: ""', 'provider: eksote')
    .replace('audiences: []', 'audiences: [osatyokykyiset, tyottomat]')
    .replace('forWhom: ""', 'forWhom: Osatyökykyisille työnhakijoille, jotka tarvitsevat tukea työn löytämiseen.')
    .replace('    text: ""', '    text: Voit ottaa yhteyttä neuvontaan itse tai pyytää ohjausta työllisyyspalveluista.')
    .replace('duration: ""', 'duration: 3–12 kuukautta')
    .replace('    url: ""', '    url: https://www.kela.fi/kuntoutusraha')
    .replace('keywords: []', 'keywords: [työhönvalmennus, työvalmentaja]')
    .replace('owner: ""', 'owner: Eksote, työllisyyttä edistävät palvelut')
    .replace(/^TÄYTÄ: Mitä.*$/m, 'Työhönvalmentaja kartoittaa kanssasi vahvuutesi ja etsii sopivan työpaikan.')
    .replace(/^TÄYTÄ: Kerro.*$/m, 'Ensin tapaatte, sitten teette suunnitelman ja lopuksi seuraatte, miten työ sujuu.');
}

let copy: ContentCopy | undefined;
afterEach(() => copy?.remove());

const validateWith = (text: string) => {
  copy = contentCopy(undefined, { 'services/tyohonvalmennus-tukea-tyonhakuun.mdx': text });
  return validateContent({ contentDir: copy.dir, rootDir: copy.dir, now: NOW });
};

describe('serviceTemplate', () => {
  const template = serviceTemplate({
    name: NAME,
    area: 'tyo-ja-tulevaisuus',
    providers: [{ id: 'eksote', name: 'Eksote' }],
    municipalities: ['Lappeenranta'],
    today: NOW,
  });

  it('fails validation until filled, pointing at every empty field', () => {
    const { errors } = validateWith(template);
    expect(errors.map((issue) => issue.field)).toEqual([
      'summary',
      'provider',
      'audiences',
      'forWhom',
      'access[0].text',
      'duration',
      'channels[0].url',
      'owner',
      '(sisältö)',
    ]);
    expect(errors.every((issue) => issue.file === 'services/tyohonvalmennus-tukea-tyonhakuun.mdx')).toBe(true);
  });

  it('passes validation without errors or warnings once filled', () => {
    const result = validateWith(fill(template));
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.services.find((service) => service.id === 'tyohonvalmennus-tukea-tyonhakuun')?.data).toMatchObject({
      title: NAME,
      areas: ['tyo-ja-tulevaisuus'],
      lastReviewed: new Date('2026-11-23T00:00:00Z'),
    });
  });

  it('explains the fields in comments and lists the allowed values', () => {
    expect(template).toContain('# Nimi, jolla asiakkaat tuntevat palvelun');
    expect(template).toContain('eksote (Eksote)');
    // Comments wrap over lines; read them as running text.
    expect(template.replace(/\n# /g, ' ')).toContain('Sallitut: hyvinvointi, osallisuus, mieli, arki, taidot, keho, tyo-ja-tulevaisuus.');
  });

  it('prefills a provider the editor gave', () => {
    expect(serviceTemplate({ name: 'X-palvelu', area: 'mieli', provider: 'kela' })).toContain('provider: "kela"');
  });
});

describe('serviceIdFor and parseArea', () => {
  it.each([
    ['Työhönvalmennus: tukea työnhakuun', 'tyohonvalmennus-tukea-tyonhakuun'],
    ['  Äänekäs Öljy & Åsa ', 'aanekas-oljy-asa'],
  ])('turns "%s" into the id %s', (name, id) => {
    expect(serviceIdFor(name)).toBe(id);
  });

  it.each([
    ['mieli', 'mieli'],
    ['7', 'tyo-ja-tulevaisuus'],
    ['Työ ja tulevaisuus', 'tyo-ja-tulevaisuus'],
    ['terveys', undefined],
    ['8', undefined],
  ])('reads the area "%s" as %s', (input, area) => {
    expect(parseArea(input)).toBe(area);
  });
});

describe('cli/new-service.ts', () => {
  const run = (dir: string, ...args: string[]) =>
    spawnSync(process.execPath, ['cli/new-service.ts', ...args], {
      env: { ...process.env, TT_CONTENT_DIR: dir },
      encoding: 'utf8',
      input: '',
    });

  it('writes the template from arguments and refuses to overwrite it', () => {
    copy = contentCopy();
    const path = join(copy.dir, 'services', 'tyohonvalmennus-tukea-tyonhakuun.md');
    const first = run(copy.dir, '--name', NAME, '--area', 'tyo-ja-tulevaisuus', '--provider', 'eksote');
    expect(first.status, first.stderr).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain(`title: "${NAME}"`);

    writeFileSync(path, 'editor work');
    const second = run(copy.dir, '--name', NAME, '--area', 'mieli');
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/on jo olemassa, eikä sitä korvata/);
    expect(readFileSync(path, 'utf8')).toBe('editor work');
  });

  it('stops with usage help when the name is missing and nobody can be asked', () => {
    copy = contentCopy();
    const result = run(copy.dir, '--area', 'mieli');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Anna palvelun nimi/);
  });

  it('rejects an unknown area', () => {
    copy = contentCopy();
    const result = run(copy.dir, '--name', 'Uusi palvelu', '--area', 'terveys');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Tuntematon elämänalue "terveys"/);
    expect(existsSync(join(copy.dir, 'services', 'uusi-palvelu.md'))).toBe(false);
  });
});
