// The content schemas and the validator: all real content in content/ passes, and each kind of bad
// input is rejected with the Finnish message that tells the editor how to fix it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentDir } from '../../../../src/content-dir.ts';
import { parseWithSchema } from '../../../../src/lib/validation/parse-entry.ts';
import { checkBodyLinks } from '../../../../src/lib/validation/rules/body-links.ts';
import { checkMdxBody } from '../../../../src/lib/validation/rules/mdx-body.ts';
import { similarIds, suggestFieldName } from '../../../../src/lib/validation/field-names.ts';
import { formatIssue, sortIssues, summarise, type ContentIssue } from '../../../../src/lib/validation/issues.ts';
import { isVagueLinkText } from '../../../../src/lib/validation/link-text.ts';
import { readSourceFile } from '../../../../src/lib/validation/source-file.ts';
import { validateContent } from '../../../../src/node/validation/validate-content.ts';
import { serviceSchema } from '../../../../src/schemas/service.ts';
import { contentCopy, type ContentCopy } from '../../../fixtures/broken/fixture.ts';

const NOW = new Date('2026-11-23T12:00:00Z');

describe('the real content in content/', () => {
  // Read at test time: the content grows while the site is being written.
  const dir = contentDir();
  const result = validateContent({ contentDir: dir });

  it('has no validation errors', () => {
    expect(result.errors.map(formatIssue)).toEqual([]);
  });

  it('parses every service file (none is silently left out)', () => {
    const files = readdirSync(join(dir, 'services')).filter((name) => /\.mdx?$/.test(name));
    expect(result.services).toHaveLength(files.length);
    expect(files.length).toBeGreaterThan(0);
  });
});

/** A valid service frontmatter; each case below changes one thing. */
const VALID = `title: Työhönvalmennus
summary: Työhönvalmentaja auttaa sinua löytämään työpaikan ja tukee alkuun työpaikalla.
areas: [tyo-ja-tulevaisuus]
provider: eksote
audiences: [osatyokykyiset]
forWhom: Osatyökykyisille työnhakijoille, jotka tarvitsevat tukea.
access:
  - route: tyollisyyspalvelut
    text: Työllisyyspalvelujen asiantuntija ohjaa sinut valmennukseen.
duration: 3–12 kuukautta
cost: maksuton
municipalities: [koko alue]
channels:
  - type: web
    url: https://www.eksote.fi/
keywords: [työhönvalmennus]
lastReviewed: 2026-10-20
owner: Eksote, työllisyyspalvelut`;

const mdx = (frontmatter: string, body = 'Teksti.') => `---\n${frontmatter}\n---\n\n${body}\n`;

/** Schema problems of one service file, as the validator reports them. */
function schemaIssues(text: string): ContentIssue[] {
  const source = readSourceFile('content/services/testi.mdx', text, 'mdx');
  return [...source.problems, ...parseWithSchema(serviceSchema, source).issues];
}

