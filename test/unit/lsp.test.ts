// The language server driven over stdio by a real LSP client connection (vscode-languageserver-protocol's
// createProtocolConnection on the child's pipes), as Neovim or Helix would drive `packaging-planner lsp --stdio`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type CodeAction,
  CodeActionRequest,
  CodeActionResolveRequest,
  CodeLensRequest,
  type CompletionItem,
  CompletionRequest,
  ConfigurationRequest,
  DefinitionRequest,
  type Diagnostic,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  HoverRequest,
  InlayHintRequest,
  type Location,
  type MarkupContent,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  ShowDocumentRequest,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check } from '../../src/core/check';
import { removeAcceptEdit } from '../../src/core/edit/accept';
import { suggestionsFor } from '../../src/core/edit/finding-suggestions';
import { applyEdits, setFeaturePlan } from '../../src/core/edit/text-edits';
import { SIGNAL_QUESTIONS } from '../../src/core/format/questions';
import { planIntent } from '../../src/core/matrix/intents';
import { withInsights } from '../../src/core/matrix/suggestion-edits';
import { buildMatrix } from '../../src/core/matrix/view-model';
import { RULES } from '../../src/core/rules';
import type { Signal } from '../../src/core/types';
import {
  CHECK_TEXT_REQUEST,
  type CheckTextResponse,
  DIAGNOSTICS_NOTIFICATION,
  type DiagnosticsNotificationParams,
  FEATURE_AT_REQUEST,
  FEATURE_RANGE_REQUEST,
  MATRIX_EDIT_REQUEST,
  MATRIX_REQUEST,
  type MatrixEditResponse,
  type MatrixResponse,
  MOVE_REQUEST,
  type MoveResponse,
  VOCABULARY_REQUEST,
} from '../../src/server/server';
import { Client, PUSH_CAPS } from './support/lsp-client';

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLE = readFileSync(path.join(ROOT, 'examples', 'whiteboard', 'packaging.yaml'), 'utf8');
const URI = 'file:///work/project/packaging.yaml';

/** Offset of the `n`-th occurrence of `needle` in `text`, as a position. */
function posOf(text: string, needle: string, delta = 0) {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  return TextDocument.create('x', 'yaml', 0, text).positionAt(at + delta);
}

/** What the server should publish for `text`: the core's findings, accepted ones as Hints. */
function expected(text: string) {
  const sev = { error: 1, warning: 2, info: 3 } as const;
  return check(text).diagnostics.map((d) => ({
    code: d.rule,
    range: d.range,
    severity: d.accepted === undefined ? sev[d.severity] : DiagnosticSeverity.Hint,
    message: d.accepted === undefined ? d.message : `${d.message} Accepted: ${d.accepted}`,
  }));
}
const shape = (ds: Diagnostic[]) =>
  ds.map((d) => ({ code: d.code, range: d.range, severity: d.severity, message: d.message }));

function applyLsp(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'yaml', 0, text), edits);
}

