// Classifying in the matrix, in Chromium: signal checkboxes, multi-select and bulk edits (posted intents
// applied with the core's edit builder, exactly as the host does, and the YAML compared byte for byte),
// unclassified rows, rows that fail the schema, the status line, the sticky column at 700 px, and an
// axe-core contrast check in light, dark and high-contrast themes.

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { matrixHtml as exportHtml } from '../../src/cli/matrix/html';
import { check } from '../../src/core/check';
import { verifiedSignalEdits } from '../../src/core/matrix/signal-edits';
import type { SetSignalMessage } from '../../src/protocol';
import {
  clearPosted,
  cspViolations,
  launchChromium,
  openPage,
  pageErrors,
  posted,
  RESULTS,
  ROOT,
  type Server,
  send,
  sendModel,
  startServer,
} from './harness';
import { modelOf } from './models';
import type { ThemeName } from './themes';

const YAML = `version: 1
product:
  name: Classify me
growth:
  acquisition: product-led
  freemiumGoals: [poc]
plans:
  - id: free
    name: Free
    price: 0
  - id: pro
    name: Pro
    price: 12
    per: seat
    period: month
features:
  - id: boards
    name: Boards
    category: Core
    plan: free
    unit: boards
    limits:
      free: 3
      pro: unlimited
  - id: share
    name: Share
    category: Core
    plan: free
    signals: {virality: true}
  - id: export
    name: Export
    category: Core
    plan: pro   # paid for now
  - id: sso
    name: SSO
    category: Admin
    plan: pro
  - id: audit
    name: Audit log
    category: Admin
    plan: pro
`;

const AXE = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

async function lastSetSignal(page: Page): Promise<SetSignalMessage> {
  await page.waitForFunction(() =>
    (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'setSignal'),
  );
  const all = (await posted(page)).filter((m): m is SetSignalMessage => m.type === 'setSignal');
  return all.at(-1)!;
}

/** What the host does with a setSignal: the core's verified edits on the text. */
function apply(text: string, m: SetSignalMessage): string {
  const r = verifiedSignalEdits(text, check(text), m.featureIds, m.signal, m.value);
  assert.ok(r, 'the edit verifies');
  return r.after;
}

async function noTrouble(page: Page): Promise<void> {
  assert.deepEqual(await cspViolations(page), [], 'CSP violations');
  assert.deepEqual(pageErrors(page), [], 'page errors');
}

/** Picks a value in one of the bulk bar's dropdowns, as a click on its option does. */
async function choose(page: Page, id: string, value: string): Promise<void> {
  await page.evaluate(
    ([i, v]) => {
      const s = document.getElementById(i!) as HTMLElement & { value: string };
      s.value = v!;
      s.dispatchEvent(new Event('change'));
    },
    [id, value],
  );
}

const signalCell = (page: Page, id: string, signal: string) =>
  page.locator(`.feature-row[data-id="${id}"] .sig[data-signal="${signal}"]`);

