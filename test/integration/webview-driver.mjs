// Lets a suite running in the extension host drive a webview in the workbench page (which only the launcher's
// Playwright can reach): the suite logs `__PP_WEBVIEW__ {json}`, the launcher runs the steps in the first
// frame that has `frame`, and writes the outcome to `resultFile` for the suite to read.
import { writeFileSync } from 'node:fs';

export const WEBVIEW_PREFIX = '__PP_WEBVIEW__ ';

async function findFrame(page, selector, timeoutMs) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    for (const f of page.frames()) {
      try {
        if (await f.$(selector)) return f;
      } catch {
        // a frame navigating away
      }
    }
    if (Date.now() > end) throw new Error(`no webview frame has ${selector}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs one command line; never throws (the outcome goes to the result file). */
export async function driveWebview(page, line) {
  let cmd;
  try {
    cmd = JSON.parse(line.slice(line.indexOf(WEBVIEW_PREFIX) + WEBVIEW_PREFIX.length));
  } catch {
    return;
  }
  let result;
  try {
    const frame = await findFrame(page, cmd.frame, cmd.timeoutMs ?? 20_000);
    const out = [];
    for (const s of cmd.steps ?? []) {
      if (s.waitFor) await frame.waitForSelector(s.waitFor, { timeout: cmd.timeoutMs ?? 20_000 });
      if (s.press) await frame.press(s.on, s.press);
      if (s.click) await frame.click(s.click);
      // a vscode-single-select's choice, as the element reports one (its listbox lives in a shadow root)
      if (s.select)
        await frame.evaluate(([sel, value]) => {
          const el = document.querySelector(sel);
          if (!el) throw new Error(`no ${sel}`);
          el.value = value;
          el.dispatchEvent(new Event('change'));
        }, s.select);
      if (s.text) out.push(await frame.textContent(s.text));
      if (s.attr) out.push(await frame.getAttribute(s.attr[0], s.attr[1]));
      if (s.width) out.push(String(await frame.evaluate(() => window.innerWidth)));
      if (s.screenshot) await page.screenshot({ path: s.screenshot });
    }
    result = { ok: true, out };
  } catch (err) {
    result = { ok: false, error: String(err?.message ?? err) };
    if (process.env.INTEGRATION_FAIL_SHOT)
      await page.screenshot({ path: process.env.INTEGRATION_FAIL_SHOT }).catch(() => {});
  }
  if (typeof cmd.resultFile === 'string') writeFileSync(cmd.resultFile, JSON.stringify(result));
}
