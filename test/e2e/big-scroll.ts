// Opening and scrolling a big matrix in the page, the same way for the browser test (decide.test.ts) and the
// bench (bench/matrix.ts). The page-side code is plain JavaScript in strings: the test runner's transform would
// add helpers the page lacks.

import type { Page } from 'playwright-core';
import type { MatrixModel } from '../../src/core/matrix/view-model';

export interface OpenFigures {
  /** ms from the render message to the rows built and laid out (synchronous: the webview's own work) */
  laidOut: number;
  /** ms from the render message to the end of the first frame that shows them, the main thread free again */
  interactive: number;
  /** feature rows in the DOM */
  rows: number;
}

export interface ScrollFigures {
  /** animation frames the scripted scroll took */
  frames: number;
  /** ms from the first frame to the last */
  ms: number;
  /** frames per second: frames / seconds between the first and the last frame's rAF timestamps */
  fps: number;
  /** the longest gap between two frames, ms */
  worstFrame: number;
  /** durations of the long tasks (> 50 ms, PerformanceObserver 'longtask') seen while scrolling */
  longTasks: number[];
  /** renders the webview did while scrolling */
  renders: number;
}

/** Opens `model` in a page that has the webview loaded (openPage) and has rendered nothing yet. */
export async function openBig(page: Page, model: MatrixModel, version = 1): Promise<OpenFigures> {
  await page.evaluate((m) => {
    (window as unknown as { __big: unknown }).__big = m;
  }, model);
  await page.waitForTimeout(50);
  return (await page.evaluate(`new Promise((resolve) => {
    const t0 = performance.now();
    // dispatched synchronously, as the host's message arrives: no event-loop wait inside the figure
    window.dispatchEvent(new MessageEvent('message', {
      data: { type: 'render', documentVersion: ${version}, fileName: 'big.yaml', model: window.__big },
    }));
    document.body.getBoundingClientRect();
    void document.body.offsetHeight;
    const laidOut = performance.now() - t0;
    requestAnimationFrame(() => setTimeout(() => resolve({
      laidOut,
      interactive: performance.now() - t0,
      rows: document.querySelectorAll('.feature-row').length,
    }), 0));
  })`)) as OpenFigures;
}

/**
 * Scrolls the whole grid from the top as a PM does: a wheel's 160 px a frame through the first 180 frames
 * (about 600 rows), then a screen (900 px) a frame to the end. Each step is taken in a requestAnimationFrame
 * callback, so a frame that runs long delays the next step: fps = frames / elapsed seconds between the first
 * and the last callback's timestamp, capped by the display's rate (headless Chromium: 60 Hz).
 */
export async function scrollBig(page: Page): Promise<ScrollFigures> {
  await page.evaluate(`(() => {
    window.__long = [];
    window.__longObserver?.disconnect();
    window.__longObserver = new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__long.push(e.duration);
    });
    window.__longObserver.observe({ type: 'longtask', buffered: false });
    window.scrollTo(0, 0);
  })()`);
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    (window as unknown as { __long: number[] }).__long = [];
  });
  const r = (await page.evaluate(`new Promise((resolve) => {
    const renders0 = window.__matrixStats.renders;
    let n = 0;
    let first = 0;
    let prev = 0;
    let worst = 0;
    const frame = (t) => {
      if (n === 0) first = t;
      else worst = Math.max(worst, t - prev);
      prev = t;
      const end = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      if (end) {
        resolve({ frames: n, ms: t - first, worstFrame: worst, renders: window.__matrixStats.renders - renders0 });
        return;
      }
      window.scrollBy(0, n < 180 ? 160 : 900);
      n++;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })`)) as Omit<ScrollFigures, 'fps' | 'longTasks'>;
  // long tasks are reported after they end: give the last one time to arrive
  await page.waitForTimeout(300);
  const longTasks = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  return { ...r, fps: r.ms > 0 ? (r.frames * 1000) / r.ms : 0, longTasks };
}
