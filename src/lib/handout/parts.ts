// A piece of text with the language it is written in, when that differs from the block around it
// (a Finnish-only note on a Swedish or English handout gets lang="fi", WCAG 3.1.2).
import type { Locale } from '../../i18n/locales.ts';

export interface Part {
  text: string;
  /** Set only when the text is not in the reader's language. */
  lang?: Locale;
}

/** A part written in `written`, read by someone reading `reader`: lang only when they differ. */
export function part(text: string, written: Locale, reader: Locale): Part {
  return written === reader ? { text } : { text, lang: written };
}

/** Whether any of the parts is in another language than the reader's (the handout then says so). */
export function hasForeignPart(parts: readonly (Part | undefined)[]): boolean {
  return parts.some((item) => item?.lang !== undefined);
}
