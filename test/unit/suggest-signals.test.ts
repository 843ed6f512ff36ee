import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RELIABILITY_JSON } from '../../scripts/signals-reliability';
import { check } from '../../src/core/check';
import { QUESTIONS_GUIDANCE, SIGNAL_QUESTIONS } from '../../src/core/format/questions';
import {
  type LabelledFeature,
  type LabelledProducts,
  labelledEvidence,
  labelRecommendation,
  leaveOneProductOut,
  measureSuggestions,
  reliabilityOf,
} from '../../src/core/insight/suggest-measure';
import {
  RELIABILITY,
  recommendationOf,
  type SignalSuggestion,
  suggestFor,
  suggestSignals,
  YES_WORDS,
} from '../../src/core/insight/suggest-signals';
import { CAPABILITIES, CAPABILITY_BY_ID, SIGNAL_NAMES } from '../../src/core/insight/taxonomy/capabilities';
import { matchCapability, normalise } from '../../src/core/insight/taxonomy/match';

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'signals');
const LABELLED: LabelledFeature[] = JSON.parse(readFileSync(path.join(FIXTURES, 'labelled.json'), 'utf8'));
const PRODUCTS: LabelledProducts = JSON.parse(readFileSync(path.join(FIXTURES, 'products.json'), 'utf8'));

const on = (s: SignalSuggestion | undefined) => (s ? SIGNAL_NAMES.filter((x) => s.signals[x]) : undefined);

describe('capability taxonomy', () => {
  it('has unique ids; every yes has a reason; a kind placed by tier says why and answers no yes', () => {
    assert.equal(CAPABILITY_BY_ID.size, CAPABILITIES.length);
    for (const c of CAPABILITIES) {
      assert.ok(c.phrases.length + (c.wholeName?.length ?? 0) > 0, c.id);
      for (const [s, why] of Object.entries(c.yes)) {
        assert.ok((SIGNAL_NAMES as readonly string[]).includes(s), `${c.id}: ${s}`);
        assert.ok(typeof why === 'string' && why.length > 10, `${c.id}: ${s} needs a reason`);
      }
      if (c.byTier) assert.deepEqual(c.yes, {}, `${c.id} is placed by tier: no yes`);
    }
  });

  it('normalises camelCase, kebab-case, punctuation and plurals into words', () => {
    assert.equal(normalise('samlSingleSignOn'), 'saml single sign on');
    assert.equal(normalise('Custom-domains (SSL)'), 'custom domain ssl');
    assert.equal(normalise('unlimitedDLPIntegrations'), 'unlimited dlp integration');
    assert.equal(normalise('access'), 'access');
    assert.equal(normalise('Résumé exports'), 'resume export');
    assert.equal(normalise('SAMLSso'), 'saml sso');
    assert.equal(normalise('privateRepositories'), 'private repository');
  });

  it('matches whole words only, and not the product’s own name', () => {
    assert.equal(matchCapability({ id: 'ship-orders' }), undefined, '"ip" inside "ship"');
    assert.equal(matchCapability({ id: 'ip-allowlist' })?.capability.id, 'security-controls');
    assert.equal(matchCapability({ id: 'maintenance' }), undefined, '"ai" inside a word does not count');
    assert.equal(matchCapability({ id: 'slack-integration' })?.capability.id, 'chat-integration');
    assert.equal(matchCapability({ id: 'slack-lists', product: 'Slack' }), undefined);
    assert.equal(matchCapability({ id: 'boards', product: 'Acme Boards' })?.capability.id, 'core');
    // "support" in a Guarantees row is a language, not a help desk
    assert.equal(matchCapability({ id: 'multi-language-support', category: 'GUARANTEE' }), undefined);
  });

  it('takes linear time on a long hostile text', () => {
    const t0 = Date.now();
    suggestSignals({
      id: 'a'.repeat(100_000),
      description: `${'aA-'.repeat(50_000)}!`,
      unit: 'x'.repeat(10_000),
    });
    suggestSignals({ id: 'A'.repeat(100_000), name: 'A1'.repeat(50_000), siblings: ['advanced a'] });
    assert.ok(Date.now() - t0 < 1000, `${Date.now() - t0} ms`);
  });
});

