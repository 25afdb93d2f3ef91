// The enrichment split into the two meta fields that rank differently.
import { describe, expect, it } from 'vitest';
import { KEYWORDS_META, rankedTerms, SEARCH_RANKING, TERMS_META } from '../../../../src/lib/search/ranking.ts';

describe('rankedTerms', () => {
  it("puts the words of the editor's keywords in their own field and keeps the derived terms apart", () => {
    const split = rankedTerms(['velat', 'velka', 'velan', 'rahahuolet', 'apua'], ['velat', 'Talous- ja velkaneuvonta']);
    expect(split.keywords).toEqual(['velat', 'talous', 'ja', 'velkaneuvonta']);
    expect(split.terms).toEqual(['velka', 'velan', 'rahahuolet', 'apua']);
  });

  it('leaves the terms whole when a service has no keywords', () => {
    expect(rankedTerms(['kuntosali', 'lappeenranta'], [])).toEqual({ keywords: [], terms: ['kuntosali', 'lappeenranta'] });
  });
});

describe('SEARCH_RANKING', () => {
  it("weighs a service's own keywords above the derived terms", () => {
    expect(SEARCH_RANKING.metaWeights[KEYWORDS_META]).toBeGreaterThan(SEARCH_RANKING.metaWeights[TERMS_META]);
  });
});
