// The matrix as the place a PM decides (issue 21), in Chromium: bulk answers only on an explicit choice, a click
// that selects without revealing, the compact layout beside the text at 700 px, menus kept on screen, axe-core
// with every rule in four themes at 700 px, a toolbar of one line at 700 px, and a 5,000-feature file
// opened and scrolled with only a window of rows in the page (its speed: bench/matrix.ts).

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { SIGNAL_QUESTIONS } from '../../src/core/format/questions';
import type { MatrixModel } from '../../src/core/matrix/view-model';
import { SIGNALS } from '../../src/core/types';
import type { WebviewMessage } from '../../src/protocol';
import { axeAllRules } from './axe';
import { openBig, scrollBig } from './big-scroll';
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
import { bigYaml, modelOf } from './models';
import type { ThemeName } from './themes';

const WHITEBOARD = readFileSync(path.join(ROOT, 'examples', 'whiteboard', 'packaging.yaml'), 'utf8');

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

async function selectValue(page: Page, id: string): Promise<string> {
  return page.evaluate((i) => (document.getElementById(i) as HTMLElement & { value: string }).value, id);
}

async function noTrouble(page: Page): Promise<void> {
  assert.deepEqual(await cspViolations(page), [], 'CSP violations');
  assert.deepEqual(pageErrors(page), [], 'page errors');
}

async function ofType(page: Page, type: string): Promise<WebviewMessage[]> {
  return (await posted(page)).filter((m) => m.type === type);
}

