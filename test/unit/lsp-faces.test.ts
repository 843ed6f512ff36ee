// What the editor shows of findings, over real stdio: accepted means quiet (issue 21.5), hovers are short and say
// each thing once (21.6), and every face counts the same totals, with one notice when the editor lists fewer
// (21.4).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CodeLensRequest,
  DiagnosticSeverity,
  HoverRequest,
  InlayHintRequest,
  type MarkupContent,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generatePackaging } from '../../bench/gen';
import { check } from '../../src/core/check';
import { md, whyLine } from '../../src/core/matrix/render/hover';
import { buildMatrix } from '../../src/core/matrix/view-model';
import { findingTotals, totalsNotice } from '../../src/core/totals';
import {
  CHECK_TEXT_REQUEST,
  type CheckTextResponse,
  DIAGNOSTICS_NOTIFICATION,
  type DiagnosticsNotificationParams,
  MATRIX_REQUEST,
  type MatrixResponse,
} from '../../src/server/server';
import { Client, PUSH_CAPS, URI } from './support/lsp-client';

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLE = readFileSync(path.join(ROOT, 'examples', 'whiteboard', 'packaging.yaml'), 'utf8');
const page = (rule: string) => readFileSync(path.join(ROOT, 'docs', 'rules', `${rule}.md`), 'utf8');
const REASON = 'Embeds drive sign-ups; we measure them on Starter.';
/** The example with embed-boards' gated-growth-driver accepted. */
const ACCEPTED = EXAMPLE.replace(
  '    signals:\n      virality: true\n\n  # --- Admin',
  `    signals:\n      virality: true\n    accept:\n      gated-growth-driver: ${REASON}\n\n  # --- Admin`,
);
const ANCHOR = 'plan: starter              # expect gated-growth-driver';
const VSCODE_INIT = {
  clientCommands: ['packagingPlanner.openMatrix', 'packagingPlanner.openRuleDoc'],
  diagnostics: 'notification',
  hoverShowsDiagnostics: true,
  problemsLimit: 1000,
};

const count = (hay: string, needle: string) => hay.split(needle).length - 1;
const value = (h: unknown) => (h as { contents: MarkupContent }).contents.value;

async function faces(client: Client, uri: string, text: string) {
  const doc = TextDocument.create(uri, 'yaml', 1, text);
  const at = doc.positionAt(text.indexOf(ANCHOR) + 7);
  const hints = (await client.conn.sendRequest(InlayHintRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: doc.lineCount, character: 0 } },
  }))!;
  const lenses = (await client.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri } }))!;
  const hover = value(
    await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at }),
  );
  return {
    hint: hints.find((h) => h.position.line === at.line),
    lens: lenses.find((l) => (l.command?.arguments as unknown[] | undefined)?.[1] === 'embed-boards'),
    hover,
  };
}

