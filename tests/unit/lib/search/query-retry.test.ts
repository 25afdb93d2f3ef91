// The second try of a search that found nothing: which words of a sentence-like query are kept.
import { describe, expect, it } from 'vitest';
import { informativeWords, queryWords, retryQuery } from '../../../../src/lib/search/query-retry.ts';
import { isStopWord } from '../../../../src/lib/search/stop-words.ts';

describe('queryWords', () => {
  it('splits at spaces and punctuation and keeps hyphens inside words', () => {
    expect(queryWords('  rahat eivät riitä, ruokaan!  ')).toEqual(['rahat', 'eivät', 'riitä', 'ruokaan']);
    expect(queryWords('TE-palvelut ja -toimisto')).toEqual(['TE-palvelut', 'ja', 'toimisto']);
  });
});

describe('informativeWords', () => {
  it('drops the negation verb and the framing verb of a Finnish sentence', () => {
    expect(informativeWords('rahat eivät riitä ruokaan', 'fi')).toEqual(['rahat', 'ruokaan']);
  });

  it('drops colloquial pronouns and forms of olla', () => {
    expect(informativeWords('mulla on velkaa ja en saa töitä', 'fi')).toEqual(['velkaa', 'töitä']);
    expect(informativeWords('Mistä löydän apua masennukseen?', 'fi')).toEqual(['apua', 'masennukseen']);
  });

  it('keeps the words as written, in their order, without repeats', () => {
    expect(informativeWords('Velat ja velat ja Kela', 'fi')).toEqual(['Velat', 'Kela']);
  });

  it('never drops a topic word that could stand alone', () => {
    for (const word of ['apu', 'apua', 'tuki', 'raha', 'rahat', 'työ', 'velka', 'jaksa', 'mieli', 'kela', 'asunto']) {
      expect(isStopWord(word, 'fi'), word).toBe(false);
    }
  });

  it('uses the stop words of the search page language', () => {
    expect(informativeWords('jag har inte råd med mat', 'sv')).toEqual(['råd', 'mat']);
    expect(informativeWords("I don't have enough money for food", 'en')).toEqual(['money', 'food']);
    // Finnish stop words are not dropped from an English query, and the other way round.
    expect(informativeWords('ei money', 'en')).toEqual(['ei', 'money']);
    expect(informativeWords('need rahaa', 'fi')).toEqual(['need', 'rahaa']);
  });
});

describe('retryQuery', () => {
  it('searches again with the informative words of a sentence', () => {
    expect(retryQuery('rahat eivät riitä ruokaan', 'fi')).toEqual({ words: ['rahat', 'ruokaan'], term: 'rahat ruokaan' });
  });

  it('does not retry when nothing would change', () => {
    expect(retryQuery('velkaneuvonta', 'fi')).toBeUndefined();
    expect(retryQuery('kuntosali lappeenranta', 'fi')).toBeUndefined();
  });

  it('does not retry a query of stop words only', () => {
    expect(retryQuery('mitä minä voin', 'fi')).toBeUndefined();
    expect(retryQuery('   ', 'fi')).toBeUndefined();
  });
});
