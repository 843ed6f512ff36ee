// The rows of a big matrix come from a pool of row elements re-bound as the window moves (webview/row-pool.ts):
// the elements stay bounded over 5,000 rows, every row shown sits at its place with its screen-reader index and
// the grid's order, and the focused row keeps its element (and focus) while scrolled away and back, through a
// model update too. Speed is the bench's business (bench/matrix.ts); nothing here is timed.

import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { MatrixModel } from '../../src/core/matrix/view-model';
import { axeAllRules } from './axe';
import { openBig, scrollBig } from './big-scroll';
import { cspViolations, launchChromium, openPage, pageErrors, type Server, startServer } from './harness';
import { bigYaml, modelOf } from './models';

const ROW_H = 48;
const GROUP_H = 32;

interface Shown {
  id: string | undefined;
  index: number;
  top: number;
  height: number;
  elementId: string;
}

/** The rows shown (the pool's free elements are hidden), in the grid's order. */
async function shownRows(page: Page): Promise<Shown[]> {
  const rows = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#grid-body > .row:not([hidden])')].map((r) => {
      const b = r.getBoundingClientRect();
      return {
        id: r.dataset.id,
        index: Number(r.getAttribute('aria-rowindex')),
        top: b.top + window.scrollY,
        height: b.height,
        elementId: r.id,
      };
    }),
  );
  return rows.sort((a, b) => a.index - b.index);
}

/** Rows of the grid in order (the group row of each category, then its rows), as the webview lists them. */
function gridOrder(model: MatrixModel): (string | undefined)[] {
  return model.groups.flatMap((g) => [undefined, ...g.rows.map((r) => r.id)]);
}

async function scrollTo(page: Page, y: number): Promise<void> {
  await page.evaluate((to) => window.scrollTo(0, to), y);
  // the scroll handler moves the window in the next animation frame
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );
}

async function focused(page: Page): Promise<{ id: string | undefined; col: string | undefined; el: string }> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    const row = a?.closest<HTMLElement>('.feature-row');
    return { id: row?.dataset.id, col: a?.dataset.col, el: row?.id ?? '' };
  });
}

async function noTrouble(page: Page): Promise<void> {
  assert.deepEqual(await cspViolations(page), [], 'CSP violations');
  assert.deepEqual(pageErrors(page), [], 'page errors');
}

/** The shown rows are consecutive grid rows, each at its offset, named by its index, in aria-owns order. */
async function checkPlacement(
  page: Page,
  order: (string | undefined)[],
  pinned: string[] = [],
): Promise<void> {
  // a pinned row (focused or selected) may be shown away from the window: leave it out of the run
  const shown = await shownRows(page);
  const rest = shown.filter((r) => !pinned.includes(r.id ?? ''));
  const lo = rest[0]?.index ?? 0;
  const hi = rest.at(-1)?.index ?? 0;
  const rows = shown.filter((r) => !pinned.includes(r.id ?? '') || (r.index > lo && r.index < hi));
  assert.ok(rows.length > 10, `${rows.length} rows shown`);
  const first = rows[0]!;
  for (const [k, r] of rows.entries()) {
    assert.equal(r.index, first.index + k, 'consecutive aria-rowindex');
    assert.equal(r.id, order[r.index - 2], `row ${r.index} shows the grid's row ${r.index}`);
    assert.equal(r.height, r.id === undefined ? GROUP_H : ROW_H);
    if (k > 0) {
      const prev = rows[k - 1]!;
      assert.ok(
        Math.abs(r.top - (prev.top + prev.height)) < 0.5,
        `row ${r.index} right under row ${prev.index}`,
      );
    }
  }
  const ids = new Set(rows.map((r) => r.id).filter(Boolean));
  assert.equal(ids.size, rows.filter((r) => r.id).length, 'no row shown twice');
  // assistive technology reads the rows in the grid's order, not the pool's
  const owns = (await page.getAttribute('#grid-body', 'aria-owns'))?.split(' ') ?? [];
  assert.deepEqual(
    owns,
    shown.map((r) => r.elementId),
  );
}

