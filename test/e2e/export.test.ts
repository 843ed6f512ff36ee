// The static HTML export (`matrix --format html`) opened from a file in real Chromium: its one hash-pinned
// script filters and sorts, the CSP lets it run and nothing else, no request leaves the page, and with
// JavaScript off every row shows. Also a tampered script is refused (so the CSP check is not vacuous) and
// axe-core finds no WCAG A/AA violation in light and dark.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { matrixHtml } from '../../src/cli/matrix/html';
import { EXPORT_SCRIPT } from '../../src/cli/matrix/html-script';
import { agrees } from '../../src/core/matrix/render/text';
import type { MatrixModel, MatrixRow } from '../../src/core/matrix/view-model';
import { launchChromium, RESULTS, ROOT } from './harness';
import { modelOf } from './models';

const AXE = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

const SIGNALS = ['virality', 'universality', 'ahaMoment', 'habitLoop', 'friction', 'expansion'] as const;
const WORDS = ['Zebra', 'Apple', 'Mango', 'Kiwi', 'Banana', 'Cherry', 'Lemon', 'Olive', 'Peach', 'Grape'];

/** A 150-feature product over 12 categories: every 7th unclassified, sides and signals mixed, names unsorted. */
function productYaml(n = 150): string {
  const plans = ['free', 'team', 'business'];
  const lines = [
    'version: 1',
    'product:',
    '  name: Export Co',
    'growth:',
    '  acquisition: product-led',
    '  freeOffer: freemium',
    'plans:',
    '  - {id: free, name: Free, price: 0}',
    '  - {id: team, name: Team, price: 10, per: seat, period: month}',
    '  - {id: business, name: Business, price: 25, per: seat, period: month}',
    'features:',
  ];
  for (let i = 0; i < n; i++) {
    lines.push(
      `  - id: f-${i}`,
      `    name: ${WORDS[(i * 7) % WORDS.length]} ${WORDS[i % 3]} ${i}`,
      `    description: Does thing ${i} for the ${i % 2 ? 'team' : 'admin'}.`,
      `    category: ${['Core', 'Admin', 'Security', 'Reports'][i % 4]} ${Math.floor(i / 4) % 3}`,
      `    plan: ${plans[(i * 5) % 3]}`,
    );
    if (i % 7 === 0) continue; // unclassified
    const on = SIGNALS.filter((_, k) => (i >> k) % 3 === 1);
    lines.push(`    signals: {${SIGNALS.map((s) => `${s}: ${on.includes(s)}`).join(', ')}}`);
  }
  return `${lines.join('\n')}\n`;
}

interface Opened {
  page: Page;
  url: string;
  requests: string[];
  console: string[];
  violations: () => Promise<unknown[]>;
}

