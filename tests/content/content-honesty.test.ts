// The honesty rules of the content: the contact-source register (rule contact-sources, detectors in
// src/lib/validation/contact-register.ts), honest front-page labels (front-page-labels) and usable
// "Kysy lisää" channels (service-channels) are validator rules, so `npm run validate` tells an
// editor what CI would. Their detectors and rules are tested here on small copies of the test
// region, and the real region must pass them. One policy of this region's content stays a test of the
// content: every life area has at least four published services. Why these rules exist:
// docs/sisallon-lahteet.md.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { contentDir } from '../../src/content-dir.ts';
import { findEmails, findPhoneNumbers, normaliseWebAddress } from '../../src/lib/validation/contact-register.ts';
import { isFrontPage } from '../../src/lib/validation/channel-labels.ts';
import { validateContent } from '../../src/node/validation/validate-content.ts';
import { contentCopy, type ContentCopy } from '../fixtures/broken/fixture.ts';

const MIN_SERVICES_PER_AREA = 4;
const values = (found: { value: string }[]) => found.map((item) => item.value);

describe('the contact detectors', () => {
  it('finds Finnish phone numbers however they are written', () => {
    expect(values(findPhoneNumbers('Soita 09 2525 0111 tai 040-123 4567.'))).toEqual(['0925250111', '0401234567']);
    expect(values(findPhoneNumbers('Numero +358 9 2525 0111 tai +358 (0)29 041 3170.'))).toEqual(['0925250111', '0290413170']);
    expect(values(findPhoneNumbers('[Soita meille](tel:+358401234567)'))).toContain('0401234567');
    expect(values(findPhoneNumbers('Maksuton numero 0800 123 456.'))).toEqual(['0800123456']);
    expect(values(findPhoneNumbers('Hätätilanteessa soita 112.'))).toEqual(['112']);
    expect(values(findPhoneNumbers('Lasten ja nuorten puhelin 116 111.'))).toEqual(['116111']);
  });

  it('does not mistake dates, postal codes, ranges or versions for phone numbers', () => {
    const text = [
      'lastReviewed: 2026-11-23',
      'Koulukatu 14, 53100 Lappeenranta',
      'Pilotti 1.9.–30.11.2022, asiakkaat 38–59-vuotiaita, tapaamisia 1–5.',
      'WCAG 2.1 AA, laki 306/2019, asteikko 0–10, kesto 1–12 kk, klo 09.00–15.00.',
      'https://eksote.fi/palvelut/tyoikaisten-palvelut/tukea-tyollistymiseen/',
    ].join('\n');
    expect(findPhoneNumbers(text)).toEqual([]);
  });

  it('finds e-mail addresses, also the (at) spelling', () => {
    expect(values(findEmails('Kirjoita osoitteeseen Neuvonta@Eksote.fi tai nimi(at)kela.fi.'))).toEqual(['neuvonta@eksote.fi', 'nimi@kela.fi']);
    expect(findEmails('Sivu https://www.kela.fi/ ei ole sähköpostiosoite.')).toEqual([]);
  });

  it('compares web addresses without a trailing slash and tells a front page from a page', () => {
    expect(normaliseWebAddress('https://WWW.Kela.fi/')).toBe(normaliseWebAddress('https://www.kela.fi'));
    expect(isFrontPage('https://www.ekhva.fi/')).toBe(true);
    expect(isFrontPage('https://www.ekhva.fi/vammaispalvelut/')).toBe(false);
    expect(isFrontPage('https://www.ekhva.fi/?haku=vammais')).toBe(false);
  });
});

