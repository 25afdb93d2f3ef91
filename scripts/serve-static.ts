// A minimal static file server for the end-to-end tests and audits: serves a built site folder
// with directory indexes and the site's own 404 page. Used instead of `astro preview`, which in
// Astro 7 allows one preview per project and would clash with a developer's running `npm start`.
// Usage: node scripts/serve-static.ts <folder> <port>
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Maps a URL path to a file inside root, or undefined; never escapes root. */
export function resolveFile(root: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const candidate = normalize(join(root, decoded));
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

const [folder = 'dist', portText = '4329'] = process.argv.slice(2);
const root = resolve(folder);
if (!existsSync(root)) {
  console.error(`${root} puuttuu: aja ensin npm run build.`);
  process.exit(1);
}

createServer((request, response) => {
  const path = request.url ?? '/';
  const file = resolveFile(root, path);
  // /palvelut → /palvelut/ like static hosts do, so relative links resolve the same way.
  if (!file && !path.endsWith('/') && resolveFile(root, `${path}/`)) {
    response.writeHead(301, { Location: `${path}/` }).end();
    return;
  }
  const target = file ?? join(root, '404.html');
  response.writeHead(file ? 200 : 404, { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream' });
  createReadStream(target).pipe(response);
}).listen(Number(portText), '127.0.0.1', () => console.log(`Serving ${root} on http://127.0.0.1:${portText}/`));
