// npm run check: `astro check`, but fails when the checker did not actually run. Astro prints
// "The `@astrojs/check` and `typescript` packages are required" and exits 0 when @astrojs/check
// cannot be loaded (it happened on a clean install whose lock mixed two @emnapi versions), so a
// broken checker looked like a passing one. A real run ends with "Result (N files)".
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const astro = join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
const run = spawnSync(process.execPath, [astro, 'check', ...process.argv.slice(2)], { encoding: 'utf8', stdio: ['inherit', 'pipe', 'pipe'] });
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
const plain = stripVTControlCharacters(`${run.stdout}${run.stderr}`);
if (run.status !== 0) process.exit(run.status ?? 1);
if (!/Result \(\d+ files?\)/.test(plain)) {
  console.error('astro check ei käynyt tiedostoja läpi (yllä syy). Aja npm ci uudelleen; tarkista, että @astrojs/check latautuu.');
  process.exit(1);
}
