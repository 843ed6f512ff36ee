// The webview's intake of renders as the extension host posts them (src/extension/matrixEditor.ts): a whole model
// as gzipped JSON bytes, then deltas told against it, and a big file's first paint, in the built bundle under the
// extension's own page and CSP.

import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { createIncremental } from '../../src/core/incremental';
import { createMatrixBuilder } from '../../src/core/matrix/builder';
import { deltaBase, diffModel } from '../../src/matrix-delta';
import { encodeRenderGzip, type RenderGzipMessage } from '../../src/protocol';
import {
  cspViolations,
  launchChromium,
  openPage,
  pageErrors,
  posted,
  type Server,
  send,
  startServer,
} from './harness';
import { bigYaml, examples, modelOf } from './models';

const rowNames = (page: Page) =>
  page.$$eval('#grid .feature-row .feature .name', (els) => els.map((e) => e.textContent?.trim() ?? ''));

/** Posts messages to the page in one go (as the host would, back to back), bytes fields as Uint8Arrays. */
async function postAll(page: Page, msgs: unknown[]): Promise<void> {
  const plain = msgs.map((m) =>
    m && typeof m === 'object' && 'modelGzip' in m
      ? { ...m, modelGzip: Array.from((m as RenderGzipMessage).modelGzip) }
      : m,
  );
  await page.evaluate((list) => {
    for (const m of list as Record<string, unknown>[])
      window.postMessage(
        Array.isArray(m?.modelGzip) ? { ...m, modelGzip: new Uint8Array(m.modelGzip as number[]) } : m,
        '*',
      );
  }, plain);
}

describe('matrix webview intake in Chromium', function () {
  this.timeout(60_000);
  let server: Server;
  let browser: Browser;
  const text = examples().find((e) => e.name === 'whiteboard')!.text;

  before(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a gzipped render and the deltas posted right behind it are applied in order', async () => {
    const inc = createIncremental();
    const first = inc.first(text);
    const builder = createMatrixBuilder();
    const m1 = builder.build(first.result, text);
    const name = m1.groups[0]!.rows[0]!.name;
    const at = text.indexOf(`name: ${name}`) + `name: ${name}`.length;
    const text2 = `${text.slice(0, at)}X${text.slice(at)}`;
    const m2 = builder.build(inc.next(first, text2, [{ start: at, end: at, text: 'X' }]).result, text2);
    const render = await encodeRenderGzip({
      type: 'render',
      documentVersion: 1,
      fileName: 'p.yaml',
      model: m1,
      modelId: 1,
    });
    assert.ok('modelGzip' in render);
    const delta = {
      type: 'renderDelta',
      documentVersion: 2,
      fileName: 'p.yaml',
      base: 1,
      modelId: 2,
      delta: diffModel(deltaBase(m1), m2),
    };
    const page = await openPage(browser, server);
    await postAll(page, [render, delta]);
    await page.waitForFunction(() =>
      (window as unknown as { __posted: { type: string; documentVersion?: number }[] }).__posted.some(
        (m) => m.type === 'rendered' && m.documentVersion === 2,
      ),
    );
    assert.equal((await rowNames(page))[0], `${name}X`, 'the delta applied to the inflated model');
    const types = (await posted(page)).map((m) => m.type);
    assert.equal(types.filter((t) => t === 'ready').length, 1, 'no second ready: the delta found its base');
    assert.equal(types.filter((t) => t === 'log').length, 0);
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(pageErrors(page), []);
    await page.close();
  });

  it("a big file's first paint has the rows on screen only; the window widens to the scroll overscan right after", async () => {
    const model = modelOf(bigYaml(2000));
    const page = await openPage(browser, server, { height: 800 });
    // the rows in the page when the webview says it painted (the stand-in's postMessage pushes to __posted)
    await page.evaluate(() => {
      const w = window as unknown as { __posted: { type: string }[]; __rowsAtPaint?: number };
      const push = w.__posted.push.bind(w.__posted);
      w.__posted.push = (...m) => {
        if (m[0]?.type === 'rendered' && w.__rowsAtPaint === undefined)
          w.__rowsAtPaint = document.querySelectorAll('#grid .feature-row').length;
        return push(...m);
      };
    });
    await send(page, { type: 'render', documentVersion: 1, fileName: 'p.yaml', model });
    const atPaint = await page
      .waitForFunction(() => (window as unknown as { __rowsAtPaint?: number }).__rowsAtPaint)
      .then((h) => h.jsonValue() as Promise<number>);
    // 800 px of window, rows 48 px high (the grid starts below the header: fewer still)
    assert.ok(atPaint > 0 && atPaint <= Math.ceil(800 / 48) + 1, `${atPaint} rows at the first paint`);
    // then the 900 px overscan below the screen as well
    const top = await page.evaluate(() => document.getElementById('grid-body')!.getBoundingClientRect().top);
    const widened = Math.floor((800 - top + 900) / 48);
    assert.ok(widened > atPaint + 10);
    await page.waitForFunction((n) => document.querySelectorAll('#grid .feature-row').length >= n, widened);
    assert.deepEqual(pageErrors(page), []);
    await page.close();
  });

  it('says ready before the bundle runs; a render that arrives before it is kept for it, and ready is said once', async () => {
    const model = createMatrixBuilder().build(createIncremental().first(text).result, text);
    const render = { type: 'render', documentVersion: 5, fileName: 'p.yaml', model };
    const context = await browser.newContext();
    // the host's answer to the first script's `ready`, delivered before the bundle has run (dispatched at once
    // when that script leaves its handle, i.e. between the two scripts)
    // (a string: a function would be serialised with the test runner's helpers)
    await context.addInitScript(`(() => {
      let early;
      Object.defineProperty(window, '__matrixEarly', {
        configurable: true,
        get: () => early,
        set: (v) => {
          early = v;
          window.dispatchEvent(new MessageEvent('message', { data: ${JSON.stringify(render)} }));
        },
      });
    })();`);
    const page = await openPage(context, server);
    await page.waitForFunction(() =>
      (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'rendered'),
    );
    assert.equal((await rowNames(page)).length, model.counts.features);
    const types = (await posted(page)).map((m) => m.type);
    assert.deepEqual(types.slice(0, 2), ['ready', 'rendered']);
    assert.equal(types.filter((t) => t === 'ready').length, 1);
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(pageErrors(page), []);
    await context.close();
  });

  it('a render whose bytes do not inflate is logged and refused; the matrix keeps working', async () => {
    const model = createMatrixBuilder().build(createIncremental().first(text).result, text);
    const good = await encodeRenderGzip({ type: 'render', documentVersion: 1, fileName: 'p.yaml', model });
    assert.ok('modelGzip' in good);
    const page = await openPage(browser, server);
    await postAll(page, [{ ...good, modelGzip: new TextEncoder().encode('not gzip') }, good]);
    await page.waitForFunction(() =>
      (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'rendered'),
    );
    const logs = (await posted(page)).filter((m) => m.type === 'log');
    assert.equal(logs.length, 1);
    assert.match(JSON.stringify(logs[0]), /malformed message .*type=\\"render\\"/);
    assert.equal((await rowNames(page)).length, model.counts.features);
    assert.deepEqual(pageErrors(page), []);
    await page.close();
  });
});
