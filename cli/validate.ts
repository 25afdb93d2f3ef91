// npm run validate: checks all content without building the site and lists every problem at once,
// as `file:line: field — message` in Finnish. Exit code 1 when there is at least one error;
// warnings alone do not fail. The build runs the same check (src/build/content-guard.ts).
import { relative } from 'node:path';
import { contentDir } from '../src/content-dir.ts';
import { formatIssue, summarise } from '../src/lib/validation/issues.ts';
import { isContentFolder, validateContent } from '../src/node/validation/validate-content.ts';

const dir = contentDir();
if (!isContentFolder(dir)) {
  console.error(`Sisältökansiota ${dir} ei löydy. Aja komento projektin juurikansiossa tai tarkista TT_CONTENT_DIR.`);
  process.exit(1);
}

const result = validateContent({ contentDir: dir });
for (const issue of result.issues) console.log(formatIssue(issue));
const errors = result.errors.length;
console.log(
  `\nTarkistettu ${relative(process.cwd(), dir) || dir}: ${result.services.length} palvelua, ${result.providers.length} toimijaa, ${result.areas.length} elämänaluetta. ${summarise(result.issues)}.`,
);
if (errors > 0) console.log('Korjaa virheet: rivin alussa on tiedosto ja rivinumero, sitten kenttä ja ohje. Ohjeet: CONTRIBUTING.md.');
process.exitCode = errors > 0 ? 1 : 0;
