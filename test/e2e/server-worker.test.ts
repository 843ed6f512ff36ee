// The browser entry of the language server (dist/web/server.js) in a real web worker in Chromium, driven by a
// minimal host page that speaks JSON-RPC (LSP) to it over postMessage, as vscode.dev's client would.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { check } from '../../src/core/check';
import { buildMatrix } from '../../src/core/matrix/view-model';
import { launchChromium, ROOT } from './harness';

const BUNDLE = path.join(ROOT, 'dist', 'web', 'server.js');
const EXAMPLE = readFileSync(path.join(ROOT, 'examples', 'whiteboard', 'packaging.yaml'), 'utf8');
const URI = 'file:///work/project/packaging.yaml';

// The whole client: requests by id, notifications collected, server-to-client requests answered with null.
const PAGE = `<!doctype html><meta charset="utf-8"><title>LSP worker host</title><script>
  const worker = new Worker('/server.js');
  let next = 0;
  const pending = new Map();
  window.__notifications = [];
  window.__errors = [];
  worker.onerror = (e) => window.__errors.push(String(e.message));
  worker.onmessage = ({ data: m }) => {
    if (m.method === undefined && pending.has(m.id)) {
      pending.get(m.id)(m);
      pending.delete(m.id);
    } else if (m.method !== undefined && m.id !== undefined) {
      worker.postMessage({ jsonrpc: '2.0', id: m.id, result: null });
    } else window.__notifications.push(m);
  };
  window.lsp = {
    request: (method, params) =>
      new Promise((resolve) => {
        const id = ++next;
        pending.set(id, resolve);
        worker.postMessage({ jsonrpc: '2.0', id, method, params });
      }),
    notify: (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params }),
  };
</script>`;

describe('language server in a web worker (dist/web/server.js, Chromium)', function () {
  this.timeout(60000);
  let browser: Browser;
  let server: http.Server;
  let page: Page;

  before(async () => {
    if (!existsSync(BUNDLE)) throw new Error('dist/web/server.js is missing: run `node esbuild.mjs` first');
    server = http.createServer((req, res) => {
      if (req.url === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      } else if (req.url === '/server.js') {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync(BUNDLE));
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
  });

  after(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  it('the bundle needs no Node built-in', () => {
    assert.deepEqual(
      [...readFileSync(BUNDLE, 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]),
      [],
    );
  });

  it('initializes, publishes the core findings, answers hover and the matrix request, shuts down', async () => {
    const out = await page.evaluate(
      async ({ uri, text }) => {
        const w = window as unknown as {
          lsp: {
            request(m: string, p: unknown): Promise<{ result?: unknown; error?: unknown }>;
            notify(m: string, p: unknown): void;
          };
          __notifications: {
            method: string;
            params: { uri: string; version?: number; diagnostics: unknown[] };
          }[];
          __errors: string[];
        };
        const init = await w.lsp.request('initialize', { processId: null, rootUri: null, capabilities: {} });
        w.lsp.notify('initialized', {});
        w.lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
        const started = Date.now();
        let published: (typeof w.__notifications)[number] | undefined;
        while (!published && Date.now() - started < 20000) {
          published = w.__notifications.find(
            (n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri,
          );
          await new Promise((r) => setTimeout(r, 20));
        }
        const lines = text.split('\n');
        const line = lines.findIndex((l) => l.includes('acquisition: product-led'));
        const hover = await w.lsp.request('textDocument/hover', {
          textDocument: { uri },
          position: { line, character: 4 },
        });
        const matrix = await w.lsp.request('packagingPlanner/matrix', { textDocument: { uri } });
        const shutdown = await w.lsp.request('shutdown', null);
        return { init, published: published?.params, hover, matrix, shutdown, errors: w.__errors };
      },
      { uri: URI, text: EXAMPLE },
    );
    assert.deepEqual(out.errors, []);
    assert.equal((out.init.result as { serverInfo: { name: string } }).serverInfo.name, 'packaging-planner');
    const sev = { error: 1, warning: 2, info: 3 } as const;
    const want = check(EXAMPLE).diagnostics.map((d) => ({
      code: d.rule,
      range: d.range,
      severity: d.accepted === undefined ? sev[d.severity] : 4,
    }));
    assert.ok(out.published, 'diagnostics were published');
    assert.deepEqual(
      (out.published.diagnostics as { code: string; range: unknown; severity: number }[]).map((d) => ({
        code: d.code,
        range: d.range,
        severity: d.severity,
      })),
      want,
    );
    assert.equal(out.published.version, 1);
    assert.match(
      (out.hover.result as { contents: { value: string } }).contents.value,
      /^`acquisition`: How users find the product/,
    );
    assert.deepEqual(
      (out.matrix.result as { model: unknown }).model,
      JSON.parse(JSON.stringify(buildMatrix(check(EXAMPLE)))),
    );
    assert.deepEqual(out.shutdown, { jsonrpc: '2.0', id: 4, result: null });
  });
});
