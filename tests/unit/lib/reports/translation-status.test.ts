// The translation report: which services lack sv/en text or a selkokieli summary.
import { describe, expect, it } from 'vitest';
import { pageTranslationRows, translationMarkdown, translationRows, translationText } from '../../../../src/lib/reports/translation-status.ts';
import type { ParsedEntry } from '../../../../src/lib/validation/parse-entry.ts';
import type { SourceFile } from '../../../../src/lib/validation/source-file.ts';

const service = (id: string, title: string, plainSummary?: string): ParsedEntry<{ title: string; plainSummary?: string | undefined }> => ({
  id,
  source: { file: `content/services/${id}.mdx` } as SourceFile,
  data: { title, plainSummary },
});

const services = [
  service('omaolo', 'Omaolo-verkkopalvelu', 'Omaolo on palvelu netissä. Voit kysyä siellä apua.'),
  service('ohjaamo', 'Ohjaamo'),
  service('typ', 'TYP', 'TYP auttaa, kun tarvitset monta palvelua.'),
];
const translated = { sv: new Set(['omaolo', 'typ']), en: new Set(['omaolo']) };

describe('translationRows', () => {
  it('marks what each service has and puts the ones with most gaps first', () => {
    expect(translationRows(services, translated).map((row) => [row.id, row.translated.sv, row.translated.en, row.plainSummary])).toEqual([
      ['ohjaamo', false, false, false],
      ['typ', true, false, true],
      ['omaolo', true, true, true],
    ]);
  });

  it('does not count a blank selkokieli summary', () => {
    expect(translationRows([service('x', 'X', '   ')], translated)[0]?.plainSummary).toBe(false);
  });
});

describe('translationText', () => {
  it('lists the gaps per language and selkokieli, with counts and page gaps', () => {
    const text = translationText(
      translationRows(services, translated),
      pageTranslationRows(['tietoa', 'tietosuoja'], { sv: new Set(['tietoa']), en: new Set(['tietoa']) }),
    );
    expect(text).toContain('3 palvelua. Ruotsiksi 2/3, englanniksi 1/3, selkokielinen tiivistelmä 2/3.');
    const [, svPart = '', enPart = '', plainPart = '', pagePart = ''] = text.split(/\n\n/);
    expect(svPart).toContain('Ohjaamo — content/services/ohjaamo.mdx');
    expect(svPart).not.toContain('TYP');
    expect(enPart).toContain('TYP — content/services/typ.mdx');
    expect(plainPart).toContain('Ohjaamo');
    expect(plainPart).not.toContain('Omaolo');
    expect(pagePart).toContain('tietosuoja: puuttuu ruotsiksi ja englanniksi');
    expect(pagePart).not.toContain('tietoa:');
  });

  it('says "ei yhtään" when nothing is missing', () => {
    const text = translationText(translationRows([services[0]!], translated));
    expect(text.match(/ei yhtään/g)).toHaveLength(3);
  });
});

describe('translationMarkdown', () => {
  it('prints one table row per service with the gaps in bold', () => {
    const markdown = translationMarkdown(translationRows(services, translated));
    expect(markdown).toContain('| Ohjaamo | **puuttuu** | **puuttuu** | **puuttuu** | `content/services/ohjaamo.mdx` |');
    expect(markdown).toContain('| Omaolo-verkkopalvelu | on | on | on | `content/services/omaolo.mdx` |');
  });
});
