// npm run cms: the form editor (/admin/, Decap CMS) against a local folder instead of GitHub.
// Serves the built site and forwards /api/v1 to Decap's local server (decap-server), which reads and
// writes the files. Same origin for both, so the editor's policy needs no localhost exception.
//
//   npm run cms                                   edits this working copy (content/) at http://localhost:8090/admin/
//   node cli/cms.ts --port 4401 --backend-port 8091 --sandbox .build/cms-e2e
//                                                 edits a fresh copy of content/ in .build/cms-e2e (the e2e tests)
//
// Build first (npm run build, or TT_OUT_DIR=… for another output folder).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/content-dir.ts';
import { serveStatic } from './serve/static-server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8090' },
    'backend-port': { type: 'string', default: '8091' },
    sandbox: { type: 'string' },
    dist: { type: 'string', default: process.env['TT_OUT_DIR'] ?? 'dist' },
  },
});

const dist = resolve(values.dist);
if (!existsSync(join(dist, 'admin', 'config.yml'))) {
  console.error(`${dist}/admin/config.yml puuttuu: rakenna sivusto ensin (npm run build).`);
  process.exit(1);
}

// The repository the editor writes to: this working copy, or a fresh copy of its content folder.
let repo = process.cwd();
if (values.sandbox) {
  repo = resolve(values.sandbox);
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  cpSync(contentDir(), join(repo, 'content'), { recursive: true });
}

const backendPort = Number(values['backend-port']);
const backend = spawn(process.execPath, [join('node_modules', 'decap-server', 'dist', 'index.js')], {
  env: { ...process.env, PORT: String(backendPort), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
backend.on('exit', (code) => {
  console.error(`decap-server pysähtyi (koodi ${code}).`);
  process.exit(1);
});

// With the headers of public/_headers, as a host serves them: the editor must run under its policy.
const site = await serveStatic(dist, { port: 0 });
const port = Number(values.port);

const server = createServer(async (request, response) => {
  const api = request.url?.startsWith('/api/v1');
  const target = api ? `http://127.0.0.1:${backendPort}${request.url}` : `${site.origin}${request.url ?? '/'}`;
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    const headers = Object.fromEntries(
      Object.entries(request.headers).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string' && !['host', 'connection', 'content-length'].includes(entry[0]),
      ),
    );
    const answer = await fetch(target, {
      method: request.method ?? 'GET',
      headers,
      body: chunks.length > 0 ? Buffer.concat(chunks) : null,
      redirect: 'manual',
    });
    const body = Buffer.from(await answer.arrayBuffer());
    const passed = [...answer.headers].filter(
      ([name]) => !['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name),
    );
    response.writeHead(answer.status, Object.fromEntries(passed));
    response.end(body);
  } catch (error) {
    response.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(`CMS-palvelin ei vastaa: ${error instanceof Error ? error.message : String(error)}`);
  }
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Sisällönhallinta: http://localhost:${port}/admin/ (muokkaa kansiota ${repo})`);
});

const stop = () => {
  backend.removeAllListeners('exit');
  backend.kill();
  server.close();
  void site.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
