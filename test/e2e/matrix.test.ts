// The matrix webview in a real browser: the built bundle inside the extension's own page (same CSP) on
// 127.0.0.1, a stand-in for acquireVsCodeApi, driven by playwright-core in Debian's Chromium.

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { MatrixModel } from '../../src/core/matrix/view-model';
import type { WebviewMessage } from '../../src/protocol';
import {
  clearPosted,
  cspViolations,
  launchChromium,
  openPage,
  pageErrors,
  posted,
  RESULTS,
  type Server,
  send,
  sendModel,
  startServer,
} from './harness';
import { bigYaml, examples, modelOf, XSS_PAYLOADS, xssYaml } from './models';

const rowIds = (page: Page) =>
  page.$$eval('#grid .feature-row', (rows) => rows.map((r) => (r as HTMLElement).dataset.id ?? ''));

const focusedCell = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { id: el?.closest<HTMLElement>('.feature-row')?.dataset.id, col: el?.dataset.col };
  });

async function waitForPosted(page: Page, type: WebviewMessage['type']): Promise<WebviewMessage> {
  await page.waitForFunction(
    (t) => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === t),
    type,
  );
  return (await posted(page)).filter((m) => m.type === type).at(-1)!;
}

async function noTrouble(page: Page): Promise<void> {
  assert.deepEqual(await cspViolations(page), [], 'CSP violations');
  assert.deepEqual(pageErrors(page), [], 'page errors');
}

