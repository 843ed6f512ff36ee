// Protocol correctness of `packaging-planner lsp --stdio` over real stdio (issue 19.5): positions counted as the
// client counts lines, malformed framing ends the process with a word on stderr, an older didChange is ignored,
// malformed params get -32602, and a Neovim-like client (settings pulled, no diagnostics in the code action
// context) gets the same answers as VS Code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type CodeAction,
  CodeActionRequest,
  CodeActionResolveRequest,
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DocumentSymbolRequest,
  HoverRequest,
  type MarkupContent,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check } from '../../src/core/check';
import {
  CHECK_TEXT_REQUEST,
  DOCUMENT_DIAGNOSTICS_REQUEST,
  FEATURE_AT_REQUEST,
  MATRIX_EDIT_REQUEST,
  MATRIX_REQUEST,
  MOVE_REQUEST,
} from '../../src/server/server';
import { Client, PUSH_CAPS, spawnServer, URI } from './support/lsp-client';

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLE = readFileSync(path.join(ROOT, 'examples', 'whiteboard', 'packaging.yaml'), 'utf8');
/** The example with a lone CR inside its first comment: one more line for an LSP client, not for YAML. */
const LONE_CR = EXAMPLE.replace('# Sketchboard: an online', '# Sketchboard:\r an online');

/** Writes `bytes` to a fresh server and resolves with its exit code and stderr (or null after 10 s). */
async function feed(bytes: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawnServer();
  let stderr = '';
  child.stderr!.on('data', (b) => (stderr += String(b)));
  child.stdin!.write(bytes);
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill();
      resolve(null);
    }, 10000);
    child.on('exit', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  return { code, stderr };
}

/** The move the core offers for embed-boards' gated-growth-driver. */
const MOVE = 'Move "Embed boards in docs and websites" to Free (the lowest free plan)';

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
const INIT = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { processId: null, rootUri: null, capabilities: {} },
});

