// Each named rule of the validator (src/lib/validation/rules/), run alone on the minimal valid test
// region held in memory with one or two fixture entries changed. The base region passes every rule;
// each change makes exactly its rule speak, with file, line and field. The last test checks that
// no rule of CONTENT_RULES is left without a test here.
import { afterAll, describe, expect, it } from 'vitest';
import type { ContentRule } from '../../../../../src/lib/validation/content-context.ts';
import { areaIds } from '../../../../../src/lib/validation/rules/areas.ts';
import { bodyLinks } from '../../../../../src/lib/validation/rules/body-links.ts';
import { frontPageLabels, serviceChannels } from '../../../../../src/lib/validation/rules/channels.ts';
import { contactSources } from '../../../../../src/lib/validation/rules/contact-sources.ts';
import { uniqueIdsAndTitles } from '../../../../../src/lib/validation/rules/duplicates.ts';
import { fileIds } from '../../../../../src/lib/validation/rules/file-ids.ts';
import { noFiller } from '../../../../../src/lib/validation/rules/filler.ts';
import { CONTENT_RULES } from '../../../../../src/lib/validation/rules/index.ts';
import { mdxCompiles } from '../../../../../src/lib/validation/rules/mdx-body.ts';
import { serviceMunicipalities } from '../../../../../src/lib/validation/rules/municipalities.ts';
import { professionalReferences, serviceReferences, siteReferences } from '../../../../../src/lib/validation/rules/references.ts';
import { requiredPages } from '../../../../../src/lib/validation/rules/required-pages.ts';
import {
  plainSummary,
  serviceBody,
  serviceBodyHeadings,
  serviceFreshness,
  serviceKeywords,
} from '../../../../../src/lib/validation/rules/service-text.ts';
import { translationMasters } from '../../../../../src/lib/validation/rules/translations.ts';
import { baseRegion, regionWith, ruleContext, type ContentFiles } from '../../../../support/rule-context.ts';

const base = baseRegion();
const OMAOLO = base['services/omaolo.mdx'] ?? '';
const tested = new Set<string>();

/** The rule's problems on these files, as "severity file:line field — message" lines. */
function run(rule: ContentRule, files: ContentFiles, now?: Date): string[] {
  return rule
    .check(ruleContext(files, now))
    .map((issue) => `${issue.severity} ${issue.file}:${issue.line ?? ''} ${issue.field} — ${issue.message}`);
}

/** Declares a rule's tests; the base region must pass it. */
function rule(subject: ContentRule, cases: () => void): void {
  tested.add(subject.name);
  describe(subject.name, () => {
    it('accepts the valid base region', () => expect(run(subject, base)).toEqual([]));
    cases();
  });
}

/** Omaolo with its frontmatter and body edited. */
const omaolo = (edit: (text: string) => string) => regionWith({ 'services/omaolo.mdx': edit(OMAOLO) });

rule(fileIds, () => {
  it('reports a file name that is not a kebab-case id', () => {
    expect(run(fileIds, regionWith({ 'services/Oma_Olo.mdx': OMAOLO }))).toEqual([
      expect.stringMatching(/^error services\/Oma_Olo\.mdx:1 \(tiedostonimi\) — Tiedostonimi "Oma_Olo" ei kelpaa tunnisteeksi\. .*oma-olo/),
    ]);
  });
});

rule(mdxCompiles, () => {
  it('reports an HTML comment in an .mdx body with its line', () => {
    expect(
      run(
        mdxCompiles,
        omaolo((text) => `${text}\n<!-- piilossa -->\n`),
      ),
    ).toEqual([expect.stringMatching(/^error services\/omaolo\.mdx:\d+ \(sisältö\) — HTML-kommentti <!-- … --> ei toimi MDX-tiedostossa/)]);
  });
});

rule(bodyLinks, () => {
  it('reports a javascript: link and a vague link text', () => {
    expect(
      run(
        bodyLinks,
        omaolo((text) => `${text}\n[Lue lisää](javascript:alert(1))\n`),
      ),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^error services\/omaolo\.mdx:\d+ \(sisältö\) — Linkin osoite "javascript:alert\(1" ei kelpaa/),
        expect.stringMatching(/Linkin teksti "Lue lisää" ei kerro, mihin linkki vie/),
      ]),
    );
  });
});