describe('the register and label rules', () => {
  let copy: ContentCopy | undefined;
  afterEach(() => copy?.remove());

  const problems = (dir: string) =>
    validateContent({ contentDir: dir, rootDir: dir }).issues.map((issue) => `${issue.severity} ${issue.file}:${issue.line ?? ''} ${issue.field} — ${issue.message}`);

  it('reports an unregistered phone number, e-mail, web address and street address with file and line', () => {
    copy = contentCopy(undefined, {
      'providers/uusi.yaml': [
        'name: Uusi yhdistys ry',
        'type: jarjesto',
        'description: Yhdistys, jonka yhteystietoja ei ole kirjattu rekisteriin. Testi.',
        'channels:',
        '  - type: web',
        '    url: https://uusi.example/palvelut/',
        '  - type: address',
        '    street: Testikatu 1',
        '    postalCode: "53100"',
        '    city: Lappeenranta',
        '  - type: phone',
        '    number: 040 123 4567',
        '  - type: email',
        '    address: tieto@uusi.example',
        '',
      ].join('\n'),
    });
    const found = problems(copy.dir).filter((line) => line.includes('lähderekisteristä'));
    expect(found).toEqual([
      expect.stringMatching(/^error providers\/uusi\.yaml:6 channels\[0\]\.url — Verkko-osoite "https:\/\/uusi\.example\/palvelut\/" puuttuu/),
      expect.stringMatching(/^error providers\/uusi\.yaml:8 channels\[1\]\.street — Käyntiosoite "Testikatu 1, 53100 Lappeenranta" puuttuu/),
      expect.stringMatching(/^error providers\/uusi\.yaml:12 \(yhteystieto\) — Puhelinnumero 0401234567 puuttuu/),
      expect.stringMatching(/^error providers\/uusi\.yaml:14 \(yhteystieto\) — Sähköpostiosoite tieto@uusi\.example puuttuu/),
    ]);
  });

  it('reports a register entry that no content uses, and a duplicate entry', () => {
    copy = contentCopy();
    copy.write(
      'contact-sources.yaml',
      `${readRegister(copy.dir)}  - value: 029 000 0000\n    type: phone\n    owner: Poistunut\n    source: https://example.org/\n    checked: 2026-01-01\n`,
    );
    const found = problems(copy.dir).filter((line) => line.includes('contact-sources.yaml'));
    expect(found).toEqual([expect.stringMatching(/Rekisterin tietoa "029 000 0000" ei käytetä missään sisällössä/)]);
  });

  it('accepts the test region as it is: every contact of it is registered', () => {
    copy = contentCopy();
    expect(problems(copy.dir)).toEqual([]);
  });

  it('warns about a front-page link whose label promises more, and accepts an honest label', () => {
    copy = contentCopy(undefined, {
      'providers/etusivu.yaml': [
        'name: Etusivuyhdistys ry',
        'type: jarjesto',
        'description: Yhdistys, jonka linkki vie vain etusivulle. Testiaineistoa.',
        'channels:',
        '  - type: web',
        '    url: https://www.kela.fi/',
        '    label: Kelan työkykyneuvonnan yhteystiedot',
        '  - type: web',
        '    url: https://www.kela.fi/',
        '    label: Kelan verkkosivut',
        '',
      ].join('\n'),
    });
    const found = problems(copy.dir).filter((line) => line.includes('etusivulle'));
    expect(found).toEqual([expect.stringMatching(/^warning providers\/etusivu\.yaml:7 channels\[0\]\.label — Linkki vie organisaation etusivulle/)]);
  });
});

describe('content/ (this region)', () => {
  const result = validateContent({ contentDir: contentDir() });

  it('passes the register and label rules', () => {
    const honesty = result.issues.filter((issue) => /lähderekisteri|Rekisterin tietoa|etusivulle/.test(issue.message));
    expect(honesty).toEqual([]);
  });

  // A policy of this region's content, not a rule for every region: a small region may start thinner.
  it(`has at least ${MIN_SERVICES_PER_AREA} published services in every life area`, () => {
    expect(result.areas.length).toBe(7);
    const published = result.services.filter((service) => service.data?.draft !== true);
    const thin = result.areas
      .map((area) => [area.id, published.filter((service) => service.data?.areas.includes(area.id as never)).length] as const)
      .filter(([, count]) => count < MIN_SERVICES_PER_AREA);
    expect(thin, `Elämänalueilla pitää olla vähintään ${MIN_SERVICES_PER_AREA} julkaistua palvelua.`).toEqual([]);
  });
});

function readRegister(dir: string): string {
  return readFileSync(`${dir}/contact-sources.yaml`, 'utf8');
}
