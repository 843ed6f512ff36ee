import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { check } from '../../src/core/check';
import { suggestionsFor } from '../../src/core/edit/finding-suggestions';
import { fixesFor } from '../../src/core/edit/fixes';
import { applyEdits, setFeaturePlan } from '../../src/core/edit/text-edits';
import { verifiedEditsFor, verifyEdits } from '../../src/core/edit/verify';
import type { Diagnostic, TextEdit } from '../../src/core/types';

// Issue 10, group 3: valid packaging files written in every YAML style (block, flow on one line and on many,
// trailing commas, nested flow, comments, CRLF, anchors and aliases); every fix the core computes and random
// matrix moves are applied. 0 broken files, 0 changed bytes outside each edit.
// FUZZ_RUNS=20000 npx mocha test/unit/fuzz-fixes.test.ts for a longer run; FUZZ_SEED to replay.

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);

type Style = 'block' | 'flow' | 'flowMulti';
type Y =
  | { t: 's'; text: string; anchor?: string }
  | { t: 'alias'; name: string }
  | {
      t: 'map';
      entries: [string, Y][];
      style: Style;
      trailingComma: boolean;
      anchor?: string;
      comment?: string;
    }
  | { t: 'seq'; items: Y[]; style: Style; trailingComma: boolean };

const s = (text: string, anchor?: string): Y => ({ t: 's', text, ...(anchor ? { anchor } : {}) });

/** Flow text of a node; `ind` is the column of the line holding it (for multi-line flow). */
function flow(y: Y, ind: number): string {
  if (y.t === 's') return `${y.anchor ? `&${y.anchor} ` : ''}${y.text}`;
  if (y.t === 'alias') return `*${y.name}`;
  const anchor = y.t === 'map' && y.anchor ? `&${y.anchor} ` : '';
  const [open, close] = y.t === 'map' ? ['{', '}'] : ['[', ']'];
  const parts =
    y.t === 'map'
      ? y.entries.map(([k, v]) => `${k}: ${flow(v, ind + 2)}`)
      : y.items.map((v) => flow(v, ind + 2));
  if (parts.length === 0) return `${anchor}${open}${close}`;
  const comma = y.trailingComma ? ',' : '';
  if (y.style === 'flowMulti') {
    const pad = ' '.repeat(ind + 2);
    const lines = parts.map((p, i) => `${pad}${p}${i < parts.length - 1 ? ',' : comma}`);
    // a comment after a comma is valid inside a flow collection
    if (y.t === 'map' && y.comment && lines.length > 1) lines[0] = `${lines[0]} # ${y.comment}`;
    return `${anchor}${open}\n${lines.join('\n')}\n${' '.repeat(ind)}${close}`;
  }
  return `${anchor}${open} ${parts.join(', ')}${comma} ${close}`;
}

/** Block lines of a map at column `ind`; `first` is the text before its first key (a `- ` dash). */
/** Indentation of the file being rendered: the unit (2 or 4) and whether dashes sit at their key's column. */
const layout = { unit: 2, dashAtKey: false };

function blockMap(y: Extract<Y, { t: 'map' }>, ind: number, first = ' '.repeat(ind)): string[] {
  const lines: string[] = [];
  y.entries.forEach(([k, v], i) => {
    const lead = i === 0 ? first : ' '.repeat(ind);
    if (i > 0 && y.comment && i === 1) lines.push(`${' '.repeat(ind)}# ${y.comment}`);
    if (v.t === 'map' && v.style === 'block' && v.entries.length > 0) {
      lines.push(`${lead}${k}:${v.anchor ? ` &${v.anchor}` : ''}`);
      lines.push(...blockMap(v, ind + layout.unit));
    } else if (v.t === 'seq' && v.style === 'block' && v.items.length > 0) {
      lines.push(`${lead}${k}:`);
      lines.push(...blockSeq(v, layout.dashAtKey ? ind : ind + layout.unit));
    } else {
      const trail = v.t === 's' && y.comment && i === y.entries.length - 1 ? `   # ${y.comment}` : '';
      lines.push(`${lead}${k}: ${flow(v, ind)}${trail}`);
    }
  });
  return lines;
}

function blockSeq(y: Extract<Y, { t: 'seq' }>, ind: number): string[] {
  const lines: string[] = [];
  for (const item of y.items) {
    if (item.t === 'map' && item.style === 'block' && item.entries.length > 0 && !item.anchor)
      lines.push(...blockMap(item, ind + layout.unit, `${' '.repeat(ind)}-${' '.repeat(layout.unit - 1)}`));
    else lines.push(`${' '.repeat(ind)}-${' '.repeat(layout.unit - 1)}${flow(item, ind + layout.unit)}`);
  }
  return lines;
}

