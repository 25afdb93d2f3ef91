// Link hygiene of the built site: broken internal links (pages, assets, #fragments) and vague link
// texts ("lue lisää", "klikkaa tästä"). Usage: node cli/check-links.ts [dist folder]
// (default TT_OUT_DIR or dist). The same check runs in `npm test` as tests/e2e/links.spec.ts.
import { existsSync } from 'node:fs';
import { checkBuiltSite, formatLinkProblem } from '../src/build/built-links.ts';

const dist = process.argv[2] ?? process.env['TT_OUT_DIR'] ?? 'dist';
if (!existsSync(dist)) {
  console.error(`Kansiota ${dist} ei ole. Kokoa sivusto ensin: npm run build.`);
  process.exit(1);
}
const report = checkBuiltSite(dist);
for (const problem of report.problems) console.log(formatLinkProblem(problem));
console.log(`\n${report.pages} sivua, ${report.links} linkkiä, ${report.problems.length} ongelmaa.`);
process.exitCode = report.problems.length > 0 || report.pages === 0 ? 1 : 0;