describe('the labelled set (test/fixtures/signals)', () => {
  it('answers the six questions of spec §3.1 for every feature, each with a reason; signals are the yeses', () => {
    assert.ok(LABELLED.length >= 300, `${LABELLED.length}`);
    assert.equal(new Set(LABELLED.map((l) => l.source.split('/')[0])).size, 37);
    for (const l of LABELLED) {
      assert.deepEqual(Object.keys(l.answers), [...SIGNAL_NAMES], l.key);
      for (const s of SIGNAL_NAMES) {
        assert.equal(typeof l.answers[s].answer, 'boolean', `${l.key} ${s}`);
        assert.ok(l.answers[s].reason.length >= 5, `${l.key} ${s} needs a reason`);
      }
      assert.deepEqual(
        l.signals,
        SIGNAL_NAMES.filter((s) => l.answers[s].answer),
        l.key,
      );
      assert.ok(PRODUCTS[l.source.split('/')[0]!], `${l.source} has its product's feature names`);
    }
  });

  it('is not a one-answer set: every recommendation is well represented', () => {
    const n = (r: string) => LABELLED.filter((l) => labelRecommendation(l) === r).length;
    for (const r of ['free', 'free-limited', 'paid', 'either']) assert.ok(n(r) >= 20, `${r}: ${n(r)}`);
  });
});

describe('suggested signals: the questions answered one by one, with evidence', () => {
  it('each yes carries its reason in the question’s words, then the evidence', () => {
    const s = suggestSignals({ id: 'share-links', name: 'Share links' })!;
    assert.deepEqual(on(s), ['virality']);
    assert.equal(s.recommendation, 'free');
    assert.equal(s.capability?.id, 'sharing');
    assert.equal(s.why.virality, `${YES_WORDS.virality}: a shared link reaches people outside the account`);
    assert.equal(s.answers.virality.source, 'capability');
    // the short yes is the question's own: "Does normal use pull in people who are not users yet?"
    assert.match(SIGNAL_QUESTIONS.virality.short, /pull in people who are not users yet/);
    assert.match(QUESTIONS_GUIDANCE, /plainly yes/);
  });

  it('a counted unit with a numeric free wall answers expansion; a person unit also answers virality', () => {
    const s = suggestSignals({
      id: 'guests',
      name: 'Guest access',
      unit: 'guests',
      numericLimit: true,
      freeLimit: 1,
    })!;
    assert.deepEqual(on(s), ['virality', 'expansion']);
    assert.equal(s.answers.expansion.source, 'unit');
    assert.equal(s.answers.expansion.evidence, 'counted in guests, 1 on the free plan');
    assert.equal(s.recommendation, 'free-limited');
  });

  it('a row that walls a core capability carries its growth signals plus expansion (Evernote notes, 50 free)', () => {
    const s = suggestSignals({
      id: 'notes',
      name: 'Notes',
      unit: 'notes',
      numericLimit: true,
      freeLimit: 50,
    })!;
    assert.deepEqual(on(s), ['universality', 'ahaMoment', 'expansion']);
    assert.equal(s.answers.expansion.source, 'wall');
    assert.match(
      s.answers.expansion.evidence!,
      /^the wall of a core capability \(the core object\): counted in notes, 50/,
    );
    assert.equal(s.recommendation, 'free-limited');
  });

  it('a basic/advanced pair: the basic half keeps the growth signals, the advanced half answers its own', () => {
    const siblings = ['Search', 'Advanced search'];
    const basic = suggestSignals({ id: 'search', name: 'Search', siblings })!;
    assert.deepEqual(on(basic), ['universality']);
    assert.equal(suggestSignals({ id: 'advanced-search', name: 'Advanced search', siblings }), undefined);
    const adv = suggestSignals({
      id: 'advanced-search',
      name: 'Advanced search',
      siblings,
      unit: 'queries/month',
      numericLimit: true,
    });
    assert.ok(adv);
    assert.deepEqual(on(adv), ['expansion']);
    assert.match(adv.answers.universality.evidence!, /basic\/advanced pair \(with “Search”\)/);
    // a basic row with an advanced sibling says so in its evidence
    const seg = ['Basic segmentation', 'Advanced segmentation'];
    const b = suggestSignals({
      id: 'basic-comments',
      name: 'Basic comments',
      siblings: ['Advanced comments', ...seg],
    })!;
    assert.equal(b.answers.habitLoop.source, 'pair');
  });

  it('the value metric (growth.valueMetric) carries expansion: Zapier tasks', () => {
    const text = `version: 1
product: {name: Zapier}
growth: {valueMetric: tasks}
plans:
  - {id: free, price: 0}
  - {id: pro, price: 19.99}
features:
  - id: tasks
    name: Tasks
    plan: free
    unit: tasks/month
    limits: {free: 100, pro: 750}
  - {id: zap-runs, name: Multi-step Zaps, plan: pro}
`;
    const r = check(text);
    const tasks = suggestFor(r.model!.features[0]!, r.model)!;
    assert.ok(tasks.signals.expansion);
    assert.equal(tasks.recommendation, 'free-limited');
    assert.equal(tasks.capability?.id, 'core');
    assert.notEqual(tasks.capability?.id, 'integrations');
  });
});

