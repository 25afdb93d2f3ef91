// Astro compiles .mdx bodies with satteri; a stray `{`, an HTML comment or an e-mail address in
// <angle brackets> would stop the whole build with an English message.
import { mdxToMdast } from 'satteri';
import { allEntries, type ContentRule } from '../content-context.ts';
import type { ContentIssue } from '../issues.ts';
import type { SourceFile } from '../source-file.ts';

export const mdxCompiles: ContentRule = {
  name: 'mdx-compiles',
  check: (context) => allEntries(context).flatMap(({ source }) => checkMdxBody(source)),
};

/**
 * The MDX body must compile: Astro renders .mdx with satteri, and a stray `{`, an HTML comment
 * or an e-mail address in <angle brackets> stops the whole build with an English message.
 */
export function checkMdxBody(source: SourceFile): ContentIssue[] {
  if (!/\.mdx$/i.test(source.file) || source.body.trim() === '') return [];
  try {
    mdxToMdast(source.body, { features: { gfm: true } });
    return [];
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const position = /^(\d+):(\d+)/.exec(text);
    const line = position ? source.bodyStartLine + Number(position[1]) - 1 : source.bodyStartLine;
    return [{ file: source.file, line, field: '(sisältö)', severity: 'error', message: describeMdxError(text) }];
  }
}

/** A Finnish explanation of an MDX syntax error, with the usual fix. */
export function describeMdxError(message: string): string {
  if (/comment/i.test(message) && /`!`/.test(message)) {
    return 'HTML-kommentti <!-- … --> ei toimi MDX-tiedostossa. Poista kommentti tai kirjoita se muotoon {/* kommentti */}.';
  }
  if (/to create a link in MDX/i.test(message)) {
    return 'Kulmasulkeissa < > oleva osoite ei toimi MDX-tiedostossa. Kirjoita linkki muotoon [Kelan verkkosivut](https://www.kela.fi/) tai sähköposti muotoon [nimi@esimerkki.fi](mailto:nimi@esimerkki.fi).';
  }
  if (/brace|expression/i.test(message)) {
    return 'Aaltosulje { tai } tekstissä sekoittaa MDX-muodon. Poista aaltosulkeet tai kirjoita niiden eteen kenoviiva: \\{ ja \\}.';
  }
  if (/closing tag|end tag|opening tag/i.test(message)) {
    return 'HTML-tagi jää sulkematta tai sulkeutuu väärin. Käytä Markdown-muotoilua (**lihavointi**, - luettelo) HTML-tagien sijaan.';
  }
  if (/before name|after `<`|JSX/i.test(message)) {
    return 'Merkki < aloittaa MDX-tiedostossa tagin. Kirjoita "alle" tai "vähemmän kuin", tai kirjoita merkin eteen kenoviiva: \\<.';
  }
  return `Tekstin muotoilu on rikki, eikä sivua voi koota. Tarkista rivin merkit < > { } (tekninen syy: ${message.replace(/\s*\(mdx[^)]*\)\s*$/, '').slice(0, 160)}).`;
}
