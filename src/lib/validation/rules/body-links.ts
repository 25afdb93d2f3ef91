// Links in bodies use safe schemes, working mailto: and tel: targets and texts that say where they
// go; bodies hold no scripts, imports or other code (../body-safety.ts).
import { normalisePhone } from '../../../schemas/channel.ts';
import { SAFE_SCHEMES } from '../../../schemas/common.ts';
import { checkBodySafety } from '../body-safety.ts';
import { allEntries, type ContentRule } from '../content-context.ts';
import type { ContentIssue } from '../issues.ts';
import { isVagueLinkText } from '../link-text.ts';
import type { SourceFile } from '../source-file.ts';

export const bodyLinks: ContentRule = {
  name: 'body-links',
  check: (context) =>
    allEntries(context)
      .filter(({ source }) => /\.mdx?$/i.test(source.file))
      .flatMap(({ source }) => {
        const linkIssues = checkBodyLinks(source);
        return [...linkIssues, ...checkBodySafety(source, linkIssues)];
      }),
};

const LINK_IN_BODY = /\]\(\s*<?([^)\s>]+)|\b(?:href|src)\s*=\s*["'{]\s*["']?([^"'}\s]+)/g;
const LINK_TEXT_IN_BODY = /(?<!!)\[([^\]\n]+)\]\(|<a\b[^>]*>([^<]*)<\/a>/g;

/**
 * Links in the MDX body: only safe schemes or addresses inside the site, working mailto: and tel:
 * targets, and link texts that say where the link goes.
 */
export function checkBodyLinks(source: SourceFile): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const at = (index: number, message: string) =>
    issues.push({ file: source.file, line: source.bodyStartLine + index, field: '(sisältö)', severity: 'error', message });
  source.body.split('\n').forEach((lineText, index) => {
    for (const match of lineText.matchAll(LINK_IN_BODY)) {
      const target = (match[1] ?? match[2] ?? '').trim();
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target)?.[1]?.toLowerCase();
      if (scheme && !(SAFE_SCHEMES as readonly string[]).includes(`${scheme}:`)) {
        at(
          index,
          `Linkin osoite "${target.slice(0, 60)}" ei kelpaa: sallittuja ovat https:, http:, mailto: ja tel: sekä sivuston omat osoitteet (/palvelut/…).`,
        );
      } else if (
        scheme === 'mailto' &&
        !/^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i.test(decodeSafely(target.slice(7).split('?')[0] ?? ''))
      ) {
        at(index, `Sähköpostilinkin osoite "${target.slice(0, 60)}" ei ole kelvollinen. Muoto on mailto:nimi@organisaatio.fi.`);
      } else if (scheme === 'tel' && normalisePhone(decodeSafely(target.slice(4))) === undefined) {
        at(index, `Puhelinlinkin numero "${target.slice(0, 40)}" ei ole suomalainen numero. Muoto on tel:+358290413170.`);
      }
    }
    for (const match of lineText.matchAll(LINK_TEXT_IN_BODY)) {
      const text = match[1] ?? match[2] ?? '';
      if (isVagueLinkText(text)) {
        at(
          index,
          `Linkin teksti "${text.trim()}" ei kerro, mihin linkki vie. Kirjoita linkkiin kohteen nimi, esimerkiksi [Kelan työkyvyttömyyseläke](https://www.kela.fi/…).`,
        );
      }
    }
  });
  return issues;
}

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