describe('language server over stdio (packaging-planner lsp --stdio)', function () {
  this.timeout(60000);
  let client: Client;

  before(async () => {
    client = new Client({ PACKAGING_PLANNER_DOCS_URL: 'https://docs.example/packaging' });
    const init = await client.initialize(PUSH_CAPS);
    assert.equal(init.serverInfo?.name, 'packaging-planner');
    assert.equal(init.capabilities.diagnosticProvider, undefined, 'push mode: the client cannot pull');
    await client.open(URI, EXAMPLE);
  });

  after(async () => {
    const code = await client.close();
    assert.equal(code, 0, `exits 0 after shutdown + exit; stderr: ${client.stderr}`);
  });

  it('publishes the core findings for the opened version: rule ids, ranges, severities, Hint for an accepted one, rule links', async () => {
    const ds = await client.diagnostics(URI, 1);
    assert.deepEqual(shape(ds), expected(EXAMPLE));
    const accepted = ds.filter((d) => d.severity === DiagnosticSeverity.Hint);
    assert.ok(accepted.length >= 1, 'the example accepts a finding');
    assert.match(String(accepted[0]!.message), / Accepted: \S.*$/);
    for (const d of ds) {
      assert.equal(d.source, 'packaging-planner');
      assert.equal(d.codeDescription?.href, `https://docs.example/packaging/rules/${d.code}.md`);
    }
  });

  it('after a burst of edits, only the text of each published version is reported, and the last version is published', async () => {
    const uri = 'file:///work/project/burst.packaging.yaml';
    await client.open(uri, EXAMPLE);
    await client.diagnostics(uri, 1);
    const texts = new Map<number, string>([[1, EXAMPLE]]);
    // five quick keystrokes that change the findings: embed-boards' plan typed back and forth
    for (const plan of ['free', 'starter', 'free', 'business', 'free']) {
      const at = client.text(uri).indexOf('plan: ', client.text(uri).indexOf('id: embed-boards'));
      const doc = client.docs.get(uri)!;
      const end = client.text(uri).indexOf(' ', at + 6);
      await client.change(uri, [
        { range: { start: doc.positionAt(at + 6), end: doc.positionAt(end) }, newText: plan },
      ]);
      texts.set(client.docs.get(uri)!.version, client.text(uri));
    }
    const last = await client.diagnostics(uri, 6);
    assert.deepEqual(shape(last), expected(texts.get(6)!));
    for (const p of client.published.filter((x) => x.uri === uri))
      assert.deepEqual(shape(p.diagnostics), expected(texts.get(p.version!)!), `version ${p.version}`);
  });

  it('hover: the feature summary on a plan value, the rule on a finding, the vocabulary on a key', async () => {
    const value = (h: unknown) => (h as { contents: MarkupContent }).contents.value;
    const onPlan = await client.conn.sendRequest(HoverRequest.type, {
      textDocument: { uri: URI },
      position: posOf(EXAMPLE, 'plan: starter              # expect gated', 7),
    });
    assert.match(value(onPlan), /\*\*Embed boards in docs and websites\*\* \(`embed-boards`\)/);
    assert.match(value(onPlan), /Recommendation: \*\*free\*\*/);
    assert.match(value(onPlan), /\*\*gated-growth-driver\*\* \(warning\)/);
    assert.match(
      value(onPlan),
      /\[Why and how to fix\]\(https:\/\/docs\.example\/packaging\/rules\/gated-growth-driver\.md\)/,
    );
    const onKey = await client.conn.sendRequest(HoverRequest.type, {
      textDocument: { uri: URI },
      position: posOf(EXAMPLE, 'acquisition: product-led', 2),
    });
    assert.match(value(onKey), /^`acquisition`: How users find the product/);
    assert.deepEqual(onKey?.range, {
      start: posOf(EXAMPLE, 'acquisition: product-led'),
      end: posOf(EXAMPLE, 'acquisition: product-led', 'acquisition'.length),
    });
  });

  it('completion: plan ids after `plan: `, enum values, keys of a feature', async () => {
    const uri = 'file:///work/project/complete.packaging.yaml';
    const text = `${EXAMPLE}  - id: new-one\n    plan: \n`;
    await client.open(uri, text);
    const lines = text.split('\n');
    const line = lines.length - 2;
    const items = (await client.conn.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line, character: '    plan: '.length },
    })) as CompletionItem[];
    assert.deepEqual(
      items.map((i) => i.label),
      check(EXAMPLE).model!.plans.map((p) => p.id),
    );
    // a key of a feature: a block key is a snippet that carries the file's indentation (YAML takes no tabs)
    const keyUri = 'file:///work/project/keys.packaging.yaml';
    const keyText = `${EXAMPLE}  - id: new-two\n    sig`;
    await client.open(keyUri, keyText);
    const keys = (await client.conn.sendRequest(CompletionRequest.type, {
      textDocument: { uri: keyUri },
      position: { line: keyText.split('\n').length - 1, character: '    sig'.length },
    })) as CompletionItem[];
    assert.ok(!keys.some((k) => k.label === 'id'), 'id is written already');
    const signals = keys.find((k) => k.label === 'signals')!;
    assert.equal(signals.insertTextFormat, 2);
    assert.deepEqual(signals.textEdit, {
      range: {
        start: { line: keyText.split('\n').length - 1, character: 4 },
        end: { line: keyText.split('\n').length - 1, character: 7 },
      },
      newText: 'signals:\n      $0',
    });
    const growth = (await client.conn.sendRequest(CompletionRequest.type, {
      textDocument: { uri: URI },
      position: posOf(EXAMPLE, 'freeOffer: freemium', 'freeOffer: '.length),
    })) as CompletionItem[];
    assert.deepEqual(
      growth.map((i) => i.label),
      ['freemium', 'trial', 'freemium-and-trial', 'none'],
    );
  });

  it('code action: a quick fix resolves to the core fix as a byte-exact edit; a stale one resolves to no edit', async () => {
    const uri = 'file:///work/project/fix.packaging.yaml';
    await client.open(uri, EXAMPLE);
    const ds = await client.diagnostics(uri, 1);
    const result = check(EXAMPLE);
    const core = result.diagnostics.find(
      (d) => d.rule === 'gated-growth-driver' && suggestionsFor(EXAMPLE, result, d).length,
    )!;
    assert.ok(core, 'the example has a gated-growth-driver with a fix');
    const diag = ds.find((d) => d.code === core.rule && d.range.start.line === core.range.start.line)!;
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diag.range,
      context: { diagnostics: [diag] },
    })) as CodeAction[];
    const fix = suggestionsFor(EXAMPLE, result, core)[0]!;
    const action = actions.find((a) => a.title === fix.title)!;
    assert.ok(action, `offered: ${actions.map((a) => a.title).join(' | ')}`);
    // a move decides for the PM: a suggestion, never preferred (spec 5.1)
    assert.equal(action.isPreferred, false);
    assert.equal(action.edit, undefined, 'the edit comes on resolve');
    const resolved = await client.conn.sendRequest(CodeActionResolveRequest.type, action);
    const dc = resolved.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(dc.textDocument, { uri, version: 1 });
    assert.equal(applyLsp(EXAMPLE, dc.edits as TextEdit[]), applyEdits(EXAMPLE, fix.edits));
    // the accept action of the same finding is a command that takes the reason
    const accept = actions.find((a) => a.command?.command === 'packagingPlanner.acceptFinding');
    assert.ok(accept && accept.command!.arguments![0] === uri);
    // typed meanwhile: the held action is stale and resolves without an edit
    await client.change(uri, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '# x\n' },
    ]);
    await client.diagnostics(uri, 2);
    const stale = await client.conn.sendRequest(CodeActionResolveRequest.type, action);
    assert.equal(stale.edit, undefined);
  });

  it('"Accept this finding…" with a reason writes the accept entry through workspace/applyEdit; the finding becomes a Hint', async () => {
    const uri = 'file:///work/project/accept.packaging.yaml';
    await client.open(uri, EXAMPLE);
    const ds = await client.diagnostics(uri, 1);
    const diag = ds.find((d) => d.code === 'gated-growth-driver')!;
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diag.range,
      context: { diagnostics: [diag] },
    })) as CodeAction[];
    const accept = actions.find((a) => a.command?.command === 'packagingPlanner.acceptFinding')!;
    const noReason = await client.conn.sendRequest(ExecuteCommandRequest.type, accept.command!);
    assert.equal((noReason as { applied: boolean }).applied, false);
    assert.equal(client.docs.get(uri)!.version, 1, 'nothing written without a reason');
    const r = await client.conn.sendRequest(ExecuteCommandRequest.type, {
      command: accept.command!.command,
      arguments: [...accept.command!.arguments!, 'Embeds drive sign-ups; we measure them on Starter.'],
    });
    assert.deepEqual(r, { applied: true });
    assert.match(
      client.text(uri),
      /accept:[\s\S]*gated-growth-driver: Embeds drive sign-ups; we measure them on Starter\./,
    );
    const after = await client.diagnostics(uri, 2);
    const now = after.find((d) => d.code === 'gated-growth-driver')!;
    assert.equal(now.severity, DiagnosticSeverity.Hint);
    assert.match(String(now.message), /Accepted: Embeds drive sign-ups; we measure them on Starter\.$/);
  });

  it('"Remove unused accept entry" resolves to the core edit, which restores the file', async () => {
    const uri = 'file:///work/project/unused.packaging.yaml';
    const anchor = 'category: Boards\n    plan: free\n    signals:\n      universality: true';
    assert.equal(EXAMPLE.split(anchor).length, 2, 'one templates feature');
    const text = EXAMPLE.replace(
      anchor,
      anchor.replace(
        '    signals:',
        '    accept:\n      free-friction: Templates are never private.\n    signals:',
      ),
    );
    await client.open(uri, text);
    const ds = await client.diagnostics(uri, 1);
    const unused = ds.find((d) => d.code === 'unused-accept')!;
    assert.ok(unused, ds.map((d) => d.code).join(', '));
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: unused.range,
      context: { diagnostics: [unused] },
    })) as CodeAction[];
    const remove = actions.find((a) => a.title === 'Remove unused accept entry')!;
    assert.ok(remove?.isPreferred, actions.map((a) => a.title).join(' | '));
    const resolved = await client.conn.sendRequest(CodeActionResolveRequest.type, remove);
    const edits = (resolved.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
    const result = check(text);
    const core = result.diagnostics.find((d) => d.rule === 'unused-accept')!;
    assert.equal(applyLsp(text, edits), applyEdits(text, [removeAcceptEdit(text, result, core)!]));
    assert.equal(applyLsp(text, edits), EXAMPLE);
  });

  it('references and rename of a plan id: its definition, features’ plan, add-ons’ from, limits keys', async () => {
    const uri = 'file:///work/project/rename.packaging.yaml';
    await client.open(uri, EXAMPLE);
    await client.diagnostics(uri, 1);
    const pos = posOf(EXAMPLE, 'plan: starter', 7);
    const refs = (await client.conn.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position: pos,
      context: { includeDeclaration: true },
    })) as Location[];
    const places = (text: string, id: string) =>
      [...text.matchAll(new RegExp(`(?:id|plan|from): ${id}\\b|^ +${id}:`, 'gm'))].length;
    const written = places(EXAMPLE, 'starter');
    assert.ok(written >= 4, 'a definition, plan: values, a from: and limits keys');
    assert.equal(refs.length, written);
    const prep = await client.conn.sendRequest(PrepareRenameRequest.type, {
      textDocument: { uri },
      position: pos,
    });
    assert.deepEqual(prep && 'placeholder' in prep ? prep.placeholder : undefined, 'starter');
    const edit = (await client.conn.sendRequest(RenameRequest.type, {
      textDocument: { uri },
      position: pos,
      newName: 'team',
    })) as WorkspaceEdit;
    const edits = (edit.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
    assert.equal(edits.length, written);
    const renamed = applyLsp(EXAMPLE, edits);
    assert.deepEqual([places(renamed, 'starter'), places(renamed, 'team')], [0, written]);
    // the same findings, with the plan renamed: no unknown-plan, nothing else moved
    const before = check(EXAMPLE).diagnostics.map((d) => `${d.rule} ${d.feature}`);
    const afterRename = check(renamed).diagnostics.map((d) => `${d.rule} ${d.feature}`);
    assert.deepEqual(afterRename, before);
    await assert.rejects(
      client.conn.sendRequest(RenameRequest.type, {
        textDocument: { uri },
        position: pos,
        newName: 'business',
      }),
      /There is a plan "business" already/,
    );
  });

  it('definition, document symbols, inlay hints and code lenses', async () => {
    const def = (await client.conn.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: URI },
      position: posOf(EXAMPLE, 'plan: starter', 8),
    })) as Location;
    assert.deepEqual(def.range.start, posOf(EXAMPLE, 'starter\n    name: Starter'));
    const symbols = (await client.conn.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri: URI },
    })) as {
      name: string;
      children?: { name: string }[];
    }[];
    const model = check(EXAMPLE).model!;
    assert.deepEqual(
      symbols.find((s) => s.name === 'features')!.children!.map((c) => c.name),
      model.features.map((f) => f.name),
    );
    const hints = await client.conn.sendRequest(InlayHintRequest.type, {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 10000, character: 0 } },
    });
    assert.ok(
      hints?.some((h) => String(h.label).startsWith('→ free')),
      'embed-boards: recommended free, on paid',
    );
    // by default a lens on each feature with findings; "Open matrix" only for a client that has a matrix
    // (initializationOptions.clientCommands)
    const lenses = (await client.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri: URI } }))!;
    // accepted findings are never counted: a feature whose only finding is accepted gets no lens
    const withFindings = new Set(
      check(EXAMPLE).diagnostics.flatMap((d) => (d.feature && d.accepted === undefined ? [d.feature] : [])),
    );
    assert.equal(lenses.length, withFindings.size);
    assert.ok(withFindings.size < model.features.length, 'some features have no finding, and no lens');
    const embed = lenses.find((l) => l.command?.arguments?.[1] === 'embed-boards')!;
    assert.match(embed.command!.title, /^paid · recommended free · 1 finding$/);
    // its command asks the editor to show the feature's placement (window/showDocument)
    const shown: unknown[] = [];
    client.conn.onRequest(ShowDocumentRequest.type, (p) => {
      shown.push(p);
      return { success: true };
    });
    const r = await client.conn.sendRequest(ExecuteCommandRequest.type, embed.command!);
    assert.deepEqual(r, { shown: true });
    assert.deepEqual(shown, [
      {
        uri: URI,
        takeFocus: true,
        selection: {
          start: posOf(EXAMPLE, 'plan: starter              # expect gated', 6),
          end: posOf(EXAMPLE, 'plan: starter              # expect gated', 13),
        },
      },
    ]);
  });

  it('the matrix request returns buildMatrix of the version; a move is edits against a version, refused when stale', async () => {
    const uri = 'file:///work/project/matrix.packaging.yaml';
    await client.open(uri, EXAMPLE);
    const m = (await client.conn.sendRequest(MATRIX_REQUEST, { textDocument: { uri } })) as MatrixResponse;
    assert.equal(m.version, 1);
    assert.deepEqual(m.model, JSON.parse(JSON.stringify(buildMatrix(check(EXAMPLE)))));
    await assert.rejects(
      client.conn.sendRequest(MATRIX_REQUEST, { textDocument: { uri }, version: 7 }),
      /version 1/,
    );
    const stale = (await client.conn.sendRequest(MOVE_REQUEST, {
      textDocument: { uri, version: 0 },
      featureId: 'embed-boards',
      planId: 'free',
    })) as MoveResponse;
    assert.equal(stale.kind, 'refused');
    assert.equal(stale.kind === 'refused' && stale.reason, 'stale');
    const move = (await client.conn.sendRequest(MOVE_REQUEST, {
      textDocument: { uri, version: 1 },
      featureId: 'embed-boards',
      planId: 'free',
    })) as MoveResponse;
    assert.equal(move.kind, 'edits');
    const moved = applyLsp(EXAMPLE, move.kind === 'edits' ? move.edits : []);
    assert.equal(check(moved).model!.features.find((f) => f.id === 'embed-boards')!.plan, 'free');
    // the core's own move edit, byte for byte (an aligned comment keeps its column)
    assert.equal(moved, applyEdits(EXAMPLE, setFeaturePlan(EXAMPLE, check(EXAMPLE), 'embed-boards', 'free')));
  });

  it('a file over the size cap gets one clear finding instead of a check', async () => {
    const uri = 'file:///work/project/huge.packaging.yaml';
    await client.open(
      uri,
      `${EXAMPLE}${'#'.repeat(80)}\n`.repeat(Math.ceil((2.1 * 1024 * 1024) / EXAMPLE.length)),
    );
    const ds = await client.diagnostics(uri, 1);
    assert.equal(ds.length, 1);
    assert.equal(ds[0]!.code, 'file-too-large');
    assert.match(String(ds[0]!.message), /over the editor's 2\.0 MB limit/);
  });
});

