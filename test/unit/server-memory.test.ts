// The language server's own housekeeping for issue 23, each through its real code with a host the test drives:
// the collector (when typing makes the old generation grow, and when typing pauses), the stdout writer (framed
// messages a client reads back in order), and the warm-up (checks small files while nothing is open, stops as soon
// as something is).
import assert from 'node:assert/strict';
import { PassThrough, Writable } from 'node:stream';
import { type Message, StreamMessageReader } from 'vscode-languageserver/node';
import { check } from '../../src/core/check';
import { Collector, type CollectorHost, MIN_BUDGET, PAUSE_MS } from '../../src/server/memory';
import { WARMUP_STEPS, warmUp, warmupText } from '../../src/server/warmup';
import { StringMessageWriter } from '../../src/server/writer';

const MB = 1024 * 1024;

/** A host whose old generation the test sets; `soon` and `later` run when the test says. */
function fakeHost(rss = 100 * MB) {
  const h = {
    old: 30 * MB,
    live: 30 * MB,
    collections: 0,
    thorough: [] as boolean[],
    soon: [] as (() => void)[],
    timers: new Map<number, () => void>(),
    nextTimer: 0,
    host: undefined as unknown as CollectorHost,
  };
  h.host = {
    oldBytes: () => h.old,
    rss: () => rss,
    collect: (thorough) => {
      h.collections++;
      h.thorough.push(thorough);
      h.old = h.live;
    },
    soon: (f) => h.soon.push(f),
    later: (f, ms) => {
      assert.equal(ms, PAUSE_MS);
      const id = h.nextTimer++;
      h.timers.set(id, f);
      return () => h.timers.delete(id);
    },
  };
  const runSoon = () => {
    for (const f of h.soon.splice(0)) f();
  };
  const pause = () => {
    const fs = [...h.timers.values()];
    h.timers.clear();
    for (const f of fs) f();
  };
  return { h, runSoon, pause };
}

describe('server collector', () => {
  it('collects after the check once the old generation grew past a tenth of the RSS, not during it', () => {
    const { h, runSoon } = fakeHost(150 * MB);
    const c = new Collector(h.host);
    // the first check (the open) sets the baseline: no collection right after it, whatever it left
    c.checked();
    runSoon();
    assert.equal(h.collections, 0);
    // keystrokes: 2.5 MB each; the budget is 15 MB (a tenth of 150)
    let keystrokes = 0;
    while (h.collections === 0) {
      h.old += 2.5 * MB;
      c.checked();
      runSoon();
      keystrokes++;
    }
    assert.equal(keystrokes, 7, 'collected once the growth passed 15 MB');
    assert.deepEqual(h.thorough, [false], 'one collection between keystrokes');
    assert.equal(h.old, h.live);
  });

  it('one collection for checks that come before it runs; the budget is at least MIN_BUDGET', () => {
    const { h, runSoon } = fakeHost(10 * MB);
    const c = new Collector(h.host);
    c.checked();
    runSoon();
    h.old += MIN_BUDGET - 1024;
    c.checked();
    assert.equal(h.soon.length, 0, 'under the least budget');
    h.old += 2048;
    c.checked();
    c.checked();
    assert.equal(h.soon.length, 1, 'inside a check: after it');
    assert.equal(h.collections, 0);
    runSoon();
    assert.equal(h.collections, 1);
  });

  it('collects when typing pauses if anything grew; a new check restarts the pause', () => {
    const { h, runSoon, pause } = fakeHost();
    const c = new Collector(h.host);
    c.checked();
    runSoon();
    h.old += 2 * MB;
    c.checked();
    c.checked();
    assert.equal(h.timers.size, 1, 'one pending pause');
    pause();
    assert.equal(h.collections, 1);
    assert.deepEqual(h.thorough, [true], 'a pause has time for the thorough one');
    // nothing grew since: a pause collects nothing
    c.checked();
    pause();
    assert.equal(h.collections, 1);
  });
});

describe('server stdout writer', () => {
  it('writes framed messages a client reads back, in order, with multi-byte text', async () => {
    const stream = new PassThrough();
    const writer = new StringMessageWriter(stream);
    const reader = new StreamMessageReader(stream);
    const got: Message[] = [];
    const all = new Promise<void>((resolve) =>
      reader.listen((m) => {
        got.push(m);
        if (got.length === 3) resolve();
      }),
    );
    const sent = [
      { jsonrpc: '2.0', method: 'a', params: { text: 'plain' } },
      { jsonrpc: '2.0', method: 'b', params: { text: 'Feature 🚀 — “quoted” é'.repeat(5000) } },
      { jsonrpc: '2.0', id: 1, result: null },
    ];
    await Promise.all(sent.map((m) => writer.write(m as Message)));
    await all;
    assert.deepEqual(got, sent);
    reader.dispose();
  });

  it('a failed write rejects and is reported', async () => {
    const broken = new Writable({ write: (_c, _e, cb) => cb(new Error('pipe closed')) });
    broken.on('error', () => undefined);
    const writer = new StringMessageWriter(broken);
    const errors: string[] = [];
    writer.onError(([e]) => errors.push(e.message));
    await assert.rejects(writer.write({ jsonrpc: '2.0', method: 'x' } as Message), /pipe closed/);
    assert.ok(errors.includes('pipe closed'));
  });
});

describe('server warm-up', () => {
  it('checks valid packaging files of the sizes it says', () => {
    for (const n of [3, 100]) {
      const r = check(warmupText(n, 7));
      assert.equal(r.features.length, n);
      assert.deepEqual(
        r.diagnostics.filter((d) => d.rule === 'schema' || d.rule === 'syntax'),
        [],
      );
    }
  });

  it('runs one step per turn while idle and stops at the first turn that is not', async () => {
    const turns: (() => void)[] = [];
    let idle = true;
    const done = warmUp(
      {},
      () => idle,
      (f) => turns.push(f),
    );
    for (let i = 0; i < 3; i++) turns.shift()!();
    assert.equal(turns.length, 1, 'each step schedules the next');
    idle = false;
    turns.shift()!();
    assert.equal(await done, 3);
    assert.equal(turns.length, 0);
  });

  it('runs every step when nothing opens', async () => {
    assert.equal(
      await warmUp(
        {},
        () => true,
        (f) => setImmediate(f),
      ),
      WARMUP_STEPS.length,
    );
  });
});
