// Shared setup of the PTV tests: PTV fixture data (tests/fixtures/ptv/, written to the v11 model) and
// throw-away region folders to import it into.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { readPtvFiles } from '../../src/node/ptv/files.ts';
import type { PtvData } from '../../src/lib/ptv/input.ts';

export const PTV_FIXTURES = join(import.meta.dirname, '../fixtures/ptv');
export const FIRST = join(PTV_FIXTURES, 'v11');
export const LATER = join(PTV_FIXTURES, 'later');
export const SECOND_REGION = join(import.meta.dirname, '../fixtures/toinen-alue');
export const NOW = new Date('2026-12-02T09:00:00Z');

export const SERVICE = {
  workAbility: '5b0e4a7c-1d2f-4e3a-9b8c-000000000101',
  mentalHealth: '5b0e4a7c-1d2f-4e3a-9b8c-000000000102',
  workshop: '5b0e4a7c-1d2f-4e3a-9b8c-000000000103',
  draft: '5b0e4a7c-1d2f-4e3a-9b8c-000000000104',
  malformed: '5b0e4a7c-1d2f-4e3a-9b8c-000000000105',
} as const;
export const CHANNEL = {
  phone: '5b0e4a7c-1d2f-4e3a-9b8c-000000000201',
  location: '5b0e4a7c-1d2f-4e3a-9b8c-000000000202',
  web: '5b0e4a7c-1d2f-4e3a-9b8c-000000000203',
} as const;

export const ptvData = (dir: string = FIRST): PtvData => readPtvFiles([dir]);

export interface Region {
  dir: string;
  remove: () => void;
  /** Every file of the folder with its text, to compare before and after. */
  snapshot: () => Record<string, string>;
}

/**
 * A region folder to import into. `second`: a copy of the second fixture region (its own services,
 * providers and no register). `empty`: only the region's settings, areas and pages, plus a register
 * with the one contact site.yaml gives.
 */
export function region(kind: 'second' | 'empty'): Region {
  const dir = mkdtempSync(join(tmpdir(), 'ptv-region-'));
  if (kind === 'second') cpSync(SECOND_REGION, dir, { recursive: true });
  else {
    for (const part of ['areas', 'pages', 'site.yaml']) cpSync(join(SECOND_REGION, part), join(dir, part), { recursive: true });
    writeFileSync(
      join(dir, 'contact-sources.yaml'),
      'contacts:\n  - value: palaute@koealue.example\n    type: email\n    owner: Koealue – palaute\n    source: https://koealue.example/palaute/\n    checked: 2026-12-01\n',
    );
  }
  return {
    dir,
    remove: () => rmSync(dir, { recursive: true, force: true }),
    snapshot: () =>
      Object.fromEntries(
        readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => {
            const path = join(entry.parentPath, entry.name);
            return [relative(dir, path), readFileSync(path, 'utf8')];
          }),
      ),
  };
}
