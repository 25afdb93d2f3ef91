// npm run validate: checks all content without building the site and lists every problem at once.
// Exit code 1 when there is at least one error; warnings alone do not fail.
import { contentDir } from '../src/content-dir.ts';
import { formatIssue, summarise } from '../src/lib/validation/issues.ts';
import { validateContent } from '../src/lib/validation/validate-content.ts';

const result = validateContent({ contentDir: contentDir() });
for (const issue of result.issues) console.log(formatIssue(issue));
console.log(
  `\nTarkistettu: ${result.services.length} palvelua, ${result.providers.length} toimijaa, ${result.areas.length} elämänaluetta. ${summarise(result.issues)}.`,
);
process.exitCode = result.errors.length > 0 ? 1 : 0;