async function open(ctx: BrowserContext, file: string): Promise<Opened> {
  const page = await ctx.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  const requests: string[] = [];
  const messages: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e}`));
  // injected by the browser (not through the page's CSP) to record what the CSP refuses
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: unknown[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
    );
  });
  const url = pathToFileURL(file).href;
  await page.goto(url, { waitUntil: 'load' });
  return {
    page,
    url,
    requests,
    console: messages,
    violations: () => page.evaluate(() => (window as unknown as { __csp: unknown[] }).__csp),
  };
}

/** Ids of the rows on screen, in document order. */
function visibleIds(page: Page): Promise<string[]> {
  return page.$$eval('main tbody tr', (trs) =>
    trs.filter((t) => (t as HTMLElement).offsetParent !== null).map((t) => (t as HTMLElement).dataset.id!),
  );
}

function ids(rows: MatrixRow[]): string[] {
  return rows.map((r) => r.id);
}

describe('HTML export in Chromium (file://, hash-pinned script)', function () {
  this.timeout(120000);
  let browser: Browser;
  let dir: string;
  let model: MatrixModel;
  let rows: MatrixRow[];
  let file: string;

  before(async () => {
    browser = await launchChromium();
    mkdirSync(RESULTS, { recursive: true });
    dir = mkdtempSync(path.join(os.tmpdir(), 'pp-export-'));
    model = modelOf(productYaml());
    rows = model.groups.flatMap((g) => g.rows);
    file = path.join(dir, 'matrix.html');
    writeFileSync(file, matrixHtml(model));
  });
  after(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the generated product is what the test needs: 150 rows, a mix of sides, unclassified and mismatches', () => {
    assert.equal(rows.length, 150);
    assert.ok(model.groups.length >= 12);
    assert.ok(rows.filter((r) => r.recommendation === 'unclassified').length >= 20);
    assert.ok(rows.filter((r) => r.side === 'free').length >= 40);
    assert.ok(rows.filter((r) => !agrees(r)).length >= 5);
    const some = (pred: (r: MatrixRow) => boolean) => {
      const k = rows.filter(pred).length;
      return k > 0 && k < rows.length;
    };
    assert.ok(some((r) => r.flag !== undefined));
    assert.ok(some((r) => r.signals.includes('habitLoop')));
    assert.ok(some((r) => r.recommendation === 'free-limited'));
  });

  it('search, side, unclassified, recommendation, signal, mismatch filters and sorts work, offline and within the CSP', async () => {
    const ctx = await browser.newContext();
    const o = await open(ctx, file);
    const { page } = o;
    assert.equal(await page.evaluate(() => document.documentElement.className), '');
    assert.deepEqual(await visibleIds(page), ids(rows));
    assert.equal(await page.textContent('#shown'), 'Showing all 150 features.');

    // typing in the search (reached with the keyboard) filters over id, name, category and description
    await page.locator('#q').focus();
    await page.keyboard.type('mango');
    const mango = rows.filter((r) => r.name.toLowerCase().includes('mango'));
    assert.ok(mango.length > 5 && mango.length < rows.length);
    assert.deepEqual(await visibleIds(page), ids(mango));
    assert.equal(await page.textContent('#shown'), `Showing ${mango.length} of 150 features.`);
    await page.fill('#q', 'security 1');
    assert.deepEqual(await visibleIds(page), ids(rows.filter((r) => r.category === 'Security 1')));
    // sections with nothing left are hidden whole
    assert.equal(
      await page.$$eval('main section', (ss) => ss.filter((s) => !(s as HTMLElement).hidden).length),
      1,
    );
    await page.fill('#q', 'f-42');
    assert.deepEqual(await visibleIds(page), ['f-42']);
    await page.fill('#q', 'zzz-nothing');
    assert.deepEqual(await visibleIds(page), []);
    assert.equal(await page.textContent('#shown'), 'No feature matches the filters.');
    await page.fill('#q', '');
    assert.deepEqual(await visibleIds(page), ids(rows));

    // side (radios, arrow keys) and unclassified (checkbox, space)
    await page.locator('#side-all').focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(
      await page.evaluate(() => (document.getElementById('side-free') as HTMLInputElement).checked),
      true,
    );
    assert.deepEqual(await visibleIds(page), ids(rows.filter((r) => r.side === 'free')));
    await page.locator('#unclassified').focus();
    await page.keyboard.press('Space');
    const freeUnclassified = rows.filter((r) => r.side === 'free' && r.recommendation === 'unclassified');
    assert.ok(freeUnclassified.length > 0);
    assert.deepEqual(await visibleIds(page), ids(freeUnclassified));
    await page.locator('#side-paid').check();
    assert.deepEqual(
      await visibleIds(page),
      ids(rows.filter((r) => r.side === 'paid' && r.recommendation === 'unclassified')),
    );
    await page.locator('#unclassified').uncheck();
    await page.locator('#side-all').check();

    // recommendation, signal, mismatches, flagged
    await page.selectOption('#rec', 'free-limited');
    const limited = rows.filter((r) => r.recommendation === 'free-limited');
    assert.ok(limited.length > 0);
    assert.deepEqual(await visibleIds(page), ids(limited));
    await page.selectOption('#rec', 'any');
    await page.selectOption('#signal', 'habitLoop');
    assert.deepEqual(await visibleIds(page), ids(rows.filter((r) => r.signals.includes('habitLoop'))));
    await page.selectOption('#signal', 'any');
    await page.locator('#mismatch').check();
    assert.deepEqual(await visibleIds(page), ids(rows.filter((r) => !agrees(r))));
    await page.locator('#mismatch').uncheck();
    await page.locator('#flagged').check();
    assert.deepEqual(await visibleIds(page), ids(rows.filter((r) => r.flag !== undefined)));
    await page.locator('#flagged').uncheck();
    assert.deepEqual(await visibleIds(page), ids(rows));

    // sort by name and plan within each category (stable over file order), by category across sections
    const within = (cmp: (a: MatrixRow, b: MatrixRow) => number) =>
      model.groups.flatMap((g) => ids([...g.rows].sort(cmp)));
    await page.selectOption('#sort', 'name');
    assert.deepEqual(
      await visibleIds(page),
      within((a, b) => a.name.localeCompare(b.name)),
    );
    const planIndex = (r: MatrixRow) => model.plans.findIndex((p) => p.id === r.plan);
    await page.selectOption('#sort', 'plan');
    assert.deepEqual(
      await visibleIds(page),
      within((a, b) => planIndex(a) - planIndex(b)),
    );
    await page.selectOption('#sort', 'category');
    const byCategory = [...model.groups].sort((a, b) => a.category.localeCompare(b.category));
    assert.deepEqual(
      await page.$$eval('main section h2', (hs) => hs.map((h) => h.textContent)),
      byCategory.map((g) => g.category),
    );
    assert.deepEqual(
      await visibleIds(page),
      byCategory.flatMap((g) => ids(g.rows)),
    );
    // sorting composes with filters; file order comes back
    await page.fill('#q', 'apple');
    await page.selectOption('#sort', 'name');
    const apple = (r: MatrixRow) => r.name.toLowerCase().includes('apple');
    assert.deepEqual(
      await visibleIds(page),
      model.groups.flatMap((g) => ids(g.rows.filter(apple).sort((a, b) => a.name.localeCompare(b.name)))),
    );
    await page.fill('#q', '');
    await page.selectOption('#sort', 'file');
    assert.deepEqual(await visibleIds(page), ids(rows));
    await page.fill('#q', 'lemon');
    await page.screenshot({ path: path.join(RESULTS, 'export-filtered.png') });
    await page.fill('#q', '');

    // the header row sticks below the filter bar, whatever its height
    const [barBottom, thTop] = await page.evaluate(() => [
      document.querySelector('.filters')!.getBoundingClientRect().height,
      Number.parseFloat(getComputedStyle(document.querySelector('thead th')!).top),
    ]);
    assert.ok(Math.abs(barBottom! - thTop!) < 1, `${barBottom} vs ${thTop}`);

    assert.deepEqual(await o.violations(), []);
    assert.deepEqual(o.console, []);
    assert.deepEqual(o.requests, [o.url]);
    await ctx.close();
  });

  it('with JavaScript off every row shows, the script-only controls are hidden, nothing is requested', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const o = await open(ctx, file);
    assert.deepEqual(await visibleIds(o.page), ids(rows));
    for (const id of ['q', 'rec', 'signal', 'sort', 'mismatch', 'shown'])
      assert.equal(await o.page.locator(`#${id}`).isVisible(), false, id);
    // the CSS-only filters still work
    assert.equal(await o.page.locator('#side-paid').isVisible(), true);
    await o.page.locator('#side-paid').check();
    assert.deepEqual(await visibleIds(o.page), ids(rows.filter((r) => r.side === 'paid')));
    assert.deepEqual(o.requests, [o.url]);
    await ctx.close();
  });

  it('a script other than ours is refused by the CSP (the hash is what allows it)', async () => {
    const tampered = path.join(dir, 'tampered.html');
    const html = matrixHtml(model);
    assert.equal(html.split(EXPORT_SCRIPT).length, 2);
    writeFileSync(
      tampered,
      html.replace(EXPORT_SCRIPT, EXPORT_SCRIPT.replace("'use strict';", "'use strict'; ")),
    );
    const ctx = await browser.newContext();
    const o = await open(ctx, tampered);
    assert.equal(await o.page.evaluate(() => document.documentElement.className), 'no-js');
    const v = (await o.violations()) as { directive: string }[];
    assert.deepEqual(
      v.map((x) => x.directive),
      ['script-src-elem'],
    );
    assert.ok(o.console.some((m) => /Content Security Policy/.test(m)));
    // and the page reads as it does without script: every row
    assert.deepEqual(await visibleIds(o.page), ids(rows));
    await ctx.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe-core finds no WCAG A/AA violation, filters on (${scheme})`, async () => {
      const ctx = await browser.newContext({ colorScheme: scheme });
      const o = await open(ctx, file);
      await o.page.fill('#q', 'a');
      await o.page.locator('#flagged').check();
      assert.deepEqual(await o.violations(), []);
      await o.page.evaluate(AXE);
      const result = await o.page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                ctx: unknown,
                opts: unknown,
              ) => Promise<{
                violations: { id: string; nodes: { target: string[]; failureSummary: string }[] }[];
                passes: { id: string; nodes: unknown[] }[];
              }>;
            };
          }
        ).axe;
        const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
        return {
          violations: r.violations.flatMap((v) =>
            v.nodes.map((n) => `${v.id} ${n.target.join(' ')}: ${n.failureSummary}`),
          ),
          passed: r.passes.map((p) => p.id),
        };
      });
      assert.deepEqual(result.violations, []);
      for (const rule of ['color-contrast', 'label', 'select-name'])
        assert.ok(result.passed.includes(rule), rule);
      await ctx.close();
    });
  }
});
