// The enrichment of one service, end to end over the pure functions.
import { describe, expect, it } from 'vitest';
import { createSearchEnricher } from '../../../../src/lib/search/enrich.ts';
import { servedMunicipalities } from '../../../../src/lib/search/service-terms.ts';

const enricher = createSearchEnricher({
  siteTexts: ['Työkykykoordinaattori kulkee rinnallasi. Koordinaattori kokoaa palvelut.', 'Talous- ja velkaneuvonta neuvoo, kun velat kasvavat.'],
  synonyms: [
    { words: ['työkkäri'], means: ['työllisyyspalvelut'] },
    { words: ['ulosotto', 'maksuhäiriö'], means: ['velkaneuvonta'] },
  ],
});

describe('createSearchEnricher', () => {
  const coordinator = enricher.termsFor({
    title: 'Työkykykoordinaattoripalvelu',
    summary: 'Henkilökohtainen koordinaattori tukee työkykyäsi.',
    keywords: ['rinnallakulkija'],
  });

  it('keeps the keywords as written', () => {
    expect(coordinator).toContain('rinnallakulkija');
  });

  it('adds the parts of the compound name', () => {
    expect(coordinator).toEqual(expect.arrayContaining(['koordinaattori', 'kyky', 'koordinaattoripalvelu']));
  });

  it('adds gradation forms of the parts (työkyvyn, kyvyn)', () => {
    expect(coordinator).toEqual(expect.arrayContaining(['työkyvyn', 'kyvyn']));
  });

  it('adds common misspellings of long words', () => {
    expect(coordinator).toContain('koordinaatori');
  });

  it('adds synonyms whose meaning is in the name, summary or keywords', () => {
    const debt = enricher.termsFor({ title: 'Talous- ja velkaneuvonta', summary: 'Maksutonta apua raha-asioihin.', keywords: [] });
    expect(debt).toEqual(expect.arrayContaining(['ulosotto', 'maksuhäiriö', 'velan']));
    expect(debt).not.toContain('työkkäri');
  });

  it('matches synonyms on the provider name too', () => {
    const terms = enricher.termsFor({ title: 'Työnhaku', summary: 'Apua työpaikan etsimiseen.', keywords: [], providerName: 'Työllisyyspalvelut' });
    expect(terms).toContain('työkkäri');
  });

  it('returns each term once', () => {
    expect(new Set(coordinator).size).toBe(coordinator.length);
  });
});

describe('servedMunicipalities', () => {
  it('spells out "koko alue" as every municipality of the region', () => {
    expect(servedMunicipalities(['koko alue'], ['Lappeenranta', 'Imatra'])).toEqual(['Lappeenranta', 'Imatra']);
  });

  it('keeps named municipalities', () => {
    expect(servedMunicipalities(['Imatra'], ['Lappeenranta', 'Imatra'])).toEqual(['Imatra']);
  });
});
