// Synonym groups: which services they match, and the editors' synonym file itself.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentData } from '../../../support/content-files.ts';
import { expandSynonyms, phraseMatches } from '../../../../src/lib/search/synonyms.ts';
import { synonymsSchema, type SynonymGroup } from '../../../../src/schemas/synonyms.ts';

const groups: SynonymGroup[] = [
  { words: ['työkkäri', 'TE-toimisto'], means: ['työllisyyspalvelut', 'TE-palvelut'] },
  { words: ['velat', 'ulosotto'], means: ['velka'] },
  { words: ['sossu', 'sosiaalityö'] },
  { words: ['kelakorvaus'], means: ['Kela'] },
];

const terms = (...words: string[]) => new Set(words);

describe('expandSynonyms', () => {
  it('adds the words of a group whose meaning is in the service text', () => {
    expect(expandSynonyms(terms('työllisyyspalvelut', 'entiset'), groups)).toEqual(['työkkäri', 'TE-toimisto']);
  });

  it('matches a meaning written together from a hyphenated word (TE-palvelut → tepalvelut)', () => {
    expect(expandSynonyms(terms('tepalvelut'), groups)).toContain('työkkäri');
  });

  it('matches the meaning inside a longer word and in an inflected form', () => {
    expect(expandSynonyms(terms('velkaneuvonta'), groups)).toEqual(['velat', 'ulosotto']);
    expect(expandSynonyms(terms('velan'), groups)).toEqual(['velat', 'ulosotto']);
  });

  it('matches short meanings only as whole words or their case forms', () => {
    expect(expandSynonyms(terms('kelan'), groups)).toEqual(['kelakorvaus']);
    expect(expandSynonyms(terms('kelaaja'), groups)).toEqual([]);
  });

  it('treats a group without means as two-way', () => {
    expect(expandSynonyms(terms('sosiaalityö'), groups)).toEqual(['sossu', 'sosiaalityö']);
  });

  it('adds nothing when no group matches', () => {
    expect(expandSynonyms(terms('liikunta'), groups)).toEqual([]);
  });
});

describe('phraseMatches', () => {
  it('needs every word of a phrase', () => {
    expect(phraseMatches('sosiaalinen kuntoutus', terms('sosiaalinen', 'kuntoutus'))).toBe(true);
    expect(phraseMatches('sosiaalinen kuntoutus', terms('kuntoutus'))).toBe(false);
  });
});

describe('content/synonyms.yaml', () => {
  const file = contentData<unknown>(join(import.meta.dirname, '..', '..', '..', '..', 'content', 'synonyms.yaml'));

  it('passes the schema', () => {
    expect(synonymsSchema.safeParse(file).success).toBe(true);
  });

  it('rejects a group without words, with a Finnish message', () => {
    const result = synonymsSchema.safeParse({ groups: [{ words: [] }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/vähintään yksi sana/);
  });

  it('rejects an unknown field', () => {
    expect(synonymsSchema.safeParse({ groups: [{ words: ['sossu'], synonyms: ['x'] }] }).success).toBe(false);
  });
});
