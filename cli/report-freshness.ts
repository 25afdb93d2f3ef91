// npm run report:freshness: services by the date their details were last checked, those older
// than 12 months first, with their owner. `-- --markdown` prints a table for a pull-request comment.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/content-dir.ts';
import { freshnessMarkdown, freshnessRows, freshnessText } from '../src/lib/validation/freshness.ts';
import { isContentFolder, validateContent } from '../src/node/validation/validate-content.ts';

const { values } = parseArgs({ options: { markdown: { type: 'boolean' } } });
const dir = contentDir();
if (!isContentFolder(dir)) {
  console.error(`Sisältökansiota ${dir} ei löydy. Aja komento projektin juurikansiossa tai tarkista TT_CONTENT_DIR.`);
  process.exit(1);
}

const now = new Date();
const result = validateContent({ contentDir: dir, now });
const files = readdirSync(join(dir, 'services')).filter((name) => /\.mdx?$/.test(name)).length;
const rows = freshnessRows(result.services, now);
const skipped = Math.max(0, files - rows.length);
process.stdout.write(values.markdown ? freshnessMarkdown(rows, now, skipped) : freshnessText(rows, now, skipped));
