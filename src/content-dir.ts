// Where the region's content lives. One region = one content folder; TT_CONTENT_DIR picks another
// (the benchmark and the test fixtures use this), relative to the project root.
import { isAbsolute, resolve } from 'node:path';

export const CONTENT_DIR_ENV = 'TT_CONTENT_DIR';

export function contentDir(root: string = process.cwd()): string {
  const configured = process.env[CONTENT_DIR_ENV] ?? 'content';
  return isAbsolute(configured) ? configured : resolve(root, configured);
}
