// Builds a generated region of 1,000 services (the real region's providers, pages and settings,
// synthetic services) into .build/large, so the page-weight budget is checked at a real region's
// size and not only on the content folder of today. Used by `npm run build:large`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { writeSyntheticContent } from '../bench/synthetic.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const COUNT = Number(process.env.TT_LARGE_COUNT ?? 1000);
const CONTENT = join(ROOT, '.build', 'large-content');
const OUT = join(ROOT, '.build', 'large');

writeSyntheticContent({ source: join(ROOT, 'content'), target: CONTENT, count: COUNT });
console.log(`Generoitu ${COUNT} palvelun sisältö: ${CONTENT}`);
const result = spawnSync('npm', ['run', 'build'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, TT_CONTENT_DIR: CONTENT, TT_OUT_DIR: OUT, TT_CACHE_DIR: join(ROOT, '.build', 'large-cache') },
});
process.exit(result.status ?? 1);