rule(areaIds, () => {
  it('reports a missing and an unknown life area', () => {
    expect(run(areaIds, regionWith({ 'areas/keho.yaml': undefined, 'areas/muu.yaml': base['areas/arki.yaml'] ?? '' }))).toEqual([
      expect.stringMatching(
        /^error areas\/muu\.yaml:1 \(tunniste\) — Elämänalueita on tasan seitsemän: .* Tiedostonimi "muu" ei ole yksi niistä\./,
      ),
      expect.stringMatching(/^error areas\/keho\.yaml: \(tiedosto\) — Elämänalue "keho" puuttuu\. Lisää tiedosto keho\.yaml\./),
    ]);
  });
});

rule(uniqueIdsAndTitles, () => {
  it('reports two files with one id, and two services with one title, in each file', () => {
    const clash = regionWith({ 'services/omaolo.md': OMAOLO.replace('Omaolo-verkkopalvelu', 'Toinen nimi') });
    expect(run(uniqueIdsAndTitles, clash)).toEqual([
      expect.stringMatching(
        /^error services\/omaolo\.md:1 \(tunniste\) — Tunniste "omaolo" on käytössä myös tiedostossa services\/omaolo\.mdx/,
      ),
      expect.stringMatching(
        /^error services\/omaolo\.mdx:1 \(tunniste\) — Tunniste "omaolo" on käytössä myös tiedostossa services\/omaolo\.md\./,
      ),
    ]);
    const sameTitle = regionWith({ 'services/omaolo-2.mdx': OMAOLO });
    expect(run(uniqueIdsAndTitles, sameTitle)).toEqual([
      expect.stringMatching(/^error services\/omaolo-2\.mdx:2 title — Sama nimi on myös tiedostossa services\/omaolo\.mdx/),
      expect.stringMatching(/^error services\/omaolo\.mdx:2 title — Sama nimi on myös tiedostossa services\/omaolo-2\.mdx/),
    ]);
  });
});

rule(serviceReferences, () => {
  it('reports an unknown provider, an unknown related service and a service related to itself', () => {
    const files = omaolo((text) =>
      text.replace('provider: eksote', 'provider: ekstoe').replace('related: [kuntoutusraha]', 'related: [kuntoutus, omaolo]'),
    );
    expect(run(serviceReferences, files)).toEqual([
      expect.stringMatching(
        /^error services\/omaolo\.mdx:5 provider — Toimija "ekstoe" ei löydy kansiosta content\/providers\. Tarkista tunniste \(lähellä: eksote\)/,
      ),
      expect.stringMatching(
        /^error services\/omaolo\.mdx:18 related\[0\] — Liittyvä palvelu "kuntoutus" ei löydy kansiosta content\/services/,
      ),
      'error services/omaolo.mdx:18 related[1] — Palvelu viittaa itseensä. Poista oma tunniste liittyvistä palveluista.',
    ]);
  });
});

rule(professionalReferences, () => {
  it("reports a path's unknown service and exit, and a model's unknown path", () => {
    const files = regionWith({
      'paths/polku.mdx': '---\ntitle: Polku\nservice: tuntematon\nexits:\n  - next: [omaolo, puuttuva]\n---\n',
      'models/malli.mdx': '---\ntitle: Malli\npath: polkku\n---\n',
    });
    expect(run(professionalReferences, files)).toEqual([
      expect.stringMatching(/^error paths\/polku\.mdx:3 service — Palvelu "tuntematon" ei löydy kansiosta content\/services/),
      expect.stringMatching(/^error paths\/polku\.mdx:5 exits\[0\]\.next\[1\] — Palvelu "puuttuva" ei löydy/),
      expect.stringMatching(
        /^error models\/malli\.mdx:3 path — Palvelupolku "polkku" ei löydy kansiosta content\/paths\. Tarkista tunniste \(lähellä: polku\)/,
      ),
    ]);
  });
});

rule(siteReferences, () => {
  it('reports an unknown organisation and a featured draft service', () => {
    const site = `${(base['site.yaml'] ?? '').replace('organisationProvider: eksote', 'organisationProvider: eksot')}startHere: [omaolo]\n`;
    const files = regionWith({ 'site.yaml': site, 'services/omaolo.mdx': OMAOLO.replace('owner:', 'draft: true\nowner:') });
    expect(run(siteReferences, files)).toEqual([
      expect.stringMatching(/^error site\.yaml:\d+ organisationProvider — Toimija "eksot" ei löydy kansiosta content\/providers/),
      expect.stringMatching(/^error site\.yaml:\d+ startHere\[0\] — Julkaistu palvelu "omaolo" ei löydy kansiosta content\/services/),
    ]);
  });
});