describe('language server, settings from workspace/configuration', function () {
  this.timeout(60000);

  it('reads the packagingPlanner section before the first report, and re-reads it on a change', async () => {
    const client = new Client();
    let section: object | null = { rules: { 'gated-growth-driver': 'off' } };
    const asked: string[] = [];
    client.conn.onRequest(ConfigurationRequest.type, (p) => {
      asked.push(...p.items.map((i) => String(i.section)));
      return p.items.map(() => section);
    });
    try {
      await client.initialize({ ...PUSH_CAPS, workspace: { ...PUSH_CAPS.workspace, configuration: true } });
      await client.open(URI, EXAMPLE);
      const first = await client.diagnostics(URI, 1);
      assert.deepEqual(asked, ['packagingPlanner']);
      assert.deepEqual(
        shape(first),
        expected(EXAMPLE).filter((d) => d.code !== 'gated-growth-driver'),
      );
      // only one report of version 1 so far: none under the default settings first
      assert.equal(client.published.filter((p) => p.uri === URI).length, 1);
      section = null; // nothing configured any more: the defaults
      const before = client.published.length;
      await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      while (client.published.length === before) await new Promise((r) => setTimeout(r, 20));
      assert.deepEqual(shape(client.published.at(-1)!.diagnostics), expected(EXAMPLE));
    } finally {
      await client.close();
    }
  });
});