describe('language server protocol correctness (stdio)', function () {
  this.timeout(60000);

  it('a lone CR in a comment: every later diagnostic, hover and code action is on the line the editor shows', async () => {
    const client = new Client();
    try {
      await client.initialize(PUSH_CAPS);
      await client.open(URI, LONE_CR);
      const ds = await client.diagnostics(URI, 1);
      const result = check(LONE_CR);
      const doc = TextDocument.create(URI, 'yaml', 1, LONE_CR);
      assert.equal(ds.length, result.diagnostics.length);
      for (const [i, d] of result.diagnostics.entries()) {
        // the editor's lines: the text at the published range is the text at the core's offsets
        assert.deepEqual(ds[i]!.range, {
          start: doc.positionAt(d.span.start),
          end: doc.positionAt(d.span.end),
        });
        assert.equal(doc.getText(ds[i]!.range), LONE_CR.slice(d.span.start, d.span.end));
        assert.equal(
          ds[i]!.range.start.line,
          d.range.start.line + 1,
          'one line below the YAML parser’s count',
        );
      }
      // the fixes of a finding under the lone CR are still offered: the server matches the ranges it sent
      const gated = result.diagnostics.find((d) => d.rule === 'gated-growth-driver')!;
      const diag = ds[result.diagnostics.indexOf(gated)]!;
      const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: URI },
        range: diag.range,
        context: { diagnostics: [diag] },
      })) as CodeAction[];
      const move = actions.find((a) => a.title === MOVE)!;
      assert.ok(move, actions.map((a) => a.title).join(' | '));
      // its edit, at offsets turned into the client's lines, moves exactly that feature
      const resolved = await client.conn.sendRequest(CodeActionResolveRequest.type, move);
      const edits = (resolved.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
      const moved = check(TextDocument.applyEdits(doc, edits));
      assert.equal(moved.model!.features.find((f) => f.id === 'embed-boards')!.plan, 'free');
      assert.equal(
        moved.model!.features.filter((f) => f.plan === 'free').length,
        result.model!.features.filter((f) => f.plan === 'free').length + 1,
      );
      // a key below the lone CR: its meaning, at its place
      const at = LONE_CR.indexOf('acquisition: product-led') + 2;
      const hover = await client.conn.sendRequest(HoverRequest.type, {
        textDocument: { uri: URI },
        position: doc.positionAt(at),
      });
      assert.match((hover!.contents as MarkupContent).value, /^`acquisition`: How users find the product/);
      assert.equal(doc.getText(hover!.range!), 'acquisition');
    } finally {
      await client.close();
    }
  });

  it('malformed framing: an error on stderr and exit code 1, never a silent server', async () => {
    for (const [what, bytes] of [
      ['no Content-Length', `Content-Type: application/json\r\n\r\n${INIT}`],
      ['a Content-Length that is not a number', `Content-Length: twelve\r\n\r\n${INIT}`],
      ['a body that is not JSON', frame('{"jsonrpc": "2.0", "id": 1,')],
      ['a JSON body without headers', `${INIT}\n`],
      ['headers ended by LF alone', `Content-Length: ${INIT.length}\n\n${INIT}${' '.repeat(5000)}`],
    ] as const) {
      const r = await feed(bytes);
      assert.equal(r.code, 1, `${what}: exits 1 (stderr: ${r.stderr})`);
      assert.match(r.stderr, /packaging-planner lsp: malformed message on stdin, exiting: \S/, what);
    }
    // a well-framed session still ends cleanly
    const ok = await feed(
      frame(INIT) +
        frame(JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'shutdown' })) +
        frame(JSON.stringify({ jsonrpc: '2.0', method: 'exit' })),
    );
    assert.deepEqual(ok, { code: 0, stderr: '' });
  });

  it('a didChange older than the document is ignored with a log line; the newer text stands', async () => {
    const client = new Client();
    try {
      await client.initialize(PUSH_CAPS);
      await client.open(URI, EXAMPLE);
      await client.diagnostics(URI, 1);
      const insert = (version: number, text: string) =>
        client.conn.sendNotification('textDocument/didChange', {
          textDocument: { uri: URI, version },
          contentChanges: [
            { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text },
          ],
        });
      await insert(3, '# three\n');
      await client.diagnostics(URI, 3);
      await insert(2, 'plans: [broken\n');
      const r = (await client.conn.sendRequest(DOCUMENT_DIAGNOSTICS_REQUEST, {
        textDocument: { uri: URI },
      })) as { version: number; diagnostics: unknown[] };
      assert.equal(r.version, 3, 'the version never goes backwards');
      assert.equal(r.diagnostics.length, check(`# three\n${EXAMPLE}`).diagnostics.length);
      assert.ok(!client.published.some((p) => p.uri === URI && p.version === 2), 'nothing published for 2');
      assert.ok(
        client.logs.some((l) => l.includes(`ignored a didChange of ${URI} to version 2`)),
        client.logs.join('\n'),
      );
    } finally {
      await client.close();
    }
  });

  it('malformed request params get InvalidParams (-32602) saying what is wrong', async () => {
    const client = new Client();
    try {
      await client.initialize(PUSH_CAPS);
      await client.open(URI, EXAMPLE);
      await client.diagnostics(URI, 1);
      const invalid = async (method: string, params: unknown, says: RegExp) => {
        const e = await client.conn.sendRequest(method, params).then(
          () => assert.fail(`${method} ${JSON.stringify(params)} answered`),
          (err: { code: number; message: string }) => err,
        );
        assert.equal(e.code, -32602, `${method} ${JSON.stringify(params)}: ${e.message}`);
        assert.match(e.message, says);
        assert.doesNotMatch(e.message, /TypeError|Cannot read/);
      };
      const td = { uri: URI, version: 1 };
      await invalid(MATRIX_EDIT_REQUEST, { textDocument: td }, /matrix edit is an object/);
      await invalid(
        MATRIX_EDIT_REQUEST,
        { textDocument: td, intent: { type: 'explode' } },
        /Unknown matrix edit type "explode"/,
      );
      await invalid(MATRIX_EDIT_REQUEST, { textDocument: td, intent: { type: 'moveFeature' } }, /featureId/);
      await invalid(
        MATRIX_EDIT_REQUEST,
        { textDocument: td, intent: { type: 'setSignal', featureIds: ['a'], signal: 'luck', value: true } },
        /`signal` must be one of/,
      );
      await invalid(
        MATRIX_EDIT_REQUEST,
        { textDocument: td, intent: { type: 'setLimit', featureId: 'a', planId: 'b', limit: -3 } },
        /limit/,
      );
      await invalid(
        MATRIX_EDIT_REQUEST,
        { textDocument: { uri: URI }, intent: { type: 'acceptSuggestions', featureIds: ['a'] } },
        /textDocument\.version/,
      );
      await invalid(
        MOVE_REQUEST,
        { textDocument: { uri: URI, version: '1' }, featureId: 'a', planId: 'b' },
        /version/,
      );
      await invalid(MOVE_REQUEST, { textDocument: td, featureId: 'a' }, /planId/);
      await invalid(MATRIX_REQUEST, {}, /textDocument\.uri/);
      await invalid(MATRIX_REQUEST, { textDocument: { uri: URI }, version: 'latest' }, /version/);
      await invalid(FEATURE_AT_REQUEST, { textDocument: { uri: URI } }, /position/);
      await invalid(CHECK_TEXT_REQUEST, { uri: URI }, /text/);
      await invalid(
        HoverRequest.method,
        { textDocument: { uri: URI }, position: { line: -1, character: 0 } },
        /position/,
      );
      await invalid(DocumentSymbolRequest.method, { textDocument: {} }, /textDocument\.uri/);
      await invalid(
        CodeActionRequest.method,
        { textDocument: { uri: URI }, context: { diagnostics: [] } },
        /range/,
      );
      // a well-formed intent still works after all that
      const ok = (await client.conn.sendRequest(MATRIX_EDIT_REQUEST, {
        textDocument: td,
        intent: { type: 'moveFeature', featureId: 'embed-boards', planId: 'free' },
      })) as { kind: string };
      assert.equal(ok.kind, 'edits');
    } finally {
      await client.close();
    }
  });

  it('as Neovim drives it: settings pulled on initialized and on didChangeConfiguration, code actions without context diagnostics', async () => {
    const client = new Client();
    let section: object | null = { rules: { 'unclassified-feature': 'off' } };
    let asked = 0;
    client.conn.onRequest(ConfigurationRequest.type, (p) => {
      asked++;
      return p.items.map(() => section);
    });
    try {
      // vim.lsp.start_client: no initializationOptions, configuration and workspaceEdit support, no pull
      await client.initialize({
        workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } },
        textDocument: {
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        },
      });
      // Neovim pushes its `settings` (empty by default) right after initialized
      await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
      await client.open(URI, EXAMPLE);
      const first = await client.diagnostics(URI, 1);
      assert.ok(asked >= 1, 'workspace/configuration asked');
      assert.ok(!first.some((d) => d.code === 'unclassified-feature'), 'the pulled setting holds');
      assert.ok(check(EXAMPLE).diagnostics.some((d) => d.rule === 'unclassified-feature'));
      section = null;
      const before = client.published.length;
      await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
      while (client.published.length === before) await new Promise((r) => setTimeout(r, 20));
      assert.ok(client.published.at(-1)!.diagnostics.some((d) => d.code === 'unclassified-feature'));

      // code action at a finding's range with no diagnostics in the context: the server's own findings there
      const result = check(EXAMPLE);
      const core = result.diagnostics.find(
        (d) => d.rule === 'gated-growth-driver' && d.feature === 'embed-boards',
      )!;
      const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: URI },
        range: core.range,
        context: { diagnostics: [] },
      })) as CodeAction[];
      const action = actions.find((a) => a.title === MOVE);
      assert.ok(action, actions.map((a) => a.title).join(' | '));
      assert.equal(action.diagnostics?.[0]?.code, 'gated-growth-driver');
      assert.ok(action.edit, 'no resolve support: the edit comes at once');
      assert.ok(actions.some((a) => a.command?.command === 'packagingPlanner.acceptFinding'));
      // nothing of ours at a blank line: nothing offered
      const none = (await client.conn.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: URI },
        range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
        context: { diagnostics: [] },
      })) as CodeAction[];
      assert.deepEqual(none, []);
    } finally {
      await client.close();
    }
  });
});
