// Finnish inflection for search: consonant gradation, stem types, plural guesses and misspellings.
import { describe, expect, it } from 'vitest';
import { basicFormGuesses, inflectionVariants, spellingVariants, strongGrade, weakGrade } from '../../../../src/lib/search/inflection.ts';

describe('weakGrade', () => {
  it.each([
    ['kyky', 'kyvy'],
    ['puku', 'puvu'],
    ['velka', 'vela'],
    ['kunta', 'kunna'],
    ['hoito', 'hoido'],
    ['apu', 'avu'],
    ['kauppa', 'kaupa'],
    ['ranta', 'ranna'],
    ['kenkä', 'kengä'],
    ['järke', 'järje'],
    ['ruoka', 'ruoa'],
  ])('weakens the last syllable of %s to %s', (strong, weak) => {
    expect(weakGrade(strong)).toBe(weak);
  });

  it.each(['matka', 'kurssi', 'terapia', 'palvelu', 'kela'])('leaves %s alone (no alternating consonant)', (word) => {
    expect(weakGrade(word)).toBeUndefined();
  });
});

describe('strongGrade', () => {
  it.each([
    ['tarve', 'tarpe'],
    ['asiaka', 'asiakka'],
    ['liike', 'liikke'],
    ['taide', 'taite'],
  ])('strengthens %s to %s', (weak, strong) => {
    expect(strongGrade(weak)).toBe(strong);
  });
});

describe('inflectionVariants', () => {
  it('gives the gradation forms of kyky that the stemmer cannot reach (kyvyn, kyvyt)', () => {
    expect(inflectionVariants('kyky')).toEqual(expect.arrayContaining(['kyvyn', 'kyvyt', 'kykyä', 'kykyyn']));
  });

  it('grades the last part of a compound: työkyky → työkyvyn', () => {
    expect(inflectionVariants('työkyky')).toContain('työkyvyn');
  });

  it.each([
    ['velka', ['velan', 'velat', 'velkaa', 'velkoja']],
    ['kunta', ['kunnan', 'kunnassa', 'kuntia']],
    ['tuki', ['tuen', 'tukea']],
    ['sosiaalinen', ['sosiaalisen', 'sosiaalista', 'sosiaaliset']],
    ['kuntoutus', ['kuntoutuksen', 'kuntoutukseen', 'kuntoutusta']],
    ['terveys', ['terveyden', 'terveyttä']],
    ['osallisuus', ['osallisuuden']],
    ['asiakas', ['asiakkaan', 'asiakkaat', 'asiakasta']],
    ['tarve', ['tarpeen', 'tarpeet', 'tarvetta']],
    ['puhelin', ['puhelimen', 'puhelinta']],
    ['työtön', ['työttömän', 'työttömät', 'työttömille']],
    ['koordinaattori', ['koordinaattorin', 'koordinaattorille']],
  ])('inflects %s', (word, forms) => {
    expect(inflectionVariants(word)).toEqual(expect.arrayContaining(forms));
  });

  it('follows vowel harmony of the last part of a compound', () => {
    expect(inflectionVariants('osatyökykyinen')).toContain('osatyökykyistä');
    expect(inflectionVariants('päihdepalvelu')).toContain('päihdepalvelussa');
  });

  it('does not inflect words that are already case forms, nor digits or very short words', () => {
    expect(inflectionVariants('palvelussa')).toEqual([]);
    expect(inflectionVariants('velat')).toEqual([]);
    expect(inflectionVariants('2025')).toEqual([]);
    expect(inflectionVariants('te')).toEqual([]);
  });

  it('never returns the word itself', () => {
    expect(inflectionVariants('neuvonta')).not.toContain('neuvonta');
  });
});

describe('basicFormGuesses', () => {
  it.each([
    ['palvelut', 'palvelu'],
    ['opinnot', 'opinto'],
    ['mahdollisuudet', 'mahdollisuus'],
    ['sosiaaliset', 'sosiaalinen'],
    ['kuntoutukset', 'kuntoutus'],
  ])('guesses the basic form of %s: %s', (plural, basic) => {
    expect(basicFormGuesses(plural)).toContain(basic);
  });

  it('guesses nothing for a word that is not plural', () => {
    expect(basicFormGuesses('neuvonta')).toEqual([]);
  });
});

describe('spellingVariants', () => {
  it('writes one double letter single at a time', () => {
    expect(spellingVariants('koordinaattori').sort()).toEqual(['koordinaatori', 'koordinattori', 'kordinaattori']);
  });

  it('leaves short words alone', () => {
    expect(spellingVariants('tukki')).toEqual([]);
  });
});
