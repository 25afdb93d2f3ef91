// Rules for a service's texts in every language: search keywords, review dates, the body's
// headings and the easy-to-read summary.
import { isStale } from '../../dates.ts';
import { checkBodyHeadings } from '../body-headings.ts';
import { checkPlainSummary } from '../plain-language.ts';
import type { ContentIssue } from '../issues.ts';
import type { ContentContext, ContentRule } from '../content-context.ts';

/** Warning: a service without keywords is hard to find in the search. */
export const serviceKeywords: ContentRule = {
  name: 'service-keywords',
  check: ({ entries }) =>
    entries.services.flatMap(({ source, data }) =>
      data && data.keywords.length === 0
        ? [
            {
              file: source.file,
              line: source.lineOf(['title']),
              field: 'keywords',
              severity: 'warning' as const,
              message:
                'Hakusanat puuttuvat. Lisää sanoja, joilla ihmiset etsivät palvelua (arkikieli, taivutusmuodot), esimerkiksi keywords: [mielenterveys, jaksaminen, masennus].',
            },
          ]
        : [],
    ),
};

/** Warning: a service not reviewed, or not confirmed by its owner, for over a year. */
export const serviceFreshness: ContentRule = {
  name: 'service-freshness',
  check: ({ entries, now }) =>
    entries.services.flatMap(({ source, data }) => {
      if (!data) return [];
      const issues: ContentIssue[] = [];
      if (isStale(data.lastReviewed, now)) {
        issues.push({
          file: source.file,
          line: source.lineOf(['lastReviewed']),
          field: 'lastReviewed',
          severity: 'warning',
          message: 'Tietoja ei ole tarkistettu yli vuoteen. Tarkista palvelun tiedot ja päivitä päivämäärä.',
        });
      }
      if (data.status === 'vahvistettu' && data.confirmedOn && isStale(data.confirmedOn, now)) {
        issues.push({
          file: source.file,
          line: source.lineOf(['confirmedOn']),
          field: 'confirmedOn',
          severity: 'warning',
          message:
            'Palvelun ylläpitäjä vahvisti tiedot yli 12 kuukautta sitten. Pyydä ylläpitäjää tarkistamaan tiedot uudelleen (npm run report:review) ja päivitä confirmedOn.',
        });
      }
      return issues;
    }),
};

/** Warning: a service body with # or ## headings (the page has those), or no body at all. */
export const serviceBody: ContentRule = {
  name: 'service-body',
  check: ({ entries }) =>
    entries.services.flatMap(({ source, data }) => {
      if (!data) return [];
      const issues: ContentIssue[] = [];
      const heading = source.body.split('\n').findIndex((line) => /^#{1,2}\s/.test(line));
      if (heading !== -1) {
        issues.push({
          file: source.file,
          line: source.bodyStartLine + heading,
          field: '(sisältö)',
          severity: 'warning',
          message:
            'Väliotsikko on liian ylätasoa: palvelusivulla on jo otsikot # ja ##. Aloita väliotsikot kolmella risuaidalla, esimerkiksi ### Miten palvelu etenee.',
        });
      }
      if (source.body.trim() === '') {
        issues.push({
          file: source.file,
          line: source.bodyStartLine,
          field: '(sisältö)',
          severity: 'warning',
          message: 'Palvelun kuvaus puuttuu. Kirjoita tietolohkon (---) jälkeen muutama kappale siitä, mitä palvelussa tehdään.',
        });
      }
      return issues;
    }),
};

/** Each service file with its language: the Finnish master and its sv/en translations. */
function servicesByLanguage({ entries, translations }: ContentContext) {
  return [
    ...entries.services.map((entry) => ({ entry, locale: 'fi' as const })),
    ...[...translations.services].flatMap(([locale, group]) => group.map((entry) => ({ entry, locale }))),
  ];
}

/** Bodies do not repeat the service page's own section headings, in any language. */
export const serviceBodyHeadings: ContentRule = {
  name: 'service-body-headings',
  check: (context) => servicesByLanguage(context).flatMap(({ entry, locale }) => checkBodyHeadings(entry.source, locale)),
};

/** Easy-to-read summaries are measured in every language they are written in. */
export const plainSummary: ContentRule = {
  name: 'plain-summary',
  check: (context) => servicesByLanguage(context).flatMap(({ entry, locale }) => checkPlainSummary(entry.source, entry.raw, locale)),
};
