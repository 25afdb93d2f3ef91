// npm run ptv:import: writes draft services and providers from Palvelutietovaranto (PTV) open-API
// v11 data into a content folder. Without network: --file / --dir with PTV JSON. With network:
// --organization <id>, --area <Municipality|Region|…> --code <code>, or --service <id>[,<id>…].
//   npm run ptv:import -- --dir tests/fixtures/ptv/v11 --out /tmp/alue
// Exit status 1 when the input had malformed items or nothing could be read.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/content-dir.ts';
import { fetchSelection, type PtvSelection } from '../src/lib/ptv/api.ts';
import { readPtvFiles } from '../src/node/ptv/files.ts';
import { runImport } from '../src/node/ptv/import.ts';
import { formatImportReport } from '../src/lib/ptv/import-report.ts';
import type { PtvData } from '../src/lib/ptv/input.ts';

const USAGE = `Käyttö:
  npm run ptv:import -- --file palvelut.json [--file kanavat.json] [--out content]
  npm run ptv:import -- --dir kansio-jossa-ptv-json [--out content]
  npm run ptv:import -- --organization <PTV-organisaation tunniste>     (verkko)
  npm run ptv:import -- --area Municipality --code 405                  (verkko)
  npm run ptv:import -- --service <tunniste>[,<tunniste>…]              (verkko)`;

let args;
try {
  ({ values: args } = parseArgs({
    options: {
      file: { type: 'string', multiple: true },
      dir: { type: 'string', multiple: true },
      out: { type: 'string' },
      organization: { type: 'string' },
      area: { type: 'string' },
      code: { type: 'string' },
      service: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

let data: PtvData;
const files = [...(args.file ?? []), ...(args.dir ?? [])];
if (files.length > 0) data = readPtvFiles(files);
else {
  let selection: PtvSelection | undefined;
  if (args.organization) selection = { organization: args.organization };
  else if (args.area && args.code) selection = { area: args.area, code: args.code };
  else if (args.service)
    selection = {
      services: args.service
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    };
  if (!selection) {
    console.error(`Kerro, mistä tuodaan: --file, --dir, --organization, --area ja --code tai --service.\n${USAGE}`);
    process.exit(2);
  }
  try {
    data = await fetchSelection(selection);
  } catch (error) {
    console.error(
      `PTV:n rajapintaa ei tavoitettu: ${error instanceof Error ? error.message : String(error)}. Käytä tarvittaessa --file tai --dir.`,
    );
    process.exit(1);
  }
}

const out = args.out ? resolve(args.out) : contentDir();
const report = runImport({ contentDir: out, data, now: new Date() });
console.log(formatImportReport(report));
if (report.files.some((file) => file.action === 'luotu' || file.action === 'päivitetty'))
  console.log('Tarkista tulos: npm run validate (TT_CONTENT_DIR osoittaa kansioon, jos se ei ole content).');
process.exitCode = report.problems.length > 0 || (data.services.length === 0 && data.channels.length === 0) ? 1 : 0;