describe('the matrix as the place a PM decides (Chromium, issue 21)', function () {
  this.timeout(120_000);
  let server: Server;
  let browser: Browser;
  let wb: MatrixModel;

  before(async () => {
    mkdirSync(RESULTS, { recursive: true });
    server = await startServer();
    browser = await launchChromium();
    wb = modelOf(WHITEBOARD);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the bulk bar writes nothing without an explicit signal and answer, and says what it will write', async () => {
    const page = await openPage(browser, server, { width: 700, height: 900 });
    await sendModel(page, wb, 5);
    const admin = wb.groups.find((g) => g.category === 'Admin')!;
    await page.locator('.select-group[data-category="Admin"]').click();
    const n = admin.rows.length;
    // inside the sticky toolbar, with nothing chosen and Set disabled
    assert.equal(await page.locator('.toolbar .bulk').count(), 1);
    assert.equal(await selectValue(page, 'bulk-signal'), '');
    assert.equal(await page.locator('#bulk-set').getAttribute('disabled'), '');
    await clearPosted(page);
    await page.locator('#bulk-set').click({ force: true });
    await page.waitForTimeout(200);
    assert.deepEqual(await ofType(page, 'setSignal'), [], 'a disabled Set wrote');
    // the §3.1 questions are the choices' descriptions
    for (const s of SIGNALS) {
      const d = await page.getAttribute(`#bulk-signal vscode-option[value="${s}"]`, 'description');
      assert.equal(d, SIGNAL_QUESTIONS[s].question, s);
    }
    // a signal alone is not enough
    await choose(page, 'bulk-signal', 'friction');
    assert.equal(await page.locator('#bulk-set').getAttribute('disabled'), '');
    assert.equal((await page.textContent('.bulk-question'))?.trim(), SIGNAL_QUESTIONS.friction.short);
    await page.locator('#bulk-set').click({ force: true });
    await page.waitForTimeout(200);
    assert.deepEqual(await ofType(page, 'setSignal'), [], 'Set wrote with no answer chosen');
    // both chosen: the button says what it writes to how many rows, before it writes
    await choose(page, 'bulk-value', 'yes');
    assert.equal(await page.locator('#bulk-set').getAttribute('disabled'), null);
    assert.equal((await page.textContent('#bulk-set'))?.trim(), `Set friction = yes on ${n} features`);
    // scrolled to the bottom, the bar and its Set button are still on screen
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(100);
    const set = await page.locator('#bulk-set').boundingBox();
    assert.ok(set && set.y >= 0 && set.y + set.height <= 900, `Set at y=${set?.y}`);
    await page.locator('#bulk-set').click();
    await page.waitForFunction(() =>
      (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'setSignal'),
    );
    assert.deepEqual(await ofType(page, 'setSignal'), [
      {
        type: 'setSignal',
        featureIds: admin.rows.map((r) => r.id),
        signal: 'friction',
        value: true,
        documentVersion: 5,
      },
    ]);
    // a new selection starts from nothing chosen again
    await page.locator('.bulk #bulk-none').click();
    await page.locator('.select-group[data-category="Boards"]').click();
    assert.equal(await selectValue(page, 'bulk-signal'), '');
    assert.equal(await page.locator('#bulk-set').getAttribute('disabled'), '');
    // the signal columns' headers carry the question as their tooltip
    for (const s of SIGNALS) {
      const title = (await page.locator('.sig-head').nth(SIGNALS.indexOf(s)).getAttribute('title')) ?? '';
      assert.ok(title.includes(SIGNAL_QUESTIONS[s].question), `${s}: ${title}`);
    }
    await noTrouble(page);
    await page.close();
  });

  it('a single click selects and does not reveal; double click, Enter and "Show in text" do', async () => {
    const page = await openPage(browser, server, { width: 700, height: 900 });
    await sendModel(page, wb, 2);
    const ids = wb.groups.flatMap((g) => g.rows.map((r) => r.id));
    await clearPosted(page);
    for (const col of ['0', '1', '2']) {
      await page.locator(`.feature-row[data-id="${ids[1]}"] [data-col="${col}"]`).click();
      assert.equal(await page.locator(`.feature-row[data-id="${ids[1]}"].selected`).count(), 1);
    }
    await page.waitForTimeout(300);
    assert.deepEqual(await ofType(page, 'reveal'), [], 'a single click revealed');
    await page.locator(`.feature-row[data-id="${ids[3]}"] .name`).dblclick();
    await page.waitForTimeout(100);
    assert.deepEqual(await ofType(page, 'reveal'), [{ type: 'reveal', featureId: ids[3] }]);
    await clearPosted(page);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(100);
    assert.deepEqual(await ofType(page, 'reveal'), [{ type: 'reveal', featureId: ids[4] }]);
    await clearPosted(page);
    await page.locator('#show-in-text').click();
    await page.waitForTimeout(100);
    assert.deepEqual(await ofType(page, 'reveal'), [{ type: 'reveal', featureId: ids[4] }]);
    // a maximised matrix: the host shows no text and says why
    await send(page, { type: 'revealNotShown', featureId: ids[4], message: 'The matrix is maximised.' });
    await page.waitForFunction(() => /maximised/.test(document.getElementById('status')?.textContent ?? ''));
    await noTrouble(page);
    await page.close();
  });

  for (const theme of ['light', 'dark'] as ThemeName[]) {
    it(`compact at 700 px: one header line, the recommendation in view, no mid-word wraps (${theme}, screenshot)`, async () => {
      const page = await openPage(browser, server, { theme, width: 700, height: 900 });
      await sendModel(page, { ...wb, notice: 'Totals count planned features too.' }, 1);
      await page.waitForTimeout(150); // fonts
      // the header is one line: product, file and totals side by side
      const line = await page.evaluate(() => {
        const h = document.querySelector('.headline')!;
        const boxes = [...h.querySelectorAll('h1, .counts li')]
          .map((e) => e.getBoundingClientRect())
          .filter((r) => r.width > 0);
        return { tops: boxes.map((r) => Math.round(r.top)), height: h.getBoundingClientRect().height };
      });
      assert.ok(Math.max(...line.tops) - Math.min(...line.tops) < 8, `header on one line: ${line.tops}`);
      // the decision card is one line until opened; the notice is one line under the header
      const toggle = page.locator('#decision-toggle');
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      const closed = (await toggle.boundingBox())!;
      assert.ok(closed.height < 30, `decision card line ${closed.height}px`);
      assert.equal(await page.locator('#decision-body').isVisible(), false);
      assert.equal((await page.textContent('.notice'))?.trim(), 'Totals count planned features too.');
      // the grid starts on the first screen and the first rows' recommendation needs no sideways scroll
      const firstRow = wb.groups[0]!.rows[0]!;
      const rec = (await page.locator(`.feature-row[data-id="${firstRow.id}"] .rec`).boundingBox())!;
      assert.ok(rec.x >= 0 && rec.x + rec.width <= 700, `recommendation at ${rec.x}..${rec.x + rec.width}`);
      assert.ok(rec.y + rec.height < 900, `recommendation below the first screen (y=${rec.y})`);
      assert.equal(await page.evaluate(() => window.scrollX), 0);
      // no word of a column header or a category row is broken across lines
      const broken = await page.evaluate(() => {
        const out: string[] = [];
        for (const el of document.querySelectorAll('.row.head .cell, .group-name')) {
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let t = walker.nextNode(); t; t = walker.nextNode()) {
            const text = t.textContent ?? '';
            for (const m of text.matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(t, m.index!);
              range.setEnd(t, m.index! + m[0].length);
              const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              if (lines.size > 1) out.push(m[0]);
            }
          }
        }
        return out;
      });
      assert.deepEqual(broken, [], 'words broken mid-word');
      // a category's name never overlaps its buttons, also scrolled sideways
      for (const x of [0, 10_000]) {
        await page.evaluate((sx) => window.scrollTo(sx, 0), x);
        await page.waitForTimeout(100);
        const name = (await page.locator('.group-name').first().boundingBox())!;
        const button = (await page.locator('.select-group').first().boundingBox())!;
        assert.ok(
          name.x + name.width <= button.x,
          `name ends at ${name.x + name.width}, button at ${button.x}`,
        );
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      assert.ok(await page.locator('#decision-body .free-offer').isVisible());
      await toggle.click();
      await page.screenshot({ path: path.join(RESULTS, `decide-700-${theme}.png`) });
      await noTrouble(page);
      await page.close();
    });
  }

  it('the toolbar is one line at 700 px; every control stays named and reachable by keyboard', async () => {
    const page = await openPage(browser, server, { width: 700, height: 900 });
    await sendModel(page, wb, 1);
    await page.waitForTimeout(150); // fonts
    // one line: every control's box on the same row, and the bar as tall as one control plus its padding
    const bar = await page.evaluate(() => {
      const t = document.querySelector<HTMLElement>('.toolbar')!;
      const shown = [...t.querySelectorAll<HTMLElement>(':scope > *, :scope > .more > *')]
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0);
      const cs = getComputedStyle(t);
      return {
        height: t.getBoundingClientRect().height - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom),
        tallest: Math.max(...shown.map((r) => r.height)),
        tops: shown.map((r) => Math.round(r.top + r.height / 2)),
        right: Math.max(...shown.map((r) => r.right)),
      };
    });
    assert.ok(bar.tallest > 15 && bar.tallest < 40, `control height ${bar.tallest}`);
    assert.ok(
      Math.abs(bar.height - bar.tallest) <= 1,
      `toolbar ${bar.height}px tall for ${bar.tallest}px controls`,
    );
    assert.ok(Math.max(...bar.tops) - Math.min(...bar.tops) <= 4, `controls on one line: ${bar.tops}`);
    assert.ok(bar.right <= 700, `the toolbar ends at ${bar.right}`);
    // every control is named (the icon-only buttons by their hidden label)
    for (const [role, name] of [
      ['textbox', 'Search features'],
      ['button', 'Filters'],
      ['button', 'Next unclassified'],
      ['button', 'Show in text'],
      ['button', 'Copy as Markdown'],
    ] as const) {
      assert.equal(await page.getByRole(role, { name, exact: true }).count(), 1, `${role} "${name}"`);
    }
    // Tab from the search field walks the line; the Filters button opens the panel, whose controls come next
    const order = async (n: number) => {
      const ids: string[] = [];
      for (let i = 0; i < n; i++) {
        await page.keyboard.press('Tab');
        ids.push(await page.evaluate(() => document.activeElement?.id ?? ''));
      }
      return ids;
    };
    await page.locator('#search').focus();
    // Show in text is disabled until a feature is selected, so Tab skips it
    assert.deepEqual(await order(3), ['more-toggle', 'next-unclassified', 'copy-md']);
    const toggle = page.locator('#more-toggle');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.locator('#flagged').isVisible(), false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.getElementById('more-toggle')?.getAttribute('aria-expanded') === 'true',
    );
    assert.deepEqual(await order(5), ['flagged', 'unclassified', 'side', 'signal', 'sort']);
    // the panel lies over the page, inside the view, and the bar stays one line
    const panel = (await page.locator('#toolbar-more').boundingBox())!;
    assert.ok(panel.x >= 0 && panel.x + panel.width <= 700, `panel ${panel.x}..${panel.x + panel.width}`);
    const barBox = (await page.locator('.toolbar').boundingBox())!;
    assert.ok(panel.y >= barBox.y + barBox.height - 1, 'the panel opens under the bar');
    // a filter chosen in the panel applies and the button counts it
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'unclassified');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelectorAll('.feature-row').length === 1);
    assert.equal((await toggle.textContent())?.trim(), 'Filters (1)');
    await page.keyboard.press('Escape');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'more-toggle');
    assert.equal(await page.locator('#unclassified').isVisible(), false);
    // selected, Show in text joins the line
    await page.locator('#more-toggle').click();
    await page.locator('#unclassified').click();
    await page.keyboard.press('Escape');
    await page.locator('.feature-row [data-col="0"]').first().click();
    await page.locator('#search').focus();
    assert.deepEqual(await order(4), ['more-toggle', 'next-unclassified', 'show-in-text', 'copy-md']);
    await noTrouble(page);
    await page.close();
  });

  it('menus stay on screen: clamped inside the left and right edges, flipped above near the bottom', async () => {
    const page = await openPage(browser, server, { width: 700, height: 700 });
    await sendModel(page, wb, 1);
    const ids = wb.groups.flatMap((g) => g.rows.map((r) => r.id));
    const inView = async (what: string) => {
      const box = (await page.locator('#menu').boundingBox())!;
      assert.ok(box.x >= 0 && box.x + box.width <= 700, `${what}: menu x ${box.x}..${box.x + box.width}`);
      assert.ok(box.y >= 0 && box.y + box.height <= 700, `${what}: menu y ${box.y}..${box.y + box.height}`);
    };
    // scrolled sideways, on the last signal column (the Shift+F10 ran off the left edge)
    await page.evaluate(() => window.scrollTo(10_000, 0));
    const last = page.locator(`.feature-row[data-id="${ids[0]}"] [data-signal="expansion"]`);
    await last.focus();
    await page.keyboard.press('Shift+F10');
    await page.waitForSelector('#menu');
    await inView('scrolled sideways');
    await page.keyboard.press('Escape');
    // a row at the bottom edge of the view
    await page.evaluate(() => window.scrollTo(0, 0));
    const low = await page.evaluate(() => {
      const rows = [...document.querySelectorAll<HTMLElement>('.feature-row')];
      return rows.find((r) => r.getBoundingClientRect().bottom > 640)?.dataset.id;
    });
    assert.ok(low, 'a row near the bottom');
    await page.locator(`.feature-row[data-id="${low}"] [data-col="0"]`).focus({});
    await page.evaluate((id) => {
      const r = document.querySelector(`.feature-row[data-id="${id}"]`)!.getBoundingClientRect();
      window.scrollBy(0, r.bottom - 690);
    }, low);
    await page.keyboard.press('Shift+F10');
    await page.waitForSelector('#menu');
    await inView('near the bottom');
    await noTrouble(page);
    await page.close();
  });

  for (const theme of ['light', 'dark', 'hc', 'hc-light'] as ThemeName[]) {
    it(`axe-core: no violation of any rule at 700 px (${theme})`, async () => {
      const page = await openPage(browser, server, { theme, width: 700, height: 1400 });
      // a bit of everything: an invalid row, accepted findings, a selection with the bulk bar, the card open
      await sendModel(page, modelOf(WHITEBOARD.replace('    plan: starter\n', '    plan:\n')), 1);
      await page.locator('.select-group').first().click();
      await choose(page, 'bulk-signal', 'virality');
      await page.locator('#decision-toggle').click();
      // the compact toolbar's Filters panel open as well
      await page.locator('#more-toggle').click();
      await page.waitForTimeout(200);
      assert.ok(await page.locator('#sort').isVisible());
      const r = await axeAllRules(page);
      assert.ok(r.rules > 90, `axe ran ${r.rules} rules`);
      assert.ok(r.checked > 1000, `axe checked ${r.checked} nodes`);
      assert.deepEqual(r.violations, []);
      await page.close();
    });
  }

  it('5,000 features: opens with only the visible rows in the page, and scrolls to the end re-rendering as it goes', async () => {
    const model = modelOf(bigYaml(5000));
    assert.equal(model.counts.features, 5000);
    const page = await openPage(browser, server, { width: 700, height: 900 });
    // Speed is the bench's business (npm run bench: open, fps and long tasks over several runs); what is asserted
    // here is that the rows are virtualised and that scrolling renders them, up to the last row.
    const open = await openBig(page, model);
    assert.ok(open.rows > 10 && open.rows < 300, `${open.rows} rows in the DOM`);
    const scroll = await scrollBig(page);
    assert.ok(scroll.renders > 10, `${scroll.renders} renders while scrolling 5,000 rows`);
    assert.ok(scroll.frames > 200, `${scroll.frames} frames`);
    // the pool's DOM order is not the grid's (webview/row-pool.ts): the last row is the one of the highest index
    const [last, lastIndex, count] = await page.evaluate(() => {
      const shown = [...document.querySelectorAll('#grid .row[aria-rowindex]:not([hidden])')];
      const end = shown.sort(
        (a, b) => Number(b.getAttribute('aria-rowindex')) - Number(a.getAttribute('aria-rowindex')),
      )[0];
      return [
        end?.textContent,
        end?.getAttribute('aria-rowindex'),
        document.getElementById('grid')?.getAttribute('aria-rowcount'),
      ];
    });
    assert.match(last ?? '', /4999|5000|f-?4999|Feature 5000/i, 'the last rows are rendered at the end');
    assert.equal(lastIndex, count, "the grid's last row is in the DOM");
    await noTrouble(page);
    await page.close();
  });
});