describe('language server, pull diagnostics (textDocument/diagnostic)', function () {
  this.timeout(60000);

  it('answers the pull with the same findings as push, honours settings, and ignores non-packaging YAML', async () => {
    const client = new Client();
    try {
      const init = await client.initialize(
        { textDocument: { diagnostic: { dynamicRegistration: false } } },
        {
          packagingPlanner: { rules: { 'unclassified-feature': 'off' }, codeLens: 'all' },
          clientCommands: ['packagingPlanner.openMatrix'],
        },
      );
      assert.ok(init.capabilities.diagnosticProvider);
      await client.open(URI, EXAMPLE);
      const r = await client.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI } });
      assert.equal(r.kind, 'full');
      const want = check(EXAMPLE, { rules: { 'unclassified-feature': 'off' } });
      assert.ok(want.diagnostics.length < check(EXAMPLE).diagnostics.length, 'the setting turned a rule off');
      assert.deepEqual(
        shape(r.kind === 'full' ? r.items : []).map((d) => `${d.code} ${d.range.start.line}`),
        want.diagnostics.map((d) => `${d.rule} ${d.range.start.line}`),
      );
      // a client with a matrix gets the "Open matrix" lens on `plans:` too
      const lenses = (await client.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri: URI } }))!;
      assert.equal(lenses.length, check(EXAMPLE).model!.features.length + 1);
      assert.deepEqual(lenses[0]!.command, {
        title: 'Open matrix',
        command: 'packagingPlanner.openMatrix',
        arguments: [URI],
      });
      const again = await client.conn.sendRequest(DocumentDiagnosticRequest.type, {
        textDocument: { uri: URI },
        previousResultId: r.kind === 'full' ? r.resultId : undefined,
      });
      assert.equal(again.kind, 'unchanged');
      const other = 'file:///work/project/docker-compose.yaml';
      await client.open(other, 'services: {}\n');
      const none = await client.conn.sendRequest(DocumentDiagnosticRequest.type, {
        textDocument: { uri: other },
      });
      assert.deepEqual(none, { kind: 'full', items: [] });
      assert.equal(client.published.length, 0, 'a pull client gets no pushed diagnostics');
    } finally {
      await client.close();
    }
  });
});

