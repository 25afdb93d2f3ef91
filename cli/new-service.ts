// npm run new:service: writes a complete, commented template for a new service into
// content/services/<id>.md. Asks for the name and life area, or takes them as arguments:
//   npm run new:service -- --name "Työhönvalvonta" --area mieli [--provider eksote]
// Never overwrites an existing file.
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/content-dir.ts';
import { AREA_IDS, type AreaId } from '../src/schemas/area.ts';
import { isContentFolder, validateContent } from '../src/node/validation/validate-content.ts';
import { parseArea, serviceIdFor, serviceTemplate } from '../src/lib/scaffold/service-template.ts';

const USAGE = 'Käyttö: npm run new:service -- --name "Palvelun nimi" --area mieli [--provider eksote]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let args: { name?: string | undefined; area?: string | undefined; provider?: string | undefined; help?: boolean | undefined };
try {
  ({ values: args } = parseArgs({
    options: { name: { type: 'string' }, area: { type: 'string' }, provider: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  }));
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
if (args.help) {
  console.log(`${USAGE}\nElämänalueet: ${AREA_IDS.map((id, index) => `${index + 1} ${id}`).join(', ')}`);
  process.exit(0);
}

const dir = contentDir();
if (!isContentFolder(dir)) fail(`Sisältökansiota ${dir} ei löydy. Aja komento projektin juurikansiossa.`);
const existing = validateContent({ contentDir: dir });

const interactive = process.stdin.isTTY && (args.name === undefined || args.area === undefined);
const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
const ask = async (question: string): Promise<string> => {
  if (!prompt) return '';
  try {
    return (await prompt.question(question)).trim();
  } catch {
    // Ctrl+C or Ctrl+D: stop without writing anything.
    prompt.close();
    return fail('\nKeskeytetty; tiedostoa ei luotu.');
  }
};

let name = args.name?.trim() ?? '';
while (!name) {
  if (!prompt) fail(`Anna palvelun nimi: --name "Palvelun nimi".\n${USAGE}`);
  name = await ask('Palvelun nimi (niin kuin asiakkaat sen tuntevat): ');
}

let area: AreaId | undefined = args.area === undefined ? undefined : parseArea(args.area);
if (args.area !== undefined && !area) fail(`Tuntematon elämänalue "${args.area}". Sallitut: ${AREA_IDS.join(', ')}.`);
while (!area) {
  if (!prompt) fail(`Anna elämänalue: --area ${AREA_IDS.join(' | ')}.\n${USAGE}`);
  console.log(AREA_IDS.map((id, index) => `  ${index + 1}. ${id}`).join('\n'));
  area = parseArea(await ask('Pääasiallinen elämänalue (numero tai nimi): '));
  if (!area) console.log('Valitse numero 1–7 tai kirjoita alueen nimi.');
}

let provider = args.provider?.trim();
if (provider === undefined && prompt) {
  console.log(`Toimijat: ${existing.providers.map((item) => item.id).join(', ')}`);
  provider = (await ask('Järjestäjä (toimijan tunniste, tyhjä = täytän myöhemmin): ')) || undefined;
}
prompt?.close();
if (provider && !existing.providers.some((item) => item.id === provider)) {
  console.warn(`Huom: toimijaa "${provider}" ei ole kansiossa content/providers. Lisää se tai korjaa tunniste.`);
}

const id = serviceIdFor(name);
if (!id) fail(`Nimestä "${name}" ei saa tiedostonimeä. Käytä nimessä kirjaimia tai numeroita.`);
const path = join(dir, 'services', `${id}.md`);
for (const candidate of [path, join(dir, 'services', `${id}.mdx`)]) {
  if (existsSync(candidate))
    fail(`Tiedosto ${relative(process.cwd(), candidate)} on jo olemassa, eikä sitä korvata. Muokkaa sitä tai valitse toinen nimi.`);
}
const sameTitle = existing.services.find((service) => service.data.title.toLocaleLowerCase('fi') === name.toLocaleLowerCase('fi'));
if (sameTitle)
  console.warn(`Huom: samanniminen palvelu on jo tiedostossa ${sameTitle.source.file}. Anna uudelle palvelulle nimi, josta sen erottaa.`);

const text = serviceTemplate({
  name,
  area,
  provider,
  providers: existing.providers.map((item) => ({ id: item.id, name: item.data.name })),
  municipalities: existing.site?.municipalities ?? [],
});
try {
  // "wx" fails if the file appeared meanwhile: the template never replaces anyone's work.
  writeFileSync(path, text, { flag: 'wx' });
} catch (error) {
  fail(`Tiedostoa ei voitu kirjoittaa: ${error instanceof Error ? error.message : String(error)}`);
}
const shown = relative(process.cwd(), path);
console.log(`Luotiin ${shown} (osoite /palvelu/${id}/).
Seuraavaksi:
  1. Avaa tiedosto ja täytä kaikki "" -kohdat ja [] -luettelot; ohjeet ovat #-riveillä.
  2. Kirjoita kuvaus TÄYTÄ-kohtien tilalle.
  3. Aja npm run validate ja korjaa, mitä se listaa.`);
