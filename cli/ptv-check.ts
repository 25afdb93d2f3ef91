// npm run ptv:check: compares every service and provider that has PTV ids with PTV's current data
// and prints the differences that matter to a client (phones, e-mail and web addresses, street
// addresses, opening hours, services removed or unpublished in PTV).
//   npm run ptv:check                          PTV's open API (network)
//   npm run ptv:check -- --dir ptv-json/       PTV JSON files instead
//   --markdown      Markdown for a pull-request or issue comment
//   --fail-on-drift exit status 1 when there are differences (CI)
// Exit status 2 when PTV could not be read.
import { parseArgs } from 'node:util';
import { contentDir } from '../src/content-dir.ts';
import { fetchCurrent } from '../src/lib/ptv/api.ts';
import { checkContent, entriesWithPtv } from '../src/node/ptv/check.ts';
import { formatDriftMarkdown, formatDriftText } from '../src/lib/ptv/drift.ts';
import { readPtvFiles } from '../src/node/ptv/files.ts';
import type { PtvData } from '../src/lib/ptv/input.ts';

let args;
try {
  ({ values: args } = parseArgs({
    options: {
      file: { type: 'string', multiple: true },
      dir: { type: 'string', multiple: true },
      markdown: { type: 'boolean' },
      'fail-on-drift': { type: 'boolean' },
    },
  }));
} catch (error) {
  console.error(
    `${error instanceof Error ? error.message : String(error)}\nKäyttö: npm run ptv:check -- [--file x.json | --dir kansio] [--markdown] [--fail-on-drift]`,
  );
  process.exit(2);
}

const dir = contentDir();
const files = [...(args.file ?? []), ...(args.dir ?? [])];
let data: PtvData;
if (files.length > 0) data = readPtvFiles(files);
else {
  const entries = entriesWithPtv(dir);
  try {
    data = await fetchCurrent({
      services: entries.filter((entry) => entry.kind === 'service').map((entry) => entry.ptvId),
      channels: [...new Set(entries.flatMap((entry) => entry.channelIds))],
      organizations: entries.filter((entry) => entry.kind === 'provider').map((entry) => entry.ptvId),
    });
  } catch (error) {
    console.error(`PTV:n rajapintaa ei tavoitettu: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
for (const problem of data.problems) console.error(`VIRHE ${problem.where}: ${problem.message}`);

const { drifts, checked } = checkContent(dir, data, new Date());
console.log(args.markdown ? formatDriftMarkdown(drifts, checked) : formatDriftText(drifts, checked));
process.exitCode = drifts.length > 0 && args['fail-on-drift'] ? 1 : 0;
