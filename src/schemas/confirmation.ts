// Confirmation of a service by its owner (Tiedot vahvistettu): who confirmed, as a role, and when.
// A role is public and lasts; a person's name is private data and goes out of date, so the schema
// rejects values that look like one.

/** Words that make a capitalised pair an organisation rather than a person ("Esimerkki Ry"). */
const ORGANISATION_WORDS = new Set(['ry', 'oy', 'ab', 'ltd', 'rf', 'oyj', 'ky', 'säätiö', 'kaupunki', 'kunta', 'seurakunta']);

/** A capitalised given name or surname, double names included: "Anna-Liisa", "Meikäläinen". */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * True when a value reads like a private person's name: two or three capitalised words and nothing
 * else ("Matti Meikäläinen", "Anna-Liisa Virtanen"). A role has a common noun in lower case
 * ("palveluvastaava", "Kaupungin työpaja, vastaava ohjaaja") and passes.
 */
export function looksLikePersonName(value: string): boolean {
  const words = value.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3) return false;
  return words.every((word) => NAME_WORD.test(word) && !ORGANISATION_WORDS.has(word.toLocaleLowerCase('fi')));
}

/** True when a value carries contact details (an e-mail address or a phone number), which a role never needs. */
export function containsContactDetails(value: string): boolean {
  return value.includes('@') || /\d[\d\s-]{5,}\d/.test(value);
}

export const ROLE_EXAMPLE = '"palveluvastaava" tai "työpajan vastaava ohjaaja"';

/** The Finnish message for a confirmer that is not a role, or undefined when the value is fine. */
export function confirmerProblem(value: string): string | undefined {
  if (containsContactDetails(value)) {
    return `Vahvistajaan (confirmedBy) ei kirjoiteta sähköpostiosoitetta eikä puhelinnumeroa. Kirjoita vain rooli tai yksikkö, esimerkiksi ${ROLE_EXAMPLE}.`;
  }
  if (looksLikePersonName(value)) {
    return `"${value}" näyttää henkilön nimeltä. Vahvistajaksi (confirmedBy) kirjoitetaan rooli tai yksikkö, ei henkilön nimeä, koska nimi on henkilötieto ja vanhenee, kun ihminen vaihtaa tehtävää. Kirjoita esimerkiksi ${ROLE_EXAMPLE}.`;
  }
  return undefined;
}
