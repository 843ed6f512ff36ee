// Bulk classification bench: set one signal for 500 of 2,000 features, as the matrix does it.
// measured: the 500 minimal edits, each verified on its own feature, and the webview patching the next render
// into the DOM (target < 300 ms). The host's re-analysis of the new text (check + buildMatrix), which every
// edit costs whatever made it, is reported beside, as bench/matrix.ts does for its update figure.
// Run alone: npx tsx bench/bulk-toggle.ts (after `node esbuild.mjs`).

import { check } from '../src/core/check';
import { verifiedSignalEdits } from '../src/core/matrix/signal-edits';
import { buildMatrix } from '../src/core/matrix/view-model';
import { launchChromium, openPage, startServer } from '../test/e2e/harness';
import { generatePackaging } from './gen';
import { median } from './stats';

const FEATURES = 2000;
const BULK = 500;
const TARGET_MS = 300;

function renderIn(model: unknown, version: number): number {
  // (runs in the page)
  const t0 = performance.now();
  window.dispatchEvent(
    new MessageEvent('message', {
      data: { type: 'render', documentVersion: version, fileName: 'b.yaml', model },
    }),
  );
  document.body.getBoundingClientRect();
  void document.body.offsetHeight;
  return performance.now() - t0;
}

export async function run(): Promise<boolean> {
  const text = generatePackaging(FEATURES);
  const before = check(text);
  const model = buildMatrix(before);
  const ids = model.groups
    .flatMap((g) => g.rows)
    .slice(0, BULK)
    .map((r) => r.id);
  const hostEdit: number[] = [];
  const hostRender: number[] = [];
  let after = '';
  let changed = 0;
  for (let i = 0; i < 5; i++) {
    let t = performance.now();
    const r = verifiedSignalEdits(text, before, ids, 'expansion', i % 2 === 0);
    hostEdit.push(performance.now() - t);
    if (!r) throw new Error('the bulk edit did not verify');
    t = performance.now();
    buildMatrix(check(r.after));
    hostRender.push(performance.now() - t);
    if (i === 0) {
      after = r.after;
      changed = r.changed.length;
    }
  }
  const next = buildMatrix(check(after));
  const server = await startServer();
  const browser = await launchChromium();
  const web: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const page = await openPage(browser, server, { width: 1400, height: 900 });
      await page.evaluate((m) => {
        (window as unknown as { __m: unknown }).__m = m;
      }, model);
      await page.evaluate(`(${renderIn.toString()})(window.__m, 1)`);
      await page.evaluate((m) => {
        (window as unknown as { __m: unknown }).__m = m;
      }, next);
      await page.waitForTimeout(20);
      web.push((await page.evaluate(`(${renderIn.toString()})(window.__m, 2)`)) as number);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const total = median(hostEdit) + median(web);
  const ok = total < TARGET_MS;
  console.log(`Bulk toggle: expansion for ${BULK} of ${FEATURES} features (${changed} edits), median of 5`);
  console.log(
    `| edits + verify ${median(hostEdit).toFixed(1)} ms | webview render ${median(web).toFixed(1)} ms | total ${total.toFixed(1)} ms | target < ${TARGET_MS} | ${ok ? 'met' : 'NOT met'} | beside: host check + buildMatrix ${median(hostRender).toFixed(1)} ms |`,
  );
  return ok;
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
