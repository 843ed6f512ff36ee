// When the Node server collects garbage (issue 23: the process must stay small over a day of typing).

/** What the collector reads and does; the Node server passes V8's, tests their own. */
export interface CollectorHost {
  /** bytes in V8's old generation (old, large-object and code spaces): what survives young collections */
  oldBytes(): number;
  /** the process's resident set, bytes */
  rss(): number;
  /** a full collection; `thorough`: twice (the first one's sweeping frees pages the second can release) */
  collect(thorough: boolean): void;
  /** runs `f` once the current task (the check and its publish) is done */
  soon(f: () => void): void;
  /** runs `f` after `ms` without keeping the process alive; returns a cancel */
  later(f: () => void, ms: number): () => void;
}

/** How long the server must have checked nothing before it collects what is left. */
export const PAUSE_MS = 500;
/** The least growth of the old generation that triggers a collection while typing. */
export const MIN_BUDGET = 6 * 1024 * 1024;
/** The growth allowed while typing, as a share of the resident set after the last collection. */
const BUDGET_SHARE = 0.1;

/**
 * Each check of a large file leaves the previous version's result, text and publish in the old generation (a
 * young collection that catches a version alive moves it there), about 2.5 MB per keystroke at 5,000 features,
 * and V8 lets the old generation grow to several times what is live before it collects: the process grew by
 * 70% over 200 keystrokes. Lowering V8's heap growth factor instead made it collect every two or three
 * keystrokes and doubled each keystroke's CPU. So the server collects itself: right after a check has been
 * published once the old generation grew by a tenth of the resident set since the last collection (or since
 * the first check: every few keystrokes, off the keystroke's own path), and when typing pauses if it grew at all.
 */
export class Collector {
  private base = 0;
  private budget = MIN_BUDGET;
  private pending = false;
  private started = false;
  private cancelPause: (() => void) | undefined;
  /** collections so far (for tests and the trace) */
  collections = 0;

  constructor(private readonly host: CollectorHost) {}

  /** Called after each check of a document version. */
  checked(): void {
    this.cancelPause?.();
    this.cancelPause = this.host.later(() => {
      this.cancelPause = undefined;
      if (this.host.oldBytes() > this.base + 1024 * 1024) this.collect(true);
    }, PAUSE_MS);
    // the first check (an open) sets the baseline: collecting right after it would delay the first keystroke
    if (!this.started) {
      this.started = true;
      this.reset();
      return;
    }
    if (this.pending || this.host.oldBytes() - this.base <= this.budget) return;
    this.pending = true;
    this.host.soon(() => {
      this.pending = false;
      this.collect(false);
    });
  }

  private collect(thorough: boolean): void {
    this.host.collect(thorough);
    this.collections++;
    this.reset();
  }

  private reset(): void {
    this.base = this.host.oldBytes();
    this.budget = Math.max(MIN_BUDGET, this.host.rss() * BUDGET_SHARE);
  }
}
