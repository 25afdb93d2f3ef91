// npm run ptv:import over the fixture files: valid drafts in a region folder, a rerun that changes
// nothing, an edited text that is kept and reported, and a contact register that stays true.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runImport } from '../../../../src/node/ptv/import.ts';
import { formatImportReport } from '../../../../src/lib/ptv/import-report.ts';
import { formatIssue } from '../../../../src/lib/validation/issues.ts';
import { validateContent } from '../../../../src/node/validation/validate-content.ts';
import { LATER, NOW, ptvData, region, SERVICE, type Region } from '../../../support/ptv-fixture.ts';
import { contentData } from '../../../support/content-files.ts';

let current: Region | undefined;
afterEach(() => current?.remove());

const open = (kind: 'second' | 'empty') => (current = region(kind));
const importInto = (dir: string, data = ptvData(), now = NOW) => runImport({ contentDir: dir, data, now, rootDir: dir });
const frontmatter = (path: string) => contentData(path);
const errorsOf = (dir: string) => validateContent({ contentDir: dir, rootDir: dir, now: NOW }).errors.map(formatIssue);

describe('the first import', () => {
  it('writes drafts into the second region that pass the validator, reusing its provider by name', () => {
    const { dir } = open('second');
    const report = importInto(dir);
    expect(report.files.filter((file) => file.action === 'luotu').map((file) => file.file)).toEqual([
      'services/tyokyvyn-tuen-neuvonta.md',
      'services/matalan-kynnyksen-mielenterveysneuvonta.md',
      'services/nuorten-tyopaja.md',
    ]);
    expect(errorsOf(dir)).toEqual([]);
    const service = frontmatter(join(dir, 'services/tyokyvyn-tuen-neuvonta.md'));
    expect(service).toMatchObject({
      draft: true,
      status: 'tarkistettava',
      provider: 'koealueen-hyvinvointialue',
      municipalities: ['Aurinkola', 'Kuutamo'],
      cost: { type: 'maksuton' },
      languages: ['fi', 'sv'],
      audiences: ['osatyokykyiset'],
      areas: ['tyo-ja-tulevaisuus'],
      access: [{ route: 'itse', text: 'Soita työkykyneuvontaan tai tule sosiaali- ja terveysasemalle. Lähetettä ei tarvita.' }],
      ptv: { service: SERVICE.workAbility, confirmAreas: true, imported: '2026-12-02' },
    });
    expect(service['channels']).toEqual([
      {
        type: 'phone',
        number: '+358 400000001',
        label: 'Työkykyneuvonnan puhelin (maksuton)',
        // A Monday–Friday span is written out day by day: the structured form has no spans.
        openingHours: { weekly: Object.fromEntries(['ma', 'ti', 'ke', 'to', 'pe'].map((day) => [day, ['9.00–15.00']])) },
      },
      {
        type: 'address',
        street: 'Koekatu 1',
        postalCode: '12340',
        city: 'Aurinkola',
        label: 'Aurinkolan sosiaali- ja terveysasema',
        openingHours: {
          weekly: { ...Object.fromEntries(['ma', 'ti', 'ke', 'to'].map((day) => [day, ['8.00–16.00']])), pe: ['8.00–14.00'] },
          // PTV's Exceptional hours with dates: a closed period with its note.
          exceptions: [{ date: '2026-12-24', until: '2026-12-26', closed: true, note: 'Joulun pyhät' }],
        },
      },
      { type: 'phone', number: '+358 400000002', label: 'Vastaanoton ajanvaraus (maksullinen, Puhelun hinta: pvm/mpm)' },
      { type: 'email', address: 'vastaanotto@hyvinvointi.koealue.example', label: 'Aurinkolan sosiaali- ja terveysasema' },
    ]);
  });

  it('writes Swedish and English texts as translation files where PTV has them, and only there', () => {
    const { dir } = open('second');
    importInto(dir);
    expect(frontmatter(join(dir, 'services/sv/tyokyvyn-tuen-neuvonta.md'))).toMatchObject({
      title: 'Rådgivning om stöd för arbetsförmågan',
      duration: 'Längden är inte känd.',
    });
    expect(frontmatter(join(dir, 'services/en/nuorten-tyopaja.md'))).toMatchObject({
      title: 'Youth workshop',
      forWhom: 'For people under 29 who are not studying or working.',
    });
    const snapshot = current?.snapshot() ?? {};
    expect(
      Object.keys(snapshot)
        .filter((path) => /^services\/(sv|en)\//.test(path))
        .sort(),
    ).toEqual(['services/en/nuorten-tyopaja.md', 'services/sv/tyokyvyn-tuen-neuvonta.md']);
  });

  it('reports the malformed item and the unpublished service, and lists what could not be mapped per file', () => {
    const { dir } = open('second');
    const report = importInto(dir);
    expect(report.problems.map((problem) => problem.where)).toEqual([expect.stringMatching(/services\.json \[5\]$/)]);
    expect(report.problems[0]?.message).toContain(SERVICE.malformed);
    const draft = report.files.find((file) => file.ptvId === SERVICE.draft);
    expect(draft).toMatchObject({ action: 'ohitettu', reason: expect.stringContaining('Draft') });
    const unmapped = report.files.find((file) => file.ptvId === SERVICE.workAbility)?.unmapped ?? [];
    expect(unmapped).toEqual(
      expect.arrayContaining([expect.stringContaining('faksi +358 400000009'), expect.stringContaining('postiosoite')]),
    );
    // The exceptional hours have a place now: nothing about hours is left unmapped.
    expect(unmapped.filter((line) => /aukioloaika/.test(line))).toEqual([]);
    expect(report.files.find((file) => file.ptvId === SERVICE.workshop)?.unmapped).toEqual(
      expect.arrayContaining([expect.stringContaining('PrintableForm')]),
    );
    expect(formatImportReport(report)).toMatch(/3 luotu, 0 päivitetty, 0 ennallaan, 1 ohitettu, 1 virheellistä kohdetta/);
  });

  it('into an empty region writes the provider too and registers every imported contact with its PTV address', () => {
    const { dir } = open('empty');
    const report = importInto(dir);
    expect(errorsOf(dir)).toEqual([]);
    expect(report.files.map((file) => file.file)).toContain('providers/koealueen-hyvinvointialue.yaml');
    const register = contentData<{ contacts: { value: string; source: string }[] }>(join(dir, 'contact-sources.yaml'));
    const phone = register.contacts.find((entry) => entry.value === '+358 400000001');
    expect(phone?.source).toBe('https://api.palvelutietovaranto.suomi.fi/api/v11/ServiceChannel/5b0e4a7c-1d2f-4e3a-9b8c-000000000201');
    expect(register.contacts[0]?.value).toBe('palaute@koealue.example');
  });

  it('in a region without a register leaves it alone and says what the editor must do', () => {
    const { dir } = open('second');
    const report = importInto(dir);
    expect(report.register.notes.join(' ')).toMatch(/ei ole lähderekisteriä/);
    expect(Object.keys(current?.snapshot() ?? {})).not.toContain('contact-sources.yaml');
  });
});

describe('a re-import', () => {
  it('changes nothing when PTV has not changed', () => {
    const { dir } = open('empty');
    importInto(dir);
    const before = current?.snapshot();
    const report = importInto(dir, ptvData(), new Date('2027-01-15T09:00:00Z'));
    expect(current?.snapshot()).toEqual(before);
    expect(report.files.map((file) => [file.ptvId, file.action])).toEqual([
      [SERVICE.workAbility, 'ennallaan'],
      [SERVICE.mentalHealth, 'ennallaan'],
      [SERVICE.workshop, 'ennallaan'],
      [SERVICE.draft, 'ohitettu'],
    ]);
  });

  it('updates the same file, never a duplicate, and keeps the register true when a phone changes', () => {
    const { dir } = open('empty');
    importInto(dir);
    const path = join(dir, 'services/tyokyvyn-tuen-neuvonta.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('keywords:', '# Hakusanoja lisätään syksyllä.\nkeywords:'));
    const report = importInto(dir, ptvData(LATER));
    expect(readFileSync(path, 'utf8')).toContain('# Hakusanoja lisätään syksyllä.\nkeywords:');
    const files = Object.keys(current?.snapshot() ?? {}).filter((path) => /^services\/[^/]+$/.test(path));
    expect(files.sort()).toEqual([
      'services/matalan-kynnyksen-mielenterveysneuvonta.md',
      'services/nuorten-tyopaja.md',
      'services/tyokyvyn-tuen-neuvonta.md',
    ]);
    expect(report.files.find((file) => file.ptvId === SERVICE.workAbility)).toMatchObject({
      action: 'päivitetty',
      updated: ['channels'],
      conflicts: [],
    });
    const channels = frontmatter(join(dir, 'services/tyokyvyn-tuen-neuvonta.md'))['channels'] as { number?: string }[];
    expect(channels[0]?.number).toBe('+358 400000005');
    // The phone and its structured-hours entry, both named by the number.
    expect(report.register).toMatchObject({ added: 2, removed: 2 });
    expect(errorsOf(dir)).toEqual([]);
  });

  it('keeps a text an editor has changed and reports the conflict when PTV changed it too', () => {
    const { dir } = open('empty');
    importInto(dir);
    const path = join(dir, 'services/tyokyvyn-tuen-neuvonta.md');
    const edited = readFileSync(path, 'utf8').replace(
      'summary: Työkykyneuvoja auttaa, kun sairaus tai vamma vaikeuttaa työntekoa tai työnhakua.',
      'summary: Toimittajan oma tiivistelmä työkykyneuvonnasta, joka kertoo palvelusta selkeästi.',
    );
    writeFileSync(path, edited);
    const data = ptvData(LATER);
    const service = data.services.find((item) => item.id === SERVICE.workAbility);
    const summary = service?.serviceDescriptions.find((item) => item.language === 'fi' && item.type === 'Summary');
    if (summary) summary.value = 'PTV:n uusi tiivistelmä: työkykyneuvoja auttaa sinua työkyvyn kysymyksissä.';
    const report = importInto(dir, data);
    const after = frontmatter(path);
    expect(after['summary']).toBe('Toimittajan oma tiivistelmä työkykyneuvonnasta, joka kertoo palvelusta selkeästi.');
    const file = report.files.find((item) => item.ptvId === SERVICE.workAbility);
    expect(file?.conflicts).toEqual(['summary']);
    expect(file?.updated).toEqual(['channels']);
    expect(formatImportReport(report)).toContain('RISTIRIITA summary');
    // The edit stays recognised: a third import with the same data reports nothing new and writes nothing.
    const before = current?.snapshot();
    const third = importInto(dir, data);
    expect(current?.snapshot()).toEqual(before);
    expect(third.files.find((item) => item.ptvId === SERVICE.workAbility)?.conflicts).toEqual([]);
  });

  it("keeps an edited text silently when PTV has not changed it, and keeps an editor's publishing decision", () => {
    const { dir } = open('empty');
    importInto(dir);
    const path = join(dir, 'services/nuorten-tyopaja.md');
    writeFileSync(
      path,
      readFileSync(path, 'utf8')
        .replace('draft: true', 'draft: false')
        .replace('Ohjaaja auttaa sinua löytämään vahvuutesi.', 'Ohjaaja auttaa sinua.'),
    );
    const report = importInto(dir, ptvData());
    expect(report.files.find((item) => item.ptvId === SERVICE.workshop)).toMatchObject({ action: 'ennallaan', conflicts: [], updated: [] });
    expect(readFileSync(path, 'utf8')).toContain('Ohjaaja auttaa sinua.\n');
    expect(frontmatter(path)['draft']).toBe(false);
  });

  it('leaves a file alone that an editor has only laid out differently', () => {
    const { dir } = open('empty');
    importInto(dir);
    const path = join(dir, 'services/tyokyvyn-tuen-neuvonta.md');
    const folded = readFileSync(path, 'utf8').replace(
      'forWhom: Palvelu on tarkoitettu työikäisille, joiden työkyky on heikentynyt sairauden tai vamman vuoksi.',
      '# Kohderyhmä tarkistettu PTV:stä.\nforWhom: >-\n  Palvelu on tarkoitettu työikäisille, joiden työkyky on\n  heikentynyt sairauden tai vamman vuoksi.',
    );
    writeFileSync(path, folded);
    const report = importInto(dir);
    expect(readFileSync(path, 'utf8')).toBe(folded);
    expect(report.files.find((item) => item.ptvId === SERVICE.workAbility)).toMatchObject({ action: 'ennallaan', conflicts: [] });
  });

  it('does not duplicate a hand-written service of the same name; it says how to link it', () => {
    const { dir } = open('empty');
    importInto(dir);
    const path = join(dir, 'services/nuorten-tyopaja.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\nptv:[\s\S]*?\n---/, '\n---'));
    const report = importInto(dir);
    expect(report.files.find((item) => item.ptvId === SERVICE.workshop)).toMatchObject({
      action: 'ohitettu',
      reason: expect.stringContaining(`ptv: { service: ${SERVICE.workshop} }`),
    });
    expect(
      Object.keys(current?.snapshot() ?? {})
        .filter((file) => file.includes('nuorten-tyopaja'))
        .sort(),
    ).toEqual(['services/en/nuorten-tyopaja.md', 'services/nuorten-tyopaja.md']);
  });
});

describe('the ptv field', () => {
  it('gets a Finnish message for a broken PTV id or fingerprint', () => {
    const { dir } = open('empty');
    importInto(dir);
    const path = join(dir, 'services/nuorten-tyopaja.md');
    writeFileSync(
      path,
      readFileSync(path, 'utf8')
        .replace(`service: ${SERVICE.workshop}`, 'service: työpaja-123')
        .replace(/ {4}title: [0-9a-f]{10}/, '    title: muokattu'),
    );
    const errors = errorsOf(dir);
    expect(errors).toEqual([
      expect.stringMatching(/nuorten-tyopaja\.md:\d+: ptv\.service — PTV-tunniste \(ptv\.service\) on UUID-muotoinen/),
      expect.stringMatching(
        /nuorten-tyopaja\.md:\d+: ptv\.hashes\.title — Tuonnin tarkistesumma \(ptv\.hashes\) on kymmenen merkin heksaluku/,
      ),
    ]);
  });
});

describe('two PTV services of the same name', () => {
  it('are both imported, the second with its organisation in the name, and stay apart on re-import', () => {
    const { dir } = open('empty');
    const data = ptvData();
    const original = data.services.find((service) => service.id === SERVICE.workAbility);
    if (!original) throw new Error('fixture');
    data.services.push({
      ...original,
      id: '5b0e4a7c-1d2f-4e3a-9b8c-000000000199',
      serviceNames: original.serviceNames.filter((name) => name.language === 'fi'),
    });
    const report = importInto(dir, data);
    const second = report.files.find((file) => file.ptvId === '5b0e4a7c-1d2f-4e3a-9b8c-000000000199');
    expect(second).toMatchObject({ action: 'luotu', file: 'services/tyokyvyn-tuen-neuvonta-koealueen-hyvinvointialue.md' });
    expect(frontmatter(join(dir, second?.file ?? ''))['title']).toBe('Työkyvyn tuen neuvonta (Koealueen hyvinvointialue)');
    expect(errorsOf(dir)).toEqual([]);
    const before = current?.snapshot();
    importInto(dir, data);
    expect(current?.snapshot()).toEqual(before);
  });
});

describe('publishing an imported draft', () => {
  it('needs the proposed life areas confirmed first', () => {
    const { dir } = open('empty');
    importInto(dir);
    const path = join(dir, 'services/matalan-kynnyksen-mielenterveysneuvonta.md');
    const draft = readFileSync(path, 'utf8');
    writeFileSync(path, draft.replace('draft: true\n', ''));
    expect(errorsOf(dir)).toEqual([
      expect.stringMatching(/matalan-kynnyksen-mielenterveysneuvonta\.md:\d+: ptv\.confirmAreas — Elämänalueet ovat PTV-tuonnin ehdotus/),
    ]);
    writeFileSync(path, draft.replace('draft: true\n', '').replace('  confirmAreas: true\n', ''));
    expect(errorsOf(dir)).toEqual([]);
  });
});

describe('a data set without the organisation', () => {
  it('leaves an imported provider as it is', () => {
    const { dir } = open('empty');
    importInto(dir);
    const before = current?.snapshot();
    const data = ptvData();
    data.organizations = [];
    importInto(dir, data);
    expect(current?.snapshot()).toEqual(before);
  });
});