describe('bare keywords decide nothing; metered quotas are never integrations (real-looking rows)', () => {
  // rows as GitHub, Evernote and ClickUp write them on their pricing pages
  const GITHUB = `version: 1
product: {name: GitHub}
plans:
  - {id: free, price: 0}
  - {id: team, price: 4, per: seat, period: month}
  - {id: enterprise, price: 21, per: seat, period: month}
features:
  - {id: private-repositories, name: Unlimited private repositories, category: Core, plan: free}
  - {id: private-repo-collaborators, name: Collaborators for private repositories, category: Core, plan: free, unit: collaborators, limits: {free: 3, team: unlimited}}
  - {id: dependabot-version-updates, name: Dependabot version updates, category: Automation, plan: free}
  - {id: actions-minutes, name: Actions, category: Integrations, plan: free, unit: minutes/month, limits: {free: 2000, team: 3000, enterprise: 50000}}
  - {id: codespaces, name: Codespaces, category: Integrations, plan: free, unit: core hours/month, limits: {free: 120, team: 180}}
  - {id: git-lfs, name: Git LFS storage, category: Integrations, plan: free, unit: GB, limits: {free: 1, team: 2}}
  - {id: public, name: Public, plan: free}
  - {id: security-overview-dashboard, name: Dashboard, plan: team}
  - {id: integrations, name: Integrations, category: Integrations, plan: free}
`;
  const EVERNOTE = `version: 1
product: {name: Evernote}
plans:
  - {id: free, price: 0}
  - {id: personal, price: 14.99}
features:
  - {id: in-note-encryption-mac, name: In-note encryption (Mac), category: Management, plan: personal}
  - {id: in-note-encryption-windows, name: In-note encryption (Windows), category: Management, plan: personal}
  - {id: app-for-mac, name: App for Mac, category: Integrations, plan: free}
  - {id: windows, name: Windows, plan: free}
`;
  const CLICKUP = `version: 1
product: {name: ClickUp}
plans:
  - {id: free, price: 0}
  - {id: business, price: 12}
  - {id: enterprise, price: contact-sales}
features:
  - {id: form, name: Form view, plan: free}
  - {id: conditional-logic-on-forms, name: Conditional logic on forms, plan: enterprise}
  - {id: private-docs, name: Private docs, plan: free}
  - {id: version-history, name: Version history, plan: business, unit: days, limits: {business: 30, enterprise: unlimited}}
`;
  const run = (text: string) => {
    const r = check(text);
    return new Map(r.model!.features.map((f) => [f.id, suggestFor(f, r.model)] as const));
  };

  it('"private" is no privacy wall: private repositories are the core, collaborators on them are invitees', () => {
    const g = run(GITHUB);
    const repos = g.get('private-repositories')!;
    assert.equal(repos.signals.friction, false);
    assert.deepEqual(on(repos), ['universality', 'ahaMoment']);
    const collab = g.get('private-repo-collaborators')!;
    assert.deepEqual(on(collab), ['virality', 'expansion']);
    assert.equal(collab.capability?.id, 'guests');
    assert.equal(suggestSignals({ id: 'private', name: 'Private' }), undefined);
    const docs = run(CLICKUP).get('private-docs')!;
    assert.equal(docs.signals.friction, false);
  });

  it('"version" is not version history (Dependabot version updates); "version history" is', () => {
    const g = run(GITHUB);
    assert.equal(g.get('dependabot-version-updates'), undefined);
    const vh = run(CLICKUP).get('version-history')!;
    assert.equal(vh.capability?.id, 'version-history');
    assert.equal(
      vh.answers.expansion.evidence,
      'history kept grows with the work and can be walled in days or versions; counted in days',
    );
  });

  it('"Mac" and "Windows" are not a desktop app (in-note encryption); "App for Mac" is', () => {
    const e = run(EVERNOTE);
    assert.equal(e.get('in-note-encryption-mac'), undefined);
    assert.equal(e.get('in-note-encryption-windows'), undefined);
    assert.equal(e.get('windows'), undefined);
    assert.equal(e.get('app-for-mac')?.capability?.id, 'desktop-app');
    assert.deepEqual(on(e.get('app-for-mac')), ['universality']);
    // a Windows machine class is compute, not an app
    assert.equal(
      suggestSignals({ id: 'large-windows-vm', name: 'Large Windows VM' })?.capability?.id,
      'premium-compute',
    );
  });

  it('metered quotas (Actions minutes, Codespaces hours, LFS storage) answer expansion and are never integrations', () => {
    const g = run(GITHUB);
    for (const id of ['actions-minutes', 'codespaces', 'git-lfs']) {
      const s = g.get(id);
      assert.ok(s, id);
      assert.notEqual(s.capability?.id, 'integrations', id);
      assert.deepEqual(on(s), ['expansion'], id);
      assert.equal(s.recommendation, 'paid', id);
      assert.ok(s.metered, id);
    }
    assert.equal(
      g.get('actions-minutes')!.answers.expansion.evidence,
      'counted in minutes/month, 2000 on the free plan',
    );
  });

  it('"public", "dashboard" and "integration" alone decide nothing; a named system is placed by tier', () => {
    const g = run(GITHUB);
    assert.equal(g.get('public'), undefined);
    assert.equal(g.get('security-overview-dashboard'), undefined);
    assert.equal(g.get('integrations'), undefined);
    assert.equal(suggestSignals({ id: 'custom-dashboards', name: 'Custom dashboards' }), undefined);
    const drive = suggestSignals({
      id: 'google-drive',
      name: 'Google Drive integration',
      category: 'Integrations',
    })!;
    assert.equal(drive.recommendation, 'either');
    for (const s of SIGNAL_NAMES) assert.match(drive.answers[s].evidence!, /one named system/);
    // public output with a noun is public pages
    assert.deepEqual(on(suggestSignals({ id: 'public-repositories', name: 'Public repositories' })), [
      'virality',
      'universality',
      'ahaMoment',
    ]);
  });

  it('a feature of forms is not a form: conditional logic on an Enterprise plan gets no virality', () => {
    const c = run(CLICKUP);
    assert.deepEqual(on(c.get('form')), ['virality']);
    assert.equal(c.get('conditional-logic-on-forms'), undefined);
    assert.equal(suggestSignals({ id: 'enterprise-forms', name: 'Enterprise forms' }), undefined);
  });

  it('abstains on weak evidence, never an empty either: unknown names, descriptions alone, analytics, templates', () => {
    assert.equal(suggestSignals({ id: 'quantum-widgetry' }), undefined);
    assert.equal(
      suggestSignals({ id: 'x1', description: 'Keep a full audit log and share links' }),
      undefined,
    );
    assert.equal(suggestSignals({ id: 'reports', name: 'Reports' }), undefined);
    assert.equal(suggestSignals({ id: 'templates', name: 'Ready-to-use templates' }), undefined);
    assert.equal(
      suggestSignals({ id: 'apps', name: 'Apps and integrations', category: 'Integrations' }),
      undefined,
    );
    // every either the suggester gives is a kind the spec places by tier, each no with its reason
    for (const l of LABELLED) {
      const s = suggestSignals(labelledEvidence(l, PRODUCTS));
      if (s?.recommendation !== 'either') continue;
      assert.ok(s.capability?.byTier, l.key);
      for (const x of SIGNAL_NAMES) assert.equal(s.answers[x].evidence, s.capability.byTier, l.key);
    }
  });

  it('follows the packaging test', () => {
    assert.equal(recommendationOf({ virality: true }), 'free');
    assert.equal(recommendationOf({ virality: true, expansion: true }), 'free-limited');
    assert.equal(recommendationOf({ friction: true }), 'paid');
    assert.equal(recommendationOf({}), 'either');
  });
});

