// Serves the built UI (ui/dist) on a loopback port with the app's CSP, and bundles the
// in-memory backend that each page gets before its own scripts run.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    mockScript: string;
    csp: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

// The CSP of tauri.conf.json (read from it when present, so the test follows the app).
function contentSecurityPolicy(): string {
  const fallback: Record<string, string> = {
    'default-src': "'self'",
    'script-src': "'self'",
    'style-src': "'self'",
    'img-src': "'self' data:",
    'connect-src': 'ipc: http://ipc.localhost',
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
  };
  let csp: unknown = fallback;
  const conf = join(root, '..', 'tauri.conf.json');
  if (existsSync(conf)) {
    csp = (JSON.parse(readFileSync(conf, 'utf8')) as { app?: { security?: { csp?: unknown } } }).app?.security?.csp ?? fallback;
  }
  if (typeof csp === 'string') return csp;
  return Object.entries(csp as Record<string, string | string[]>)
    .map(([key, value]) => `${key} ${Array.isArray(value) ? value.join(' ') : value}`)
    .join('; ');
}

async function bundleMock(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      write: false,
      minify: false,
      lib: { entry: join(root, 'tests/browser/mock-entry.ts'), formats: ['iife'], name: 'EyelevelMock' },
    },
  });
  const result = Array.isArray(output) ? output[0] : output;
  if (!result || !('output' in result)) throw new Error('unexpected vite build result');
  const chunk = result.output.find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('mock bundle has no chunk');
  return chunk.code;
}

function serve(csp: string): Promise<Server> {
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const relative = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join(dist, relative);
      if (!file.startsWith(dist) || !existsSync(file) || relative === '/') file = join(dist, 'index.html');
      try {
        const body = await readFile(file);
        res.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Content-Security-Policy': csp,
          'Cache-Control': 'no-store',
        });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    })();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('ui/dist is missing: run `npm run build` first (npm run test:browser does).');
  }
  rmSync(join(root, 'test-results'), { recursive: true, force: true });
  const csp = contentSecurityPolicy();
  const server = await serve(csp);
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no server address');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  project.provide('mockScript', await bundleMock());
  project.provide('csp', csp);
  return () => new Promise((resolve) => server.close(() => resolve()));
}
