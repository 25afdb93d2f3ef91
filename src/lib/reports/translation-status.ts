// The translation report (`npm run report:translations`): which services still lack a Swedish or
// English text or an easy-to-read Finnish summary (selkokieli), and which static pages lack sv/en.
// Text for a terminal, Markdown for a pull-request comment; the editors read it in Finnish.
import type { ServiceData } from '../../schemas/service.ts';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../../schemas/translation.ts';
import type { ParsedEntry } from '../validation/parse-entry.ts';

export interface TranslationRow {
  id: string;
  file: string;
  title: string;
  /** Has a selkokieli summary (plainSummary) in the Finnish master. */
  plainSummary: boolean;
  /** Has content/services/<locale>/<id>.md. */
  translated: Record<TranslatedLocale, boolean>;
}

export interface PageTranslationRow {
  id: string;
  translated: Record<TranslatedLocale, boolean>;
}

/** Ids of the translation files that exist, per language. */
export type TranslatedIds = Readonly<Record<TranslatedLocale, ReadonlySet<string>>>;

const LANGUAGE_NAMES: Record<TranslatedLocale, { adjective: string; inLanguage: string }> = {
  sv: { adjective: 'ruotsinkielinen', inLanguage: 'ruotsiksi' },
  en: { adjective: 'englanninkielinen', inLanguage: 'englanniksi' },
};

const gaps = (row: TranslationRow) => TRANSLATED_LOCALES.filter((locale) => !row.translated[locale]).length + (row.plainSummary ? 0 : 1);

/** One row per service, the ones with most gaps first, then by title. */
export function translationRows(
  services: readonly ParsedEntry<Pick<ServiceData, 'title' | 'plainSummary'>>[],
  translatedIds: TranslatedIds,
): TranslationRow[] {
  return services
    .map(({ id, source, data }) => ({
      id,
      file: source.file,
      title: data.title,
      plainSummary: Boolean(data.plainSummary?.trim()),
      translated: { sv: translatedIds.sv.has(id), en: translatedIds.en.has(id) },
    }))
    .sort((a, b) => gaps(b) - gaps(a) || a.title.localeCompare(b.title, 'fi'));
}

export function pageTranslationRows(pageIds: readonly string[], translatedIds: TranslatedIds): PageTranslationRow[] {
  return [...pageIds].sort().map((id) => ({ id, translated: { sv: translatedIds.sv.has(id), en: translatedIds.en.has(id) } }));
}

function headline(rows: readonly TranslationRow[]): string {
  const count = (has: (row: TranslationRow) => boolean) => `${rows.filter(has).length}/${rows.length}`;
  return `${rows.length} ${rows.length === 1 ? 'palvelu' : 'palvelua'}. Ruotsiksi ${count((row) => row.translated.sv)}, englanniksi ${count((row) => row.translated.en)}, selkokielinen tiivistelmä ${count((row) => row.plainSummary)}.`;
}

/** Plain text for the terminal: one list per kind of gap, so each can be handed to one person. */
export function translationText(rows: readonly TranslationRow[], pages: readonly PageTranslationRow[] = [], skipped = 0): string {
  const line = (row: TranslationRow) => `  ${row.title} — ${row.file}`;
  const parts = [`Käännökset ja selkokieli: ${headline(rows)}`];
  for (const locale of TRANSLATED_LOCALES) {
    const missing = rows.filter((row) => !row.translated[locale]);
    parts.push(
      '',
      `Puuttuu ${LANGUAGE_NAMES[locale].adjective} teksti (content/services/${locale}/<tunniste>.md):`,
      ...(missing.length > 0 ? missing.map(line) : ['  ei yhtään']),
    );
  }
  const plain = rows.filter((row) => !row.plainSummary);
  parts.push(
    '',
    'Puuttuu selkokielinen tiivistelmä (plainSummary suomenkielisessä tiedostossa):',
    ...(plain.length > 0 ? plain.map(line) : ['  ei yhtään']),
  );
  const untranslatedPages = pages.filter((page) => TRANSLATED_LOCALES.some((locale) => !page.translated[locale]));
  if (pages.length > 0) {
    parts.push(
      '',
      'Sivut, joilta puuttuu käännös (content/pages/<kieli>/<tunniste>.mdx):',
      ...(untranslatedPages.length > 0
        ? untranslatedPages.map(
            (page) =>
              `  ${page.id}: puuttuu ${TRANSLATED_LOCALES.filter((locale) => !page.translated[locale])
                .map((locale) => LANGUAGE_NAMES[locale].inLanguage)
                .join(' ja ')}`,
          )
        : ['  ei yhtään']),
    );
  }
  if (skipped > 0) parts.push('', `${skipped} palvelutiedostoa jäi pois, koska niissä on virheitä (katso npm run validate).`);
  return `${parts.join('\n')}\n`;
}

/** Markdown cell: no line breaks, and | would end the cell. */
const cell = (value: string) => value.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
const mark = (present: boolean) => (present ? 'on' : '**puuttuu**');

/** Markdown for a pull-request comment: one table of services, one of pages. */
export function translationMarkdown(rows: readonly TranslationRow[], pages: readonly PageTranslationRow[] = [], skipped = 0): string {
  const lines = [
    '## Käännökset ja selkokieli',
    '',
    headline(rows),
    '',
    '| Palvelu | Ruotsi | Englanti | Selkokieli | Tiedosto |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${cell(row.title)} | ${mark(row.translated.sv)} | ${mark(row.translated.en)} | ${mark(row.plainSummary)} | \`${cell(row.file)}\` |`,
    ),
  ];
  if (rows.length === 0) lines.push('| Ei palveluja | – | – | – | – |');
  if (pages.length > 0) {
    lines.push(
      '',
      '| Sivu | Ruotsi | Englanti |',
      '| --- | --- | --- |',
      ...pages.map((page) => `| ${cell(page.id)} | ${mark(page.translated.sv)} | ${mark(page.translated.en)} |`),
    );
  }
  if (skipped > 0) lines.push('', `${skipped} palvelutiedostoa jäi pois, koska niissä on virheitä (katso \`npm run validate\`).`);
  return `${lines.join('\n')}\n`;
}
