// The one way tests read a content file's data: a .yaml file whole, a .md/.mdx file's frontmatter,
// parsed exactly as the validator parses it (src/lib/validation/source-file.ts). A file the
// validator could not read fails the test with the validator's own message.
import { readFileSync } from 'node:fs';
import { formatIssue } from '../../src/lib/validation/issues.ts';
import { readSourceFile } from '../../src/lib/validation/source-file.ts';

/** The YAML data of a content file, unvalidated (the tests compare it with what the pages show). */
export function contentData<T = Record<string, unknown>>(file: string): T {
  const source = readSourceFile(file, readFileSync(file, 'utf8'), /\.ya?ml$/i.test(file) ? 'yaml' : 'mdx');
  if (source.data === undefined || source.problems.length > 0) {
    throw new Error(`${file} could not be read: ${source.problems.map(formatIssue).join('; ')}`);
  }
  return (source.data ?? {}) as T;
}