const style = fc.constantFrom<Style>('block', 'block', 'flow', 'flowMulti');
const comment = fc.option(fc.constantFrom('note', 'why: pricing', 'TODO'), { nil: undefined });
const mapOf = (
  entries: [string, Y][],
  st: Style,
  trailingComma: boolean,
  c?: string,
  anchor?: string,
): Y => ({
  t: 'map',
  entries,
  style: st,
  trailingComma,
  ...(c ? { comment: c } : {}),
  ...(anchor ? { anchor } : {}),
});

const SIG = ['virality', 'universality', 'ahaMoment', 'habitLoop', 'friction'] as const;

const featureArb = fc.record({
  name: fc.option(fc.constantFrom('Boards', 'Export to PDF', '"SSO: SAML"', "'Audit log'"), {
    nil: undefined,
  }),
  plan: fc.nat(3),
  planTypo: fc.constantFrom(false, false, false, false, false, true),
  signals: fc.option(fc.subarray([...SIG], { minLength: 0 }), { nil: undefined }),
  limits: fc.option(fc.subarray([0, 1, 2, 3], { minLength: 1 }), { nil: undefined }),
  limitsLast: fc.boolean(),
  keyTypo: fc.constantFrom<string | undefined>(...Array(12).fill(undefined), 'singals', 'stauts', 'nmae'),
  style,
  signalsStyle: style,
  limitsStyle: style,
  trailing: fc.boolean(),
  comment,
  aliasPlan: fc.boolean(),
  aliasSignals: fc.constantFrom(false, false, false, true),
});

const fileArb = fc.record({
  plans: fc.integer({ min: 2, max: 4 }),
  planStyle: style,
  planPerTypo: fc.constantFrom(false, false, false, true),
  features: fc.array(featureArb, { minLength: 1, maxLength: 6 }),
  growth: fc.constantFrom('none', 'freemium', 'trial', 'goals'),
  growthStyle: style,
  seqStyle: fc.constantFrom<Style>('block', 'block', 'block', 'flowMulti'),
  crlf: fc.boolean(),
  trailing: fc.boolean(),
  unit: fc.constantFrom(2, 2, 4),
  dashAtKey: fc.boolean(),
});

const PLAN_IDS = ['free', 'starter', 'pro', 'team'];

type FileSpec = typeof fileArb extends fc.Arbitrary<infer T> ? T : never;
type FeatureSpec = FileSpec['features'][number];

function render(file: FileSpec): string {
  const plans: Y[] = [];
  for (let i = 0; i < file.plans; i++) {
    const entries: [string, Y][] = [
      ['id', s(PLAN_IDS[i]!, `p${i}`)],
      ['price', s(String(i * 10))],
    ];
    if (i === 1 && file.planPerTypo) entries.push(['perlod', s('month')]);
    plans.push(mapOf(entries, file.planStyle, file.trailing));
  }
  const features: Y[] = file.features.map((f: FeatureSpec, i: number) => {
    const plan = Math.min(f.plan, file.plans - 1);
    const planText = f.planTypo ? `${PLAN_IDS[plan]}x` : PLAN_IDS[plan]!;
    const entries: [string, Y][] = [['id', s(`f${i}`)]];
    if (f.name) entries.push(['name', s(f.name)]);
    entries.push(['plan', f.aliasPlan && !f.planTypo ? { t: 'alias', name: `p${plan}` } : s(planText)]);
    const sigs: [string, Y][] | undefined = f.signals?.map((x) => [x, s('true')] as [string, Y]);
    const lim: [string, Y][] | undefined = f.limits
      ?.filter((p) => p < file.plans)
      .map((p) => [PLAN_IDS[p]!, s(p === 0 ? '5' : 'unlimited')] as [string, Y]);
    // Feature 0's signals carry an anchor; later features may share them through an alias.
    const f0 = file.features[0]!;
    const shared = i > 0 && f.aliasSignals && f0.signals?.length && !f0.keyTypo;
    const signalsEntry: [string, Y] | undefined = shared
      ? ['signals', { t: 'alias', name: 's0' }]
      : sigs
        ? [
            f.keyTypo === 'singals' ? 'singals' : 'signals',
            mapOf(sigs, f.signalsStyle, f.trailing, undefined, i === 0 ? 's0' : undefined),
          ]
        : undefined;
    const limitsEntry: [string, Y] | undefined = lim?.length
      ? ['limits', mapOf(lim, f.limitsStyle, f.trailing)]
      : undefined;
    if (f.limitsLast) {
      if (signalsEntry) entries.push(signalsEntry);
      if (limitsEntry) entries.push(limitsEntry);
    } else {
      if (limitsEntry) entries.push(limitsEntry);
      if (signalsEntry) entries.push(signalsEntry);
    }
    if (f.keyTypo === 'stauts') entries.push(['stauts', s('planned')]);
    if (f.keyTypo === 'nmae') entries.push(['nmae', s('Named')]);
    // a flow map cannot hold a block map: the feature's style wins over its children's
    const st = f.style;
    if (st !== 'block')
      for (const [, v] of entries) if (v.t === 'map' && v.style === 'block') v.style = 'flow';
    return mapOf(entries, st, f.trailing, f.comment);
  });
  const growthEntries: [string, Y][] = [];
  if (file.growth !== 'none') {
    growthEntries.push(['acquisition', s('product-led')]);
    growthEntries.push(['freeOffer', s(file.growth === 'trial' ? 'trial' : 'freemium')]);
    if (file.growth === 'goals')
      growthEntries.push([
        'freemiumGoals',
        { t: 'seq', items: [s('poc')], style: 'flow', trailingComma: false },
      ]);
  }
  const root = mapOf(
    [
      ['version', s('1')],
      ['product', mapOf([['name', s('Acme')]], 'block', false)],
      ...(growthEntries.length
        ? ([['growth', mapOf(growthEntries, file.growthStyle, file.trailing)]] as [string, Y][])
        : []),
      ['plans', { t: 'seq', items: plans, style: file.seqStyle, trailingComma: false }],
      ['features', { t: 'seq', items: features, style: file.seqStyle, trailingComma: file.trailing }],
    ],
    'block',
    false,
  );
  if (root.t !== 'map') throw new Error('unreachable');
  // In a flow sequence every item must be flow too.
  for (const [, v] of root.entries)
    if (v.t === 'seq' && v.style !== 'block')
      for (const it of v.items) if (it.t === 'map' && it.style === 'block') it.style = 'flowMulti';
  layout.unit = file.unit;
  layout.dashAtKey = file.dashAtKey;
  const text = `${blockMap(root, 0).join('\n')}\n`;
  return file.crlf ? text.replace(/\n/g, '\r\n') : text;
}

