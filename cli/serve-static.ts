// Command-line front for cli/serve/static-server.ts, used as Playwright's web server: serves a
// built site folder with directory indexes and the site's own 404 page. Used instead of
// `astro preview`, which in Astro 7 allows one preview per project and would clash with a
// developer's running `npm start`. The meta CSP of each page applies as in any host; the
// `_headers` file is exercised separately by tests/e2e/security-headers.spec.ts.
// Usage: node cli/serve-static.ts <folder> <port>
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from './serve/static-server.ts';

const [folder = 'dist', portText = '4329'] = process.argv.slice(2);
const root = resolve(folder);
if (!existsSync(root)) {
  console.error(`${root} puuttuu: aja ensin npm run build.`);
  process.exit(1);
}
const server = await serveStatic(root, { port: Number(portText), applyHeaders: false });
console.log(`Serving ${root} on ${server.origin}/`);