describe('how good the suggestions are (the README’s figure)', () => {
  it('the reliability gate is what the labelled set gives (rebuild: tsx scripts/signals-reliability.ts)', () => {
    assert.deepEqual(
      JSON.parse(readFileSync(RELIABILITY_JSON, 'utf8')).kinds,
      reliabilityOf(LABELLED, PRODUCTS),
    );
    assert.deepEqual(RELIABILITY, reliabilityOf(LABELLED, PRODUCTS));
  });

  it('leave-one-product-out: the figure the README states, and the issue’s targets (>= 85% agreement at >= 50% coverage)', () => {
    const lopo = leaveOneProductOut(LABELLED, PRODUCTS);
    const all = measureSuggestions(LABELLED, PRODUCTS);
    const pct = (x: number) => (100 * x).toFixed(1);
    console.log(
      `      leave-one-product-out: ${lopo.agreed}/${lopo.suggested} agree (${pct(lopo.agreement)}%), ${lopo.suggested}/${lopo.features} suggested (${pct(lopo.coverage)}%); with the shipped gate: ${all.agreed}/${all.suggested} (${pct(all.agreement)}%), ${pct(all.coverage)}%`,
    );
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const m =
      /leave-one-product-out[^*]*\*\*([\d.]+)% agreement \((\d+) of (\d+)\) at ([\d.]+)% coverage \((\d+) of (\d+) features\)\*\*/i.exec(
        readme,
      );
    assert.ok(m, 'the README states the leave-one-product-out figure');
    assert.deepEqual(m.slice(1).map(Number), [
      Number(pct(lopo.agreement)),
      lopo.agreed,
      lopo.suggested,
      Number(pct(lopo.coverage)),
      lopo.suggested,
      lopo.features,
    ]);
    assert.ok(lopo.agreement >= 0.85, `agreement ${lopo.agreement}`);
    assert.ok(lopo.coverage >= 0.5, `coverage ${lopo.coverage}`);
  });
});