describe('the service schema', () => {
  it('accepts the valid example', () => {
    expect(schemaIssues(mdx(VALID))).toEqual([]);
  });

  it.each([
    ['missing title', VALID.replace(/^title: .*\n/, ''), 'title', 1 + 1, /Pakollinen kenttä puuttuu/],
    [
      'summary over 250 characters',
      VALID.replace(/^summary: .*$/m, `summary: ${'Pitkä kuvaus. '.repeat(20)}`),
      'summary',
      3,
      /enintään 250 merkkiä/,
    ],
    [
      'unknown area',
      VALID.replace('[tyo-ja-tulevaisuus]', '[tyo-ja-tulevaisuus, terveys]'),
      'areas[1]',
      4,
      /Tuntematon elämänalue\. Sallitut tunnisteet: hyvinvointi/,
    ],
    ['future lastReviewed', VALID.replace('2026-10-20', '2999-01-01'), 'lastReviewed', 18, /tulevaisuudessa/],
    [
      'javascript: URL in a channel',
      VALID.replace('https://www.eksote.fi/', 'javascript:alert(1)'),
      'channels[0].url',
      16,
      /javascript:.*eivät kelpaa/,
    ],
    [
      'http: web channel',
      VALID.replace('https://www.eksote.fi/', 'http://www.eksote.fi/'),
      'channels[0].url',
      16,
      /pitää alkaa https:\/\//,
    ],
    [
      'bad phone',
      VALID.replace('  - type: web\n    url: https://www.eksote.fi/', '  - type: phone\n    number: "12"'),
      'channels[0].number',
      16,
      /Puhelinnumero ei ole suomalainen numero/,
    ],
    [
      'bad e-mail',
      VALID.replace('  - type: web\n    url: https://www.eksote.fi/', '  - type: email\n    address: neuvonta@eksote'),
      'channels[0].address',
      16,
      /Sähköpostiosoite ei ole kelvollinen/,
    ],
    ['unknown field (typo)', VALID.replace('owner:', 'ownr:'), 'ownr', 19, /Tuntematon kenttä "ownr"\. Tarkoititko "owner"\?/],
    ['Finnish field name', VALID.replace('duration:', 'kesto:'), 'kesto', 11, /Tarkoititko "duration"\?/],
    [
      'unknown channel type',
      VALID.replace('type: web', 'type: website'),
      'channels[0].type',
      15,
      /Kanavan tyyppi \(type\) puuttuu tai on tuntematon/,
    ],
    [
      'service channel that is not a file name',
      VALID.replace('  - type: web\n    url: https://www.eksote.fi/', '  - type: service\n    service: Työkykykoordinaattori'),
      'channels[0].service',
      16,
      /Palvelun tunnisteessa \(service\) saa olla vain pieniä kirjaimia/,
    ],
    [
      'unknown cost type',
      VALID.replace('cost: maksuton', 'cost: ilmainen'),
      'cost',
      12,
      /Hinta \(cost\) on joko maksuton, maksullinen, osin-maksullinen, ei-tiedossa/,
    ],
    [
      'unquoted number as text',
      VALID.replace('duration: 3–12 kuukautta', 'duration: 12'),
      'duration',
      11,
      /Kirjoita kesto \(duration\) tekstinä/,
    ],
  ])('rejects %s', (_name, frontmatter, field, line, message) => {
    const issues = schemaIssues(mdx(frontmatter));
    expect(issues).toContainEqual(expect.objectContaining({ field, line, severity: 'error', message: expect.stringMatching(message) }));
  });

  it('reports broken YAML in Finnish with the line number of the file', () => {
    const text = mdx(VALID.replace('duration: 3–12 kuukautta', 'duration: "3–12 kuukautta'));
    const issues = schemaIssues(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'content/services/testi.mdx', field: '(tiedosto)', severity: 'error' });
    // The quote opens on line 11 of the file (line 10 of the YAML, after the --- line).
    expect(issues[0]?.line).toBe(11);
    expect(issues[0]?.message).toMatch(/^YAML-muoto on rikki rivillä 11: merkki puuttuu: tarkista, että lainausmerkit/);
  });

  it('counts lines from the top of the file when blank lines precede the frontmatter', () => {
    const issues = schemaIssues(`\n\n${mdx(VALID.replace('owner:', 'ownr:'))}`);
    expect(issues.find((issue) => issue.field === 'ownr')?.line).toBe(21);
  });
});

