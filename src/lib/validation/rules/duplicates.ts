// Two files of a collection with the same id (foo.md and foo.mdx) or the same title.
import { CONTENT_MODEL } from '../../../content-model.ts';
import type { ContentIssue } from '../issues.ts';
import { rawString, type LoadedEntry } from '../parse-entry.ts';
import type { ContentRule, FolderName } from '../content-context.ts';

export const uniqueIdsAndTitles: ContentRule = {
  name: 'unique-ids-and-titles',
  check: ({ entries, translations }) =>
    (Object.keys(entries) as FolderName[]).flatMap((name) => {
      const { titleField } = CONTENT_MODEL[name];
      const translated = name === 'services' || name === 'pages' ? [...translations[name].values()] : [];
      return [checkDuplicates(entries[name], titleField), ...translated.map((group) => checkDuplicates(group, 'title'))].flat();
    }),
};

/**
 * Two files whose ids collide (foo.md and foo.mdx), or two entries with the same title. Each file
 * of a clash gets its own problem naming the others, so whichever file an editor opens shows it.
 */
export function checkDuplicates(entries: LoadedEntry<unknown>[], titleField: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const clashes = (key: (entry: LoadedEntry<unknown>) => string | undefined) => {
    const groups = new Map<string, LoadedEntry<unknown>[]>();
    for (const entry of entries) {
      const value = key(entry);
      if (value) groups.set(value, [...(groups.get(value) ?? []), entry]);
    }
    return [...groups.values()].filter((group) => group.length > 1);
  };
  const others = (group: LoadedEntry<unknown>[], entry: LoadedEntry<unknown>) =>
    group
      .filter((other) => other !== entry)
      .map((other) => other.source.file)
      .join(', ');
  for (const group of clashes((entry) => entry.id)) {
    for (const entry of group) {
      issues.push({
        file: entry.source.file,
        line: 1,
        field: '(tunniste)',
        severity: 'error',
        message: `Tunniste "${entry.id}" on käytössä myös tiedostossa ${others(group, entry)}. Jokaisella tiedostolla on oma nimi: poista ylimääräinen tai nimeä toinen uudelleen.`,
      });
    }
  }
  for (const group of clashes((entry) => rawString(entry.raw, titleField)?.trim().toLocaleLowerCase('fi'))) {
    for (const entry of group) {
      issues.push({
        file: entry.source.file,
        line: entry.source.lineOf([titleField]),
        field: titleField,
        severity: 'error',
        message: `Sama nimi on myös tiedostossa ${others(group, entry)}. Anna nimi, josta ne erottaa toisistaan (esimerkiksi kunta tai kohderyhmä nimeen).`,
      });
    }
  }
  return issues;
}
