// packagingPlanner/suggestionPreview over real stdio: what "Accept N suggestions" would write (rows, new
// recommendation, findings added and removed) equals the core's suggestionPreview of that version; a stale
// version is refused, bad params get -32602, and nothing is written (the document stays at its version).

import assert from 'node:assert/strict';
import { check } from '../../src/core/check';
import { suggestionPreview } from '../../src/core/matrix/suggestion-edits';
import type { SuggestionPreviewResponse } from '../../src/server/matrix';
import { SUGGESTION_PREVIEW_REQUEST } from '../../src/server/methods';
import { Client, PUSH_CAPS, URI } from './support/lsp-client';

const YAML = `version: 1
product:
  name: Suggest me
plans:
  - id: free
    name: Free
    price: 0
  - id: pro
    name: Pro
    price: 10
  - id: enterprise
    name: Enterprise
    price: contact-sales
features:
  - id: share-links
    name: Sharing links
    category: Collaboration
    plan: free
  - id: comments
    name: Comments
    category: Collaboration
    plan: free
  - id: sso
    name: Single sign-on
    category: Admin
    plan: enterprise
  - id: legacy-sso
    name: SAML SSO   # packaging-planner: no-market
    category: Admin
    plan: enterprise
    signals: {friction: true}
`;

const finding = (d: { rule: string; severity: string; feature?: string; message: string }) => ({
  rule: d.rule,
  severity: d.severity,
  ...(d.feature !== undefined ? { feature: d.feature } : {}),
  message: d.message,
});

describe('suggestion preview request (packagingPlanner/suggestionPreview over stdio)', function () {
  this.timeout(60000);
  let client: Client;

  before(async () => {
    client = new Client();
    await client.initialize(PUSH_CAPS);
    await client.open(URI, YAML);
    await client.diagnostics(URI, 1);
  });
  after(async () => {
    assert.equal(await client.close(), 0, client.stderr);
  });

  it('answers the core preview of the version: rows with their new recommendation, findings added and removed', async () => {
    const ids = ['share-links', 'comments', 'sso', 'legacy-sso', 'nope'];
    const r = (await client.conn.sendRequest(SUGGESTION_PREVIEW_REQUEST, {
      textDocument: { uri: URI, version: 1 },
      featureIds: ids,
    })) as SuggestionPreviewResponse;
    assert.equal(r.kind, 'preview');
    if (r.kind !== 'preview') return;
    const core = suggestionPreview(YAML, check(YAML), ids)!;
    assert.deepEqual(r, {
      kind: 'preview',
      version: 1,
      rows: core.rows,
      skipped: ['legacy-sso', 'nope'],
      added: core.added.map(finding),
      removed: core.removed.map(finding),
    });
    assert.deepEqual(
      r.rows.map((x) => [x.id, x.recommendation, x.signals]),
      [
        ['share-links', 'free', ['virality']],
        ['comments', 'free', ['universality', 'habitLoop']],
        ['sso', 'paid', ['friction']],
      ],
    );
    // the three no longer unclassified; answered, the file shows no free aha moment and no upgrade trigger
    assert.deepEqual(
      r.removed.map((d) => [d.rule, d.feature]),
      [
        ['unclassified-feature', 'share-links'],
        ['unclassified-feature', 'comments'],
        ['unclassified-feature', 'sso'],
      ],
    );
    assert.deepEqual(
      r.added.map((d) => d.rule),
      ['no-free-aha', 'no-upgrade-trigger'],
    );
    // a preview writes nothing: the server's text is still version 1 and the same preview comes again
    const again = await client.conn.sendRequest(SUGGESTION_PREVIEW_REQUEST, {
      textDocument: { uri: URI, version: 1 },
      featureIds: ids,
    });
    assert.deepEqual(again, r);
    assert.equal(client.text(), YAML);
  });

  it('refuses a stale version and an unknown document; nothing to accept is an empty preview', async () => {
    const stale = (await client.conn.sendRequest(SUGGESTION_PREVIEW_REQUEST, {
      textDocument: { uri: URI, version: 0 },
      featureIds: ['sso'],
    })) as SuggestionPreviewResponse;
    assert.deepEqual([stale.kind, stale.kind === 'refused' && stale.reason], ['refused', 'stale']);
    assert.match(stale.kind === 'refused' ? stale.message : '', /nothing was written/);
    const closed = (await client.conn.sendRequest(SUGGESTION_PREVIEW_REQUEST, {
      textDocument: { uri: 'file:///elsewhere/packaging.yaml', version: 1 },
      featureIds: ['sso'],
    })) as SuggestionPreviewResponse;
    assert.deepEqual([closed.kind, closed.kind === 'refused' && closed.reason], ['refused', 'invalid']);
    const none = await client.conn.sendRequest(SUGGESTION_PREVIEW_REQUEST, {
      textDocument: { uri: URI, version: 1 },
      featureIds: ['legacy-sso'],
    });
    assert.deepEqual(none, {
      kind: 'preview',
      version: 1,
      rows: [],
      skipped: ['legacy-sso'],
      added: [],
      removed: [],
    });
  });

  it('malformed params get InvalidParams (-32602) saying what is wrong', async () => {
    const invalid = async (params: unknown, says: RegExp) => {
      const e = await client.conn.sendRequest(SUGGESTION_PREVIEW_REQUEST, params).then(
        () => assert.fail(`${JSON.stringify(params)} answered`),
        (err: { code: number; message: string }) => err,
      );
      assert.equal(e.code, -32602, `${JSON.stringify(params)}: ${e.message}`);
      assert.match(e.message, says);
    };
    const td = { uri: URI, version: 1 };
    await invalid(null, /textDocument\.uri/);
    await invalid({ textDocument: { uri: URI }, featureIds: ['sso'] }, /textDocument\.version/);
    await invalid({ textDocument: td }, /featureIds/);
    await invalid({ textDocument: td, featureIds: [] }, /non-empty list/);
    await invalid({ textDocument: td, featureIds: ['sso', 7] }, /feature ids \(strings\)/);
    await invalid({ textDocument: td, featureIds: 'sso' }, /non-empty list/);
    // the server is still there
    const ok = (await client.conn.sendRequest(SUGGESTION_PREVIEW_REQUEST, {
      textDocument: td,
      featureIds: ['sso'],
    })) as SuggestionPreviewResponse;
    assert.equal(ok.kind, 'preview');
  });
});
