import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { importSummary, runImport } from '../../src/cli/import';
import { check } from '../../src/core/check';
import { exportPricing2Yaml } from '../../src/core/interop/export/pricing2yaml';
import { type ImportResult, importPricing2Yaml } from '../../src/core/interop/import/pricing2yaml';

// Issue 18.6 (revision 3): add-on dependencies, plan + addOn, $0 add-ons, the source's own defects named in
// notes, and honest counts. Each source is a small Pricing2Yaml written here; the corpus runs when present.

const CORPUS = resolve(__dirname, '../../../shared/corpus/pricing2yaml');

interface Out {
  plans: { id: string; price: number | string }[];
  addOns?: { id: string; price: number | string; from?: string; requires?: string[]; excludes?: string[] }[];
  features: { id: string; plan?: string; addOn?: string; limits?: Record<string, number | string> }[];
}

/** The output parses, and check() finds no syntax, schema or other error-severity finding. */
function valid(r: Pick<ImportResult, 'text'>, name = 'source'): Out {
  const c = check(r.text);
  assert.equal(c.syntaxError, false, `${name}: syntax\n${r.text}`);
  const errors = c.diagnostics.filter((d) => d.severity === 'error' || d.rule === 'schema');
  assert.deepEqual(
    errors.map((d) => `${d.rule}: ${d.message}`),
    [],
    `${name}: no errors\n${r.text}`,
  );
  return parse(r.text) as Out;
}

/** The warning line of one kind of note, or undefined. */
const noteOf = (r: ImportResult, kind: string) => r.warnings.find((w) => w.includes(kind));

const FEATURES = `features:
  share: {valueType: BOOLEAN, defaultValue: true, type: DOMAIN}
  sso: {valueType: BOOLEAN, defaultValue: false, type: MANAGEMENT}
  ai: {valueType: BOOLEAN, defaultValue: false, type: DOMAIN}
  audit: {valueType: BOOLEAN, defaultValue: false, type: MANAGEMENT}
usageLimits:
  boards: {valueType: NUMERIC, defaultValue: 3, unit: board, linkedFeatures: [share]}
`;
const PLANS = `plans:
  FREE: {price: 0}
  PRO: {price: 10, unit: user/month, usageLimits: {boards: {value: 50}}}
  ENTERPRISE: {price: Contact Sales, features: {sso: {value: true}, audit: {value: true}}}
`;
const src = (addOns: string, plans = PLANS, features = FEATURES) =>
  `syntaxVersion: '3.0'\nsaasName: Acme\n${features}${plans}${addOns}`;