describe('language server, as the VS Code thin client drives it', function () {
  this.timeout(60000);

  const VSCODE_INIT = {
    packagingPlanner: { codeLens: 'findings' },
    clientCommands: [
      'packagingPlanner.openMatrix',
      'packagingPlanner.acceptFinding',
      'packagingPlanner.answerSignals',
      'packagingPlanner.revealFeature',
      'packagingPlanner.openRuleDoc',
    ],
    diagnostics: 'notification',
    ruleLinks: 'command',
    codicons: true,
  };

  it('pushes versioned diagnostics as its notification, links codes to the rule command, and answers the client requests', async () => {
    const client = new Client();
    const pushed: DiagnosticsNotificationParams[] = [];
    client.conn.onNotification(DIAGNOSTICS_NOTIFICATION, (p: DiagnosticsNotificationParams) => {
      pushed.push(p);
    });
    try {
      const init = await client.initialize(
        { ...PUSH_CAPS, textDocument: { ...PUSH_CAPS.textDocument, diagnostic: {} } },
        VSCODE_INIT,
      );
      // the commands the client runs itself are not registered by the server (VS Code would refuse twice)
      assert.deepEqual(init.capabilities.executeCommandProvider?.commands, [
        'packagingPlanner.server.acceptFinding',
        'packagingPlanner.server.answerSignals',
      ]);
      assert.equal(init.capabilities.diagnosticProvider, undefined, 'notification mode is push, never pull');
      await client.open(URI, EXAMPLE);
      for (let i = 0; i < 100 && !pushed.some((p) => p.version === 1); i++)
        await new Promise((r) => setTimeout(r, 50));
      const first = pushed.find((p) => p.uri === URI && p.version === 1)!;
      assert.deepEqual(shape(first.diagnostics), expected(EXAMPLE));
      assert.equal(client.published.length, 0, 'nothing on textDocument/publishDiagnostics');
      const href = first.diagnostics[0]!.codeDescription!.href;
      assert.equal(
        href,
        `command:packagingPlanner.openRuleDoc?${encodeURIComponent(JSON.stringify([first.diagnostics[0]!.code]))}`,
      );

      // lenses: only features with findings (the codeLens setting), codicons in the matrix lens
      const result = check(EXAMPLE);
      const withFindings = new Set(
        result.diagnostics
          .filter((d) => d.accepted === undefined)
          .map((d) => d.feature)
          .filter((f) => f !== undefined),
      );
      const lenses = (await client.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri: URI } }))!;
      assert.equal(lenses[0]!.command!.title, '$(table) Open matrix');
      assert.equal(lenses.length, withFindings.size + 1);

      // every finding has "Explain rule"; an unclassified feature gets "Answer the packaging test…"
      const unclassified = result.diagnostics.find((d) => d.rule === 'unclassified-feature');
      for (const d of first.diagnostics) {
        const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
          textDocument: { uri: URI },
          range: d.range,
          context: { diagnostics: [d] },
        })) as CodeAction[];
        const explain = actions.find((a) => a.title === `Explain rule ${d.code}`);
        assert.deepEqual(explain?.command, {
          title: `Explain rule ${d.code}`,
          command: 'packagingPlanner.openRuleDoc',
          arguments: [d.code],
        });
        if (unclassified && d.code === 'unclassified-feature')
          assert.ok(actions.some((a) => a.command?.command === 'packagingPlanner.answerSignals'));
      }

      // the matrix: its view model with insights, a feature under the cursor, where a feature is written
      const m = (await client.conn.sendRequest(MATRIX_REQUEST, {
        textDocument: { uri: URI },
        version: 1,
        insights: true,
      })) as MatrixResponse;
      assert.deepEqual(
        m.model,
        JSON.parse(JSON.stringify(withInsights(buildMatrix(result), result, EXAMPLE))),
      );
      const f = result.model!.features[1]!;
      const doc = TextDocument.create(URI, 'yaml', 1, EXAMPLE);
      assert.deepEqual(
        await client.conn.sendRequest(FEATURE_AT_REQUEST, {
          textDocument: { uri: URI },
          position: doc.positionAt(f.idNode.range![0]),
        }),
        { featureId: f.id },
      );
      const idRange = (await client.conn.sendRequest(FEATURE_RANGE_REQUEST, {
        textDocument: { uri: URI },
        featureId: f.id,
        anchor: 'id',
      })) as { start: { line: number; character: number }; end: { line: number; character: number } };
      assert.equal(doc.getText(idRange), f.id);

      // a matrix intent is edits against the version; the same as the core's planIntent; stale is refused
      const target = result.model!.plans.find((p) => p.id !== f.plan)!.id;
      const stale = (await client.conn.sendRequest(MATRIX_EDIT_REQUEST, {
        textDocument: { uri: URI, version: 0 },
        intent: { type: 'moveFeature', featureId: f.id, planId: target },
      })) as MatrixEditResponse;
      assert.deepEqual([stale.kind, stale.kind === 'refused' && stale.reason], ['refused', 'stale']);
      const edit = (await client.conn.sendRequest(MATRIX_EDIT_REQUEST, {
        textDocument: { uri: URI, version: 1 },
        intent: { type: 'setSignal', featureIds: [f.id], signal: 'habitLoop', value: true },
      })) as MatrixEditResponse;
      assert.equal(edit.kind, 'edits');
      const core = planIntent(EXAMPLE, result, {
        type: 'setSignal',
        featureIds: [f.id],
        signal: 'habitLoop',
        value: true,
      });
      assert.ok('edits' in core);
      assert.equal(
        applyLsp(EXAMPLE, edit.kind === 'edits' ? edit.edits : []),
        applyEdits(EXAMPLE, core.edits),
      );
      assert.deepEqual(edit.kind === 'edits' && edit.applied, core.applied);

      // a text that is not open (a workspace file): its diagnostics and counts without accepted findings
      const checked = (await client.conn.sendRequest(CHECK_TEXT_REQUEST, {
        uri: 'file:///work/project/sub/other.packaging.yaml',
        text: EXAMPLE,
      })) as CheckTextResponse;
      assert.deepEqual(shape(checked.diagnostics), expected(EXAMPLE));
      const open = result.diagnostics.filter((d) => d.accepted === undefined);
      assert.deepEqual(checked.counts, {
        errors: open.filter((d) => d.severity === 'error').length,
        warnings: open.filter((d) => d.severity === 'warning').length,
        infos: open.filter((d) => d.severity === 'info').length,
      });

      // the pickers' vocabulary
      const vocab = (await client.conn.sendRequest(VOCABULARY_REQUEST, {})) as {
        rules: { id: string }[];
        signals: { id: Signal; doc: string; question: string; short: string }[];
      };
      assert.deepEqual(
        vocab.rules.map((r) => r.id),
        RULES.map((r) => r.id),
      );
      assert.deepEqual(
        vocab.signals.map((s) => s.id),
        ['virality', 'universality', 'ahaMoment', 'habitLoop', 'friction', 'expansion'],
      );
      assert.ok(vocab.signals.every((s) => s.doc.length > 20));
      // the picker asks the spec's questions (§3.1), from the one module every face reads
      for (const s of vocab.signals) {
        assert.equal(s.question, SIGNAL_QUESTIONS[s.id].question);
        assert.equal(s.short, SIGNAL_QUESTIONS[s.id].short);
      }

      // "Answer the packaging test…" through the server: only the picked signals, one applyEdit
      const before = client.text();
      const answered = (await client.conn.sendRequest(ExecuteCommandRequest.type, {
        command: 'packagingPlanner.server.answerSignals',
        arguments: [URI, 'no-such-feature', ['friction']],
      })) as { applied: boolean };
      assert.equal(answered.applied, false);
      assert.equal(client.text(), before);

      // closing withdraws the findings (no version)
      await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
      for (let i = 0; i < 100 && !pushed.some((p) => p.version === undefined); i++)
        await new Promise((r) => setTimeout(r, 50));
      assert.deepEqual(pushed.at(-1), { uri: URI, diagnostics: [] });
    } finally {
      await client.close();
    }
  });
});

