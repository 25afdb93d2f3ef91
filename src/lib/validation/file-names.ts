// File names of content: a name is an entry's id (kebab-case, it becomes the page address), and a
// file with an extension the collection does not read would be silently ignored. Pure.
import { ID_PATTERN } from '../../schemas/common.ts';
import { idFromFile } from './parse-entry.ts';
import type { ContentIssue } from './issues.ts';
import type { SourceFile } from './source-file.ts';

export function checkIdFormat(source: SourceFile): ContentIssue[] {
  const id = idFromFile(source.file);
  if (ID_PATTERN.test(id)) return [];
  return [
    {
      file: source.file,
      line: 1,
      field: '(tiedostonimi)',
      severity: 'error',
      message: `Tiedostonimi "${id}" ei kelpaa tunnisteeksi. Käytä pieniä kirjaimia a–z, numeroita ja väliviivoja (ä → a, ö → o), esimerkiksi ${suggestId(id)}.`,
    },
  ];
}

/** Suggests a kebab-case id for a name: "Työkyvyn tuki" → "tyokyvyn-tuki". */
export function suggestId(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Files in a collection folder that the site would silently ignore (wrong extension). */
export function checkFileName(file: string, extensions: readonly string[]): ContentIssue[] {
  const name = file.split('/').pop() ?? file;
  if (extensions.some((extension) => name.endsWith(extension))) return [];
  const id = suggestId(name.replace(/\.[^.]*$/, '').replace(/\.(mdx?|ya?ml)$/i, '')) || 'uusi-palvelu';
  return [
    {
      file,
      line: 1,
      field: '(tiedostonimi)',
      severity: 'error',
      message: `Tiedostoa ei julkaista, koska sen pääte ei ole ${extensions.join(' tai ')}. Nimeä tiedosto uudelleen, esimerkiksi ${id}${extensions[0] ?? ''}.`,
    },
  ];
}