describe('import: revision 3 (issue 18.6)', () => {
  it('dependsOn -> requires and excludes -> excludes, by the add-ons\u2019 new ids', () => {
    const r = importPricing2Yaml(
      src(`addOns:
  aiBasic: {price: 5, features: {ai: {value: true}}, excludes: [aiPro]}
  aiPro: {price: 12, features: {ai: {value: true}}, excludes: [aiBasic], dependsOn: [storagePack]}
  storagePack: {price: 3, usageLimitsExtensions: {boards: {value: 100}}}
`),
    );
    const out = valid(r);
    assert.deepEqual(
      out.addOns?.map((a) => [a.id, a.requires, a.excludes]),
      [
        ['ai-basic', undefined, ['ai-pro']],
        ['ai-pro', ['storage-pack'], ['ai-basic']],
        ['storage-pack', undefined, undefined],
      ],
    );
    assert.match(r.text, /^ {4}requires: \[storage-pack\]$/m);
    // the add-on's raise of a limit is a comment, counted as such, with a note
    assert.match(r.text, /# raises boards \+100 boards\n {2}- id: storage-pack/);
    assert.equal(r.stats.extensionsInComments, 1);
    assert.match(noteOf(r, 'usage limits add-ons raise') ?? '', /storagePack: boards/);
  });

  it('the source\u2019s defects: dangling dependsOn/excludes/availableFor, excludes of itself, each named', () => {
    const r = importPricing2Yaml(
      src(`addOns:
  extra:
    price: 5
    availableFor: [PRO, PLATINUM]
    dependsOn: [ghost, base]
    excludes: [extra, base]
    features: {ai: {value: true}}
  base: {price: 2, features: {audit: {value: true}}}
`),
    );
    const out = valid(r);
    const extra = out.addOns?.find((a) => a.id === 'extra');
    // what exists is kept (base needed and excluded: the source's contradiction, also said by check)
    assert.deepEqual([extra?.from, extra?.requires, extra?.excludes], ['pro', ['base'], ['base']]);
    assert.match(
      noteOf(r, 'dependsOn names an add-on the file does not define') ?? '',
      /^1 .*: extra: ghost$/,
    );
    assert.match(noteOf(r, 'excludes names themselves') ?? '', /: extra$/);
    assert.match(noteOf(r, 'available for plans the file does not define') ?? '', /extra: PLATINUM/);
    assert.match(r.text, /# availableFor names PLATINUM, which the file does not define as a plan: ignored/);
    assert.match(noteOf(r, 'both need and exclude') ?? '', /extra: base/);
    assert.match(r.text, /# dependsOn names ghost, which the file does not define as an add-on: left out/);
    assert.match(r.text, /# excludes names this add-on itself in the source: left out/);
    const conflicts = check(r.text).diagnostics.filter((d) => d.rule === 'add-on-conflict');
    assert.equal(conflicts.length, 1, 'check says the contradiction too');
  });

  it('a feature included in a plan and sold as an add-on below it: plan + addOn, with the add-on\u2019s limit', () => {
    const r = importPricing2Yaml(
      src(
        `addOns:
  ssoPack:
    price: 4
    availableFor: [PRO]
    features: {sso: {value: true}}
    usageLimits: {ssoApps: {value: 5}}
  boardsPack:
    price: 2
    features: {share: {value: true}}
`,
        PLANS.replace(
          'audit: {value: true}}}',
          'audit: {value: true}}, usageLimits: {ssoApps: {value: 100}}}',
        ),
        FEATURES.replace(
          'usageLimits:\n',
          'usageLimits:\n  ssoApps: {valueType: NUMERIC, defaultValue: 0, unit: app, linkedFeatures: [sso]}\n',
        ),
      ),
    );
    const out = valid(r);
    const sso = out.features.find((f) => f.id === 'sso');
    assert.deepEqual([sso?.plan, sso?.addOn], ['enterprise', 'sso-pack']);
    // below its plan, the limit the add-on brings; from the plan up, the plan's
    assert.deepEqual(sso?.limits, { pro: 5, enterprise: 100 });
    assert.equal(r.stats.planAndAddOnFeatures, 1);
    // share is on Free already: an add-on at or above its plan adds nothing, the plan alone is kept
    assert.equal(out.features.find((f) => f.id === 'share')?.addOn, undefined);
    assert.equal(
      check(r.text).diagnostics.filter((d) => d.rule === 'add-on-conflict').length,
      0,
      'the add-on is below the plan',
    );
  });

  it('export -> import keeps requires, excludes and plan + addOn (with the add-on\u2019s limit below the plan)', () => {
    const first = `version: 1
product: {name: Acme}
plans:
  - {id: free, price: 0}
  - {id: pro, price: 10}
  - {id: enterprise, price: contact-sales}
addOns:
  - {id: sso-pack, price: 4, from: pro, requires: [storage], excludes: [lite]}
  - {id: storage, price: 2}
  - {id: lite, price: 1}
features:
  - {id: sso, plan: enterprise, addOn: sso-pack, unit: apps, limits: {pro: 5, enterprise: 100}}
  - {id: space, addOn: storage}
  - {id: basic, addOn: lite}
`;
    const back = valid(importPricing2Yaml(exportPricing2Yaml(first, { createdAt: '2025-01-01' }).text));
    const sso = back.addOns?.find((a) => a.id === 'sso-pack');
    assert.deepEqual([sso?.from, sso?.requires, sso?.excludes], ['pro', ['storage'], ['lite']]);
    const f = back.features.find((x) => x.id === 'sso');
    assert.deepEqual([f?.plan, f?.addOn, f?.limits], ['enterprise', 'sso-pack', { pro: 5, enterprise: 100 }]);
  });

  it('$0 add-ons stay add-ons priced 0 ("Free" included), on the free side', () => {
    const r = importPricing2Yaml(
      src(`addOns:
  aiLite: {price: 0, features: {ai: {value: true}}}
  auditFree: {price: Free, features: {audit: {value: true}}, availableFor: [PRO]}
`),
    );
    const out = valid(r);
    assert.deepEqual(
      out.addOns?.map((a) => [a.id, a.price]),
      [
        ['ai-lite', 0],
        ['audit-free', 0],
      ],
    );
    assert.equal(out.features.find((f) => f.id === 'ai')?.addOn, 'ai-lite');
    assert.equal(noteOf(r, 'not numbers became contact-sales'), undefined);
    const c = check(r.text);
    assert.equal(c.model?.features.find((f) => f.id === 'ai')?.side, 'free');
  });

  it('identical plans and identical add-ons are named (and commented at each)', () => {
    const r = importPricing2Yaml(
      src(
        `addOns:
  a1: {price: 5, features: {ai: {value: true}}}
  a2: {price: 5, features: {ai: true}}
`,
        `plans:
  FREE: {price: 0}
  TEAM: {price: 10, usageLimits: {boards: {value: 50}}}
  PRO: {price: 10, usageLimits: {boards: 50}}
`,
      ),
    );
    valid(r);
    assert.match(noteOf(r, 'plans identical to another') ?? '', /: TEAM = PRO$/);
    assert.match(noteOf(r, 'add-ons identical to another') ?? '', /: a1 = a2$/);
    assert.match(
      r.text,
      /# identical to PRO in the source \(same price, features and usage limits\)\n {2}- id: team/,
    );
    assert.match(r.text, /# identical to a1 in the source\n {2}- id: a2/);
  });

  it('overrides of undefined features or limits, links to undefined features: named, left out', () => {
    const r = importPricing2Yaml(
      src(
        `addOns:
  x: {price: 1, features: {ghostFeature: {value: true}}, usageLimits: {ghostLimit: {value: 1}}}
`,
        `plans:
  FREE: {price: 0, features: {nope: {value: true}}, usageLimits: {seats: {value: 3}}}
  PRO: {price: 9}
`,
        FEATURES.replace('linkedFeatures: [share]', 'linkedFeatures: [share, sharing]'),
      ),
    );
    valid(r);
    assert.match(noteOf(r, 'plans set features the file does not define') ?? '', /FREE\.nope/);
    assert.match(noteOf(r, 'plans set usage limits the file does not define') ?? '', /FREE\.seats/);
    assert.match(noteOf(r, 'add-ons set features the file does not define') ?? '', /x\.ghostFeature/);
    assert.match(noteOf(r, 'add-ons set usage limits the file does not define') ?? '', /x\.ghostLimit/);
    assert.match(
      noteOf(r, 'usage limits linked to features the file does not define') ?? '',
      /boards: sharing/,
    );
  });

  it('a feature included with a usage limit of 0: read as not included there, and said', () => {
    const r = importPricing2Yaml(
      src(
        '',
        `plans:
  FREE: {price: 0, usageLimits: {boards: {value: 0}}}
  PRO: {price: 10}
`,
      ),
    );
    const out = valid(r);
    assert.equal(out.features.find((f) => f.id === 'share')?.plan, 'pro');
    assert.match(noteOf(r, 'includes with a usage limit of 0') ?? '', /: share on FREE \(boards\)$/);
    assert.match(r.text, /# included with a usage limit of 0 on FREE \(boards\) in the source/);
  });

  it('honest counts: a text limit is a comment, a boolean one placement, a seat minimum on a flat plan a comment', () => {
    const r = importPricing2Yaml(`saasName: Acme
features:
  share: {valueType: BOOLEAN, defaultValue: true}
  support: {valueType: BOOLEAN, defaultValue: true}
usageLimits:
  supportLevel: {valueType: TEXT, defaultValue: email, linkedFeatures: [support]}
  canShare: {valueType: BOOLEAN, defaultValue: false, linkedFeatures: [share]}
  minUsers: {valueType: NUMERIC, defaultValue: 1, unit: user}
plans:
  FREE: {price: 0}
  PRO: {price: 20, unit: /month, usageLimits: {canShare: {value: true}, minUsers: {value: 5}, supportLevel: {value: phone}}}
`);
    const out = valid(r);
    assert.equal(out.features.find((f) => f.id === 'share')?.plan, 'pro');
    const s = r.stats;
    assert.deepEqual(
      [s.limitsKept, s.limitsInComments, s.limitsInPlacement, s.limitsUnbounded, s.limitsDropped],
      [0, 2, 1, 0, 0],
    );
    assert.match(
      r.text,
      /# usage limit supportLevel \(not a number\) in the source: FREE: "email", PRO: "phone"/,
    );
    assert.match(r.text, /# minUsers 5 in the source \(the plan is not priced per seat\)/);
    const line = importSummary(r);
    assert.match(
      line,
      /0 of 3 usage limits kept as data, 2 kept as a comment, 1 read into which plans include a feature/,
    );
    assert.doesNotMatch(line, /[1-9]\d* of 3 usage limits kept/);
  });

  it('an add-on-only file keeps its add-ons\u2019 dependencies visible as comments and notes', () => {
    const r = importPricing2Yaml(`saasName: Idp
features:
  sso: {valueType: BOOLEAN, defaultValue: false}
  mfa: {valueType: BOOLEAN, defaultValue: false}
  adaptiveMfa: {valueType: BOOLEAN, defaultValue: false}
addOns:
  SSO: {price: 2, unit: user/month, features: {sso: {value: true}}}
  MFA: {price: 3, unit: user/month, features: {mfa: {value: true}}, excludes: [ADAPTIVE_MFA], dependsOn: [SSO]}
  ADAPTIVE_MFA: {price: 6, unit: user/month, features: {adaptiveMfa: {value: true}}, excludes: [MFA, GONE]}
`);
    const out = valid(r);
    assert.deepEqual(
      out.plans.map((p) => p.id),
      ['sso', 'mfa', 'adaptive-mfa'],
    );
    assert.match(
      r.text,
      /# needs the add-on\(s\) SSO in the source \(imported as plans: a plan cannot require another\)\n(.*\n)?\s+- id: mfa/,
    );
    assert.match(r.text, /# excludes the add-on\(s\) ADAPTIVE_MFA in the source/);
    assert.match(noteOf(r, 'add-on dependencies a plan cannot hold') ?? '', /MFA needs SSO/);
    assert.match(
      noteOf(r, 'add-on exclusions a plan cannot hold') ?? '',
      /MFA excludes ADAPTIVE_MFA, ADAPTIVE_MFA excludes MFA/,
    );
    assert.match(noteOf(r, 'excludes names an add-on the file does not define') ?? '', /ADAPTIVE_MFA: GONE/);
  });

  it('the CLI prints the notes and the honest summary on stderr, the file on stdout', () => {
    const dir = resolve(__dirname, '../fixtures/pricing2yaml');
    const out: string[] = [];
    const err: string[] = [];
    const code = runImport(['okta-2019.yml'], {
      cwd: dir,
      stdout: (s) => out.push(s),
      stderr: (s) => err.push(s),
      isTTY: false,
      env: {},
    });
    assert.equal(code, 0);
    valid({ text: out.join('') }, 'okta via the CLI');
    const text = err.join('');
    assert.match(text, /okta-2019\.yml: note: the file has no plans; its add-ons are imported as plans/);
    assert.match(text, /okta-2019\.yml: imported \d+ plans, 0 add-ons, .* usage limits kept as data/);
  });

  const corpus = existsSync(CORPUS)
    ? readdirSync(CORPUS)
        .filter((d) => statSync(join(CORPUS, d)).isDirectory())
        .flatMap((d) => readdirSync(join(CORPUS, d)).map((f) => join(d, f)))
        .filter((f) => f.endsWith('.yml'))
    : [];
  (corpus.length ? it : it.skip)(
    `the corpus${corpus.length ? '' : ` (SKIPPED: not at ${CORPUS})`}: dependencies kept, every add-on relation valid`,
    () => {
      let requires = 0;
      let excludes = 0;
      let both = 0;
      let sourceRelations = 0;
      for (const f of corpus) {
        const text = readFileSync(join(CORPUS, f), 'utf8');
        const r = importPricing2Yaml(text);
        const out = valid(r, f);
        for (const a of out.addOns ?? []) {
          requires += a.requires?.length ?? 0;
          excludes += a.excludes?.length ?? 0;
        }
        both += out.features.filter((x) => x.plan !== undefined && x.addOn !== undefined).length;
        if (/^\s+(dependsOn|excludes):/m.test(text) && r.stats.addOns > 0) sourceRelations++;
      }
      // notion and github sell add-ons that need or exclude others; okta's add-on-only files have them as comments
      assert.ok(sourceRelations >= 2, `${sourceRelations} files with relations and plans`);
      assert.ok(requires >= 1 && excludes >= 4, `requires ${requires}, excludes ${excludes}`);
      assert.ok(both >= 1, `${both} features with plan + addOn`);
    },
  );
});
