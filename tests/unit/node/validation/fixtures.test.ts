// Realistic editor mistakes (tests/fixtures/broken/cases): each must fail `npm run validate` and
// the build (through the content guard integration) with a Finnish message naming the file.
import { afterEach, describe, expect, it } from 'vitest';
import contentGuard, { ContentValidationError } from '../../../../src/build/content-guard.ts';
import { formatIssue } from '../../../../src/lib/validation/issues.ts';
import { validateContent } from '../../../../src/node/validation/validate-content.ts';
import { BASE, caseFiles, caseNames, contentCopy, type ContentCopy } from '../../../fixtures/broken/fixture.ts';

const NOW = new Date('2026-11-23T12:00:00Z');

let copy: ContentCopy | undefined;
afterEach(() => copy?.remove());

function validateCase(name: string) {
  copy = contentCopy(name);
  return validateContent({ contentDir: copy.dir, rootDir: copy.dir, now: NOW });
}

/** Runs the guard's config hook as `astro build` would and returns what it threw. */
function buildError(contentDir: string): unknown {
  const hook = contentGuard({ contentDir }).hooks['astro:config:setup'];
  const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {}, label: 'test', options: {}, fork: () => logger };
  try {
    void hook?.({ command: 'build', logger } as unknown as Parameters<NonNullable<typeof hook>>[0]);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('the valid base region', () => {
  it('passes without errors or warnings, so every failure below comes from the case', () => {
    const result = validateContent({ contentDir: BASE, rootDir: BASE, now: NOW });
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.services.map((service) => service.id)).toEqual(['kuntoutusraha', 'omaolo']);
  });

  it('passes the build guard', () => {
    expect(buildError(BASE)).toBeUndefined();
  });
});

describe.each(caseNames())('broken case %s', (name) => {
  it('fails validation with an error that names one of its files', () => {
    const files = caseFiles(name);
    const { errors } = validateCase(name);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((issue) => files.some((file) => issue.file === file || file.startsWith(`${issue.file}/`)))).toBe(true);
    for (const issue of errors) {
      expect(issue.field).not.toBe('');
      expect(issue.message).toMatch(/[äöÄÖ]|[a-z]{3}/);
    }
  });

  it('fails the build through the content guard, naming the file', () => {
    copy = contentCopy(name);
    const error = buildError(copy.dir);
    expect(error).toBeInstanceOf(ContentValidationError);
    const message = (error as Error).message;
    expect(message).toContain('Sisällössä on virheitä');
    const named = caseFiles(name).map((file) => (name === 'unknown-language-folder' ? file.split('/').slice(0, 2).join('/') : file));
    expect(named.some((file) => message.includes(file))).toBe(true);
  });
});

