// A tiny static file server for a built site, behaving like a production host: directory URLs
// serve index.html, unknown paths get 404.html with status 404, text is gzip-compressed, and the
// site's `_headers` file (public/_headers) is applied. Used by `npm run audit` and the e2e specs
// that need real response headers or a second site next to the preview server.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  // The CMS reads /admin/config.yml only when it is served as YAML.
  '.yml': 'text/yaml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
  /** Headers this rule drops from the broader rules that also match ("! Name", Cloudflare Pages syntax). */
  detach: string[];
}

/**
 * Parses the Netlify / Cloudflare Pages `_headers` format: an unindented URL pattern (`*` matches
 * anything) followed by indented `Name: value` lines; `#` starts a comment.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
    if (rule && detach) {
      rule.detach.push((detach[1] ?? '').toLowerCase());
      continue;
    }
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers: a header line must follow a path and read "Name: value": ${line.trim()}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * Every header that applies to a URL path, later rules adding to earlier ones. A header a matching
 * rule detaches comes only from the rules that detach it.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
  const matching = rules.filter((rule) => rule.pattern.test(path));
  const detached = new Set(matching.flatMap((rule) => rule.detach));
  return matching.flatMap((rule) => rule.headers.filter(([name]) => !detached.has(name.toLowerCase()) || rule.detach.includes(name.toLowerCase())));
}

export interface StaticServer {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:41234 */
  origin: string;
  close(): Promise<void>;
}

export async function serveStatic(folder: string, { port = 0, host = '127.0.0.1', applyHeaders = true } = {}): Promise<StaticServer> {
  const root = resolve(folder);
  const headersFile = join(root, '_headers');
  const rules = applyHeaders && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

  const send = (request: IncomingMessage, response: ServerResponse, status: number, file: string, path: string) => {
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body = readFileSync(file);
    response.setHeader('Content-Type', type);
    for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      response.setHeader('Content-Encoding', 'gzip');
      response.setHeader('Vary', 'Accept-Encoding');
    }
    response.setHeader('Content-Length', body.length);
    response.writeHead(status);
    response.end(request.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = '/';
    }
    const file = normalize(join(root, path));
    const inside = file === root || file.startsWith(root.endsWith(sep) ? root : root + sep);
    if (inside && existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        response.end();
        return;
      }
      const index = join(file, 'index.html');
      if (existsSync(index)) return send(request, response, 200, index, path);
    } else if (inside && existsSync(file) && !path.split('/').includes('_headers')) {
      return send(request, response, 200, file, path);
    }
    const notFound = join(root, '404.html');
    if (existsSync(notFound)) return send(request, response, 404, notFound, path);
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('404');
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const address = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
