// npm run report:translations: which services lack a Swedish or English text or a selkokieli summary,
// and which static pages lack sv/en. `-- --markdown` prints tables for a pull-request comment.
import { existsSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/content-dir.ts';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../src/schemas/translation.ts';
import { pageTranslationRows, translationMarkdown, translationRows, translationText } from '../src/lib/reports/translation-status.ts';
import { isContentFolder, validateContent } from '../src/node/validation/validate-content.ts';

const { values } = parseArgs({ options: { markdown: { type: 'boolean' } } });
const dir = contentDir();
if (!isContentFolder(dir)) {
  console.error(`Sisältökansiota ${dir} ei löydy. Aja komento projektin juurikansiossa tai tarkista TT_CONTENT_DIR.`);
  process.exit(1);
}

/** Ids of the .md/.mdx files directly in a folder (no sub-folders, no dotfiles). */
function idsIn(folder: string): Set<string> {
  if (!existsSync(folder)) return new Set();
  return new Set(
    readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && /\.mdx?$/.test(entry.name))
      .map((entry) => basename(entry.name, extname(entry.name))),
  );
}

const translatedIn = (collection: string) =>
  Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, idsIn(join(dir, collection, locale))])) as Record<
    TranslatedLocale,
    Set<string>
  >;

const result = validateContent({ contentDir: dir });
const rows = translationRows(result.services, translatedIn('services'));
const pages = pageTranslationRows([...idsIn(join(dir, 'pages'))], translatedIn('pages'));
const skipped = Math.max(0, idsIn(join(dir, 'services')).size - rows.length);
process.stdout.write(values.markdown ? translationMarkdown(rows, pages, skipped) : translationText(rows, pages, skipped));