rule(serviceMunicipalities, () => {
  it('reports a municipality outside the region', () => {
    expect(
      run(
        serviceMunicipalities,
        omaolo((text) => text.replace('municipalities: [koko alue]', 'municipalities: [Helsinki]')),
      ),
    ).toEqual([
      expect.stringMatching(
        /^error services\/omaolo\.mdx:13 municipalities\[0\] — Tuntematon kunta "Helsinki"\. Käytä alueen kuntia \(Lappeenranta, /,
      ),
    ]);
  });
});

rule(noFiller, () => {
  it('reports lorem ipsum and a template placeholder in a body', () => {
    expect(
      run(
        noFiller,
        omaolo((text) => `${text}\nLorem ipsum dolor.\n\nTÄYTÄ: kuvaus\n`),
      ),
    ).toEqual([
      expect.stringMatching(/^error services\/omaolo\.mdx:1 \(sisältö\) — Tiedostossa on täytetekstiä \(lorem ipsum\)/),
      expect.stringMatching(/^error services\/omaolo\.mdx:\d+ \(sisältö\) — Mallipohjan ohjeteksti \(TÄYTÄ: …\) on vielä paikallaan/),
    ]);
  });

  it('reads the text fields of a translation too', () => {
    const files = regionWith({
      'services/sv/omaolo.mdx': (base['services/sv/omaolo.mdx'] ?? '').replace('duration: Engångs', 'duration: Lorem ipsum'),
    });
    expect(run(noFiller, files)).toEqual([
      expect.stringMatching(/^error services\/sv\/omaolo\.mdx:1 \(sisältö\) — Tiedostossa on täytetekstiä/),
    ]);
  });
});

rule(serviceKeywords, () => {
  it('warns about a service without keywords', () => {
    expect(
      run(
        serviceKeywords,
        omaolo((text) => text.replace('keywords: [omaolo, oirearvio]', 'keywords: []')),
      ),
    ).toEqual([expect.stringMatching(/^warning services\/omaolo\.mdx:2 keywords — Hakusanat puuttuvat\./)]);
  });
});

rule(serviceFreshness, () => {
  it('warns a year after the last review and the owner confirmation', () => {
    expect(run(serviceFreshness, base, new Date('2028-01-01T00:00:00Z'))).toEqual([
      expect.stringMatching(/^warning services\/kuntoutusraha\.mdx:\d+ lastReviewed — Tietoja ei ole tarkistettu yli vuoteen/),
      expect.stringMatching(
        /^warning services\/kuntoutusraha\.mdx:\d+ confirmedOn — Palvelun ylläpitäjä vahvisti tiedot yli 12 kuukautta sitten/,
      ),
      expect.stringMatching(/^warning services\/omaolo\.mdx:19 lastReviewed — /),
    ]);
  });
});

rule(serviceBody, () => {
  it('warns about a ## heading and about an empty body', () => {
    expect(
      run(
        serviceBody,
        omaolo((text) => `${text}\n## Miten palvelu etenee\n`),
      ),
    ).toEqual([expect.stringMatching(/^warning services\/omaolo\.mdx:\d+ \(sisältö\) — Väliotsikko on liian ylätasoa/)]);
    expect(
      run(
        serviceBody,
        omaolo((text) => text.replace(/---\n\n[\s\S]*$/, '---\n')),
      ),
    ).toEqual([expect.stringMatching(/^warning services\/omaolo\.mdx:\d+ \(sisältö\) — Palvelun kuvaus puuttuu/)]);
  });
});

rule(serviceBodyHeadings, () => {
  it("warns about a heading that repeats the page's own, in Finnish and in Swedish", () => {
    const files = regionWith({
      'services/omaolo.mdx': `${OMAOLO}\n### Yhteystiedot\n`,
      'services/sv/omaolo.mdx': `${base['services/sv/omaolo.mdx'] ?? ''}\n### Kontaktuppgifter\n`,
    });
    expect(run(serviceBodyHeadings, files)).toEqual([
      expect.stringMatching(/^warning services\/omaolo\.mdx:\d+ \(sisältö\) — Otsikko "Yhteystiedot" toistaa sivun omaa otsikkoa/),
      expect.stringMatching(/^warning services\/sv\/omaolo\.mdx:\d+ \(sisältö\) — Otsikko "Kontaktuppgifter" toistaa/),
    ]);
  });
});

rule(plainSummary, () => {
  it('warns about an easy-to-read summary with one long sentence', () => {
    const long =
      'Tämä palvelu auttaa sinua arvioimaan oireitasi verkossa ja täyttämään terveystarkastuksen kyselyn kotona omalla ajallasi.';
    expect(
      run(
        plainSummary,
        omaolo((text) => text.replace('owner:', `plainSummary: ${long}\nowner:`)),
      ),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^warning services\/omaolo\.mdx:20 plainSummary — Selkokielinen tiivistelmä: Pisimmässä lauseessa on \d+ sanaa/,
        ),
      ]),
    );
  });
});

