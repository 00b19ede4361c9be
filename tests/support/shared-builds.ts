/**
 * Site builds shared by several test files, each built at most once per test
 * run, and only when a test asks for it (README "Tests": shared builds).
 *
 * A build of the seeds takes tens of seconds; before, the e2e global setup,
 * tests/integrity/site.test.ts and publishing.test.ts each built the same
 * default site, and publishing.test.ts and share-pages.test.ts each the same
 * site under a sub-path. Now:
 *
 * - this file is a global setup of the `unit` and `e2e` projects (both list
 *   it; it runs in vitest's main process, where the builds are kept on
 *   `globalThis`, so the two projects share them). It serves a tiny HTTP
 *   endpoint on 127.0.0.1 and provides its address (`sharedBuildsUrl`).
 * - a test calls `await sharedBuild('default')` (tests/support/shared-build.ts):
 *   the first request starts that build (`astro build --outDir`, as
 *   tests/integrity/build.ts runs it: a cold build, TIAOWEN_CACHE=off), every
 *   request waits for it and gets its directory and log, or its failure.
 * - the e2e global setup gets `default` the same way (in-process) and serves
 *   it; it is built into dist/ as `npm run build` would, unless
 *   TIAOWEN_REUSE_DIST=1 or TIAOWEN_DIST=<dir> tell the e2e tests to serve an
 *   existing site: then `default` is a fresh build of its own (the integrity
 *   tests compare a fresh build with another).
 * - builds run one at a time (two cores; Astro shares its cache folder).
 *
 * The determinism checks still compare two real builds: a test that needs a
 * second build of the same input builds it itself (site.test.ts).
 */
import { existsSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, buildDir, REPO } from '../integrity/build.ts';

/** What each shared build is: the environment of `astro build` on the seeds. */
export const SHARED_BUILDS = {
  /** The seeds as published without a site address (what `npm run build` gives). */
  default: { TIAOWEN_SITE: '' },
  /** The seeds under a sub-path with a site address (a publication build). */
  sub: { TIAOWEN_SITE: 'https://zhidu.example.gov.cn/zhidu/' },
} satisfies Record<string, Record<string, string>>;

export type SharedBuildName = keyof typeof SHARED_BUILDS;

export interface SharedBuildResult {
  dir: string;
  /** The build's output (stdout and stderr). */
  log: string;
}

interface Registry {
  builds: Map<SharedBuildName, Promise<SharedBuildResult>>;
  /** Directories of ours to delete at the end (not dist/). */
  temporary: string[];
  queue: Promise<unknown>;
  server?: Promise<{ server: Server; url: string }>;
  users: number;
}

const KEY = Symbol.for('tiaowen.sharedBuilds');

function registry(): Registry {
  const g = globalThis as { [KEY]?: Registry };
  g[KEY] ??= { builds: new Map(), temporary: [], queue: Promise.resolve(), users: 0 };
  return g[KEY];
}

/** dist/ of the repository, where `npm run build` writes. */
export function distDir(): string {
  return join(REPO, 'dist');
}

/** Whether `dir` holds a built site with its search index. */
export function builtSite(dir: string): boolean {
  return existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'pagefind', 'pagefind-entry.json'));
}

/**
 * Whether the e2e tests serve a site this run does not build: TIAOWEN_DIST=<dir>, or
 * TIAOWEN_REUSE_DIST=1 with a built dist/. Then `default` is not built into dist/ but apart.
 */
export function e2eServesGivenSite(): boolean {
  return Boolean(process.env.TIAOWEN_DIST) || (process.env.TIAOWEN_REUSE_DIST === '1' && builtSite(distDir()));
}

/** The shared build `name`, started now if nobody asked for it before (in vitest's main process). */
export function getSharedBuild(name: SharedBuildName): Promise<SharedBuildResult> {
  const reg = registry();
  let build = reg.builds.get(name);
  if (!build) {
    const dir = name === 'default' && !e2eServesGivenSite() ? distDir() : buildDir(`shared-${name}`);
    if (dir !== distDir()) reg.temporary.push(dir);
    build = reg.queue.then(() => astroBuild(dir, { TIAOWEN_CACHE: 'off', ...SHARED_BUILDS[name] })).then((log) => ({ dir, log }));
    reg.queue = build.catch(() => undefined);
    reg.builds.set(name, build);
  }
  return build;
}

function startServer(reg: Registry): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '').replace(/^\/build\//, '')) as SharedBuildName;
    if (!(name in SHARED_BUILDS)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`no shared build named ${name}; expected one of ${Object.keys(SHARED_BUILDS).join(', ')}`);
      return;
    }
    getSharedBuild(name).then(
      (r) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(r)),
      (e: unknown) => res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(e instanceof Error ? e.message : String(e)),
    );
  });
  // a build can take minutes under load: no timeout on the waiting requests
  server.requestTimeout = 0;
  server.headersTimeout = 0;
  server.timeout = 0;
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolvePromise({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
}

/** Global setup (unit and e2e projects): serve the builds on demand; at the end, delete the temporary ones. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reg = registry();
  reg.users++;
  reg.server ??= startServer(reg);
  const { url } = await reg.server;
  project.provide('sharedBuildsUrl', url);
  return async () => {
    if (--reg.users > 0) return;
    const { server } = await reg.server!;
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
    await Promise.allSettled(reg.builds.values());
    for (const dir of reg.temporary) rmSync(dir, { recursive: true, force: true });
    delete (globalThis as { [KEY]?: Registry })[KEY];
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The address of the shared builds' endpoint (tests/support/shared-builds.ts). */
    sharedBuildsUrl: string;
    /** Whether the e2e files wait for the shared `default` build (tests/e2e/wait-for-site.ts). */
    e2eWaitsForBuild: boolean;
  }
}
