// The matrix's suggestions and market figures (src/core/matrix-suggest.ts), the protocol messages that carry
// them, and the webview's pure helpers for them.
import assert from 'node:assert/strict';
import { check } from '../../src/core/check';
import { applyEdits } from '../../src/core/edit/text-edits';
import { marketFor, marketRows } from '../../src/core/insight/market';
import { rowMarket, verifiedSuggestionEdits, withInsights } from '../../src/core/matrix/suggestion-edits';
import { buildMatrix, type MatrixRow } from '../../src/core/matrix/view-model';
import { isMatrixModel, parseHostMessage, parseWebviewMessage } from '../../src/protocol';
import { restoreState, shownSuggestion, suggestedIn, suggestionText } from '../../webview/logic';

const SUGGEST_YAML = `version: 1
product:
  name: Suggest me
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
  - id: enterprise
    price: contact-sales
features:
  - id: share-links
    name: Sharing links
    category: Collaboration
    plan: free
  - id: comments
    name: Comments
    category: Collaboration
    plan: free   # keep this comment
  - id: sso
    name: Single sign-on
    category: Admin
    plan: enterprise
  - id: audit
    name: Audit log
    category: Admin
    plan: enterprise
    signals:
      expansion: true
  - id: domain
    name: Custom domain
    category: Admin
    plan: pro
  - id: legacy-sso
    name: SAML SSO   # packaging-planner: no-market
    category: Admin
    plan: enterprise
    signals: {friction: true}
  - {id: flow-runs, name: Automation runs, category: Dev, plan: pro}
`;

function rows(text: string): Map<string, MatrixRow> {
  const r = check(text);
  const m = withInsights(buildMatrix(r), r, text);
  return new Map(m.groups.flatMap((g) => g.rows.map((x) => [x.id, x] as const)));
}

