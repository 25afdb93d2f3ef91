// "A region is its folder": no module in src/ may name a region's content — an entry id, a place or
// an organisation of the Etelä-Karjala content or of the second test region. What a region features
// comes from its site.yaml (startHere, checklistNextSteps, supportPlanModel).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRegionTerms, regionTerms } from '../support/region-terms.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const REGIONS = ['content', 'tests/fixtures/toinen-alue'];
/**
 * Common Finnish nouns that the search's compound-splitting vocabulary (src/lib/search/word-parts.ts)
 * needs, and that happen to be the ids of services too: the vocabulary names the word, not the entry.
 */
const VOCABULARY_FILE = join('src', 'lib', 'search', 'word-parts.ts');
const VOCABULARY = new Set(['fysioterapia', 'toimintaterapia', 'toimeentulotuki', 'ohjaamo']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro|mjs|js|css)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the source code names no region', () => {
  for (const region of REGIONS) {
    it(`src/ names no id, place or organisation of ${region}`, () => {
      const terms = regionTerms(join(ROOT, region));
      expect(terms.ids.length).toBeGreaterThan(3);
      expect(terms.places.length).toBeGreaterThan(2);
      const hits = sourceFiles(join(ROOT, 'src')).flatMap((file) =>
        findRegionTerms(readFileSync(file, 'utf8'), terms)
          .filter((term) => !(relative(ROOT, file) === VOCABULARY_FILE && VOCABULARY.has(term)))
          .map((term) => `${relative(ROOT, file)}: ${term}`),
      );
      expect(hits).toEqual([]);
    });
  }

  it('finds ids, inflected place names and organisations (the detector can fail)', () => {
    const terms = { ids: ['omaolo', 'mieli-ry'], places: ['Lappeenranta', 'Lemi'], organisations: ['Saimaan Latu ry'] };
    expect(findRegionTerms("getService('omaolo')", terms)).toEqual(['omaolo']);
    expect(findRegionTerms('Palvelut Lappeenrannan seudulla', terms)).toEqual(['Lappeenranta']);
    expect(findRegionTerms('asuu Lemillä', terms)).toEqual(['Lemi']);
    expect(findRegionTerms('Saimaan Latu ry järjestää', terms)).toEqual(['Saimaan Latu ry']);
    // Parts of longer words and ids are not hits.
    expect(findRegionTerms('mieli-ryhmä omaolotesti problemit', terms)).toEqual([]);
  });
});