describe('the MDX body', () => {
  const body = (text: string) => readSourceFile('content/services/testi.mdx', mdx(VALID, text), 'mdx');

  it('accepts ordinary Markdown with links, lists and an MDX comment', () => {
    const source = body(
      '{/* ohje */}\n\nKatso [Kelan kuntoutusraha](https://www.kela.fi/) ja [soita](tel:+358201234567).\n\n- yksi\n- kaksi',
    );
    expect([...checkMdxBody(source), ...checkBodyLinks(source)]).toEqual([]);
  });

  it.each([
    ['an HTML comment', '<!-- muista -->', /HTML-kommentti/],
    ['a curly brace', 'Aukiolo {ma–pe}', /Aaltosulje/],
    ['an address in angle brackets', 'Kysy: <neuvonta@eksote.fi>', /Kulmasulkeissa/],
    ['an unclosed tag', 'Teksti <div>\n\nkesken', /tagi jää sulkematta/i],
  ])('explains %s in Finnish at its line', (_name, text, message) => {
    const [issue] = checkMdxBody(body(`Ensimmäinen kappale.\n\n${text}`));
    expect(issue?.message).toMatch(message);
    expect(issue?.line).toBe(VALID.split('\n').length + 3 + 3);
  });

  it.each([
    ['a javascript: link', '[Avaa](javascript:alert(1))', /ei kelpaa/],
    ['a broken mailto: link', '[Sähköposti](mailto:neuvonta)', /Sähköpostilinkin osoite/],
    ['a broken tel: link', '[Soita](tel:9876)', /Puhelinlinkin numero/],
    ['a vague link text', '[Klikkaa tästä](https://www.kela.fi/)', /Linkin teksti "Klikkaa tästä" ei kerro/],
  ])('rejects %s', (_name, text, message) => {
    expect(checkBodyLinks(body(text))).toContainEqual(
      expect.objectContaining({ field: '(sisältö)', message: expect.stringMatching(message) }),
    );
  });
});

describe('suggestFieldName', () => {
  const fields = ['title', 'summary', 'areas', 'provider', 'lastReviewed', 'owner', 'keywords'];

  it.each([
    ['titel', 'title'],
    ['Title', 'title'],
    ['lastreviewed', 'lastReviewed'],
    ['keyword', 'keywords'],
    ['nimi', 'title'],
    ['järjestäjä', 'provider'],
  ])('suggests %s → %s', (typo, expected) => {
    expect(suggestFieldName(typo, fields)).toBe(expected);
  });

  it('suggests nothing for a word far from every field', () => {
    expect(suggestFieldName('aukioloajat', fields)).toBeUndefined();
  });
});

describe('similarIds', () => {
  const ids = ['omaolo', 'eksote', 'toimintaterapia', 'vammaisten-tuettu-tyollistaminen', 'tyottomien-terveystarkastus'];

  it.each([
    ['omaolo-verkkopalvelu', ['omaolo']],
    ['eksote-tyollisyys', ['eksote']],
    ['tyottomien-terveystarkastu', ['tyottomien-terveystarkastus']],
    ['vammaispalvelut', []],
    ['toimintakeskus-veturi', []],
  ])('suggests for %s: %j', (target, expected) => {
    expect(similarIds(target, ids)).toEqual(expected);
  });
});

describe('isVagueLinkText', () => {
  it.each(['lue lisää', 'Lue lisää »', 'klikkaa tästä', 'Klikkaa tästä!', 'tästä', 'Täältä', 'linkki', 'Klikkaa ja lue'])(
    'flags "%s"',
    (text) => {
      expect(isVagueLinkText(text)).toBe(true);
    },
  );

  it.each(['Lue lisää Kelan kuntoutusrahasta', 'Omaolo-verkkopalvelu', 'Tästä syystä haemme'])('accepts "%s"', (text) => {
    expect(isVagueLinkText(text)).toBe(false);
  });
});

describe('output format', () => {
  it('prints file:line: field — message, with warnings marked', () => {
    expect(formatIssue({ file: 'content/services/a.mdx', line: 3, field: 'summary', severity: 'error', message: 'Liian pitkä.' })).toBe(
      'content/services/a.mdx:3: summary — Liian pitkä.',
    );
    expect(formatIssue({ file: 'content/services/a.mdx', field: 'keywords', severity: 'warning', message: 'Puuttuu.' })).toBe(
      'content/services/a.mdx: keywords — varoitus: Puuttuu.',
    );
  });

  it('sorts by file and line and counts errors and warnings in Finnish', () => {
    const issues: ContentIssue[] = [
      { file: 'b.mdx', line: 1, field: 'x', severity: 'error', message: '' },
      { file: 'a.mdx', line: 9, field: 'x', severity: 'warning', message: '' },
      { file: 'a.mdx', line: 2, field: 'x', severity: 'error', message: '' },
    ];
    expect(sortIssues(issues).map((issue) => `${issue.file}:${issue.line}`)).toEqual(['a.mdx:2', 'a.mdx:9', 'b.mdx:1']);
    expect(summarise(issues)).toBe('2 virhettä, 1 varoitus');
  });
});

