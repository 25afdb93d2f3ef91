// Keeps the contact-source register (content/contact-sources.yaml) true after an import: every
// contact the imported files give gets an entry whose source is the PTV open-API address it came
// from, and entries the importer added earlier (source on the PTV API) that no content uses any more
// are removed, so the validator's register rule holds without hand work.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument, isSeq, isMap, type Document } from 'yaml';
import {
  channelContacts,
  findEmails,
  findPhoneNumbers,
  REGISTER_FILE,
  REGISTER_TYPES,
  type RegisterType,
} from '../../lib/validation/contact-register.ts';
import { readSourceFile } from '../../lib/validation/source-file.ts';
import { readFolder, renderYaml, writeIfChanged } from './content-files.ts';
import { fitText } from '../../lib/ptv/text.ts';
import { PTV_API, registerKey } from '../../lib/ptv/register-key.ts';

export { PTV_API, registerKey };

export interface RegisterCandidate {
  type: RegisterType;
  value: string;
  owner: string;
  source: string;
}

const isPtvSource = (source: unknown) => typeof source === 'string' && source.startsWith(PTV_API);

/** Same selection as the validator: text files at any depth, dotfiles and the register left out. */
function textFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && /\.(mdx?|ya?ml|json|txt)$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => relative(dir, path) !== REGISTER_FILE);
}

/** Every contact the content folder gives a reader, as register keys (the validator's view). */
export function usedContacts(contentDir: string): Set<string> {
  const used = new Set<string>();
  for (const path of textFiles(contentDir)) {
    const text = readFileSync(path, 'utf8');
    for (const found of findPhoneNumbers(text)) used.add(registerKey('phone', found.value));
    for (const found of findEmails(text)) used.add(registerKey('email', found.value));
  }
  for (const [folder, kind] of [
    ['services', 'md'],
    ['providers', 'yaml'],
  ] as const) {
    for (const entry of readFolder(join(contentDir, folder), kind)) {
      const source = readSourceFile(entry.path, entry.text, kind === 'md' ? 'mdx' : 'yaml');
      for (const contact of channelContacts(source, entry.data)) used.add(registerKey(contact.type, contact.value));
    }
  }
  return used;
}

export interface RegisterUpdate {
  added: number;
  removed: number;
  notes: string[];
}

const HEADER = `# Yhteystietojen lähderekisteri (ks. CONTRIBUTING.md). PTV-tuonti (npm run ptv:import) kirjaa
# tuomansa yhteystiedot tähän lähteenä PTV:n avoimen rajapinnan osoite.
`;

/**
 * Adds the candidates the content uses and the register lacks, and removes PTV-sourced entries no
 * content uses. A region without a register gets one only if every contact its content gives came
 * from PTV; otherwise creating it would fail every hand-written contact, so the editor is told instead.
 */
export function updateRegister(contentDir: string, candidates: readonly RegisterCandidate[], today: string): RegisterUpdate {
  const path = join(contentDir, REGISTER_FILE);
  const notes: string[] = [];
  const used = usedContacts(contentDir);
  const offered = new Set(candidates.map((candidate) => registerKey(candidate.type, candidate.value)));
  let doc: Document;
  if (existsSync(path)) doc = parseDocument(readFileSync(path, 'utf8'));
  else if ([...used].every((key) => offered.has(key))) doc = parseDocument(`${HEADER}contacts:\n`);
  else {
    notes.push(
      `Alueella ei ole lähderekisteriä (${REGISTER_FILE}), eikä tuonti luonut sitä, koska sisällössä on muitakin kuin PTV:stä tuotuja yhteystietoja. Luo rekisteri ja kirjaa siihen myös tuodut yhteystiedot (lähteeksi PTV:n rajapinnan osoite, esimerkiksi ${PTV_API}/ServiceChannel/<tunniste>).`,
    );
    return { added: 0, removed: 0, notes };
  }
  if (doc.errors.length > 0) {
    notes.push(
      `Lähderekisteriä ${REGISTER_FILE} ei voitu lukea (YAML-virhe); sitä ei päivitetty. Korjaa tiedosto ja aja tuonti uudelleen.`,
    );
    return { added: 0, removed: 0, notes };
  }
  let contacts = doc.get('contacts');
  if (!isSeq(contacts)) {
    doc.set('contacts', doc.createNode([]));
    contacts = doc.get('contacts');
  }
  if (!isSeq(contacts)) return { added: 0, removed: 0, notes };
  contacts.flow = false;
  const listed = new Set<string>();
  let removed = 0;
  contacts.items = contacts.items.filter((item) => {
    if (!isMap(item)) return true;
    const type = item.get('type') as RegisterType;
    const value = String(item.get('value') ?? '');
    const key = (REGISTER_TYPES as readonly string[]).includes(type) ? registerKey(type, value) : `?:${value}`;
    if (isPtvSource(item.get('source')) && !used.has(key)) {
      removed += 1;
      return false;
    }
    listed.add(key);
    return true;
  });
  let added = 0;
  for (const candidate of candidates) {
    const key = registerKey(candidate.type, candidate.value);
    if (!used.has(key) || listed.has(key)) continue;
    contacts.items.push(
      doc.createNode({
        value: candidate.value,
        type: candidate.type,
        owner: fitText(candidate.owner, 200),
        source: candidate.source,
        checked: today,
      }),
    );
    listed.add(key);
    added += 1;
  }
  if (added > 0 || removed > 0 || !existsSync(path)) writeIfChanged(path, renderYaml(doc));
  return { added, removed, notes };
}
