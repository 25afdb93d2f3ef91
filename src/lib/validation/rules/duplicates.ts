// Two files of a collection with the same id (foo.md and foo.mdx) or the same title.
import { CONTENT_MODEL } from '../../../content-model.ts';
import { checkDuplicates } from '../check-entries.ts';
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
