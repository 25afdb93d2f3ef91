// A service page already has its own sections ("Palvelun sisältö", "Kenelle", "Miten pääset
// palveluun", "Yhteystiedot ja asiointi", "Järjestelmät" …). A body that repeats one of them as a
// heading gives the reader the same heading twice, the second time over the wrong text; the
// validator warns and names the section the page already has.
import { useTranslations, type UiKey } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { ContentIssue } from './issues.ts';
import type { SourceFile } from './source-file.ts';

/** The service page's own headings and fact labels, and the handbook's template headings they replace. */
const PAGE_SECTIONS: readonly UiKey[] = [
  'service.content',
  'service.forWhom',
  'service.access',
  'service.duration',
  'service.cost',
  'service.contacts',
  'service.systems',
  'service.related',
  'service.facts',
  'service.plainSummary',
];
/** The handbook template's headings (Mitä / Palvelun kesto / Kenelle ja miten / Yhteystiedot …). */
const TEMPLATE_HEADINGS: Partial<Record<Locale, readonly string[]>> = {
  fi: ['Mitä', 'Palvelun kesto', 'Kenelle ja miten', 'Yhteystiedot', 'Mitkä järjestelmät asiakkaalla ja asiantuntijalla on käytössään'],
  sv: ['Kontaktuppgifter'],
  en: ['Contact details', 'Contacts'],
};

const normalise = (text: string) =>
  text
    .toLocaleLowerCase('fi')
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function checkBodyHeadings(source: SourceFile, locale: Locale): ContentIssue[] {
  const t = useTranslations(locale);
  const taken = new Set([...PAGE_SECTIONS.map((key) => normalise(t(key))), ...(TEMPLATE_HEADINGS[locale] ?? []).map(normalise)]);
  return source.body.split('\n').flatMap((line, index): ContentIssue[] => {
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined || !taken.has(normalise(heading))) return [];
    return [
      {
        file: source.file,
        line: source.bodyStartLine + index,
        field: '(sisältö)',
        severity: 'warning',
        message: `Otsikko "${heading}" toistaa sivun omaa otsikkoa: sivu näyttää sen osion itse kentistä. Poista otsikko ja sen alla toistuva teksti, tai anna otsikolle nimi, joka kertoo juuri tämän kohdan sisällön.`,
      },
    ];
  });
}
