// Link texts that say nothing out of context ("lue lisää", "klikkaa tästä"). Screen-reader users
// often list a page's links on their own, so a link text must tell where it goes (WCAG 2.4.4).
// Shared by the content validator (Markdown links) and the check of the built site.

/** Whole link texts that are too vague, after lower-casing and trimming punctuation. */
export const VAGUE_LINK_TEXTS: readonly string[] = [
  'lue lisää',
  'lue lisää tästä',
  'lisää',
  'lisätietoa',
  'lisätietoja',
  'klikkaa',
  'klikkaa tästä',
  'klikkaa täältä',
  'klikkaa tätä',
  'paina tästä',
  'tästä',
  'täältä',
  'tässä',
  'tänne',
  'linkki',
  'tämä linkki',
  'linkistä',
  'läs mer',
  'klicka här',
  'här',
  'read more',
  'click here',
  'here',
  'more',
];

/** Lower-case, single spaces, no punctuation or arrows around the words. */
export function normaliseLinkText(text: string): string {
  return text
    .toLocaleLowerCase('fi')
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .trim();
}

/** True when the text alone does not tell where the link goes. */
export function isVagueLinkText(text: string): boolean {
  const normalised = normaliseLinkText(text);
  return VAGUE_LINK_TEXTS.includes(normalised) || /^klikkaa\b/u.test(normalised);
}
