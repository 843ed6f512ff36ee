// The language server over a day of typing (issue 23): `packaging-planner lsp --stdio` opens a generated file of
// 3,000 features, takes 200 one-character edits (each waited on until its diagnostics are published); after a
// pause its memory is near what it was after opening, and right after the last keystroke not far above it; a lone
// CR typed into a file that had none moves the later diagnostics down a line, as the editor counts lines.
import assert from 'node:assert/strict';
import { existsSync, readFileSync as read, readFileSync } from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generatePackaging } from '../../bench/gen';
import { DEBUG_MEMORY_REQUEST } from '../../src/server/server';
import { Client, URI } from './support/lsp-client';

const ROOT = path.resolve(__dirname, '..', '..');

/** The resident set of process `pid` in bytes, from /proc (Linux); undefined elsewhere. */
function rss(pid: number): number | undefined {
  const status = `/proc/${pid}/status`;
  if (!existsSync(status)) return undefined;
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(status, 'utf8'));
  return m ? Number(m[1]) * 1024 : undefined;
}

interface Memory {
  heapUsed: number;
  rss: number;
}

describe('language server memory while typing (stdio)', function () {
  this.timeout(120000);

  it('200 keystrokes into a 3,000-feature file: heap after a collection stays within 20% of after opening, RSS within 30%', async () => {
    const c = new Client({ PACKAGING_PLANNER_DEBUG_MEMORY: '1' });
    try {
      await c.initialize({});
      const text = generatePackaging(3000);
      await c.open(URI, text);
      const opened = await c.diagnostics(URI, 1, 60000);
      assert.ok(
        opened.length > 1000,
        `a file with many findings, so each publish is large: ${opened.length}`,
      );
      // right after opening, as a client that reads the process list then would see it
      const rssOpenNow = rss(c.child.pid!);
      // a pause in typing, longer than the server's (500 ms): it collects then, off the keystrokes' path
      const settle = () => new Promise((r) => setTimeout(r, 1500));
      await settle();
      // RSS first: the debug request collects, which lowers it
      const rssOpen = rss(c.child.pid!);
      const open = await c.conn.sendRequest<Memory>(DEBUG_MEMORY_REQUEST);
      // one character at a time into a feature's description in the middle of the file
      let at = text.indexOf('Does thing', text.length >> 1);
      for (let v = 2; v <= 201; v++) {
        const pos = c.docs.get(URI)!.positionAt(at++);
        await c.change(URI, [{ range: { start: pos, end: pos }, newText: 'x' }]);
        const d = await c.diagnostics(URI, v, 30000);
        assert.equal(d.length, opened.length, `v${v}: a letter in a description changes no finding`);
        c.published.length = 0;
      }
      // right after the last keystroke: the server collects while typing too, once the old generation grew
      const rssTypedNow = rss(c.child.pid!);
      await settle();
      const rssTyped = rss(c.child.pid!);
      const typed = await c.conn.sendRequest<Memory>(DEBUG_MEMORY_REQUEST);
      const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
      // what the server keeps: one analysis and one text per document, whatever the number of versions
      assert.ok(
        typed.heapUsed <= open.heapUsed * 1.2,
        `heap after a collection: ${mb(open.heapUsed)} after opening, ${mb(typed.heapUsed)} after 200 edits`,
      );
      // what the editor's process list shows: garbage of old versions is collected when typing pauses. RSS is
      // the allocator's, not ours: a fresh CI run read +22% once with the heap flat, so the bound is +30% (a server
      // that stops collecting shows +50% and more); the +20% target is the bench's (npm run bench).
      if (rssOpen !== undefined && rssTyped !== undefined)
        assert.ok(
          rssTyped <= rssOpen * 1.3,
          `RSS: ${mb(rssOpen)} after opening, ${mb(rssTyped)} after 200 edits`,
        );
      // Issue 23's +20% is the bench's figure (5,000 features, the built server); here, from the sources, the
      // bound leaves room for the loader while still catching a server that stopped collecting (+50% and more).
      if (rssOpenNow !== undefined && rssTypedNow !== undefined)
        assert.ok(
          rssTypedNow <= rssOpenNow * 1.35,
          `RSS: ${mb(rssOpenNow)} right after opening, ${mb(rssTypedNow)} right after 200 edits`,
        );
    } finally {
      await c.close();
    }
  });

  it('a lone CR typed into a file without one: later diagnostics move down a line, earlier ones stay', async () => {
    const example = read(path.join(ROOT, 'examples', 'whiteboard', 'packaging.yaml'), 'utf8');
    const c = new Client();
    try {
      await c.initialize({});
      await c.open(URI, example);
      const before = await c.diagnostics(URI, 1);
      assert.ok(before.length > 0, 'the example has findings');
      // the CR goes into the first comment line: the editor sees one more line from there on
      const doc = TextDocument.create(URI, 'yaml', 1, example);
      const cr = example.indexOf('# Sketchboard: an online') + '# Sketchboard:'.length;
      const crLine = doc.positionAt(cr).line;
      await c.change(URI, [{ range: { start: doc.positionAt(cr), end: doc.positionAt(cr) }, newText: '\r' }]);
      const after = await c.diagnostics(URI, 2);
      assert.deepEqual(
        after.map((d) => [d.code, d.range.start.line, d.range.end.line]),
        before.map((d) => [
          d.code,
          d.range.start.line + (d.range.start.line > crLine ? 1 : 0),
          d.range.end.line + (d.range.end.line > crLine ? 1 : 0),
        ]),
      );
      // and back: the CR removed, the lines are the first version's again
      const d2 = c.docs.get(URI)!;
      await c.change(URI, [{ range: { start: d2.positionAt(cr), end: d2.positionAt(cr + 1) }, newText: '' }]);
      assert.deepEqual(await c.diagnostics(URI, 3), before);
    } finally {
      await c.close();
    }
  });
});