describe('language server faces of findings (stdio)', function () {
  this.timeout(60000);

  it('an accepted finding is quiet: a Hint, no inlay hint, no lens count; the hover says "Accepted: REASON" once', async () => {
    const client = new Client({ PACKAGING_PLANNER_DOCS_URL: 'https://docs.example/packaging' });
    try {
      await client.initialize(PUSH_CAPS);
      const open = 'file:///work/project/open.packaging.yaml';
      await client.open(open, EXAMPLE);
      await client.open(URI, ACCEPTED);
      await client.diagnostics(open, 1);
      const ds = await client.diagnostics(URI, 1);
      // before: the mismatch hint, the lens counting the finding
      const before = await faces(client, open, EXAMPLE);
      assert.match(String(before.hint?.label), /^→ free/);
      assert.match(String(before.lens?.command?.title), /· 1 finding$/);
      // after accepting
      const gated = ds.find((d) => d.code === 'gated-growth-driver')!;
      assert.equal(gated.severity, DiagnosticSeverity.Hint, 'spec 4.5: a Hint (no squiggle) for LSP clients');
      const after = await faces(client, URI, ACCEPTED);
      assert.equal(after.hint, undefined, 'no inlay hint on the accepted placement');
      assert.equal(after.lens, undefined, 'no lens: nothing counts on embed-boards');
      assert.equal(count(after.hover, `Accepted: ${md(REASON)}`), 1, after.hover);
      const message = check(ACCEPTED).diagnostics.find((d) => d.rule === 'gated-growth-driver')!.message;
      assert.equal(count(after.hover, md(message)), 1, 'the message once');
    } finally {
      await client.close();
    }
  });

  it('a hover: what the cursor is on, the message once, one line of why, the rule link; no essay', async () => {
    const client = new Client({ PACKAGING_PLANNER_DOCS_URL: 'https://docs.example/packaging' });
    try {
      await client.initialize(PUSH_CAPS);
      await client.open(URI, EXAMPLE);
      await client.diagnostics(URI, 1);
      const { hover } = await faces(client, URI, EXAMPLE);
      const sections = hover.split('\n\n---\n\n');
      assert.match(sections[0]!, /^\*\*Embed boards in docs and websites\*\* \(`embed-boards`\)/);
      const message = check(EXAMPLE).diagnostics.find(
        (d) => d.rule === 'gated-growth-driver' && d.feature === 'embed-boards',
      )!.message;
      assert.equal(count(hover, md(message)), 1, hover);
      const why = whyLine(page('gated-growth-driver'))!;
      assert.equal(
        why,
        'In a product-led model the free offer is the acquisition and retention engine, and four kinds of features fuel it.',
      );
      assert.deepEqual(sections[1]!.split('\n\n'), [
        `**gated-growth-driver** (warning): ${md(message)}`,
        `${why} [Why and how to fix](https://docs.example/packaging/rules/gated-growth-driver.md)`,
      ]);
      assert.doesNotMatch(hover, /- virality: sharing/, 'not the rule page’s list');
      assert.ok(hover.split('\n').length <= 16, `short: ${hover.split('\n').length} lines`);

      // VS Code shows the finding's message in its own hover part: ours names the rule only
      const vscode = new Client({ PACKAGING_PLANNER_DOCS_URL: 'https://docs.example/packaging' });
      try {
        await vscode.initialize(PUSH_CAPS, VSCODE_INIT);
        await vscode.open(URI, EXAMPLE);
        const h = (await faces(vscode, URI, EXAMPLE)).hover;
        assert.equal(count(h, md(message)), 0, h);
        assert.match(h, /\*\*gated-growth-driver\*\* \(warning\)\n\nIn a product-led model/);
      } finally {
        await vscode.close();
      }
    } finally {
      await client.close();
    }
  });

  it('one total in every face: the pushed totals, the matrix counts and notice, checkText: all findingTotals', async () => {
    const text = generatePackaging(3000);
    const result = check(text);
    const totals = findingTotals(result);
    assert.ok(totals.open > 1000, `over VS Code's list: ${totals.open}`);
    const client = new Client();
    const pushed: DiagnosticsNotificationParams[] = [];
    client.conn.onNotification(DIAGNOSTICS_NOTIFICATION, (p: DiagnosticsNotificationParams) => {
      pushed.push(p);
    });
    try {
      await client.initialize(PUSH_CAPS, VSCODE_INIT);
      await client.open(URI, text);
      for (let i = 0; i < 200 && !pushed.some((p) => p.version === 1); i++)
        await new Promise((r) => setTimeout(r, 50));
      const first = pushed.find((p) => p.version === 1)!;
      assert.deepEqual(first.totals, totals);
      assert.equal(
        first.diagnostics.filter((d) => d.severity !== DiagnosticSeverity.Hint).length,
        totals.open,
      );
      const m = (await client.conn.sendRequest(MATRIX_REQUEST, {
        textDocument: { uri: URI },
        version: 1,
      })) as MatrixResponse;
      const label = totals.open.toLocaleString('en-US');
      assert.equal(m.model.notice, `${label} findings; the Problems panel shows the first 1,000.`);
      assert.deepEqual(
        [m.model.counts.errors, m.model.counts.warnings, m.model.counts.infos, m.model.counts.accepted],
        [totals.errors, totals.warnings, totals.infos, totals.accepted],
      );
      const checked = (await client.conn.sendRequest(CHECK_TEXT_REQUEST, {
        uri: URI,
        text,
      })) as CheckTextResponse;
      assert.deepEqual(checked.totals, totals);
      assert.deepEqual(checked.counts, {
        errors: totals.errors,
        warnings: totals.warnings,
        infos: totals.infos,
      });
      // a file the list shows whole: no notice
      const small = (await client.conn.sendRequest(CHECK_TEXT_REQUEST, {
        uri: URI,
        text: EXAMPLE,
      })) as CheckTextResponse;
      assert.equal(totalsNotice(small.totals!, 1000), undefined);
      assert.equal(buildMatrix(check(EXAMPLE), { listLimit: 1000 }).notice, undefined);
    } finally {
      await client.close();
    }
  });

  it('totals: accepted findings counted apart; the notice only past the limit', () => {
    const t = findingTotals(check(ACCEPTED));
    const ds = check(ACCEPTED).diagnostics;
    assert.equal(t.accepted, ds.filter((d) => d.accepted !== undefined).length);
    assert.ok(t.accepted >= 2, 'the example accepts one, ACCEPTED one more');
    assert.equal(t.open, ds.length - t.accepted);
    assert.equal(t.open, t.errors + t.warnings + t.infos);
    assert.equal(totalsNotice(t, t.open), undefined);
    assert.equal(
      totalsNotice({ errors: 1, warnings: 1203, infos: 1000, accepted: 4, open: 2204 }, 1000),
      '2,204 findings; the Problems panel shows the first 1,000.',
    );
    assert.equal(totalsNotice(t, undefined), undefined);
  });
});
