// Compound splitting with a vocabulary learnt from the site's own text.
import { describe, expect, it } from 'vitest';
import { buildVocabulary, compoundParts, splitAtKnownEnd, splitCompound, splitOnce } from '../../../../src/lib/search/compounds.ts';

const vocabulary = buildVocabulary(
  ['Koordinaattori auttaa työkyvyn tukemisessa. Palvelu on maksuton.', 'Mielenterveys ja terveys ovat tärkeitä. Terveyden tarkastus.', 'Kunto ja sali.'],
  ['kyky', 'neuvonta', 'velka', 'talous', 'verkko'],
);

describe('buildVocabulary', () => {
  it('learns words of four letters or more from the text, lower-cased', () => {
    expect(vocabulary.has('koordinaattori')).toBe(true);
    expect(vocabulary.has('palvelu')).toBe(true);
  });

  it('leaves out function words and short words that are not curated parts', () => {
    expect(vocabulary.has('ovat')).toBe(false);
    expect(vocabulary.has('ja')).toBe(false);
  });

  it('always knows the curated short parts such as työ', () => {
    expect(vocabulary.has('työ')).toBe(true);
  });
});

describe('splitCompound', () => {
  it('splits työkykykoordinaattoripalvelu into its four parts', () => {
    expect(splitCompound('työkykykoordinaattoripalvelu', vocabulary)).toEqual(['työ', 'kyky', 'koordinaattori', 'palvelu']);
  });

  it('accepts an inflected last part (…koordinaattorille)', () => {
    expect(splitCompound('työkykykoordinaattorille', vocabulary)).toEqual(['työ', 'kyky', 'koordinaattorille']);
  });

  it('splits a genitive first part: terveydentarkastus', () => {
    expect(splitCompound('terveydentarkastus', vocabulary)).toEqual(['terveyden', 'tarkastus']);
  });

  it('leaves a word that has no known parts whole', () => {
    expect(splitCompound('omaolo', vocabulary)).toEqual(['omaolo']);
  });

  it('prefers the fewest parts', () => {
    expect(splitOnce('kuntosali', vocabulary)).toEqual(['kunto', 'sali']);
  });
});

describe('splitAtKnownEnd', () => {
  it('cuts off an unknown brand word next to a known part (verkko|puntari)', () => {
    expect(splitAtKnownEnd('verkkopuntari', vocabulary)).toEqual(['verkko', 'puntari']);
    expect(splitCompound('verkkopuntari', vocabulary)).toEqual(['verkko', 'puntari']);
  });

  it('needs a known part of four letters or more', () => {
    expect(splitAtKnownEnd('abcdefghij', vocabulary)).toBeUndefined();
  });
});

describe('compoundParts', () => {
  it('returns every part and every run of adjacent parts, but not the word itself', () => {
    const parts = compoundParts('työkykykoordinaattori', vocabulary);
    expect(parts).toEqual(expect.arrayContaining(['työ', 'kyky', 'koordinaattori', 'työkyky', 'kykykoordinaattori']));
    expect(parts).not.toContain('työkykykoordinaattori');
  });

  it('returns nothing for a word that does not split', () => {
    expect(compoundParts('palvelu', vocabulary)).toEqual([]);
  });
});