rule(frontPageLabels, () => {
  it('warns about a front-page link whose label promises more', () => {
    const kela = `${base['providers/kela.yaml'] ?? ''}channels:\n  - type: web\n    url: https://www.kela.fi/\n    label: Kelan työkykyneuvonnan yhteystiedot\n`;
    expect(run(frontPageLabels, regionWith({ 'providers/kela.yaml': kela }))).toEqual([
      expect.stringMatching(/^warning providers\/kela\.yaml:8 channels\[0\]\.label — Linkki vie organisaation etusivulle/),
    ]);
  });
});

rule(serviceChannels, () => {
  const withChannel = (target: string) =>
    omaolo((text) => text.replace('channels:\n', `channels:\n  - type: service\n    service: ${target}\n`));

  it('reports a "Kysy lisää" channel to the service itself, to an unknown service and to a draft', () => {
    expect(run(serviceChannels, withChannel('omaolo'))).toEqual([
      expect.stringMatching(/^error services\/omaolo\.mdx:16 channels\[0\]\.service — Kanava ohjaa palveluun itseensä/),
    ]);
    expect(run(serviceChannels, withChannel('kuntoutus'))).toEqual([
      expect.stringMatching(/channels\[0\]\.service — Palvelu "kuntoutus" ei löydy kansiosta content\/services/),
    ]);
    const draft = {
      ...withChannel('kuntoutusraha'),
      'services/kuntoutusraha.mdx': (base['services/kuntoutusraha.mdx'] ?? '').replace('owner:', 'draft: true\nowner:'),
    };
    expect(run(serviceChannels, draft)).toEqual([expect.stringMatching(/Palvelu "kuntoutusraha" on luonnos \(draft: true\)/)]);
  });

  it('reports a channel to a service that has no contact of its own', () => {
    const onlyPointer = (base['services/kuntoutusraha.mdx'] ?? '').replace(
      /channels:\n[\s\S]*?keywords:/,
      'channels:\n  - type: service\n    service: omaolo\nkeywords:',
    );
    const files = { ...withChannel('kuntoutusraha'), 'services/kuntoutusraha.mdx': onlyPointer };
    expect(run(serviceChannels, files)).toEqual([
      expect.stringMatching(/^error services\/omaolo\.mdx:16 channels\[0\]\.service — Palvelulla "kuntoutusraha" ei ole omaa yhteystietoa/),
    ]);
  });
});

rule(translationMasters, () => {
  it('reports a translation without a Finnish master, naming the closest id', () => {
    expect(run(translationMasters, regionWith({ 'services/sv/omaolo-sv.mdx': base['services/sv/omaolo.mdx'] ?? '' }))).toEqual([
      expect.stringMatching(
        /^error services\/sv\/omaolo-sv\.mdx:1 \(tunniste\) — Käännökseltä puuttuu suomenkielinen palvelu content\/services\/omaolo-sv\.md\. .*\(lähellä: omaolo\).*\(Kieli: sv\.\)/,
      ),
    ]);
  });
});

rule(requiredPages, () => {
  it('reports a missing open-data page, which the build needs', () => {
    expect(run(requiredPages, regionWith({ 'pages/avoin-data.mdx': undefined }))).toEqual([
      'error pages/avoin-data.mdx: (tiedosto) — Pakollinen sivu "avoin-data" puuttuu. Se on linkitetty jokaiselta sivulta; lisää tiedosto avoin-data.mdx.',
    ]);
  });
});

rule(contactSources, () => {
  it('reports an unregistered phone number with its line', () => {
    const kela = `${base['providers/kela.yaml'] ?? ''}channels:\n  - type: phone\n    number: 040 123 4567\n`;
    expect(run(contactSources, regionWith({ 'providers/kela.yaml': kela }))).toEqual([
      expect.stringMatching(/^error providers\/kela\.yaml:7 \(yhteystieto\) — Puhelinnumero 0401234567 puuttuu/),
    ]);
  });

  it('warns once when a region with contacts has no register', () => {
    expect(run(contactSources, regionWith({ 'contact-sources.yaml': undefined }))).toEqual([
      expect.stringMatching(/^warning contact-sources\.yaml: \(tiedosto\) — Yhteystietojen lähderekisteri puuttuu/),
    ]);
  });
});

afterAll(() => {
  // Runs after the describes above have registered their rules.
  expect(
    CONTENT_RULES.map((each) => each.name).filter((name) => !tested.has(name)),
    'Jokaisella säännöllä on testi tässä tiedostossa.',
  ).toEqual([]);
});