/** The exact problem each case must produce: file, line, field and the key part of the message. */
const EXPECTED: Record<string, { file: string; line?: number; field: string; message: RegExp }> = {
  'asterisk-value': {
    file: 'services/tyohonvalmennus.mdx',
    line: 2,
    field: '(tiedosto)',
    message: /rivillä 2: arvo alkaa merkillä \*.*lainausmerkkeihin/,
  },
  'bad-email': {
    file: 'services/tyohonvalmennus.mdx',
    line: 16,
    field: 'channels[0].address',
    message: /Sähköpostiosoite ei ole kelvollinen/,
  },
  'bad-phone': {
    file: 'services/tyohonvalmennus.mdx',
    line: 16,
    field: 'channels[0].number',
    message: /Puhelinnumero ei ole suomalainen numero/,
  },
  'bad-url-in-channel': { file: 'services/tyohonvalmennus.mdx', line: 16, field: 'channels[0].url', message: /pitää alkaa https:\/\// },
  'colon-in-title': {
    file: 'services/tyohonvalmennus.mdx',
    line: 2,
    field: '(tiedosto)',
    message: /YAML-muoto on rikki rivillä 2: arvossa on kaksoispiste.*lainausmerkkeihin/,
  },
  'curly-brace-in-body': { file: 'services/tyohonvalmennus.mdx', line: 23, field: '(sisältö)', message: /Aaltosulje/ },
  'dangling-path-service': {
    file: 'paths/tyokykykoordinaatio.mdx',
    line: 4,
    field: 'service',
    message: /Palvelu "tyokykykoordinaattori" ei löydy/,
  },
  'dangling-related': {
    file: 'services/tyohonvalmennus.mdx',
    line: 18,
    field: 'related[0]',
    message: /"omaolo-verkkopalvelu" ei löydy.*lähellä: omaolo/,
  },
  'dangling-service-channel': {
    file: 'services/tyohonvalmennus.mdx',
    line: 16,
    field: 'channels[0].service',
    message: /Palvelu "omaolo-verkkopalvelu" ei löydy kansiosta content\/services.*lähellä: omaolo/,
  },
  'duplicate-key': { file: 'services/tyohonvalmennus.mdx', line: 13, field: '(tiedosto)', message: /sama kenttä on kirjoitettu kahdesti/ },
  'duplicate-title': {
    file: 'services/omaolo-terveystarkastus.mdx',
    line: 2,
    field: 'title',
    message: /Sama nimi on myös tiedostossa services\/omaolo\.mdx/,
  },
  'email-in-angle-brackets': { file: 'services/tyohonvalmennus.mdx', line: 23, field: '(sisältö)', message: /Kulmasulkeissa/ },
  'empty-audiences': { file: 'services/tyohonvalmennus.mdx', line: 6, field: 'audiences', message: /vähintään yksi kohderyhmä/ },
  'field-typo': {
    file: 'services/tyohonvalmennus.mdx',
    line: 18,
    field: 'keyword',
    message: /Tuntematon kenttä "keyword"\. Tarkoititko "keywords"\?/,
  },
  'file-name-with-spaces': {
    file: 'services/Työhönvalmennus Eksote.mdx',
    line: 1,
    field: '(tiedostonimi)',
    message: /esimerkiksi tyohonvalmennus-eksote/,
  },
  'finnish-date-format': { file: 'services/tyohonvalmennus.mdx', line: 19, field: 'lastReviewed', message: /muotoa VVVV-KK-PP/ },
  'future-review-date': { file: 'services/tyohonvalmennus.mdx', line: 19, field: 'lastReviewed', message: /Päivämäärä on tulevaisuudessa/ },
  'html-comment-in-body': { file: 'services/tyohonvalmennus.mdx', line: 23, field: '(sisältö)', message: /HTML-kommentti/ },
  'http-web-channel': { file: 'services/tyohonvalmennus.mdx', line: 16, field: 'channels[0].url', message: /pitää alkaa https:\/\// },
  'javascript-link': {
    file: 'services/tyohonvalmennus.mdx',
    line: 23,
    field: '(sisältö)',
    message: /Linkin osoite "javascript:.*ei kelpaa/,
  },
  'missing-title': {
    file: 'services/tyohonvalmennus.mdx',
    line: 2,
    field: 'title',
    message: /Pakollinen kenttä puuttuu\. Kirjoita nimi \(title\)/,
  },
  'structured-field-in-translation': {
    file: 'services/sv/omaolo.mdx',
    line: 6,
    field: 'areas',
    message: /kuuluu vain suomenkieliseen tiedostoon/,
  },
  'summary-too-long': { file: 'services/tyohonvalmennus.mdx', line: 3, field: 'summary', message: /liian pitkä: enintään 250 merkkiä/ },
  'tab-indent': { file: 'services/tyohonvalmennus.mdx', line: 10, field: '(tiedosto)', message: /sarkain/ },
  'template-left-unfilled': { file: 'services/tyohonvalmennus.mdx', line: 23, field: '(sisältö)', message: /Mallipohjan ohjeteksti/ },
  'translation-without-master': {
    file: 'services/en/tyohonvalmennus.mdx',
    line: 1,
    field: '(tunniste)',
    message: /puuttuu suomenkielinen palvelu content\/services\/tyohonvalmennus\.md/,
  },
  'unclosed-frontmatter': { file: 'services/tyohonvalmennus.mdx', line: 1, field: '(tiedosto)', message: /ei ole suljettu/ },
  'unknown-area': { file: 'services/tyohonvalmennus.mdx', line: 4, field: 'areas[0]', message: /Tuntematon elämänalue/ },
  'unknown-language-folder': { file: 'services/ru', field: '(kansio)', message: /Kansiota "ru" ei julkaista/ },
  'unknown-municipality': {
    file: 'services/tyohonvalmennus.mdx',
    line: 13,
    field: 'municipalities[1]',
    message: /Tuntematon kunta "Joutseno"/,
  },
  'unknown-provider': { file: 'services/tyohonvalmennus.mdx', line: 5, field: 'provider', message: /Toimija "eksote-tyollisyys" ei löydy/ },
  'unquoted-postal-code': {
    file: 'providers/karjalan-tyovalmennus.yaml',
    line: 8,
    field: 'channels[0].postalCode',
    message: /lainausmerkeissä/,
  },
  'vague-link-text': { file: 'services/tyohonvalmennus.mdx', line: 23, field: '(sisältö)', message: /Linkin teksti "lue lisää" ei kerro/ },
  'wrong-extension': { file: 'services/tyohonvalmennus.mdx.txt', line: 1, field: '(tiedostonimi)', message: /pääte ei ole \.md tai \.mdx/ },
};

describe('each broken case reports its own mistake', () => {
  it('has an expectation for every case folder', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(caseNames());
  });

  it.each(Object.entries(EXPECTED))('%s', (name, expected) => {
    const { errors } = validateCase(name);
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: expected.file,
        field: expected.field,
        severity: 'error',
        message: expect.stringMatching(expected.message),
      }),
    );
    if (expected.line !== undefined) {
      expect(errors.find((issue) => issue.file === expected.file && issue.field === expected.field)?.line).toBe(expected.line);
    }
  });
});