describe('matrix webview in Chromium', function () {
  this.timeout(60_000);
  let server: Server;
  let browser: Browser;
  const whiteboard = examples().find((e) => e.name === 'whiteboard')!;
  let wb: MatrixModel;

  before(async () => {
    mkdirSync(RESULTS, { recursive: true });
    server = await startServer();
    browser = await launchChromium();
    wb = modelOf(whiteboard.text);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('rendering the examples', () => {
    for (const ex of examples()) {
      it(`renders ${ex.name} (light and dark, screenshots)`, async () => {
        const model = modelOf(ex.text);
        assert.ok(model.counts.features > 0);
        for (const theme of ['light', 'dark'] as const) {
          const page = await openPage(browser, server, { theme, height: 1100 });
          await sendModel(page, model, 3, `${ex.name}/packaging.yaml`);
          const rows = model.groups.flatMap((g) => g.rows);
          assert.deepEqual(
            await rowIds(page),
            rows.map((r) => r.id),
          );
          assert.equal(await page.textContent('.summary .product'), model.product);
          const heads = await page.$$eval('.plan-head .plan-name', (els) => els.map((e) => e.textContent));
          assert.deepEqual(
            heads,
            model.plans.map((p) => p.name),
          );
          const groups = await page.$$eval('.group-name', (els) => els.map((e) => e.textContent));
          assert.deepEqual(
            groups,
            model.groups.map((g) => g.category),
          );
          assert.match(
            (await page.textContent('.counts')) ?? '',
            new RegExp(`${model.counts.flagged} flagged`),
          );
          // every flagged row carries its mark and its messages
          for (const r of rows.filter((x) => x.flag)) {
            const row = page.locator(`.feature-row[data-id="${r.id}"]`);
            assert.equal(await row.getAttribute('data-flag'), r.flag);
            // the feature cell is named by its content: its visible text, then side, findings and market
            const label = (await row.locator('.feature .sr-only').textContent()) ?? '';
            for (const f of r.findings)
              assert.ok(label.includes(f.message), `${r.id} label has "${f.message}"`);
          }
          // cells read as "<feature>, <plan> plan, <content>, recommended <recommendation>"
          const first = rows[0]!;
          const cellLabel = await page
            .locator(`.feature-row[data-id="${first.id}"] [data-col="3"]`)
            .getAttribute('aria-label');
          assert.match(
            cellLabel ?? '',
            new RegExp(`^${first.name}, ${model.plans[0]!.name} plan, .+, recommended `),
          );
          await page.waitForTimeout(150); // fonts
          await page.screenshot({
            path: path.join(RESULTS, `matrix-${ex.name}-${theme}.png`),
            fullPage: true,
          });
          await noTrouble(page);
          await page.close();
        }
      });
    }

    it('reads a cell the way the issue asks: "Share boards, Free plan, included, recommended free"', async () => {
      const page = await openPage(browser, server);
      await sendModel(page, wb);
      const row = wb.groups
        .flatMap((g) => g.rows)
        .find((r) => r.id === 'share-links' || r.recommendation === 'free')!;
      const i = row.cells.findIndex((c) => c.kind === 'included');
      const label = await page
        .locator(`.feature-row[data-id="${row.id}"] [data-col="${3 + i}"]`)
        .getAttribute('aria-label');
      const lowest = wb.plans[i]!.id === row.plan ? ', lowest plan' : '';
      assert.equal(label, `${row.name}, ${wb.plans[i]!.name} plan, included${lowest}, recommended free`);
      assert.equal(await page.getAttribute('#grid', 'role'), 'grid');
      await page.close();
    });

    it('high contrast: focus is visible, findings pop up on hover and on focus, side vs recommendation marked', async () => {
      const page = await openPage(browser, server, { theme: 'hc', height: 1100 });
      await sendModel(page, wb, 1, 'whiteboard/packaging.yaml');
      const rows = wb.groups.flatMap((g) => g.rows);
      const popup = (id: string) =>
        page.locator(`.feature-row[data-id="${id}"] .findings`).evaluate((e) => getComputedStyle(e).display);
      const flagged = rows.filter((r) => r.flag);
      assert.ok(flagged.length >= 2, 'the whiteboard example has flagged rows');
      const [hovered, focused] = [flagged[0]!, flagged[1]!];
      assert.equal(await popup(hovered.id), 'none', 'hidden until hovered');
      await page.locator(`.feature-row[data-id="${hovered.id}"] .name`).hover();
      assert.equal(await popup(hovered.id), 'block', 'shown on hover');
      for (const f of hovered.findings) {
        const text =
          (await page.locator(`.feature-row[data-id="${hovered.id}"] .findings`).textContent()) ?? '';
        assert.ok(text.includes(f.message), f.message);
      }
      await page.mouse.move(0, 0);
      await page.locator(`.feature-row[data-id="${focused.id}"] [data-col="0"]`).focus();
      assert.equal(await popup(focused.id), 'block', 'shown on focus');
      const outline = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement as HTMLElement);
        return { style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor };
      });
      assert.deepEqual(
        outline,
        { style: 'solid', width: '2px', color: 'rgb(243, 133, 24)' },
        'HC focus border',
      );
      // a recommendation on the other side than the feature is marked as such, in text and for screen readers
      for (const r of rows) {
        const recSide =
          r.recommendation === 'unclassified' ? undefined : r.recommendation === 'paid' ? 'paid' : 'free';
        const differs = recSide !== undefined && r.side !== null && recSide !== r.side;
        const cell = page.locator(`.feature-row[data-id="${r.id}"] .rec`);
        assert.equal(await cell.getAttribute('data-differs'), String(differs), r.id);
        const label = (await cell.getAttribute('aria-label')) ?? '';
        assert.ok(
          label.startsWith(
            `recommended ${r.recommendation === 'free-limited' ? 'free behind a usage wall' : r.recommendation}`,
          ),
          label,
        );
        assert.equal(label.includes(`differs from its ${r.side} side`), differs, label);
      }
      assert.ok(
        rows.some((r) => r.side === 'free' && r.recommendation === 'paid'),
        'fixture has a mismatch',
      );
      await page.waitForTimeout(150); // fonts
      await page.screenshot({ path: path.join(RESULTS, 'matrix-whiteboard-hc.png'), fullPage: true });
      await noTrouble(page);
      await page.close();
    });

    it('shows a banner on a syntax error and keeps the last good matrix', async () => {
      const page = await openPage(browser, server);
      await sendModel(page, wb, 1);
      const before = await rowIds(page);
      const broken = modelOf(`${whiteboard.text}\n  - id: [unclosed\n`);
      assert.equal(broken.syntaxError, true);
      await send(page, { type: 'render', documentVersion: 2, fileName: 'packaging.yaml', model: broken });
      await page.waitForSelector('.banner[role=alert]');
      assert.match((await page.textContent('.banner')) ?? '', /does not parse/);
      assert.deepEqual(await rowIds(page), before);
      // a move now is refused locally: the matrix shown is not the text
      await page.locator('.feature-row [data-col="0"]').first().click();
      await clearPosted(page);
      await page.keyboard.press('Alt+ArrowRight');
      assert.equal((await posted(page)).filter((m) => m.type === 'moveFeature').length, 0);
      assert.match((await page.textContent('#status')) ?? '', /syntax error/);
      // fixed again: the banner goes
      await sendModel(page, wb, 3);
      assert.equal(await page.$('.banner'), null);
      await noTrouble(page);
      await page.close();
    });

    it('ignores and logs malformed messages, and keeps working', async () => {
      const page = await openPage(browser, server);
      await sendModel(page, wb);
      const bad = [
        null,
        'render',
        { type: 'render' },
        { type: 'render', documentVersion: 1, fileName: 'x', model: { ...wb, plans: 'nope' } },
        {
          type: 'render',
          documentVersion: 1,
          fileName: 'x',
          model: { ...wb, groups: [{ category: 'c', rows: [{}] }] },
        },
        { type: 'editRefused', featureId: 1 },
        { type: 'whatever' },
      ];
      for (const m of bad) await send(page, m);
      await page.waitForFunction(
        (n) =>
          (window as unknown as { __posted: { type: string }[] }).__posted.filter((m) => m.type === 'log')
            .length >= n,
        bad.length,
      );
      assert.equal((await rowIds(page)).length, wb.counts.features);
      await noTrouble(page);
      await page.close();
    });
  });

  describe('filters and sorting', () => {
    it('search, flagged only, side, signal and sort narrow the rows and are saved with setState', async () => {
      const page = await openPage(browser, server);
      await sendModel(page, wb);
      const rows = wb.groups.flatMap((g) => g.rows);
      const all = rows.length;

      await page.locator('#search input').fill('board');
      const byText = rows.filter((r) =>
        [r.name, r.id, r.category, r.description ?? ''].some((s) => s.toLowerCase().includes('board')),
      );
      assert.deepEqual(
        await rowIds(page),
        byText.map((r) => r.id),
      );
      assert.match(
        (await page.textContent('.filtered-note')) ?? '',
        new RegExp(`Showing ${byText.length} of ${all}`),
      );
      await page.locator('#search input').fill('');
      assert.equal((await rowIds(page)).length, all);

      await page.locator('#flagged').click();
      assert.deepEqual(
        await rowIds(page),
        rows.filter((r) => r.flag).map((r) => r.id),
      );
      await page.locator('#flagged').click();

      await page.locator('#side').click();
      await page.getByRole('option', { name: 'Paid' }).click();
      assert.deepEqual(
        await rowIds(page),
        rows.filter((r) => r.side === 'paid').map((r) => r.id),
      );
      await page.locator('#side').click();
      await page.getByRole('option', { name: 'All sides' }).click();

      await page.locator('#signal').click();
      await page.getByRole('option', { name: 'virality' }).click();
      assert.deepEqual(
        await rowIds(page),
        rows.filter((r) => r.signals.includes('virality')).map((r) => r.id),
      );

      await page.locator('#sort').click();
      await page.getByRole('option', { name: 'Name' }).click();
      const expected = wb.groups.flatMap((g) =>
        g.rows
          .filter((r) => r.signals.includes('virality'))
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((r) => r.id),
      );
      assert.deepEqual(await rowIds(page), expected);
      const state = await page.evaluate(() => (window as unknown as { __state: unknown }).__state);
      assert.deepEqual(
        { ...(state as object), scrollY: 0 },
        {
          query: '',
          flaggedOnly: false,
          unclassifiedOnly: false,
          side: 'all',
          signal: 'virality',
          sort: 'name',
          col: 0,
          scrollY: 0,
          rejected: [],
        },
      );
      await page.screenshot({ path: path.join(RESULTS, 'matrix-filtered-light.png') });
      await noTrouble(page);
      await page.close();
    });

    it('restores filters, sort and selection from the saved state (tab hidden and shown again)', async () => {
      const rows = wb.groups.flatMap((g) => g.rows);
      // a flagged row, so it stays visible under "Flagged only" (accepted findings never flag a row)
      const target = rows.find((r) => r.flag)!;
      const page = await openPage(browser, server, {
        state: {
          query: '',
          flaggedOnly: true,
          side: 'all',
          signal: 'any',
          sort: 'file',
          selected: target.id,
          col: 3,
        },
      });
      await sendModel(page, wb);
      assert.deepEqual(
        await rowIds(page),
        rows.filter((r) => r.flag).map((r) => r.id),
      );
      assert.equal(await page.locator('#flagged').evaluate((e) => (e as HTMLInputElement).checked), true);
      const page2 = await openPage(browser, server, {
        state: {
          query: target.name,
          flaggedOnly: false,
          side: 'all',
          signal: 'any',
          sort: 'file',
          selected: target.id,
          col: 3,
        },
      });
      await sendModel(page2, wb);
      assert.ok((await rowIds(page2)).includes(target.id));
      assert.equal(
        await page2.locator('#search').evaluate((e) => (e as HTMLInputElement).value),
        target.name,
      );
      // the selected cell is the one in the tab order
      const tabbable = await page2.$$eval('#grid [tabindex="0"]', (els) =>
        els.map((e) => [
          (e as HTMLElement).closest<HTMLElement>('.feature-row')?.dataset.id,
          (e as HTMLElement).dataset.col,
        ]),
      );
      assert.deepEqual(tabbable, [[target.id, '3']]);
      await page.close();
      await page2.close();
      // the scroll position comes back too (a short window, so the matrix scrolls)
      const page3 = await openPage(browser, server, {
        height: 400,
        state: {
          query: '',
          flaggedOnly: false,
          side: 'all',
          signal: 'any',
          sort: 'file',
          col: 0,
          scrollY: 300,
        },
      });
      await sendModel(page3, wb);
      await page3
        .waitForFunction(() => Math.abs(window.scrollY - 300) < 40, undefined, { timeout: 5000 }) // scroll anchoring may nudge it
        .catch(async (e) => {
          throw new Error(
            `${e}: scrollY ${await page3.evaluate(() => [window.scrollY, document.documentElement.scrollHeight])}`,
          );
        });
      await page3.evaluate(() => window.scrollTo(0, 120));
      await page3.waitForFunction(
        () => (window as unknown as { __state: { scrollY: number } }).__state?.scrollY === 120,
      );
      await page3.close();
    });

    it('copies the matrix shown as Markdown', async () => {
      const page = await openPage(browser, server);
      await sendModel(page, wb);
      await page.locator('#copy-md').click();
      const msg = (await waitForPosted(page, 'copyMarkdown')) as Extract<
        WebviewMessage,
        { type: 'copyMarkdown' }
      >;
      const header = msg.markdown.split('\n').find((l) => l.startsWith('| Feature |')) ?? '';
      for (const p of wb.plans) assert.ok(header.includes(p.name), p.name);
      for (const r of wb.groups.flatMap((g) => g.rows)) assert.ok(msg.markdown.includes(r.name), r.name);
      await page.close();
    });
  });

  describe('moving features', () => {
    let page: Page;
    const rows = () => wb.groups.flatMap((g) => g.rows);
    /** a move up past a limit asks first (suggest.test.ts): these tests move rows without limits */
    const noLimit = (x: { cells: { kind: string }[] }) => !x.cells.some((c) => c.kind === 'limit');
    beforeEach(async () => {
      page = await openPage(browser, server);
      await sendModel(page, wb, 7);
      await clearPosted(page);
    });
    afterEach(async () => {
      await noTrouble(page);
      await page.close();
    });

    it('arrow keys move the focus through the grid (roving tabindex)', async () => {
      await page.locator('.feature-row [data-col="0"]').first().focus();
      const ids = rows().map((r) => r.id);
      assert.deepEqual(await focusedCell(page), { id: ids[0], col: '0' });
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      assert.deepEqual(await focusedCell(page), { id: ids[2], col: '2' });
      await page.keyboard.press('End');
      assert.deepEqual(await focusedCell(page), { id: ids[2], col: String(wb.plans.length + 8) });
      await page.keyboard.press('Control+End');
      assert.deepEqual(await focusedCell(page), { id: ids.at(-1), col: String(wb.plans.length + 8) });
      await page.keyboard.press('Control+Home');
      assert.deepEqual(await focusedCell(page), { id: ids[0], col: '0' });
      assert.equal(await page.locator('#grid [tabindex="0"]').count(), 1);
      await page.keyboard.press('Enter');
      assert.deepEqual(await waitForPosted(page, 'reveal'), { type: 'reveal', featureId: ids[0] });
    });

    it('Alt+→ / Alt+← post a move to the next / previous plan with the document version', async () => {
      // a row with no limit on its plan: a move up past a limit asks first (suggest.test.ts)
      const r = rows().find((x) => x.plan === wb.plans[1]!.id && x.cells[1]?.kind !== 'limit')!;
      await page.locator(`.feature-row[data-id="${r.id}"] [data-col="0"]`).focus();
      await page.keyboard.press('Alt+ArrowRight');
      assert.deepEqual(await waitForPosted(page, 'moveFeature'), {
        type: 'moveFeature',
        featureId: r.id,
        planId: wb.plans[2]!.id,
        documentVersion: 7,
      });
      assert.equal(await page.getAttribute(`.feature-row[data-id="${r.id}"]`, 'data-pending'), 'true');
      await clearPosted(page);
      await page.keyboard.press('Alt+ArrowLeft');
      assert.deepEqual(await waitForPosted(page, 'moveFeature'), {
        type: 'moveFeature',
        featureId: r.id,
        planId: wb.plans[0]!.id,
        documentVersion: 7,
      });
    });

    it('Space on a plan cell makes it the lowest plan; the lowest plan itself is a no-op', async () => {
      const r = rows().find((x) => x.plan === wb.plans[0]!.id && noLimit(x))!;
      await page.locator(`.feature-row[data-id="${r.id}"] [data-col="5"]`).focus();
      await page.keyboard.press('Space');
      assert.deepEqual(await waitForPosted(page, 'moveFeature'), {
        type: 'moveFeature',
        featureId: r.id,
        planId: wb.plans[2]!.id,
        documentVersion: 7,
      });
      await clearPosted(page);
      await page.locator(`.feature-row[data-id="${r.id}"] [data-col="3"]`).focus();
      await page.keyboard.press('Space');
      assert.equal((await posted(page)).length, 0);
      assert.match((await page.textContent('#status')) ?? '', /already on/);
    });

    it('Shift+F10 opens the move menu; Enter on an item posts the move; focus returns to the cell', async () => {
      const r = rows().find((x) => noLimit(x) && x.plan !== wb.plans.at(-1)!.id)!;
      await page.locator(`.feature-row[data-id="${r.id}"] [data-col="0"]`).focus();
      await page.keyboard.press('Shift+F10');
      await page.waitForSelector('#menu[role=menu]');
      assert.equal(
        await page.evaluate(() => document.activeElement?.getAttribute('aria-checked')),
        'true',
        'the current plan is focused',
      );
      await page.screenshot({ path: path.join(RESULTS, 'matrix-menu-light.png') });
      await page.keyboard.press('End'); // "Reveal in text editor"
      await page.keyboard.press('ArrowUp'); // the highest plan
      await page.keyboard.press('Enter');
      assert.deepEqual(await waitForPosted(page, 'moveFeature'), {
        type: 'moveFeature',
        featureId: r.id,
        planId: wb.plans.at(-1)!.id,
        documentVersion: 7,
      });
      assert.equal(await page.$('#menu'), null);
      assert.deepEqual(await focusedCell(page), { id: r.id, col: '0' });
    });

    it('right click opens the menu too; Escape closes it', async () => {
      const r = rows()[1]!;
      await page.locator(`.feature-row[data-id="${r.id}"] [data-col="2"]`).click({ button: 'right' });
      await page.waitForSelector('#menu');
      await page.keyboard.press('Escape');
      assert.equal(await page.$('#menu'), null);
      assert.equal((await posted(page)).filter((m) => m.type === 'moveFeature').length, 0);
    });

    it('drag and drop of a row onto a plan column posts the move', async () => {
      const r = rows().find((x) => x.plan === wb.plans[0]!.id && noLimit(x))!;
      const other = rows().find((x) => x.id !== r.id)!;
      await page.dragAndDrop(
        `.feature-row[data-id="${r.id}"] .feature`,
        `.feature-row[data-id="${other.id}"] [data-col="4"]`,
      );
      assert.deepEqual(await waitForPosted(page, 'moveFeature'), {
        type: 'moveFeature',
        featureId: r.id,
        planId: wb.plans[1]!.id,
        documentVersion: 7,
      });
    });

    it('a click selects the row and does not reveal; a double click posts reveal', async () => {
      const r = rows()[2]!;
      await clearPosted(page);
      await page.locator(`.feature-row[data-id="${r.id}"] .name`).click();
      assert.deepEqual(await focusedCell(page), { id: r.id, col: '0' });
      await page.waitForTimeout(300);
      assert.deepEqual(
        (await posted(page)).filter((m) => m.type === 'reveal'),
        [],
      );
      await page.locator(`.feature-row[data-id="${r.id}"] .name`).dblclick();
      assert.deepEqual(await waitForPosted(page, 'reveal'), { type: 'reveal', featureId: r.id });
    });

    it('a refused edit shows why; the fresh render that follows keeps focus and selection', async () => {
      const r = rows()[4]!;
      await page.locator(`.feature-row[data-id="${r.id}"] [data-col="4"]`).focus();
      await page.keyboard.press('Alt+ArrowRight');
      await waitForPosted(page, 'moveFeature');
      await send(page, {
        type: 'editRefused',
        featureId: r.id,
        reason: 'stale',
        message: 'The file changed while you were moving; the matrix is up to date again.',
      });
      await page.waitForFunction(
        () => document.querySelector('#status')?.getAttribute('data-kind') === 'error',
      );
      assert.match((await page.textContent('#status')) ?? '', /file changed/);
      // the host re-renders from a newer version: same rows, focus stays where it was
      await sendModel(page, wb, 9);
      assert.deepEqual(await focusedCell(page), { id: r.id, col: '4' });
      assert.equal(await page.getAttribute(`.feature-row[data-id="${r.id}"]`, 'data-pending'), 'false');
      await clearPosted(page);
      await page.keyboard.press('Alt+ArrowRight');
      assert.equal(
        ((await waitForPosted(page, 'moveFeature')) as { documentVersion: number }).documentVersion,
        9,
      );
    });
  });

  describe('big files', () => {
    it('renders a window of a 2,000-feature file; keyboard and scrolling reach every row', async () => {
      const model = modelOf(bigYaml(2000));
      const ids = model.groups.flatMap((g) => g.rows.map((r) => r.id));
      assert.equal(ids.length, 2000);
      const page = await openPage(browser, server);
      await sendModel(page, model, 1);
      assert.equal(Number(await page.getAttribute('#grid', 'aria-rowcount')), 2000 + model.groups.length + 1);
      const rendered = (await rowIds(page)).length;
      assert.ok(rendered > 10 && rendered < 200, `rendered ${rendered} rows`);
      await page.locator('.feature-row [data-col="0"]').first().focus();
      await page.keyboard.press('Control+End');
      assert.deepEqual(await focusedCell(page), { id: ids.at(-1), col: String(model.plans.length + 8) });
      await page.keyboard.press('ArrowUp');
      assert.deepEqual(await focusedCell(page), { id: ids.at(-2), col: String(model.plans.length + 8) });
      await page.keyboard.press('Control+Home');
      assert.deepEqual(await focusedCell(page), { id: ids[0], col: '0' });
      // scrolling renders the rows that come into view, at their place in the grid
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      await page.waitForFunction(
        (mid) => document.querySelector(`.feature-row[data-id="${mid}"]`) !== null,
        ids[1000]!,
      );
      const box = await page.locator(`.feature-row[data-id="${ids[1000]}"]`).boundingBox();
      assert.ok(box && box.y > -2000 && box.y < 3000, `row 1000 at ${box?.y}`);
      // an Alt+→ on a row far down still posts the move (a row with no limit: no question first)
      const all = model.groups.flatMap((g) => g.rows);
      let at = 1000;
      while (at > 0 && all[at]!.cells.some((c) => c.kind === 'limit')) at--;
      const far = ids[at]!;
      assert.ok(ids.indexOf(far) > 990, `row ${ids.indexOf(far)}`);
      await page.locator(`.feature-row[data-id="${far}"] [data-col="0"]`).focus();
      await clearPosted(page);
      await page.keyboard.press('Alt+ArrowRight');
      assert.equal(((await waitForPosted(page, 'moveFeature')) as { featureId: string }).featureId, far);
      await page.screenshot({ path: path.join(RESULTS, 'matrix-2000-light.png') });
      await noTrouble(page);
      await page.close();
    });
  });

  describe('security: XSS corpus', () => {
    for (const bypassCSP of [false, true]) {
      it(`renders every payload as text${bypassCSP ? ' even with the CSP bypassed' : ' under the CSP'}`, async () => {
        const text = xssYaml();
        const model = modelOf(text);
        assert.equal(model.syntaxError, false);
        assert.equal(model.counts.features, XSS_PAYLOADS.length);
        const context = await browser.newContext({ bypassCSP });
        const page = await openPage(context, server, { theme: 'dark', height: 1400 });
        await sendModel(page, model);
        // hover and focus reveal the findings pop-ups too
        await page.locator('.feature-row .feature').first().hover();
        await page.locator('#copy-md').click();
        await page.locator('.feature-row [data-col="0"]').first().focus();
        await page.keyboard.press('Shift+F10');
        await page.waitForSelector('#menu');
        await page.waitForTimeout(300);
        const pwned = await page.evaluate(() => (window as unknown as { __pwned: unknown[] }).__pwned);
        assert.deepEqual(pwned, [], 'a payload executed');
        // no element a payload names exists anywhere in the page
        const injected = await page.evaluate(
          () =>
            document.querySelectorAll(
              'main img, main svg, main iframe, main math, main details, main b, main a, main style, main script',
            ).length,
        );
        assert.equal(injected, 0, 'a payload became markup');
        // biome-ignore lint/performance/useDomNodeTextContent: what is rendered is the point, not the DOM text
        const shown = await page.evaluate(() => document.body.innerText);
        for (const p of XSS_PAYLOADS) {
          assert.ok(shown.includes(p), `payload not shown as text: ${p}`);
        }
        // each kind of user string is shown as text where it belongs
        assert.equal(await page.textContent('.summary .product'), model.product);
        assert.ok(model.product.includes(XSS_PAYLOADS[0]!));
        assert.deepEqual(
          await page.$$eval('.plan-head .plan-name', (els) => els.map((e) => e.textContent)),
          model.plans.map((p) => p.name),
        );
        assert.deepEqual(
          await page.$$eval('.group-name', (els) => els.map((e) => e.textContent)),
          model.groups.map((g) => g.category),
        );
        const rows = model.groups.flatMap((g) => g.rows);
        assert.deepEqual(
          await page.$$eval('.feature-row', (els) =>
            els.map((e) => [e.querySelector('.name')?.textContent, e.querySelector('.desc')?.textContent]),
          ),
          rows.map((r) => [r.name, r.description]),
        );
        const limits = rows.flatMap((r) => r.cells.filter((c) => c.kind === 'limit').map((c) => c.label));
        assert.ok(limits.length > 0 && limits.some((l) => l.includes('<')), 'a unit carries a payload');
        assert.deepEqual(await page.$$eval('.plan .limit', (els) => els.map((e) => e.textContent)), limits);
        const md = (await posted(page)).find((m) => m.type === 'copyMarkdown') as { markdown: string };
        // the shared renderer's own line break in plan headers is the only tag allowed
        assert.ok(!/<[a-z!/]/i.test(md.markdown.replace(/<br>/g, '')), 'Markdown carries raw HTML');
        if (!bypassCSP) {
          await page.screenshot({ path: path.join(RESULTS, 'matrix-xss-dark.png'), fullPage: true });
          await noTrouble(page);
        }
        await context.close();
      });
    }
  });
});