describe('matrix suggestions and market', () => {
  it('a row without signals gets the suggestion with its capability and why; a classified row none', () => {
    const byId = rows(SUGGEST_YAML);
    const share = byId.get('share-links')!;
    assert.equal(share.suggestion?.capability, 'Sharing links');
    assert.deepEqual(share.suggestion?.signals, ['virality']);
    assert.match(share.suggestion?.why.virality ?? '', /\w/);
    assert.equal(share.suggestion?.recommendation, 'free');
    assert.deepEqual(byId.get('sso')!.suggestion?.signals, ['friction']);
    // what the webview needs to show why: the capability matched and every answer with its evidence
    assert.equal(byId.get('sso')!.suggestion?.matched, 'single-sign-on');
    assert.match(byId.get('sso')!.suggestion?.answers?.friction.evidence ?? '', /identity provider/);
    assert.equal(byId.get('sso')!.suggestion?.answers?.expansion.answer, false);
    assert.equal(byId.get('audit')!.suggestion, undefined, 'classified: no suggestion');
    assert.equal(byId.get('legacy-sso')!.suggestion, undefined);
  });

  it('the market figure per row: the common placement with its sample; none below the threshold or opted out', () => {
    const byId = rows(SUGGEST_YAML);
    const sso = byId.get('sso')!.market!;
    const fig = marketFor({ id: 'sso', name: 'Single sign-on' })!;
    assert.equal(sso.capability, 'Single sign-on');
    assert.equal(sso.sample, fig.sample);
    assert.equal(sso.count, fig.common!.count);
    assert.equal(sso.label, `top plan in ${fig.common!.count} of ${fig.sample}`);
    // audit log is classified and still gets its market figure
    assert.match(byId.get('audit')!.market!.label, /^top plan in \d+ of \d+$/);
    // custom domain: recognised, but too few products offer it for a figure
    const domain = marketFor({ id: 'domain', name: 'Custom domain' });
    assert.ok(domain && !domain.common, 'the fixture stays below the threshold');
    assert.equal(byId.get('domain')!.market, undefined);
    // opted out with the comment inside its item
    assert.equal(byId.get('legacy-sso')!.market, undefined);
    const r = check(SUGGEST_YAML);
    const f = r.model!.features.find((x) => x.id === 'legacy-sso')!;
    assert.equal(
      rowMarket(f, SUGGEST_YAML.replace('   # packaging-planner: no-market', ''))?.capability,
      'Single sign-on',
    );
  });

  it('the model with insights passes the protocol validator through a JSON round trip', () => {
    const r = check(SUGGEST_YAML);
    const m = JSON.parse(JSON.stringify(withInsights(buildMatrix(r), r, SUGGEST_YAML)));
    assert.ok(isMatrixModel(m as unknown));
    const row = m.groups
      .flatMap((g: { rows: MatrixRow[] }) => g.rows)
      .find((r: MatrixRow) => r.market && r.suggestion);
    assert.ok(row, 'a row with both a market figure and a suggestion');
    assert.ok(
      !isMatrixModel({
        ...m,
        groups: [
          { ...m.groups[0], rows: [{ ...row, market: { ...row.market, count: row.market.sample + 1 } }] },
        ],
      }),
    );
    assert.ok(
      !isMatrixModel({
        ...m,
        groups: [
          { ...m.groups[0], rows: [{ ...row, suggestion: { ...row.suggestion, signals: ['bogus'] } }] },
        ],
      }),
    );
    assert.ok(
      !isMatrixModel({
        ...m,
        groups: [
          {
            ...m.groups[0],
            rows: [{ ...row, suggestion: { ...row.suggestion, recommendation: 'unclassified' } }],
          },
        ],
      }),
    );
  });

  it('accepting one writes the suggestion as a marked signals block, minimal and verified', () => {
    const r = check(SUGGEST_YAML);
    const e = verifiedSuggestionEdits(SUGGEST_YAML, r, ['comments']);
    assert.ok(e);
    assert.deepEqual([e.changed, e.skipped, e.edits.length], [['comments'], [], 1]);
    const after = applyEdits(SUGGEST_YAML, e.edits);
    assert.equal(
      after,
      SUGGEST_YAML.replace(
        '    plan: free   # keep this comment\n',
        '    plan: free   # keep this comment\n    signals:\n      # suggested by packaging-planner (comments and mentions)\n      universality: true\n      habitLoop: true\n',
      ),
    );
    assert.deepEqual(
      { ...check(after).model!.features.find((f) => f.id === 'comments')!.signals },
      { universality: true, habitLoop: true },
    );
  });

  it('accepting a category is one set of edits for every suggested row; classified or unsure rows are skipped', () => {
    const r = check(SUGGEST_YAML);
    const e = verifiedSuggestionEdits(SUGGEST_YAML, r, [
      'sso',
      'audit',
      'domain',
      'legacy-sso',
      'nope',
      'flow-runs',
    ]);
    assert.ok(e);
    assert.deepEqual(e.changed, ['sso', 'domain', 'flow-runs']);
    assert.deepEqual(e.skipped, ['audit', 'legacy-sso', 'nope']);
    const after = applyEdits(SUGGEST_YAML, e.edits);
    const by = new Map(check(after).model!.features.map((f) => [f.id, { ...f.signals }] as const));
    assert.deepEqual(by.get('sso'), { friction: true });
    assert.deepEqual(by.get('domain'), { friction: true });
    assert.deepEqual(by.get('flow-runs'), { expansion: true });
    assert.deepEqual(by.get('audit'), { expansion: true });
    // a flow item gets the map alone (a comment would swallow the closing brace)
    assert.match(
      after,
      /\{id: flow-runs, name: Automation runs, category: Dev, plan: pro, signals: \{expansion: true\}\}/,
    );
    // nothing to accept: no edit, nothing changed
    assert.deepEqual(verifiedSuggestionEdits(SUGGEST_YAML, r, ['audit'])?.edits, []);
  });

  it('protocol: acceptSuggestions and suggestionsApplied are validated', () => {
    assert.ok(parseWebviewMessage({ type: 'acceptSuggestions', featureIds: ['a'], documentVersion: 2 }));
    assert.equal(
      parseWebviewMessage({ type: 'acceptSuggestions', featureIds: [], documentVersion: 2 }),
      undefined,
    );
    assert.equal(
      parseWebviewMessage({ type: 'acceptSuggestions', featureIds: ['a'], documentVersion: 1.5 }),
      undefined,
    );
    assert.equal(
      parseWebviewMessage({ type: 'acceptSuggestions', featureIds: [3], documentVersion: 1 }),
      undefined,
    );
    assert.ok(parseHostMessage({ type: 'suggestionsApplied', changed: ['a'], skipped: [] }));
    assert.equal(parseHostMessage({ type: 'suggestionsApplied', changed: 'a', skipped: [] }), undefined);
  });

  it('webview logic: a rejected suggestion is hidden and survives a restore; suggestedIn lists the rest', () => {
    const byId = rows(SUGGEST_YAML);
    const admin = { rows: ['sso', 'audit', 'domain', 'legacy-sso'].map((id) => byId.get(id)!) };
    assert.deepEqual(suggestedIn(admin, []), ['sso', 'domain']);
    assert.deepEqual(suggestedIn(admin, ['sso']), ['domain']);
    assert.equal(shownSuggestion(byId.get('sso')!, ['sso']), undefined);
    assert.match(
      suggestionText(byId.get('sso')!.suggestion!),
      /^Suggested for Single sign-on: friction, recommended paid\. Why: /,
    );
    assert.deepEqual(restoreState({ rejected: ['sso', 4, 'x'.repeat(2000)] }).rejected, ['sso']);
    assert.deepEqual(restoreState({}).rejected, []);
  });

  it('rows of one family share one market figure: the first shows it, the rest point at it', () => {
    const text = `version: 1
product: {name: GitHub}
plans:
  - {id: free, price: 0}
  - {id: pro, price: 4}
addOns:
  - {id: copilot, price: 10, from: free}
features:
  - {id: copilot-chat, name: Copilot Chat, addOn: copilot}
  - {id: copilot-cli, name: Copilot in the CLI, addOn: copilot}
  - {id: copilot-code-review, name: Copilot code review AI, addOn: copilot}
  - {id: sso, name: SAML single sign-on, plan: pro}
  - {id: audit-log, name: Audit log, plan: pro}   # packaging-planner: no-market
`;
    const r = check(text);
    const fam = marketRows(r.model!, text);
    assert.deepEqual(
      fam.map((x) => [x.feature, x.figure.capability.id, x.sameAs ?? null, x.familySize]),
      [
        ['copilot-chat', 'ai-assistant', null, 3],
        ['copilot-cli', 'ai-assistant', 'copilot-chat', 3],
        ['copilot-code-review', 'ai-assistant', 'copilot-chat', 3],
        ['sso', 'single-sign-on', null, 1],
      ],
    );
    const byId = rows(text);
    assert.equal(byId.get('copilot-chat')!.market?.sameAs, undefined);
    assert.equal(byId.get('copilot-cli')!.market?.sameAs, 'copilot-chat');
    assert.equal(byId.get('audit-log')!.market, undefined, 'opted out');
  });
});
