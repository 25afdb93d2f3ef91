// Words that carry no topic in a search query. Pagefind requires every word of a query to match,
// so a sentence-like query ("rahat eivät riitä ruokaan") finds nothing: no service page says
// "eivät" and "riitä" next to "rahat" and "ruokaan". When a search finds nothing, the search page
// searches again with the informative words only (src/lib/search/query-retry.ts) and says so.
//
// The lists are short on purpose: pronouns, forms of "olla", the negation verb, conjunctions,
// question words, particles and the everyday verbs a person uses to frame a need ("en saa", "mistä
// löydän", "tarvitsen"). A word that could be a topic on its own (apu, tuki, raha, työ, jaksaa) is
// never listed: a missing stop word costs only a retry that still finds nothing, a wrong one drops
// the topic. Colloquial forms (mä, mulla, oon) are listed with the standard ones. Swedish and English
// have their own small lists for their search pages.
import type { Locale } from '../../i18n/locales.ts';

// Grouped by kind, a line per group.
// prettier-ignore
const FINNISH = [
  // Personal and demonstrative pronouns, standard and colloquial, in the cases used in requests.
  'minä', 'mä', 'mie', 'minun', 'mun', 'minua', 'mua', 'minulla', 'mulla', 'minulle', 'mulle', 'minulta', 'multa', 'minut',
  'sinä', 'sä', 'sinun', 'sun', 'sinulla', 'sulla', 'sinulle', 'sulle', 'sinua', 'sua',
  'hän', 'hänen', 'hänellä', 'hänelle', 'häntä', 'se', 'sen', 'sitä', 'sille', 'sillä', 'siitä', 'siihen', 'siinä',
  'me', 'meidän', 'meillä', 'meille', 'meitä', 'te', 'teidän', 'teillä', 'teille', 'he', 'heidän', 'heillä', 'heille',
  'ne', 'niitä', 'niiden', 'tämä', 'tää', 'tätä', 'tässä', 'tuo', 'toi', 'nämä', 'nää', 'itse', 'oma', 'omat', 'omaa',
  'joka', 'jotka', 'jota', 'jossa', 'jonka', 'mikä', 'mitkä', 'mitä', 'mikään', 'mitään', 'jotain', 'jotakin', 'joku', 'kukaan',
  // The verb "olla" and the negation verb.
  'olla', 'olen', 'oon', 'olet', 'oot', 'on', 'olemme', 'ollaan', 'olette', 'ovat', 'oli', 'olin', 'olisi', 'ois', 'ole', 'oo', 'ollut', 'olleet',
  'en', 'et', 'ei', 'emme', 'ette', 'eivät', 'eikä', 'enkä',
  // Conjunctions and question words.
  'ja', 'tai', 'sekä', 'mutta', 'vaan', 'että', 'jos', 'kun', 'koska', 'vaikka', 'kuin', 'eli', 'niin', 'jotta',
  'miten', 'miksi', 'missä', 'mistä', 'mihin', 'milloin', 'kuka', 'kenelle', 'keneltä', 'kenen', 'voiko', 'onko', 'saako', 'mitenkä',
  // Particles and degree words.
  'myös', 'vain', 'jo', 'vielä', 'enää', 'nyt', 'aina', 'koskaan', 'sitten', 'kyllä', 'ihan', 'aivan', 'tosi', 'todella',
  'liian', 'paljon', 'vähän', 'yhtään', 'kovin', 'hyvin', 'kanssa', 'jotenkin', 'esim', 'esimerkiksi', 'muka', 'siis', 'kai',
  // Everyday verbs that frame a need rather than name it (riittää, saada, voida, tarvita, haluta,
  // löytää, tietää, osata, pitää, tehdä, etsiä, päästä), in the forms of a request.
  'riitä', 'riittää', 'riittävät', 'saa', 'saan', 'saada', 'sais', 'saisin', 'voi', 'voin', 'voisin', 'voida', 'voisi',
  'tarvitsen', 'tarviin', 'tarvitaan', 'tarvitsisin', 'haluan', 'haluaisin', 'halua', 'löydä', 'löydän', 'löytää', 'löytyy', 'löydy',
  'tiedä', 'tiedän', 'tietää', 'osaa', 'osaan', 'pitää', 'pitäisi', 'pitäis', 'pitäiskö', 'täytyy', 'teen', 'tehdä',
  'etsin', 'etsiä', 'pääse', 'pääsen', 'päästä', 'mennä', 'menen', 'tulee', 'tule',
];

// Grouped by kind, a line per group.
// prettier-ignore
const SWEDISH = [
  'jag', 'du', 'han', 'hon', 'vi', 'ni', 'de', 'mig', 'mitt', 'min', 'mina', 'det', 'den', 'är', 'var', 'har', 'hade', 'inte',
  'och', 'eller', 'men', 'att', 'om', 'när', 'som', 'för', 'till', 'med', 'på', 'av', 'i', 'hur', 'vad', 'vem',
  'kan', 'får', 'vill', 'behöver', 'måste', 'ska', 'räcker', 'hittar', 'vet', 'någon', 'något', 'inget', 'ingen', 'också', 'bara',
];

// Grouped by kind, a line per group.
// prettier-ignore
const ENGLISH = [
  'i', 'me', 'my', 'you', 'your', 'he', 'she', 'we', 'they', 'it', 'is', 'am', 'are', 'was', 'be', 'been', 'have', 'has', 'do',
  'does', 'did', "don't", "doesn't", 'not', 'no', 'and', 'or', 'but', 'that', 'if', 'when', 'the', 'a', 'an', 'of', 'to', 'for',
  'in', 'on', 'with', 'how', 'where', 'what', 'who', 'can', 'get', 'need', 'want', 'find', 'enough', 'any', 'some', 'also', 'just',
];

const STOP_WORDS: Record<Locale, ReadonlySet<string>> = {
  fi: new Set(FINNISH),
  sv: new Set(SWEDISH),
  en: new Set(ENGLISH),
};

/** Whether a lower-cased word carries no topic in a query of this language. */
export function isStopWord(word: string, locale: Locale): boolean {
  return STOP_WORDS[locale].has(word);
}
