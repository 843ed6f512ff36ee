// Revision 2 in the matrix webview, in Chromium: add-on cells from the add-on's plan up, the add-ons listed with
// their prices, `either` rows with no mismatch mark, accepted findings shown with their reason and never as a flag,
// and the rationale on its row. Light and dark, with screenshots.

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import {
  cspViolations,
  launchChromium,
  openPage,
  pageErrors,
  RESULTS,
  type Server,
  sendModel,
  startServer,
} from './harness';
import { modelOf } from './models';

const TEXT = `version: 1
product: {name: Revision Two}
growth: {acquisition: product-led, retention: product-led, freeOffer: freemium, freemiumGoals: [poc]}
plans:
  - {id: free, name: Free, price: 0}
  - {id: pro, name: Pro, price: 10, per: seat, period: month, minSeats: 3}
  - {id: business, name: Business, price: 30, per: seat, period: month}
addOns:
  - {id: ai, name: AI assistant, price: 8, per: seat, period: month, from: pro}
features:
  - id: boards
    name: Boards
    plan: free
    limits: {free: 3}
    signals: {ahaMoment: true, habitLoop: true, expansion: true}
  - id: themes
    name: Custom themes
    plan: pro
    signals: {}
  - id: summaries
    name: AI summaries
    addOn: ai
    signals: {expansion: true}
  - id: guests
    name: Guests
    plan: free
    limits: {free: 1}
    signals: {virality: true}
    rationale: One guest lets a user show the product; teams buy Pro.
    accept:
      viral-wall: One guest is enough to try it; teams buy Pro.
`;

describe('matrix webview, revision 2, in Chromium', function () {
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

  for (const theme of ['light', 'dark'] as const) {
    it(`add-ons, either rows, accepted findings and rationale (${theme})`, async () => {
      const model = modelOf(TEXT);
      const page = await openPage(browser, server, { theme, height: 700 });
      await sendModel(page, model, 1, 'revision2/packaging.yaml');
      await page.waitForSelector('.feature-row[data-id="summaries"]');

      // Add-on cells: not included below the add-on's `from` plan, "add-on: NAME, PRICE" from it up.
      const cells = await page.$$eval('.feature-row[data-id="summaries"] .cell.plan', (els) =>
        els.map((e) => [
          (e as HTMLElement).dataset.kind,
          // the cell's content, without the recommendation mark (checked below)
          [...e.childNodes]
            .filter(
              (n) =>
                n.nodeType !== Node.COMMENT_NODE &&
                !(n instanceof HTMLElement && n.classList.contains('rec-mark')),
            )
            .map((n) => n.textContent)
            .join('')
            .trim(),
        ]),
      );
      assert.deepEqual(cells, [
        ['excluded', '—'],
        ['addOn', 'add-on: AI assistant, $8 / seat / month'],
        ['addOn', 'add-on: AI assistant, $8 / seat / month'],
      ]);
      // recommended paid: the mark sits on the lowest paid plan
      const mark = await page.$$eval('.feature-row[data-id="summaries"] .cell.plan', (els) =>
        els.map((e) => (e.querySelector('.rec-mark') ? 'mark' : '')),
      );
      const rec = model.groups.flatMap((g) => g.rows).find((r) => r.id === 'summaries')!.recommendation;
      if (rec === 'paid')
        assert.equal(
          mark.indexOf('mark'),
          model.plans.findIndex((p) => !p.free),
        );
      // The add-ons with their prices in the header area.
      const addOns = await page.$$eval('.add-ons li', (els) =>
        els.map((e) => e.textContent?.replace(/\s+/g, ' ').trim()),
      );
      assert.deepEqual(addOns, ['AI assistant $8 / seat / month from Pro']);

      // `either`: no mismatch mark, on either side.
      const either = await page.$eval('.feature-row[data-id="themes"] .cell.rec', (e) => ({
        rec: (e as HTMLElement).dataset.rec,
        differs: (e as HTMLElement).dataset.differs,
        mark: e.querySelector('.differs') !== null,
      }));
      assert.deepEqual(either, { rec: 'either', differs: 'false', mark: false });

      // Accepted: never a flag; its reason and the rationale are on the row.
      const guests = await page.$eval('.feature-row[data-id="guests"]', (row) => ({
        flag: (row as HTMLElement).dataset.flag,
        accepted: row.querySelector('.finding[data-sev="accepted"]')?.textContent?.trim(),
        rationale: row.querySelector('.rationale')?.textContent?.trim(),
        label: row.querySelector('.cell.feature .sr-only')?.textContent,
      }));
      assert.equal(guests.flag, 'none');
      assert.equal(guests.accepted, 'Accepted (viral-wall): One guest is enough to try it; teams buy Pro.');
      assert.equal(guests.rationale, 'Why: One guest lets a user show the product; teams buy Pro.');
      assert.match(guests.label ?? '', /accepted viral-wall: One guest is enough/);
      // Counts leave the accepted finding out and say it was accepted.
      assert.match((await page.textContent('.counts')) ?? '', /1 accepted/);
      // The seat minimum shows in the plan's price.
      assert.match((await page.textContent('.plan-head[data-plan="pro"] .price')) ?? '', /min 3 seats/);

      await page.screenshot({ path: path.join(RESULTS, `matrix-revision2-${theme}.png`), fullPage: true });
      assert.deepEqual(await cspViolations(page), []);
      assert.deepEqual(pageErrors(page), []);
      await page.close();
    });
  }
});
