// Easy-to-read summaries: the readability rule (src/lib/validation/plain-language.ts, a validator
// warning) and this region's coverage policy (issue 15): every service in Työ ja tulevaisuus and
// Arki, every disability service and every "start here" service has a selkokieli summary, at least
// 35 in all, and none of them gets a readability warning in fi, sv or en.
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/content-dir.ts';
import { MAX_MEAN_WORD_LENGTH, MAX_WORDS_PER_SENTENCE, plainLanguageProblems, readability } from '../../src/lib/validation/plain-language.ts';
import { validateContent } from '../../src/node/validation/validate-content.ts';

describe('the readability measure', () => {
  it('counts sentences, words and unexplained abbreviations', () => {
    const plain = readability('TYP on palvelu työttömälle. Se auttaa sinua. Kysy lisää.', 'fi');
    expect(plain.sentences).toHaveLength(3);
    expect(plain.longest).toBe(4);
    expect(plain.unexplained).toEqual([]);
    expect(readability('Soita TYP:lle heti.', 'fi').unexplained).toEqual(['TYP']);
    expect(readability('Ennen nimi oli TE-toimisto.', 'fi').unexplained).toEqual([]);
    expect(readability('TYP är en tjänst.', 'sv').unexplained).toEqual([]);
  });

  it('fails a long official sentence, and says how to fix it', () => {
    const official =
      'Työllistymistä edistävä monialainen yhteispalvelu tarjoaa pitkäaikaistyöttömille asiakkaille monialaista palvelutarpeen arviointia ja suunnitelmallista tukea kaikissa alueen kunnissa.';
    const measure = readability(official, 'fi');
    expect(measure.longest).toBeGreaterThan(MAX_WORDS_PER_SENTENCE);
    expect(measure.meanWordLength).toBeGreaterThan(MAX_MEAN_WORD_LENGTH.fi);
    expect(plainLanguageProblems(official, 'fi')).toEqual([
      expect.stringMatching(/^Pisimmässä lauseessa on 16 sanaa/),
      expect.stringMatching(/^Sanat ovat keskimäärin/),
      expect.stringMatching(/^Tiivistelmässä on 1 lausetta/),
    ]);
  });
});

describe('easy-to-read summaries of this region', () => {
  const result = validateContent({ contentDir: contentDir() });
  const services = result.services.filter((service) => service.data?.draft !== true);

  it('cover at least 35 services, including every service of Työ ja tulevaisuus and Arki, every disability service and the start-here services', () => {
    expect(services.filter((service) => service.data?.plainSummary).length).toBeGreaterThanOrEqual(35);
    const startHere = new Set(result.site?.startHere ?? []);
    const required = services.filter(
      ({ id, data }) =>
        data !== undefined &&
        (data.areas.includes('tyo-ja-tulevaisuus') || data.areas.includes('arki') || data.audiences.includes('vammaiset') || startHere.has(id)),
    );
    expect(required.filter((service) => !service.data?.plainSummary).map((service) => service.id)).toEqual([]);
  });

  it('are plain in every language: no readability warning from the validator', () => {
    const warnings = result.issues.filter((issue) => issue.field === 'plainSummary').map((issue) => `${issue.file}: ${issue.message}`);
    expect(warnings).toEqual([]);
  });
});