describe('big matrix rows from a pool of row elements (Chromium)', function () {
  this.timeout(120_000);
  let server: Server;
  let browser: Browser;
  let model: MatrixModel;
  let order: (string | undefined)[];

  before(async () => {
    server = await startServer();
    browser = await launchChromium();
    model = modelOf(bigYaml(5000));
    order = gridOrder(model);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('5,000 rows: the elements stay bounded while scrolling to the end; every row shown is at its place', async () => {
    assert.equal(model.counts.features, 5000);
    const page = await openPage(browser, server, { width: 700, height: 900 });
    await openBig(page, model);
    assert.equal(
      Number(await page.getAttribute('#grid', 'aria-rowcount')),
      order.length + 1,
      'aria-rowcount counts every row and the header',
    );
    await checkPlacement(page, order);
    // elements outside the pool's rows, and how many the rows hold: the pool may grow under a slow frame (a jump
    // needs the rows of the old and the new window at once) but never past its bound, and nothing else grows
    const census = () =>
      page.evaluate(() => {
        const rows = [...document.querySelectorAll('#grid-body > .row')];
        const inRows = rows.reduce((n, r) => n + 1 + r.getElementsByTagName('*').length, 0);
        return { rows: rows.length, outside: document.getElementsByTagName('*').length - inRows, inRows };
      });
    const before = await census();
    const scroll = await scrollBig(page);
    assert.ok(
      scroll.frames > 200 && scroll.renders > 10,
      `${scroll.frames} frames, ${scroll.renders} renders`,
    );
    const after = await census();
    // a window of about 2,700 px holds some 60 rows: the pool never grows past a screenful or two of spares
    assert.ok(after.rows < 120, `${after.rows} row elements after scrolling 5,000 rows`);
    assert.ok(
      after.outside <= before.outside + 10,
      `${before.outside} elements outside the rows before the scroll, ${after.outside} after`,
    );
    const perRow = Math.max(before.inRows / before.rows, after.inRows / after.rows);
    assert.ok(perRow < 40, `${perRow.toFixed(1)} elements a row`);
    const rows = await shownRows(page);
    assert.equal(rows.at(-1)!.index, order.length + 1, "the grid's last row is shown at the end");
    await checkPlacement(page, order);
    // and back in the middle: the rows there, at their place
    await scrollTo(page, (await page.evaluate(() => document.documentElement.scrollHeight)) / 2);
    await checkPlacement(page, order);
    await noTrouble(page);
    await page.close();
  });

  it('the focused row keeps its element and focus while scrolled away and back, and through a model update', async () => {
    const page = await openPage(browser, server, { width: 700, height: 900 });
    await openBig(page, model);
    await scrollTo(page, 20_000);
    const target = (await shownRows(page)).find((r) => r.id && r.top > 20_300)!;
    const cell = page.locator(`.feature-row[data-id="${target.id}"] [data-col="4"]`);
    await cell.focus();
    assert.deepEqual(await focused(page), { id: target.id, col: '4', el: target.elementId });
    // the cell is named by its visible text, then its side and findings (hidden text, by aria-labelledby)
    const row = model.groups.flatMap((g) => g.rows).find((r) => r.id === target.id)!;
    const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const named = page.getByRole('gridcell', { name: new RegExp(`^${esc(row.name)}\\b.*${row.side} side`) });
    assert.equal(await named.count(), 1, 'the feature cell, by its accessible name');
    const name = await page.locator(`.feature-row[data-id="${target.id}"] [data-col="0"]`).evaluate((c) =>
      (c.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim())
        .join(' '),
    );
    assert.ok(name.startsWith(row.name), name);
    assert.match(name, new RegExp(`${row.side} side`));
    for (const f of row.findings.filter((x) => x.accepted === undefined)) assert.ok(name.includes(f.message));

    // far away: the window moves on, the focused row stays in its element (out of view, at its place)
    await scrollTo(page, 120_000);
    assert.deepEqual(await focused(page), { id: target.id, col: '4', el: target.elementId });
    await checkPlacement(page, order, [target.id!]);
    const away = (await shownRows(page)).find((r) => r.id === target.id);
    assert.equal(away?.top, target.top, 'the focused row stays at its place in the grid');
    // the tab stop is still on it
    assert.equal(await cell.getAttribute('tabindex'), '0');

    // a model update while it is away (one feature renamed, near the viewport) keeps focus where it was
    const shownNow = (await shownRows(page)).find((r) => r.id && r.id !== target.id && r.top > 120_100)!;
    const renamed: MatrixModel = structuredClone(model);
    const r2 = renamed.groups.flatMap((g) => g.rows).find((r) => r.id === shownNow.id)!;
    r2.name = `${r2.name} (renamed)`;
    await page.evaluate((m) => {
      window.dispatchEvent(
        new MessageEvent('message', {
          data: { type: 'render', documentVersion: 2, fileName: 'big.yaml', model: m },
        }),
      );
    }, renamed);
    await page.waitForFunction(
      ([id, n]) => document.querySelector(`.feature-row[data-id="${id}"] .name`)?.textContent === n,
      [shownNow.id!, r2.name],
    );
    assert.deepEqual(await focused(page), { id: target.id, col: '4', el: target.elementId });

    // back: the same element, still focused; the keyboard goes on from it to the next row of the grid
    await scrollTo(page, 20_000);
    assert.deepEqual(await focused(page), { id: target.id, col: '4', el: target.elementId });
    await checkPlacement(page, order);
    await page.keyboard.press('ArrowDown');
    const next = order.slice(order.indexOf(target.id) + 1).find((x) => x !== undefined);
    assert.equal((await focused(page)).id, next);
    assert.equal((await focused(page)).col, '4');
    // the keyboard beyond the window: Ctrl+End reaches the last row, Ctrl+Home the first, each focused
    await page.keyboard.press('Control+End');
    assert.equal((await focused(page)).id, order.at(-1));
    await checkPlacement(page, order, [next!]);
    await page.keyboard.press('Control+Home');
    assert.equal((await focused(page)).id, order[1]);
    await checkPlacement(page, order, [order.at(-1)!]);
    await noTrouble(page);
    // axe-core with every rule on the pool's rows (aria-owns, aria-labelledby of hidden text), a row pinned away
    // (last: axe's own inline styles are refused by the CSP)
    const axe = await axeAllRules(page);
    assert.ok(axe.checked > 1000, `axe checked ${axe.checked} nodes`);
    assert.deepEqual(axe.violations, []);
    await page.close();
  });
});
