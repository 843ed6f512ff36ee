// Suggestions and the market in the matrix, in Chromium: the market badge with its sample in the tooltip,
// accept one, accept a category (one message, applied with the core's verified builder exactly as the host
// does, the YAML compared byte for byte), reject (view state only), keyboard access, and axe-core contrast.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { check } from '../../src/core/check';
import { moveWithLimits, setFeatureLimit } from '../../src/core/edit/limits';
import { applyEdits } from '../../src/core/edit/text-edits';
import {
  suggestionPreview,
  verifiedSuggestionEdits,
  withInsights,
} from '../../src/core/matrix/suggestion-edits';
import { buildMatrix, type MatrixModel } from '../../src/core/matrix/view-model';
import type { Diagnostic } from '../../src/core/types';
import type {
  AcceptSuggestionsMessage,
  MoveFeatureMessage,
  PreviewSuggestionsMessage,
  SetLimitMessage,
  SuggestionPreviewMessage,
} from '../../src/protocol';
import { axeAllRules } from './axe';
import {
  clearPosted,
  cspViolations,
  launchChromium,
  openPage,
  pageErrors,
  posted,
  ROOT,
  type Server,
  send,
  sendModel,
  startServer,
} from './harness';
import type { ThemeName } from './themes';

const YAML = `version: 1
product:
  name: Suggest me
plans:
  - id: free
    name: Free
    price: 0
  - id: pro
    name: Pro
    price: 10
  - id: enterprise
    name: Enterprise
    price: contact-sales
features:
  - id: share-links
    name: Sharing links
    category: Collaboration
    plan: free
  - id: comments
    name: Comments
    category: Collaboration
    plan: free   # keep this comment
  - id: sso
    name: Single sign-on
    category: Admin
    plan: enterprise
  - id: audit
    name: Audit log
    category: Admin
    plan: enterprise
  - id: domain
    name: Custom domain
    category: Admin
    plan: pro
  - id: legacy-sso
    name: SAML SSO   # packaging-planner: no-market
    category: Admin
    plan: enterprise
    signals: {friction: true}
`;

const AXE = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** What the host sends: the matrix with each row's suggestion and market figure. */
function insightModel(text: string): MatrixModel {
  const r = check(text);
  return withInsights(buildMatrix(r), r, text);
}

async function lastAccept(page: Page): Promise<AcceptSuggestionsMessage> {
  await page.waitForFunction(() =>
    (window as unknown as { __posted: { type: string }[] }).__posted.some(
      (m) => m.type === 'acceptSuggestions',
    ),
  );
  const all = (await posted(page)).filter(
    (m): m is AcceptSuggestionsMessage => m.type === 'acceptSuggestions',
  );
  return all.at(-1)!;
}

const finding = (d: Diagnostic) => ({
  rule: d.rule,
  severity: d.severity,
  ...(d.feature !== undefined ? { feature: d.feature } : {}),
  message: d.message,
});

/** What the host answers to previewSuggestions: the core's preview of `text`, as the server sends it. */
function previewOf(text: string, m: PreviewSuggestionsMessage): SuggestionPreviewMessage {
  const p = suggestionPreview(text, check(text), m.featureIds);
  assert.ok(p, 'the preview verifies');
  return {
    type: 'suggestionPreview',
    documentVersion: m.documentVersion,
    featureIds: m.featureIds,
    rows: p.rows,
    skipped: p.skipped,
    added: p.added.map(finding),
    removed: p.removed.map(finding),
  };
}

/** Waits for the webview's previewSuggestions, answers it as the host does, and waits for the panel. */
async function answerPreview(page: Page, text: string): Promise<PreviewSuggestionsMessage> {
  await page.waitForFunction(() =>
    (window as unknown as { __posted: { type: string }[] }).__posted.some(
      (m) => m.type === 'previewSuggestions',
    ),
  );
  const m = (await posted(page))
    .filter((x): x is PreviewSuggestionsMessage => x.type === 'previewSuggestions')
    .at(-1)!;
  await send(page, previewOf(text, m));
  await page.locator('.preview-panel').waitFor();
  return m;
}

/** What the host does with acceptSuggestions: the core's verified edits on the text. */
function apply(text: string, m: AcceptSuggestionsMessage): string {
  const r = verifiedSuggestionEdits(text, check(text), m.featureIds);
  assert.ok(r, 'the edits verify');
  return applyEdits(text, r.edits);
}