describe('classifying in the matrix (Chromium)', function () {
  this.timeout(60_000);
  let server: Server;
  let browser: Browser;

  before(async () => {
    mkdirSync(RESULTS, { recursive: true });
    server = await startServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a click on a checkbox sets one signal in one minimal edit; Space toggles; Delete answers no', async () => {
    const page = await openPage(browser, server);
    await sendModel(page, modelOf(YAML), 1);
    assert.equal(await page.locator('#grid .sig').count(), 5 * 6);
    assert.equal(await signalCell(page, 'share', 'virality').getAttribute('data-state'), 'yes');
    assert.equal(await signalCell(page, 'export', 'virality').getAttribute('data-state'), 'unanswered');
    assert.equal(
      await signalCell(page, 'export', 'friction').getAttribute('aria-label'),
      'Export, friction: not answered',
    );
    await signalCell(page, 'export', 'friction').click();
    const m = await lastSetSignal(page);
    assert.deepEqual(m, {
      type: 'setSignal',
      featureIds: ['export'],
      signal: 'friction',
      value: true,
      documentVersion: 1,
    });
    const after = apply(YAML, m);
    assert.equal(
      after,
      YAML.replace(
        '    plan: pro   # paid for now\n',
        '    plan: pro   # paid for now\n    signals:\n      friction: true\n',
      ),
    );
    await sendModel(page, modelOf(after), 2);
    await page.waitForFunction(
      () =>
        document
          .querySelector('.feature-row[data-id="export"] .sig[data-signal="friction"]')
          ?.getAttribute('data-state') === 'yes',
    );
    // Space on the focused checkbox toggles it back (to false: an answer, not a deletion)
    await clearPosted(page);
    await signalCell(page, 'export', 'friction').focus();
    await page.keyboard.press(' ');
    const back = await lastSetSignal(page);
    assert.deepEqual(
      [back.featureIds, back.signal, back.value, back.documentVersion],
      [['export'], 'friction', false, 2],
    );
    assert.equal(apply(after, back), after.replace('friction: true', 'friction: false'));
    // Delete answers "no" for an unanswered signal
    await clearPosted(page);
    await signalCell(page, 'sso', 'virality').focus();
    await page.keyboard.press('Delete');
    const no = await lastSetSignal(page);
    assert.deepEqual([no.featureIds, no.signal, no.value], [['sso'], 'virality', false]);
    await noTrouble(page);
    await page.close();
  });

  it('shift-click selects a range; a toggle then applies to every selected row in ONE message', async () => {
    const page = await openPage(browser, server);
    await sendModel(page, modelOf(YAML), 4);
    await page.locator('.feature-row[data-id="boards"] [data-col="0"]').click();
    await page.locator('.feature-row[data-id="sso"] [data-col="0"]').click({ modifiers: ['Shift'] });
    assert.deepEqual(
      await page.$$eval('.feature-row[aria-selected="true"]', (els) =>
        els.map((e) => (e as HTMLElement).dataset.id),
      ),
      ['boards', 'share', 'export', 'sso'],
    );
    assert.match((await page.textContent('.bulk-count')) ?? '', /4 selected/);
    await clearPosted(page);
    await signalCell(page, 'export', 'habitLoop').click();
    const m = await lastSetSignal(page);
    assert.deepEqual(m.featureIds, ['boards', 'share', 'export', 'sso']);
    assert.equal(m.value, true);
    assert.equal((await posted(page)).filter((x) => x.type === 'setSignal').length, 1);
    const after = apply(YAML, m);
    assert.equal(
      after,
      YAML.replace('      pro: unlimited\n', '      pro: unlimited\n    signals:\n      habitLoop: true\n')
        .replace('{virality: true}', '{virality: true, habitLoop: true}')
        .replace(
          '    plan: pro   # paid for now\n',
          '    plan: pro   # paid for now\n    signals:\n      habitLoop: true\n',
        )
        .replace(
          '    name: SSO\n    category: Admin\n    plan: pro\n',
          '    name: SSO\n    category: Admin\n    plan: pro\n    signals:\n      habitLoop: true\n',
        ),
    );
    // Escape clears the selection
    await page.locator('.feature-row[data-id="sso"] [data-col="0"]').focus();
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.feature-row[aria-selected="true"]').count(), 0);
    await noTrouble(page);
    await page.close();
  });

  it('keyboard: Shift+ArrowDown extends the selection, Ctrl+Space adds a row', async () => {
    const page = await openPage(browser, server);
    await sendModel(page, modelOf(YAML), 1);
    await page.locator('.feature-row[data-id="share"] [data-col="0"]').focus();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    const sel = () =>
      page.$$eval('.feature-row[aria-selected="true"]', (els) =>
        els.map((e) => (e as HTMLElement).dataset.id),
      );
    assert.deepEqual(await sel(), ['share', 'export', 'sso']);
    assert.match((await page.textContent('#status')) ?? '', /3 selected/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Control+Space');
    assert.deepEqual(await sel(), ['share', 'export', 'sso', 'audit']);
    await noTrouble(page);
    await page.close();
  });

  it('a whole category: "Select all" then Set in the bulk bar is one edit for the category', async () => {
    const page = await openPage(browser, server);
    await sendModel(page, modelOf(YAML), 7);
    await page.locator('.select-group[data-category="Admin"]').click();
    assert.match((await page.textContent('.bulk-count')) ?? '', /2 selected/);
    await choose(page, 'bulk-signal', 'expansion');
    await choose(page, 'bulk-value', 'yes');
    await clearPosted(page);
    await page.locator('#bulk-set').click();
    const m = await lastSetSignal(page);
    assert.deepEqual(m, {
      type: 'setSignal',
      featureIds: ['sso', 'audit'],
      signal: 'expansion',
      value: true,
      documentVersion: 7,
    });
    const after = apply(YAML, m);
    assert.ok(after.endsWith('    plan: pro\n    signals:\n      expansion: true\n'));
    await clearPosted(page);
    await choose(page, 'bulk-value', 'no');
    await page.locator('#bulk-set').click();
    const c = await lastSetSignal(page);
    assert.equal(c.value, false);
    await noTrouble(page);
    await page.close();
  });

  it('unclassified: a filter, a count and the N key walk through them in order', async () => {
    const page = await openPage(browser, server);
    await sendModel(page, modelOf(YAML), 1);
    assert.match((await page.locator('#unclassified').getAttribute('label')) ?? '', /Unclassified \(4\)/);
    await page.locator('.feature-row[data-id="boards"] [data-col="0"]').focus();
    await page.keyboard.press('n');
    const focused = () =>
      page.evaluate(
        () => (document.activeElement as HTMLElement)?.closest<HTMLElement>('.feature-row')?.dataset.id,
      );
    assert.equal(await focused(), 'export');
    assert.equal(
      await page.evaluate(() => (document.activeElement as HTMLElement).dataset.signal),
      'virality',
    );
    await page.keyboard.press('n');
    assert.equal(await focused(), 'sso');
    await page.locator('#unclassified').click();
    const ids = await page.$$eval('#grid .feature-row', (rows) =>
      rows.map((r) => (r as HTMLElement).dataset.id),
    );
    assert.deepEqual(ids, ['boards', 'export', 'sso', 'audit']);
    await noTrouble(page);
    await page.close();
  });

  it('a feature that fails the schema stays visible with its error, and is not editable', async () => {
    const broken = YAML.replace('    plan: pro   # paid for now\n', '    plan:\n');
    const model = modelOf(broken);
    const page = await openPage(browser, server);
    await sendModel(page, model, 1);
    const row = page.locator('.feature-row[data-id="export"]');
    assert.equal(await row.getAttribute('data-invalid'), 'true');
    assert.match((await row.locator('.invalid-msg').textContent()) ?? '', /`plan` in feature "export"/);
    assert.equal(await row.locator('.side-badge').textContent(), 'invalid');
    await clearPosted(page);
    await signalCell(page, 'export', 'virality').click();
    assert.equal((await posted(page)).filter((m) => m.type === 'setSignal').length, 0);
    assert.match((await page.textContent('#status')) ?? '', /schema error/);
    // nor moved
    await page.locator('.feature-row[data-id="export"] [data-col="4"]').focus();
    await page.keyboard.press(' ');
    assert.equal((await posted(page)).filter((m) => m.type === 'moveFeature').length, 0);
    assert.match((await page.textContent('#status')) ?? '', /schema error: fix it in the text before moving/);
    await noTrouble(page);
    await page.close();
  });

  it('the status line follows the document: cleared after undo and after a syntax fix', async () => {
    const page = await openPage(browser, server);
    const model = modelOf(YAML);
    await sendModel(page, model, 1);
    await signalCell(page, 'export', 'friction').click();
    await send(page, {
      type: 'signalsApplied',
      signal: 'friction',
      value: true,
      changed: ['export'],
      unchanged: [],
    });
    await send(page, {
      type: 'render',
      documentVersion: 2,
      fileName: 'packaging.yaml',
      model: modelOf(apply(YAML, await lastSetSignal(page))),
    });
    await page.waitForFunction(() =>
      /Set friction for Export/.test(document.getElementById('status')?.textContent ?? ''),
    );
    // undo: a new version, the message goes
    await send(page, { type: 'render', documentVersion: 3, fileName: 'packaging.yaml', model });
    await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '').trim() === '');
    // a syntax error, a move refused locally, then the fix
    await send(page, {
      type: 'render',
      documentVersion: 4,
      fileName: 'packaging.yaml',
      model: modelOf(`${YAML}  - id: [oops\n`),
    });
    await page.keyboard.press('Escape');
    await page.locator('.feature-row[data-id="export"] [data-col="3"]').focus();
    await page.keyboard.press(' ');
    await page.waitForFunction(() =>
      /syntax error/.test(document.getElementById('status')?.textContent ?? ''),
    );
    await send(page, { type: 'render', documentVersion: 5, fileName: 'packaging.yaml', model });
    await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '').trim() === '');
    // a refusal stays with the render that follows it
    await send(page, {
      type: 'editRefused',
      featureId: 'export',
      reason: 'stale',
      message: 'The file changed.',
    });
    await send(page, { type: 'render', documentVersion: 6, fileName: 'packaging.yaml', model });
    await page.waitForTimeout(100);
    assert.match((await page.textContent('#status')) ?? '', /The file changed/);
    await noTrouble(page);
    await page.close();
  });

  it('Unlimited is neutral, either is neutral, and the recommendation is marked on its side', async () => {
    const page = await openPage(browser, server);
    const text = YAML.replace(
      '    plan: pro   # paid for now\n',
      '    plan: pro   # paid for now\n    signals: {friction: false}\n',
    );
    await sendModel(page, modelOf(text), 1);
    const boardsPro = page.locator('.feature-row[data-id="boards"] [data-col="4"]');
    assert.equal(await boardsPro.getAttribute('data-kind'), 'unlimited');
    assert.equal(
      await page.locator('.feature-row[data-id="export"] .rec').getAttribute('data-rec'),
      'either',
    );
    assert.equal(await page.locator('.feature-row[data-id="export"] .rec-mark').count(), 0);
    // share is recommended free: the mark sits in the Free column
    assert.equal(
      await page.locator('.feature-row[data-id="share"] [data-rec-here="true"]').getAttribute('data-col'),
      '3',
    );
    await noTrouble(page);
    await page.close();
  });

  it('the free offer and the growth model in full are in the header', async () => {
    const page = await openPage(browser, server);
    await sendModel(page, modelOf(YAML), 1);
    const card = (await page.textContent('.free-offer')) ?? '';
    assert.match(card, /Free\s+2 features free, behind walls: Boards \(3 boards\)/);
    assert.match(card, /Serves\s+poc/);
    const growth = (await page.textContent('.growth-full')) ?? '';
    for (const k of ['Relationship', 'one-to-many', 'Freemium goals', 'poc'])
      assert.ok(growth.includes(k), k);
    await page.close();
  });

  it('the static HTML export filters by side, flags and unclassified with no script and no network', async () => {
    const whiteboard = readFileSync(path.join(ROOT, 'examples', 'whiteboard', 'packaging.yaml'), 'utf8');
    const model = modelOf(whiteboard);
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent(exportHtml(model), { waitUntil: 'load' });
    const visible = () =>
      page.$$eval(
        'main tbody tr',
        (trs) => trs.filter((t) => (t as HTMLElement).offsetParent !== null).length,
      );
    const rows = model.groups.flatMap((g) => g.rows);
    assert.equal(await visible(), rows.length);
    await page.locator('label:has(#side-paid)').click();
    assert.equal(await visible(), rows.filter((r) => r.side === 'paid').length);
    // the keyboard works: they are ordinary radio buttons
    await page.locator('#side-all').focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await visible(), rows.filter((r) => r.side === 'free').length);
    await page.keyboard.press('ArrowLeft');
    assert.equal(await visible(), rows.length);
    await page.locator('#flagged').check();
    assert.equal(await visible(), rows.filter((r) => r.flag).length);
    await page.locator('#flagged').uncheck();
    await page.locator('#unclassified').check();
    assert.equal(await visible(), rows.filter((r) => r.recommendation === 'unclassified').length);
    // a category with nothing left to show is hidden whole
    const sections = await page.$$eval(
      'main section',
      (ss) => ss.filter((x) => (x as HTMLElement).offsetParent !== null).length,
    );
    assert.equal(
      sections,
      model.groups.filter((g) => g.rows.some((r) => r.recommendation === 'unclassified')).length,
    );
    assert.deepEqual(
      requests.filter((u) => !u.startsWith('about:')),
      [],
    );
    await ctx.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`the feature column stays visible at 700 px scrolled sideways (${theme}, screenshot)`, async () => {
      const whiteboard = readFileSync(path.join(ROOT, 'examples', 'whiteboard', 'packaging.yaml'), 'utf8');
      const page = await openPage(browser, server, { theme, width: 700, height: 900 });
      await sendModel(page, modelOf(whiteboard), 1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow > 100, `the matrix is wider than 700 px (${overflow})`);
      await page.evaluate(() => window.scrollTo(10_000, 250));
      await page.waitForTimeout(150);
      const feature = await page.locator('.feature-row [data-col="0"]').first().boundingBox();
      assert.ok(feature && feature.x >= 0 && feature.x < 2, `feature column at x=${feature?.x}`);
      const lastSig = await page.locator('.feature-row [data-signal="expansion"]').first().boundingBox();
      assert.ok(lastSig && lastSig.x + lastSig.width <= 700, 'the last signal column is reachable');
      const toolbar = await page.locator('.toolbar').boundingBox();
      assert.ok(toolbar && toolbar.x >= 0 && toolbar.x < 20, `toolbar stays in view (x=${toolbar?.x})`);
      await page.screenshot({ path: path.join(RESULTS, `matrix-700-${theme}.png`) });
      await noTrouble(page);
      await page.close();
    });
  }

  for (const theme of ['light', 'dark', 'hc'] as ThemeName[]) {
    it(`axe-core finds no colour-contrast violation (${theme})`, async () => {
      const whiteboard = readFileSync(path.join(ROOT, 'examples', 'whiteboard', 'packaging.yaml'), 'utf8');
      const page = await openPage(browser, server, { theme, height: 2400 });
      // a bit of everything: flagged, accepted, invalid, selected rows, the bulk bar, a status message
      await sendModel(page, modelOf(whiteboard.replace('    plan: starter\n', '    plan:\n')), 1);
      await page.locator('.select-group').first().click();
      await page.waitForTimeout(200);
      await page.evaluate(AXE);
      const result = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                ctx: unknown,
                opts: unknown,
              ) => Promise<{
                violations: { id: string; nodes: { target: string[]; failureSummary: string }[] }[];
                incomplete: { id: string; nodes: { target: string[]; failureSummary: string }[] }[];
                passes: { id: string; nodes: unknown[] }[];
              }>;
            };
          }
        ).axe;
        const r = await axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } });
        return {
          violations: r.violations.flatMap((v) =>
            v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
          ),
          checked: r.passes.reduce((n, p) => n + p.nodes.length, 0),
          incomplete: r.incomplete.flatMap((v) =>
            v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
          ),
        };
      });
      assert.ok(result.checked > 50, `axe checked ${result.checked} nodes`);
      assert.deepEqual(result.violations, []);
      // What axe cannot decide must be only what it never can: the buttons' shadow DOM (VS Code's own button
      // colours) and glyph-only text (the ◆ mark, arrow keys in <kbd>). A gradient or an overlap on our text
      // would hide a failure.
      const undecided = result.incomplete.filter(
        (x) => !/^#[a-z-]+,\.base\[part="base"\]/.test(x) && !/only non-text characters/.test(x),
      );
      assert.deepEqual(undecided, []);
      await page.close();
    });
  }
});
