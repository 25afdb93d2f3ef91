// Size of the referral finder's data at a given region size, without a build: generates synthetic
// services (cli/bench/synthetic.ts), turns them into filter records as the finder does and
// prints the records file’s size (raw and gzip). The row files do not grow with the region (PAGE_SIZE rows
// each); their size is read from a build (`npm run build:large`) if one exists.
// Usage: node cli/bench/finder-data.ts [sizes…]   (default 1000 10000)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { PAGE_SIZE } from '../../src/lib/paging.ts';
import { encodeRecords } from '../../src/lib/referral/compact.ts';
import { toReferralRecord } from '../../src/lib/referral/record.ts';
import type { ServiceData } from '../../src/schemas/service.ts';
import { syntheticService } from './synthetic.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const sizes = process.argv.slice(2).map(Number).filter((size) => size > 0);
const site = parse(readFileSync(join(ROOT, 'content', 'site.yaml'), 'utf8')) as { municipalities: string[] };
const providers = readdirSync(join(ROOT, 'content', 'providers'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''));
const types = new Map(providers.map((id) => [id, String((parse(readFileSync(join(ROOT, 'content', 'providers', `${id}.yaml`), 'utf8')) as { type: string }).type)]));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const count of sizes.length > 0 ? sizes : [1000, 10000]) {
  const now = new Date();
  const records = Array.from({ length: count }, (_, index) => {
    const { id, text } = syntheticService(index + 1, count, { providers, municipalities: site.municipalities, now });
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as ServiceData;
    return toReferralRecord(id, { ...data, languages: data.languages ?? ['fi'] }, types.get(data.provider) ?? '');
  });
  const body = Buffer.from(JSON.stringify(encodeRecords(records, PAGE_SIZE)));
  console.log(`${count} palvelua: rajaukset.json ${kb(body.length)}, gzip ${kb(gzipSync(body).length)}`);
}

const rowFile = join(ROOT, '.build', 'large', 'ammattilaisille', 'rivit', '1', 'index.html');
if (existsSync(rowFile)) {
  const html = readFileSync(rowFile);
  console.log(`Rivitiedosto (${PAGE_SIZE} riviä, .build/large): ${kb(html.length)}, gzip ${kb(gzipSync(html).length)}`);
}
