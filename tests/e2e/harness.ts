/**
 * Reusable browser-test helpers: a tiny static file server for `dist/` and
 * a Chromium launcher (playwright-core driving Debian's /usr/bin/chromium;
 * never `npx playwright install`).
 *
 *   const server = await startStaticServer('dist');
 *   const browser = await launchBrowser();
 *   const page = await browser.newPage();
 *   await page.goto(`${server.url}/search/?q=诫勉`);
 *   …
 *   await browser.close(); await server.close();
 *
 * No vitest import here, so scripts (npm run bench) can use it too. In
 * tests/e2e/**, the global setup has already built and served the site: use
 * `siteUrl()` from tests/e2e/site.ts.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type LaunchOptions, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.TIAOWEN_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launch headless Chromium (Debian package). */
export function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, ...options, args: [...CHROMIUM_ARGS, ...(options.args ?? [])] });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Types a real host would gzip on the fly (Pagefind's own files are gzipped already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml', '.csv']);

export interface ServedRequest {
  path: string;
  status: number;
  /** Bytes of the response body as sent (after gzip when used). */
  bytes: number;
}

export interface StaticServer {
  /** http://127.0.0.1:PORT (no trailing slash). */
  url: string;
  port: number;
  /** Every request answered since start (or since `reset()`), in order. */
  log: ServedRequest[];
  reset(): void;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Gzip text responses when the client accepts it (as production hosts do). Default true. */
  gzip?: boolean;
}

/**
 * Serve `root` on 127.0.0.1: `/x/` → `/x/index.html`, `/x` → 301 `/x/` when
 * it is a directory, 404.html (or a plain text) for missing files. Paths
 * cannot escape `root`.
 */
export async function startStaticServer(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const base = resolve(root);
  const gzip = options.gzip ?? true;
  const log: ServedRequest[] = [];

  async function send(req: IncomingMessage, res: ServerResponse, file: string, status: number): Promise<void> {
    const ext = extname(file).toLowerCase();
    res.statusCode = status;
    res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-cache');
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const path = (req.url ?? '/').split('?')[0]!;
    if (gzip && accepts && COMPRESSIBLE.has(ext)) {
      const body = gzipSync(await readFile(file));
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Content-Length', body.byteLength);
      log.push({ path, status, bytes: body.byteLength });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    const size = (await stat(file)).size;
    res.setHeader('Content-Length', size);
    log.push({ path, status, bytes: size });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.statusCode = 400;
      res.end('bad request');
      return;
    }
    const target = normalize(join(base, pathname));
    if (target !== base && !target.startsWith(base + sep)) {
      res.statusCode = 403;
      res.end('forbidden');
      return;
    }
    const info = await stat(target).catch(() => null);
    if (info?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.statusCode = 301;
        res.setHeader('Location', `${pathname}/${req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : ''}`);
        res.end();
        return;
      }
      const index = join(target, 'index.html');
      if (await stat(index).catch(() => null)) return send(req, res, index, 200);
    } else if (info?.isFile()) {
      return send(req, res, target, 200);
    }
    const notFound = join(base, '404.html');
    if (await stat(notFound).catch(() => null)) return send(req, res, notFound, 404);
    log.push({ path: pathname, status: 404, bytes: 9 });
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('not found');
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      res.statusCode = 500;
      res.end(String(e));
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log,
    reset: () => {
      log.length = 0;
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** A context at 1280×800 that may read and write the clipboard of `origin`, and a page in it. */
export async function clipboardPage(browser: Browser, origin: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  return { context, page: await context.newPage() };
}

/** Whether the top of the element with this id is inside the viewport (null: no such element). */
export function inViewport(page: Page, id: string): Promise<boolean | null> {
  return page.evaluate((target) => {
    const el = document.getElementById(target);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  }, id);
}
