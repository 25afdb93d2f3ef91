// Every language has exactly the Finnish key set, keeps each {placeholder} of the Finnish string and
// has no empty value. TypeScript catches some of this; this test also catches casts, placeholders
// and whitespace-only strings, and names the offending key.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n/index.ts';
import { ALL_LOCALES, DEFAULT_LOCALE } from '../../../src/i18n/locales.ts';
import { en } from '../../../src/i18n/ui/en.ts';
import { fi } from '../../../src/i18n/ui/fi.ts';
import { sv } from '../../../src/i18n/ui/sv.ts';

type Strings = Readonly<Record<string, string>>;

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

/** Every difference between a translation and the Finnish master, one line per problem. */
function dictionaryProblems(master: Strings, translation: Strings): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(master)) {
    if (!(key in translation)) problems.push(`${key}: missing`);
  }
  for (const [key, value] of Object.entries(translation)) {
    const original = master[key];
    if (original === undefined) {
      problems.push(`${key}: not in fi.ts`);
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${key}: empty`);
      continue;
    }
    const expected = placeholders(original);
    const actual = placeholders(value);
    for (const name of expected.filter((name) => !actual.includes(name))) problems.push(`${key}: placeholder {${name}} missing`);
    for (const name of actual.filter((name) => !expected.includes(name))) problems.push(`${key}: placeholder {${name}} not in Finnish`);
  }
  return problems;
}

const dictionaries: Record<(typeof ALL_LOCALES)[number], Strings> = { fi, sv, en };

describe('dictionaryProblems', () => {
  const master = { 'a.one': 'Yksi {count}', 'a.two': 'Kaksi' };

  it('finds missing and extra keys, lost or invented placeholders and empty values', () => {
    expect(dictionaryProblems(master, { 'a.one': 'One', 'a.three': 'Three' })).toEqual([
      'a.two: missing',
      'a.one: placeholder {count} missing',
      'a.three: not in fi.ts',
    ]);
    expect(dictionaryProblems(master, { 'a.one': '{count} {name}', 'a.two': '  ' })).toEqual([
      'a.one: placeholder {name} not in Finnish',
      'a.two: empty',
    ]);
  });

  it('accepts a complete translation with the placeholders in another order', () => {
    expect(dictionaryProblems({ k: '{a} ja {b}' }, { k: '{b} and {a}' })).toEqual([]);
  });
});

describe('UI dictionaries', () => {
  for (const locale of ALL_LOCALES.filter((candidate) => candidate !== DEFAULT_LOCALE)) {
    it(`${locale} has exactly the Finnish keys, with their placeholders and no empty value`, () => {
      expect(dictionaryProblems(fi, dictionaries[locale])).toEqual([]);
    });
  }

  // Two engineers adding the same block leave a key written twice; the later value silently wins.
  it('writes no key twice in any dictionary file', () => {
    for (const locale of ALL_LOCALES) {
      const source = readFileSync(new URL(`../../../src/i18n/ui/${locale}.ts`, import.meta.url), 'utf8');
      const keys = [...source.matchAll(/^\s*'([^']+)':/gm)].map((match) => match[1]);
      expect(
        keys.filter((key, index) => keys.indexOf(key) !== index),
        `${locale}.ts`,
      ).toEqual([]);
      expect(keys.length, `${locale}.ts`).toBe(Object.keys(fi).length);
    }
  });

  it('has no empty Finnish string either', () => {
    expect(
      Object.entries(fi)
        .filter(([, value]) => value.trim() === '')
        .map(([key]) => key),
    ).toEqual([]);
  });

  it('is registered, so pages in sv and en get their own language', () => {
    expect(useTranslations('sv')('nav.services')).toBe('Tjänster');
    expect(useTranslations('en')('nav.services')).toBe('Services');
    expect(useTranslations('sv')('area.count', { count: 4 })).toBe('4 tjänster');
    expect(useTranslations('en')('area.countOne', { count: 1 })).toBe('1 service');
  });

  it('tells a fallback reader in their own language that the page is shown in Finnish', () => {
    expect(useTranslations('sv')('i18n.fallback')).toMatch(/^Denna sida finns ännu inte på svenska/);
    expect(useTranslations('en')('i18n.fallback')).toMatch(/not available in English/);
  });
});