/** Only the bytes inside the edits changed (an independent check of `applyEdits`). */
function assertOnlyEdited(before: string, after: string, edits: readonly TextEdit[]) {
  const lo = Math.min(...edits.map((e) => e.span.start));
  const hi = Math.max(...edits.map((e) => e.span.end));
  assert.equal(after.slice(0, lo), before.slice(0, lo), 'bytes before the edit');
  assert.equal(after.slice(after.length - (before.length - hi)), before.slice(hi), 'bytes after the edit');
}

describe('fuzz: fixes and matrix moves never break a file (issue 10, group 3)', function () {
  this.timeout(120_000);

  it(`generated files in every YAML style: ${RUNS} files, every fix and random moves`, () => {
    const stats = { files: 0, fixes: 0, suggested: 0, moves: 0, diagnostics: 0 };
    fc.assert(
      fc.property(
        fileArb,
        fc.array(fc.tuple(fc.nat(5), fc.nat(3)), { minLength: 1, maxLength: 4 }),
        (file, moves) => {
          const text = render(file);
          const result = check(text);
          assert.equal(
            result.syntaxError,
            false,
            `the generator wrote invalid YAML:\n${text}\n${JSON.stringify(result.diagnostics)}`,
          );
          stats.files++;
          for (const d of result.diagnostics as Diagnostic[]) {
            stats.diagnostics++;
            const suggested = suggestionsFor(text, result, d);
            stats.suggested += suggested.length;
            const raw = [...suggested, ...fixesFor(text, result, d)];
            // spec 5.1: only a fix may be preferred
            for (const e of raw)
              assert.ok(!e.preferred || e.kind === 'fix', `${d.rule}: "${e.title}" preferred`);
            for (const fix of raw) {
              const v = verifyEdits(text, result, fix.edits, [d]);
              assert.ok(
                v.ok,
                `${d.rule} fix "${fix.title}" fails: ${v.reason}\n--- before\n${text}\n--- after\n${v.text ?? ''}`,
              );
              assertOnlyEdited(text, v.text!, fix.edits);
              stats.fixes++;
            }
            assert.equal(verifiedEditsFor(text, result, d).length, raw.length);
          }
          const ids = result.features.map((f) => f.id);
          const planIds = [...(result.model?.planIds ?? [])];
          for (const [fi, pi] of moves) {
            const fid = ids[fi % Math.max(1, ids.length)];
            const pid = planIds[pi % Math.max(1, planIds.length)];
            if (fid === undefined || pid === undefined) continue;
            const edits = setFeaturePlan(text, result, fid, pid);
            if (edits.length === 0) {
              assert.equal(
                result.features.find((f) => f.id === fid)?.plan,
                pid,
                'a move to another plan has an edit',
              );
              continue;
            }
            const out = applyEdits(text, edits);
            assertOnlyEdited(text, out, edits);
            const after = check(out);
            assert.equal(after.syntaxError, false, out);
            const plans = new Map(after.features.map((f) => [f.id, f.plan]));
            for (const f of result.features)
              assert.equal(plans.get(f.id), f.id === fid ? pid : f.plan, `move ${fid} → ${pid}\n${out}`);
            stats.moves++;
          }
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
    // the generator must exercise the fixes, not only produce clean files
    assert.ok(stats.fixes >= RUNS, JSON.stringify(stats));
    assert.ok(stats.moves >= RUNS, JSON.stringify(stats));
    console.log(`      fuzz: ${JSON.stringify(stats)}`);
  });
});
