import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { check } from '../../src/core/check';
import { Analyses } from '../../src/server/analysis';
import { ChangeLog } from '../../src/server/changes';

// The server's analyses re-check incrementally from the changes TextDocuments received, and give what check() gives.

const TEXT = readFileSync(
  path.resolve(__dirname, '..', '..', 'examples', 'whiteboard', 'packaging.yaml'),
  'utf8',
);

describe('incremental re-check in the server', () => {
  it('uses the recorded content changes, across versions that were never checked too', () => {
    const log = new ChangeLog();
    const analyses = new Analyses({}, undefined, log);
    let doc = log.documents.create('file:///p.yaml', 'yaml', 1, TEXT);
    assert.equal(analyses.get(doc).kind, 'checked');
    const at = doc.getText().indexOf('    plan: ');
    const pos = doc.positionAt(at + '    plan: '.length);
    // two events in one update, then a second update before anything is checked
    const events: TextDocumentContentChangeEvent[] = [
      { range: { start: pos, end: pos }, text: 'x' },
      {
        range: {
          start: { line: pos.line, character: pos.character + 1 },
          end: { line: pos.line, character: pos.character + 1 },
        },
        text: 'y',
      },
    ];
    doc = log.documents.update(doc, events, 2);
    doc = log.documents.update(
      doc,
      [{ range: { start: pos, end: { line: pos.line, character: pos.character + 1 } }, text: '' }],
      3,
    );
    const a = analyses.get(doc);
    assert.ok(a.kind === 'checked' && a.incremental, 'incremental');
    const want = check(doc.getText());
    assert.deepEqual(a.kind === 'checked' && a.result.diagnostics, want.diagnostics);
    assert.deepEqual(a.kind === 'checked' && a.result.features, want.features);
  });

  it('falls back to comparing the texts after a whole-text replace, and still agrees with check()', () => {
    const log = new ChangeLog();
    const analyses = new Analyses({}, undefined, log);
    let doc = log.documents.create('file:///q.yaml', 'yaml', 1, TEXT);
    analyses.get(doc);
    const next = TEXT.replace(/\n {4}plan: ([a-z-]+)\n/, '\n    plan: enterprise\n');
    doc = log.documents.update(doc, [{ text: next }], 2);
    const a = analyses.get(doc);
    assert.ok(a.kind === 'checked' && a.incremental, 'the texts compared, the edit is inside one feature');
    assert.deepEqual(a.kind === 'checked' && a.result.diagnostics, check(next).diagnostics);
  });
});
