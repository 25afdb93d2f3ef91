// The file name is the entry's id, and ids are kebab-case (it becomes the page address).
import { checkIdFormat } from '../file-names.ts';
import { allEntries, type ContentRule } from '../content-context.ts';

export const fileIds: ContentRule = {
  name: 'file-ids',
  check: (context) => allEntries(context).flatMap(({ source }) => checkIdFormat(source)),
};