describe('language server, many lenses', function () {
  this.timeout(60000);

  it('past 500 feature lenses one summary lens on `features:` stands in for them', async () => {
    const client = new Client();
    try {
      await client.initialize(PUSH_CAPS, {
        packagingPlanner: { codeLens: 'all' },
        clientCommands: ['packagingPlanner.openMatrix'],
      });
      const features = (n: number) =>
        Array.from(
          { length: n },
          (_, i) => `  - id: f-${i}\n    plan: free\n    signals: {habitLoop: true}\n`,
        ).join('');
      const head = 'version: 1\nproduct:\n  name: Many\nplans:\n  - id: free\n    price: 0\nfeatures:\n';
      const few = 'file:///work/project/few.packaging.yaml';
      await client.open(few, head + features(500));
      const under = (await client.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri: few } }))!;
      assert.equal(under.length, 501, 'the matrix lens and one per feature');
      const many = 'file:///work/project/many.packaging.yaml';
      const text = head + features(501);
      await client.open(many, text);
      const over = (await client.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri: many } }))!;
      assert.equal(over.length, 2);
      assert.deepEqual(over[1], {
        range: {
          start: posOf(text, 'features:'),
          end: posOf(text, 'features:'),
        },
        command: {
          title: '501 feature lenses hidden: more than 500 slow the editor down; open the matrix',
          command: 'packagingPlanner.openMatrix',
          arguments: [many],
        },
      });
    } finally {
      await client.close();
    }
  });
});
