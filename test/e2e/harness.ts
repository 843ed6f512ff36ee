// Serves the built webview (dist/webview) on 127.0.0.1 inside the very page the extension produces, with a
// stand-in for acquireVsCodeApi, and drives it with playwright-core in Debian's Chromium.
// Used by the browser tests (test/e2e) and the bench (bench/matrix.ts).

import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { MatrixModel } from '../../src/core/matrix/view-model';
import { makeNonce, matrixHtml } from '../../src/extension/matrixHtml';
import type { HostMessage, WebviewMessage } from '../../src/protocol';
import { THEMES, type ThemeName } from './themes';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist', 'webview');
export const RESULTS = path.join(ROOT, 'test-results');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// The stand-in for the webview host: records posted messages, keeps setState's state, applies the theme's
// variables the way VS Code does (CSSOM on <html>, allowed by the CSP), and records CSP violations.
const STAND_IN = `(() => {
  const params = new URLSearchParams(location.search);
  const theme = JSON.parse(decodeURIComponent(params.get('vars') || '%7B%7D'));
  for (const [k, v] of Object.entries(theme)) document.documentElement.style.setProperty(k, v);
  window.__posted = [];
  window.__cspViolations = [];
  window.__pwned = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
  });
  let state = params.has('state') ? JSON.parse(params.get('state')) : undefined;
  let acquired = false;
  window.acquireVsCodeApi = () => {
    if (acquired) throw new Error('acquireVsCodeApi called twice');
    acquired = true;
    return {
      postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))),
      getState: () => state,
      setState: (s) => { state = JSON.parse(JSON.stringify(s)); window.__state = state; },
    };
  };
})();`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
};

export interface Server {
  origin: string;
  close(): Promise<void>;
}

export async function startServer(): Promise<Server> {
  if (!existsSync(path.join(DIST, 'matrix.js'))) {
    throw new Error('dist/webview/matrix.js is missing: run `node esbuild.mjs` first');
  }
  let origin = '';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname === '/') {
      const nonce = makeNonce();
      const themeName = (url.searchParams.get('theme') ?? 'light') as ThemeName;
      const html = matrixHtml({
        cspSource: origin,
        nonce,
        script: readFileSync(path.join(DIST, 'matrix.js'), 'utf8'),
        style: readFileSync(path.join(DIST, 'matrix.css'), 'utf8'),
        codiconUri: `${origin}/webview/codicon.css`,
        preludeScripts: [`${origin}/stand-in.js`],
        bodyClass: THEMES[themeName]?.bodyClass ?? 'vscode-light',
      });
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
      return;
    }
    if (url.pathname === '/stand-in.js') {
      res.writeHead(200, { 'content-type': TYPES['.js']! });
      res.end(STAND_IN);
      return;
    }
    const m = /^\/webview\/([a-z-]+\.(?:js|css|ttf))$/.exec(url.pathname);
    const file = m ? path.join(DIST, m[1]!) : undefined;
    if (!file || !existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)]! });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
}

export interface OpenOptions {
  theme?: ThemeName;
  state?: unknown;
  width?: number;
  height?: number;
}

/** Opens the test page and waits for the webview's `ready`. */
export async function openPage(
  target: Browser | BrowserContext,
  server: Server,
  opts: OpenOptions = {},
): Promise<Page> {
  const theme = opts.theme ?? 'light';
  const page = await target.newPage();
  await page.setViewportSize({ width: opts.width ?? 1280, height: opts.height ?? 860 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  (page as Page & { __errors: string[] }).__errors = errors;
  const params = new URLSearchParams({ theme, vars: encodeURIComponent(JSON.stringify(THEMES[theme].vars)) });
  if (opts.state !== undefined) params.set('state', JSON.stringify(opts.state));
  await page.goto(`${server.origin}/?${params}`);
  await page.waitForFunction(() =>
    (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready'),
  );
  return page;
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { __errors?: string[] }).__errors ?? [];
}

/** Sends a message as the extension host would (a `message` event on the webview's window). */
export async function send(page: Page, msg: HostMessage | unknown): Promise<void> {
  await page.evaluate((m) => window.postMessage(m, '*'), msg);
}

export async function sendModel(
  page: Page,
  model: MatrixModel,
  documentVersion = 1,
  fileName = 'packaging.yaml',
) {
  // the render this message causes, not one before it (a page that rendered already would pass at once)
  const before = await page.evaluate(
    () => (window as unknown as { __matrixStats?: { renders: number } }).__matrixStats?.renders ?? 0,
  );
  await send(page, { type: 'render', documentVersion, fileName, model });
  await page.waitForFunction((v) => {
    const s = (window as unknown as { __matrixStats?: { renders: number } }).__matrixStats;
    return s !== undefined && s.renders > v;
  }, before);
}

export async function posted(page: Page): Promise<WebviewMessage[]> {
  return page.evaluate(() => (window as unknown as { __posted: WebviewMessage[] }).__posted);
}

export async function clearPosted(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __posted: unknown[] }).__posted.length = 0;
  });
}

export async function cspViolations(page: Page): Promise<unknown[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: unknown[] }).__cspViolations);
}
