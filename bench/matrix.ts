// Matrix webview bench: a 2,000-feature file rendered by the built webview bundle in headless Chromium.
// - first render: the `render` message of a fresh page -> DOM built and laid out (target < 150 ms)
// - update: after a one-line edit of the YAML, the next `render` -> DOM patched and laid out (target < 30 ms)
// The host's share (check + buildMatrix in Node) is reported beside, and the message goes in through a
// synchronous MessageEvent so the figure is the webview's own work, not the event loop's scheduling.
// Run alone: npx tsx bench/matrix.ts (after `node esbuild.mjs`), or through `npm run bench`.

import { check } from '../src/core/check';
import { buildMatrix, type MatrixModel } from '../src/core/matrix/view-model';
import { launchChromium, openPage, startServer } from '../test/e2e/harness';
import { generatePackaging } from './gen';

const FEATURES = 2000;
const FIRST_RENDER_TARGET_MS = 150;
const UPDATE_TARGET_MS = 30;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Renders `model` in the page and returns ms from the message to a laid-out DOM. */
function renderIn(model: MatrixModel, version: number): number {
  // (runs in the page)
  const t0 = performance.now();
  window.dispatchEvent(
    new MessageEvent('message', {
      data: { type: 'render', documentVersion: version, fileName: 'bench.yaml', model },
    }),
  );
  // force style and layout, as the next frame would
  document.body.getBoundingClientRect();
  void document.body.offsetHeight;
  return performance.now() - t0;
}

export async function run(): Promise<boolean> {
  const text = generatePackaging(FEATURES);
  let t = performance.now();
  const model = buildMatrix(check(text));
  const hostFirst = performance.now() - t;
  if (model.counts.features !== FEATURES) throw new Error(`bench file has ${model.counts.features} features`);

  // One-line edits of different kinds: a name, a plan, a signal.
  const lines = text.split('\n');
  // the nth line after feature n's id that matches `needle`
  const editAt = (needle: RegExp, n: number, fn: (l: string) => string) => {
    const from = lines.indexOf(`  - id: feature-${n}`);
    const i = lines.findIndex((l, j) => j > from && needle.test(l));
    const copy = [...lines];
    copy[i] = fn(copy[i]!);
    return copy.join('\n');
  };
  const edits = [
    ...[12, 500, 1500, 1999].map((n) => editAt(/^ {4}name: /, n, (l) => `${l} (renamed)`)),
    ...[20, 900].map((n) => editAt(/^ {4}plan: /, n, (l) => l.replace(/plan: \S+/, 'plan: enterprise'))),
    ...[24, 1200].map((n) =>
      editAt(/^ {6}virality: /, n, (l) => l.replace(/true|false/, (v) => String(v !== 'true'))),
    ),
  ];
  const hostUpdates: number[] = [];
  const updatedModels = edits.map((e) => {
    t = performance.now();
    const m = buildMatrix(check(e));
    hostUpdates.push(performance.now() - t);
    return m;
  });

  const server = await startServer();
  const browser = await launchChromium();
  const first: number[] = [];
  const updates: number[] = [];
  let domNodes = 0;
  try {
    for (let i = 0; i < 5; i++) {
      const page = await openPage(browser, server, { width: 1400, height: 900 });
      await page.evaluate((m) => {
        (window as unknown as { __benchModel: unknown }).__benchModel = m;
      }, model);
      await page.waitForTimeout(50);
      first.push((await page.evaluate(`(${renderIn.toString()})(window.__benchModel, 1)`)) as number);
      if (i === 0) {
        domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
        const rowCount = Number(await page.getAttribute('#grid', 'aria-rowcount'));
        if (rowCount < FEATURES + 1)
          throw new Error(`grid has ${rowCount} rows, expected ${FEATURES} features`);
        for (const [j, m] of updatedModels.entries()) {
          await page.evaluate((x) => {
            (window as unknown as { __benchModel: unknown }).__benchModel = x;
          }, m);
          await page.waitForTimeout(20);
          updates.push(
            (await page.evaluate(`(${renderIn.toString()})(window.__benchModel, ${j + 2})`)) as number,
          );
          if (j === 0) {
            // each edit is of the original text: the first renames feature 12, the 2nd row on screen
            const renamed = await page.textContent('.feature-row[data-id="feature-12"] .name');
            if (!renamed?.endsWith('(renamed)')) throw new Error(`feature 12 not updated: ${renamed}`);
          }
        }
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const f = median(first);
  const u = median(updates);
  const okFirst = f < FIRST_RENDER_TARGET_MS;
  const okUpdate = u < UPDATE_TARGET_MS;
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  console.log(
    `Matrix webview, ${FEATURES} features x 4 plans, headless Chromium (median; DOM ${domNodes} elements)`,
  );
  console.log('');
  console.log(row(['step', 'webview (ms)', 'target', 'host: check + buildMatrix (ms)', 'met']));
  console.log(row(['---', '---', '---', '---', '---']));
  console.log(
    row([
      'first render',
      f.toFixed(1),
      `< ${FIRST_RENDER_TARGET_MS}`,
      hostFirst.toFixed(1),
      okFirst ? 'yes' : 'NO',
    ]),
  );
  console.log(
    row([
      'update after a one-line edit',
      u.toFixed(1),
      `< ${UPDATE_TARGET_MS}`,
      median(hostUpdates).toFixed(1),
      okUpdate ? 'yes' : 'NO',
    ]),
  );
  console.log(
    `  first renders: ${first.map((x) => x.toFixed(0)).join(', ')}; updates: ${updates.map((x) => x.toFixed(0)).join(', ')}`,
  );
  console.log('');
  return okFirst && okUpdate;
}

if (require.main === module) {
  run().then(
    (ok) => {
      process.exitCode = ok ? 0 : 1;
    },
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