describe('validateContent', () => {
  let copy: ContentCopy | undefined;
  afterEach(() => copy?.remove());

  it('lists every problem at once, across files', () => {
    copy = contentCopy(undefined, {
      'services/a.mdx': mdx(VALID.replace('provider: eksote', 'provider: ei-ole').replace('Työhönvalmennus', 'Palvelu A')),
      'services/b.mdx': mdx(
        VALID.replace('summary: Työhönvalmentaja', 'summary: Liian')
          .replace('auttaa sinua löytämään työpaikan ja tukee alkuun työpaikalla.', 'lyhyt.')
          .replace('Työhönvalmennus', 'Palvelu B'),
      ),
    });
    const { errors } = validateContent({ contentDir: copy.dir, rootDir: copy.dir, now: NOW });
    expect(errors.map((issue) => `${issue.file}:${issue.field}`)).toEqual(['services/a.mdx:provider', 'services/b.mdx:summary']);
  });

  it('warns about missing keywords, a review older than 12 months and a missing description', () => {
    copy = contentCopy(undefined, {
      'services/vanha.mdx': mdx(VALID.replace('keywords: [työhönvalmennus]\n', '').replace('2026-10-20', '2025-10-01'), ''),
    });
    const { issues, errors } = validateContent({ contentDir: copy.dir, rootDir: copy.dir, now: NOW });
    expect(errors).toEqual([]);
    expect(issues.filter((issue) => issue.file === 'services/vanha.mdx').map((issue) => `${issue.field}:${issue.severity}`)).toEqual([
      'keywords:warning',
      'lastReviewed:warning',
      '(sisältö):warning',
    ]);
  });

  it('accepts a translation of an existing service and rejects one without a Finnish master', () => {
    const translation = mdx(
      'title: Job coaching\nsummary: A job coach helps you find a suitable job and start in it.\nforWhom: Job seekers with partial work ability.\nduration: 3–12 months\ntranslatedBy: Eksote\nlastReviewed: 2026-10-20',
    );
    copy = contentCopy(undefined, {
      'services/en/omaolo.mdx': translation,
      'services/en/ei-suomeksi.mdx': translation.replace('Job coaching', 'Job coaching 2'),
    });
    const { errors } = validateContent({ contentDir: copy.dir, rootDir: copy.dir, now: NOW });
    expect(errors.map((issue) => issue.file)).toEqual(['services/en/ei-suomeksi.mdx']);
    expect(errors[0]?.message).toMatch(/puuttuu suomenkielinen palvelu content\/services\/ei-suomeksi\.md/);
  });

  it('accepts a provider without a website and a service reached only through another service', () => {
    copy = contentCopy(undefined, {
      'providers/tuntematon.yaml':
        'name: Tuntematon yhdistys ry\ntype: jarjesto\ndescription: Yhdistyksen toimintaa ja yhteystietoja ei ole vielä varmistettu.\n',
      'services/tuntematon.mdx': mdx(
        VALID.replace('provider: eksote', 'provider: tuntematon')
          .replace('cost: maksuton', 'cost: ei-tiedossa')
          .replace('  - type: web\n    url: https://www.eksote.fi/', '  - type: service\n    service: omaolo\n    label: Kysy lisää'),
      ),
    });
    const { issues } = validateContent({ contentDir: copy.dir, rootDir: copy.dir, now: NOW });
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('rejects a service channel to itself, to a draft or to a service that cannot be reached directly', () => {
    const pointingTo = (target: string, title: string) =>
      mdx(
        VALID.replace('Työhönvalmennus', title).replace(
          '  - type: web\n    url: https://www.eksote.fi/',
          `  - type: service\n    service: ${target}`,
        ),
      );
    copy = contentCopy(undefined, {
      'services/itse.mdx': pointingTo('itse', 'Palvelu itse'),
      'services/luonnos.mdx': mdx(`${VALID.replace('Työhönvalmennus', 'Luonnos')}\ndraft: true`),
      'services/luonnokseen.mdx': pointingTo('luonnos', 'Palvelu luonnokseen'),
      'services/kehassa-a.mdx': pointingTo('kehassa-b', 'Kehä A'),
      'services/kehassa-b.mdx': pointingTo('kehassa-a', 'Kehä B'),
      'providers/kela.yaml':
        'name: Kela\ntype: kela\nwebsite: https://www.kela.fi/\ndescription: Kela hoitaa perusturvaa ja kuntoutusta koko Suomessa.\nchannels:\n  - type: service\n    service: ei-ole\n',
    });
    const { errors } = validateContent({ contentDir: copy.dir, rootDir: copy.dir, now: NOW });
    const found = errors.map((issue) => `${issue.file}:${issue.line}: ${issue.field} — ${issue.message}`);
    expect(found).toEqual([
      expect.stringMatching(/^providers\/kela\.yaml:7: channels\[0\]\.service — Palvelu "ei-ole" ei löydy kansiosta content\/services/),
      expect.stringMatching(/^services\/itse\.mdx:16: channels\[0\]\.service — Kanava ohjaa palveluun itseensä/),
      expect.stringMatching(/^services\/kehassa-a\.mdx:16: channels\[0\]\.service — Palvelulla "kehassa-b" ei ole omaa yhteystietoa/),
      expect.stringMatching(/^services\/kehassa-b\.mdx:16: channels\[0\]\.service — Palvelulla "kehassa-a" ei ole omaa yhteystietoa/),
      expect.stringMatching(/^services\/luonnokseen\.mdx:16: channels\[0\]\.service — Palvelu "luonnos" on luonnos \(draft: true\)/),
    ]);
  });

  it('rejects featured services and a plan model that the published site does not have (site.yaml)', () => {
    copy = contentCopy(undefined, {
      'services/luonnos.mdx': mdx(`${VALID.replace('Työhönvalmennus', 'Luonnos')}\ndraft: true`),
    });
    const site = readFileSync(join(copy.dir, 'site.yaml'), 'utf8');
    copy.write('site.yaml', `${site}startHere: [omaolo, ei-ole]\nchecklistNextSteps: [luonnos]\nsupportPlanModel: iisalmi\n`);
    const { errors } = validateContent({ contentDir: copy.dir, rootDir: copy.dir, now: NOW });
    const found = errors.map((issue) => `${issue.file}:${issue.line}: ${issue.field} — ${issue.message}`);
    expect(found).toEqual([
      expect.stringMatching(/^site\.yaml:\d+: startHere\[1\] — Julkaistu palvelu "ei-ole" ei löydy kansiosta content\/services/),
      expect.stringMatching(/^site\.yaml:\d+: checklistNextSteps\[0\] — Julkaistu palvelu "luonnos" ei löydy/),
      expect.stringMatching(/^site\.yaml:\d+: supportPlanModel — Toimintamalli "iisalmi" ei löydy kansiosta content\/models/),
    ]);
  });

  it('reports a missing content folder instead of throwing', () => {
    const result = validateContent({ contentDir: '/nonexistent/region', rootDir: '/', now: NOW });
    expect(result.errors).toContainEqual(
      expect.objectContaining({
        file: 'nonexistent/region/site.yaml',
        field: '(tiedosto)',
        message: expect.stringMatching(/Sivuston asetukset puuttuvat/),
      }),
    );
  });
});