async function noTrouble(page: Page): Promise<void> {
  assert.deepEqual(await cspViolations(page), [], 'CSP violations');
  assert.deepEqual(pageErrors(page), [], 'page errors');
}

const row = (id: string) => `.feature-row[data-id="${id}"]`;

describe('suggestions and the market in the matrix (Chromium)', function () {
  this.timeout(60_000);
  let server: Server;
  let browser: Browser;

  before(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the market badge: the figure in the row, the sample and capability in its tooltip; none below the threshold or opted out', async () => {
    const page = await openPage(browser, server);
    const model = insightModel(YAML);
    await sendModel(page, model, 1);
    const sso = model.groups.flatMap((g) => g.rows).find((r) => r.id === 'sso')!.market!;
    const badge = page.locator(`${row('sso')} .market`);
    assert.equal((await badge.textContent())?.trim(), `top plan in ${sso.count} of ${sso.sample}`);
    const tip = (await badge.getAttribute('title')) ?? '';
    assert.match(tip, new RegExp(`Sample: ${sso.sample} products`));
    assert.match(tip, /Matched capability: Single sign-on/);
    // the screen reader hears it with the feature
    assert.match(
      (await page.locator(`${row('sso')} [data-col="0"] .sr-only`).textContent()) ?? '',
      /market: Market: top plan in \d+ of \d+ products/,
    );
    // below the confidence threshold and opted out: no badge at all
    assert.equal(await page.locator(`${row('domain')} .market`).count(), 0);
    assert.equal(await page.locator(`${row('legacy-sso')} .market`).count(), 0);
    await noTrouble(page);
    await page.close();
  });

  it('accept one: a click on Accept posts one acceptSuggestions; the host writes a marked signals block', async () => {
    const page = await openPage(browser, server);
    await sendModel(page, insightModel(YAML), 3);
    const rec = page.locator(`${row('comments')} .rec`);
    assert.match(
      (await rec.locator('.suggestion').textContent()) ?? '',
      /Suggested: universality, habit loop/i,
    );
    assert.match(
      (await rec.getAttribute('aria-label')) ?? '',
      /Suggested for Comments and mentions: .*Space accepts/,
    );
    assert.equal(
      await page.locator(`${row('comments')} .sig[data-signal="habitLoop"]`).getAttribute('data-suggested'),
      'true',
    );
    await rec.locator('.accept-suggestion').click();
    const m = await lastAccept(page);
    assert.deepEqual(m, { type: 'acceptSuggestions', featureIds: ['comments'], documentVersion: 3 });
    const after = apply(YAML, m);
    assert.equal(
      after,
      YAML.replace(
        '    plan: free   # keep this comment\n',
        '    plan: free   # keep this comment\n    signals:\n      # suggested by packaging-planner (comments and mentions)\n      universality: true\n      habitLoop: true\n',
      ),
    );
    await send(page, { type: 'suggestionsApplied', changed: ['comments'], skipped: [] });
    await sendModel(page, insightModel(after), 4);
    await page.waitForFunction(
      () => document.querySelector('.feature-row[data-id="comments"] .suggestion') === null,
    );
    assert.equal(
      await page.locator(`${row('comments')} .sig[data-signal="habitLoop"]`).getAttribute('data-state'),
      'yes',
    );
    // keyboard: Space on the Recommendation cell of another row accepts its suggestion
    await clearPosted(page);
    await page.locator(`${row('share-links')} .rec`).focus();
    await page.keyboard.press(' ');
    const k = await lastAccept(page);
    assert.deepEqual([k.featureIds, k.documentVersion], [['share-links'], 4]);
    await noTrouble(page);
    await page.close();
  });

  it('accept a category: one message for every suggested row of it, applied as one set of edits', async () => {
    const page = await openPage(browser, server);
    await sendModel(page, insightModel(YAML), 5);
    const button = page.locator('.accept-group[data-category="Admin"]');
    assert.equal((await button.textContent())?.trim(), 'Accept 3 suggestions');
    assert.equal(
      await button.getAttribute('aria-label'),
      'Accept 3 suggestions: the suggested classifications shown in Admin',
    );
    await button.click();
    await answerPreview(page, YAML);
    await page.locator('.preview-confirm').click();
    const m = await lastAccept(page);
    assert.deepEqual(m, {
      type: 'acceptSuggestions',
      featureIds: ['sso', 'audit', 'domain'],
      documentVersion: 5,
    });
    assert.equal((await posted(page)).filter((x) => x.type === 'acceptSuggestions').length, 1);
    const after = apply(YAML, m);
    const block = (plan: string, what: string, lines: string) =>
      `    plan: ${plan}\n    signals:\n      # suggested by packaging-planner (${what})\n${lines}`;
    assert.equal(
      after,
      YAML.replace(
        '    name: Single sign-on\n    category: Admin\n    plan: enterprise\n',
        `    name: Single sign-on\n    category: Admin\n${block('enterprise', 'single sign-on', '      friction: true\n')}`,
      )
        .replace(
          '    name: Audit log\n    category: Admin\n    plan: enterprise\n',
          // an audit log is placed by tier (spec §3.1): either, written as an empty block with its reason
          '    name: Audit log\n    category: Admin\n    plan: enterprise\n    signals: {} # suggested by packaging-planner (audit log): placed by tier\n',
        )
        .replace(
          '    name: Custom domain\n    category: Admin\n    plan: pro\n',
          `    name: Custom domain\n    category: Admin\n${block('pro', 'custom domain', '      friction: true\n')}`,
        ),
    );
    // the status line says what happened once the host confirms
    await send(page, { type: 'suggestionsApplied', changed: m.featureIds, skipped: [] });
    await sendModel(page, insightModel(after), 6);
    await page.waitForFunction(() =>
      /Accepted the suggested signals for 3 features/.test(
        document.getElementById('status')?.textContent ?? '',
      ),
    );
    assert.equal(await page.locator('.accept-group[data-category="Admin"]').count(), 0);
    await noTrouble(page);
    await page.close();
  });

  it('Accept N suggestions previews first: the rows, their new recommendation, findings added and removed; nothing posted until Confirm', async () => {
    const page = await openPage(browser, server);
    await sendModel(page, insightModel(YAML), 7);
    await clearPosted(page);
    const button = page.locator('.accept-group[data-category="Admin"]');
    await button.focus();
    await page.keyboard.press('Enter');
    const asked = await answerPreview(page, YAML);
    assert.deepEqual(asked, {
      type: 'previewSuggestions',
      featureIds: ['sso', 'audit', 'domain'],
      documentVersion: 7,
    });
    const panel = page.locator('.preview-panel');
    assert.equal(await panel.getAttribute('role'), 'dialog');
    assert.equal((await page.textContent('#preview-title'))?.trim(), 'Accept 3 suggestions?');
    const rows = (await panel.locator('.preview-rows li').allTextContents()).map((t) =>
      t.replace(/\s+/g, ' ').trim(),
    );
    assert.deepEqual(rows, [
      'Single sign-on → paid (friction)',
      'Audit log → either (nothing argues for a side)',
      'Custom domain → paid (friction)',
    ]);
    // the findings the change adds and removes, rule and feature, as the core computes them
    const p = previewOf(YAML, asked);
    const lists = await panel.locator('.preview-findings').allTextContents();
    assert.equal(lists.length, 2);
    assert.match(lists[0]!, /^\s*Adds:/);
    assert.match(lists[1]!, /^\s*Removes:/);
    assert.ok(p.removed.length > 0, 'accepting removes the unclassified findings');
    for (const d of p.removed) {
      const name =
        d.feature === undefined
          ? 'the file'
          : insightModel(YAML)
              .groups.flatMap((g) => g.rows)
              .find((r) => r.id === d.feature)!.name;
      assert.ok(lists[1]!.includes(`${d.rule} · ${name}`), `${d.rule} · ${name} in ${lists[1]}`);
    }
    for (const d of p.added) assert.ok(lists[0]!.includes(d.rule), `${d.rule} in ${lists[0]}`);
    if (p.added.length === 0) assert.match(lists[0]!, /none/);
    // nothing written yet; the keyboard is in the dialog: Confirm has the focus, Tab reaches Cancel and back
    assert.equal((await posted(page)).filter((x) => x.type === 'acceptSuggestions').length, 0);
    const focused = () => page.evaluate(() => document.activeElement?.className ?? '');
    assert.equal(await focused(), 'preview-confirm');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'preview-cancel');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'preview-confirm');
    await noTrouble(page); // before axe, which injects styles of its own
    const axe = await axeAllRules(page);
    assert.deepEqual(axe.violations, [], 'axe, with the preview open');
    await page.keyboard.press('Enter');
    const m = await lastAccept(page);
    assert.deepEqual(m, {
      type: 'acceptSuggestions',
      featureIds: ['sso', 'audit', 'domain'],
      documentVersion: 7,
    });
    assert.equal(await panel.count(), 0, 'the panel closes on Confirm');
    assert.equal((await posted(page)).filter((x) => x.type === 'acceptSuggestions').length, 1);
    assert.deepEqual(pageErrors(page), []);
    await page.close();
  });

  it('Cancel, Escape and a changed file close the preview and post nothing', async () => {
    const page = await openPage(browser, server);
    await sendModel(page, insightModel(YAML), 8);
    const button = page.locator('.accept-group[data-category="Admin"]');
    const accepts = async () => (await posted(page)).filter((x) => x.type === 'acceptSuggestions').length;
    await button.click();
    await answerPreview(page, YAML);
    await page.locator('.preview-cancel').click();
    assert.equal(await page.locator('.preview-panel').count(), 0);
    assert.match((await page.textContent('#status')) ?? '', /Cancelled: nothing was written/);
    assert.equal(
      await page.evaluate(() => document.activeElement?.className),
      'accept-group',
      'focus goes back',
    );
    // Escape cancels too
    await clearPosted(page);
    await page.keyboard.press('Enter');
    await answerPreview(page, YAML);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.preview-panel').count(), 0);
    // the file changes while the preview is open: it closes; a late answer for the old version is ignored
    await clearPosted(page);
    await button.click();
    const asked = await answerPreview(page, YAML);
    await sendModel(page, insightModel(YAML), 9);
    await page.waitForFunction(() => document.querySelector('.preview-panel') === null);
    assert.match((await page.textContent('#status')) ?? '', /The file changed, so the preview was closed/);
    await send(page, previewOf(YAML, asked));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    assert.equal(
      await page.locator('.preview-panel').count(),
      0,
      'an answer for version 8 is not shown at 9',
    );
    // a refused preview (stale at the host) shows the refusal and no panel
    await clearPosted(page);
    await button.click();
    await page.waitForFunction(() =>
      (window as unknown as { __posted: { type: string }[] }).__posted.some(
        (m) => m.type === 'previewSuggestions',
      ),
    );
    await send(page, {
      type: 'editRefused',
      featureId: 'sso',
      reason: 'stale',
      message: 'The file changed before the change arrived, so nothing was written.',
    });
    await page.waitForFunction(() =>
      /nothing was written/.test(document.getElementById('status')?.textContent ?? ''),
    );
    assert.equal(await page.locator('.preview-panel').count(), 0);
    assert.equal(await accepts(), 0, 'no acceptSuggestions without Confirm');
    await noTrouble(page);
    await page.close();
  });

  it('reject: hides the suggestion for that row (kept in the view state), posts nothing; the category count follows', async () => {
    const page = await openPage(browser, server);
    await sendModel(page, insightModel(YAML), 2);
    await clearPosted(page);
    await page.locator(`${row('sso')} .reject-suggestion`).click();
    assert.equal(await page.locator(`${row('sso')} .suggestion`).count(), 0);
    assert.equal(await page.locator(`${row('sso')} .sig[data-suggested="true"]`).count(), 0);
    assert.equal(
      (await page.locator('.accept-group[data-category="Admin"]').textContent())?.trim(),
      'Accept 2 suggestions',
    );
    assert.match((await page.textContent('#status')) ?? '', /Rejected the suggestion for Single sign-on/);
    const state = await page.evaluate(
      () => (window as unknown as { __state: { rejected: string[] } }).__state,
    );
    assert.deepEqual(state.rejected, ['sso']);
    assert.deepEqual(
      (await posted(page)).filter((x) => x.type !== 'log'),
      [],
      'no edit for a rejection',
    );
    // keyboard: Delete on the Recommendation cell rejects too
    await page.locator(`${row('audit')} .rec`).focus();
    await page.keyboard.press('Delete');
    assert.equal(await page.locator(`${row('audit')} .suggestion`).count(), 0);
    // the category now accepts only what is left
    await page.locator('.accept-group[data-category="Admin"]').click();
    await answerPreview(page, YAML);
    await page.locator('.preview-confirm').click();
    const m = await lastAccept(page);
    assert.deepEqual(m.featureIds, ['domain']);
    // a reopened view keeps the rejections
    const again = await openPage(browser, server, { state });
    await sendModel(again, insightModel(YAML), 2);
    assert.equal(await again.locator(`${row('sso')} .suggestion`).count(), 0);
    assert.equal(await again.locator(`${row('audit')} .suggestion`).count(), 1);
    await noTrouble(page);
    await again.close();
    await page.close();
  });

  it('the context menu offers accept, accept the category and reject', async () => {
    const page = await openPage(browser, server);
    await sendModel(page, insightModel(YAML), 9);
    await page.locator(`${row('domain')} [data-col="0"]`).focus();
    await page.keyboard.press('Shift+F10');
    const items = await page.$$eval('#menu .menu-item span:not(.codicon)', (els) =>
      els.map((e) => e.textContent),
    );
    assert.ok(items.includes('Accept suggestion: friction'), items.join(' | '));
    assert.ok(items.includes('Accept all suggestions in Admin'));
    assert.ok(items.includes('Reject suggestion'));
    await clearPosted(page);
    await page.locator('#menu [data-action="accept-category"]').click();
    await answerPreview(page, YAML);
    await page.locator('.preview-confirm').click();
    const m = await lastAccept(page);
    assert.deepEqual(m.featureIds, ['sso', 'audit', 'domain']);
    await noTrouble(page);
    await page.close();
  });

  it('edits a limit in place: F2 on a plan cell, a number or unlimited, Enter posts one setLimit; Escape cancels', async () => {
    const page = await openPage(browser, server);
    await sendModel(page, insightModel(YAML), 11);
    const cell = (id: string, plan: string) => page.locator(`${row(id)} .plan[data-col="${plan}"]`);
    // column 4 is Pro (feature, recommendation, side, Free, Pro, Enterprise)
    await cell('share-links', '4').focus();
    await page.keyboard.press('F2');
    const input = page.locator(`${row('share-links')} .limit-input`);
    await input.waitFor();
    assert.match(
      (await input.getAttribute('aria-label')) ?? '',
      /^Limit of Sharing links on Pro: a number or unlimited/,
    );
    assert.ok(await input.evaluate((el) => el === document.activeElement), 'the input has the focus');
    await page.keyboard.type('ten');
    await page.keyboard.press('Enter');
    assert.match((await page.textContent('#status')) ?? '', /A limit is a number/);
    assert.equal((await posted(page)).filter((m) => m.type === 'setLimit').length, 0);
    await input.fill('25');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'setLimit'),
    );
    const m = (await posted(page)).find((x): x is SetLimitMessage => x.type === 'setLimit')!;
    assert.deepEqual(m, {
      type: 'setLimit',
      featureId: 'share-links',
      planId: 'pro',
      limit: 25,
      documentVersion: 11,
    });
    assert.equal(await page.locator('.limit-input').count(), 0);
    const r = setFeatureLimit(YAML, check(YAML), m.featureId, m.planId, m.limit);
    assert.ok(r.ok);
    assert.equal(
      applyEdits(YAML, [r.edit]),
      YAML.replace(
        '    name: Sharing links\n    category: Collaboration\n    plan: free\n',
        '    name: Sharing links\n    category: Collaboration\n    plan: free\n    limits:\n      pro: 25\n',
      ),
    );
    // Escape cancels without a message; an excluded cell cannot get a limit
    await clearPosted(page);
    await cell('sso', '5').dblclick();
    await page.locator(`${row('sso')} .limit-input`).waitFor();
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.limit-input').count(), 0);
    await cell('sso', '3').focus();
    await page.keyboard.press('F2');
    assert.equal(await page.locator('.limit-input').count(), 0);
    assert.match((await page.textContent('#status')) ?? '', /Single sign-on is not on Free/);
    assert.deepEqual(
      (await posted(page)).filter((x) => x.type === 'setLimit' || x.type === 'moveFeature'),
      [],
    );
    await noTrouble(page);
    await page.close();
  });

  it('a move up past limits asks: carry the limit to the new plan or drop it, then posts one move with the choice', async () => {
    const text = `version: 1
product:
  name: Walls
plans:
  - id: free
    name: Free
    price: 0
  - id: pro
    name: Pro
    price: 10
features:
  - id: boards
    name: Boards
    plan: free
    unit: boards
    signals: {virality: true}
    limits:
      free: 3
`;
    const page = await openPage(browser, server);
    await sendModel(page, insightModel(text), 2);
    await page.locator(`${row('boards')} [data-col="0"]`).focus();
    await page.keyboard.press('Alt+ArrowRight');
    const menu = page.locator('#menu');
    await menu.waitFor();
    assert.match(
      (await menu.getAttribute('aria-label')) ?? '',
      /Move Boards to Pro: its limits on Free would mean nothing there/,
    );
    const labels = await page.$$eval('#menu .menu-item span:not(.codicon)', (els) =>
      els.map((e) => e.textContent),
    );
    assert.deepEqual(labels, [
      'Move and carry the limit (3 boards) to Pro',
      'Move and drop the limits on Free',
      'Cancel',
    ]);
    assert.ok(
      await page.locator('#menu [data-action="move-carry"]').evaluate((el) => el === document.activeElement),
    );
    assert.equal(
      (await posted(page)).filter((m) => m.type === 'moveFeature').length,
      0,
      'nothing moved before the answer',
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'moveFeature'),
    );
    const m = (await posted(page)).find((x): x is MoveFeatureMessage => x.type === 'moveFeature')!;
    assert.deepEqual(m, {
      type: 'moveFeature',
      featureId: 'boards',
      planId: 'pro',
      documentVersion: 2,
      limits: 'carry',
    });
    const edits = moveWithLimits(text, check(text), m.featureId, m.planId, m.limits!);
    assert.ok(edits);
    assert.equal(
      applyEdits(text, edits),
      text.replace('    plan: free\n', '    plan: pro\n').replace('      free: 3\n', '      pro: 3\n'),
    );
    // drop, through the keyboard menu
    await clearPosted(page);
    await sendModel(page, insightModel(text), 3);
    await page.locator(`${row('boards')} [data-col="0"]`).focus();
    await page.keyboard.press('Alt+ArrowRight');
    await page.locator('#menu [data-action="move-drop"]').click();
    const d = (await posted(page)).find((x): x is MoveFeatureMessage => x.type === 'moveFeature')!;
    assert.equal(d.limits, 'drop');
    const dropped = applyEdits(text, moveWithLimits(text, check(text), 'boards', 'pro', 'drop')!);
    assert.equal(
      dropped,
      text.replace('    plan: free\n', '    plan: pro\n').replace('    limits:\n      free: 3\n', ''),
    );
    // cancel moves nothing
    await clearPosted(page);
    await page.locator(`${row('boards')} [data-col="0"]`).focus();
    await page.keyboard.press('Alt+ArrowRight');
    await page.locator('#menu [data-action="move-cancel"]').click();
    assert.equal((await posted(page)).filter((x) => x.type === 'moveFeature').length, 0);
    await noTrouble(page);
    await page.close();
  });

  for (const theme of ['light', 'dark', 'hc'] as ThemeName[]) {
    it(`axe-core finds no colour-contrast violation with suggestions and badges (${theme})`, async () => {
      const page = await openPage(browser, server, { theme });
      await sendModel(page, insightModel(YAML), 1);
      await page.locator(`${row('sso')} .rec`).focus();
      await page.evaluate(AXE);
      const result = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                ctx: unknown,
                opts: unknown,
              ) => Promise<{
                violations: { nodes: { target: string[]; failureSummary: string }[] }[];
                passes: { nodes: unknown[] }[];
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
        };
      });
      assert.ok(result.checked > 30, `axe checked ${result.checked} nodes`);
      assert.deepEqual(result.violations, []);
      await page.close();
    });
  }

  for (const theme of ['light', 'dark', 'hc', 'hc-light'] as ThemeName[]) {
    it(`axe-core: no violation of any rule with the suggestion preview open (${theme})`, async () => {
      const page = await openPage(browser, server, { theme });
      await sendModel(page, insightModel(YAML), 1);
      await page.locator('.accept-group[data-category="Admin"]').click();
      await answerPreview(page, YAML);
      const r = await axeAllRules(page);
      assert.ok(r.checked > 100, `axe checked ${r.checked} nodes`);
      assert.deepEqual(r.violations, []);
      await page.close();
    });
  }
});
