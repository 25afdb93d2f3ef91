// PTV JSON from files: --file (one or more files) and --dir (every *.json in a folder, sorted).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { addJsonText, emptyData, type PtvData } from '../../lib/ptv/input.ts';

export function readPtvFiles(paths: readonly string[], into: PtvData = emptyData()): PtvData {
  for (const path of paths) {
    if (!existsSync(path)) {
      into.problems.push({ where: path, message: 'Tiedostoa ei löydy.' });
      continue;
    }
    if (statSync(path).isDirectory()) {
      const files = readdirSync(path)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => join(path, name));
      if (files.length === 0) into.problems.push({ where: path, message: 'Kansiossa ei ole .json-tiedostoja.' });
      readPtvFiles(files, into);
      continue;
    }
    addJsonText(into, readFileSync(path, 'utf8'), path);
  }
  return into;
}
