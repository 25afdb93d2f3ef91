// No filler from the seed mock-up, lorem ipsum or the service template's placeholders is published.
import type { ContentIssue } from '../issues.ts';
import { rawString } from '../parse-entry.ts';
import type { SourceFile } from '../source-file.ts';
import type { ContentRule } from '../content-context.ts';

/** Text fields the filler check reads from a service or a translation. */
const SERVICE_TEXTS = ['title', 'summary', 'forWhom', 'duration', 'plainSummary', 'bring'] as const;

const texts = (raw: Record<string, unknown>) => SERVICE_TEXTS.map((key) => rawString(raw, key) ?? '');

export const noFiller: ContentRule = {
  name: 'no-filler',
  check: ({ entries, translations }) => {
    const translated = [...translations.services.values(), ...translations.pages.values()].flat();
    return [
      ...[...entries.services, ...translated].flatMap(({ source, raw }) => checkFiller(source, texts(raw))),
      ...[...entries.paths, ...entries.models, ...entries.pages, ...entries.faq, ...entries.news].flatMap(({ source }) =>
        checkFiller(source, []),
      ),
    ];
  },
};

/** Filler from the seed mock-up and lorem ipsum must never be published. */
const FILLER = [/lorem ipsum/i, /tarjoaa laulua ja soittoa/i, /dolor sit amet/i];

/** Marks the parts of the `npm run new:service` template that the editor must replace. */
export const TEMPLATE_PLACEHOLDER = 'TÄYTÄ';

export function checkFiller(source: SourceFile, texts: readonly string[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const all = [source.body, ...texts].join('\n');
  const hit = FILLER.find((pattern) => pattern.test(all));
  if (hit) {
    issues.push({
      file: source.file,
      line: 1,
      field: '(sisältö)',
      severity: 'error',
      message: `Tiedostossa on täytetekstiä (${hit.source.replace(/\\/g, '')}). Kirjoita tilalle palvelun oikea kuvaus.`,
    });
  }
  const bodyLine = source.body.split('\n').findIndex((line) => line.includes(TEMPLATE_PLACEHOLDER));
  if (bodyLine !== -1) {
    issues.push({
      file: source.file,
      line: source.bodyStartLine + bodyLine,
      field: '(sisältö)',
      severity: 'error',
      message: `Mallipohjan ohjeteksti (${TEMPLATE_PLACEHOLDER}: …) on vielä paikallaan. Kirjoita sen tilalle palvelun oma teksti.`,
    });
  }
  return issues;
}
