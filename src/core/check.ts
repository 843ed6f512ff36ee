import { isSeq, type Node } from 'yaml';
import { suggester } from './format/closest';
import { ACCEPTABLE_RULES, ID_PATTERN, RULE_SETTINGS, STRUCTURE_RULES } from './format/schema';
import { type SchemaProblem, validate } from './format/validate';
import type { AcceptEntry, CheckOptions, CheckResult, FeatureModel, PackagingModel } from './model/model';
import { buildModel } from './model/model';
import { RULES, RULES_BY_ID } from './rules';
import { capPerRule } from './rules/cap';
import type { Rule, RuleContext } from './rules/types';
import type { Diagnostic, DiagnosticData, FeatureResult, RuleSetting, Severity, Span } from './types';
import { mapValue, type Parsed, pairOf, parse, toRange } from './yaml/parse';

export type { CheckOptions, CheckResult } from './model/model';

/** A finding before severity overrides and decision records are applied. */
export interface Raw {
  severity: Severity;
  rule: string;
  message: string;
  span: Span;
  feature?: string;
  /** the element the finding is about: its `accept` entries apply */
  element?: FeatureModel;
  data?: DiagnosticData;
}

const spanOfNode = (n: Node | null | undefined): Span => {
  const r = n?.range;
  return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
};

/** The one analysis: parse → schema → model (derived facts, classification) → rules → severities and decisions. */
export function check(text: string, options: CheckOptions = {}): CheckResult {
  return checkParsed(parse(text), options);
}

/** What the incremental re-check (incremental.ts) kept from the previous version instead of recomputing it. */
export interface Reuse {
  problems?: SchemaProblem[];
  buildModel?: typeof buildModel;
  /** every rule's findings, in the order of RULES (each rule's own order kept) */
  runRules?: (model: PackagingModel, topKey: RuleContext['topKey']) => Raw[];
  /** the diagnostics made from the previous version's findings, re-used for the same finding objects */
  memo?: DiagnosticMemo;
}

/**
 * The diagnostic made of each finding object (incremental.ts keeps one per document). A finding object the
 * incremental re-check carries over unchanged, ending at or before `stableBefore` (where the edited text
 * starts: lines before it are the same), gives the same diagnostic again: no new object, range or message.
 */
export interface DiagnosticMemo {
  map: WeakMap<Raw, Diagnostic>;
  /**
   * The feature models of the previous result and their results, index for index: a model object carried over
   * unchanged at the same index gives the same result (models are not changed once built).
   */
  featuresFrom?: readonly FeatureModel[];
  featureResults?: FeatureResult[];
  stableBefore: number;
  /** the file's `rules:` settings the diagnostics were made under */
  rulesKey?: string;
}

/**
 * The result's `toRange`, made outside checkParsed: a closure there would share its scope, and keep the whole
 * document as plain values alive for as long as the result.
 */
function rangeIn(lc: Parsed['lineCounter']): CheckResult['toRange'] {
  return (span) => toRange(lc, span);
}

/** `check` from an already parsed text; `reuse` must give what the full path would compute. */
export function checkParsed(parsed: Parsed, options: CheckOptions = {}, reuse: Reuse = {}): CheckResult {
  const range = rangeIn(parsed.lineCounter);
  const done = (raws: Raw[], model?: PackagingModel, fileRules: Record<string, string> = {}) =>
    finish(raws, model, options, fileRules, parsed.syntaxError, range, reuse.memo);

  if (parsed.syntaxError || !parsed.doc) {
    return done(
      parsed.problems.map((p) => ({ severity: 'error', rule: 'syntax', message: p.message, span: p.span })),
    );
  }
  const { doc, plain } = parsed;
  const problems = reuse.problems ?? validate(doc, plain).problems;
  const raws: Raw[] = problems.map((p) => {
    const feature = schemaFeature(plain, p.path);
    return {
      severity: 'error',
      rule: 'schema',
      message: p.message,
      span: p.span,
      ...(feature !== undefined ? { feature } : {}),
      ...(p.suggestion ? { data: { suggestion: p.suggestion } } : {}),
    };
  });
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) {
    if (plain === null || plain === undefined) return done(raws);
    // zod's own root message is replaced by one that says what a packaging file is.
    return done([
      {
        severity: 'error',
        rule: 'schema',
        message: `The file must be a map with version, product, plans and features; it is ${Array.isArray(plain) ? 'a list' : 'a single value'}.`,
        span: spanOfNode(doc.contents),
      },
    ]);
  }
  const root = plain as Record<string, unknown>;
  const model = (reuse.buildModel ?? buildModel)(doc, root, problems);
  const topKey = (key: string) => (pairOf(doc.contents, key)?.key as Node | undefined) ?? undefined;
  if (reuse.runRules) for (const r of reuse.runRules(model, topKey)) raws.push(r);
  else for (const rule of RULES) if (rule.check) ruleRaws(rule, model, topKey, raws);
  unknownPlansOfInvalid(doc.contents, root, problems, model, raws);
  return done(raws, model, fileRuleSettings(root.rules));
}

/**
 * A feature that fails the schema is left out of the rules (spec 4.4), but a `plan:` naming no plan is still
 * reported: all findings in one pass, so fixing the schema error does not uncover a second one.
 */
function unknownPlansOfInvalid(
  rootNode: Node | null,
  root: Record<string, unknown>,
  problems: readonly SchemaProblem[],
  model: PackagingModel,
  raws: Raw[],
): void {
  const items = Array.isArray(root.features) ? root.features : [];
  const invalid = new Set<number>();
  const badPlan = new Set<number>();
  for (const p of problems) {
    if (p.path[0] !== 'features' || typeof p.path[1] !== 'number') continue;
    invalid.add(p.path[1]);
    if (p.path[2] === 'plan' || p.path[2] === 'addOn' || p.path.length === 2) badPlan.add(p.path[1]);
  }
  if (invalid.size === 0) return;
  const seq = mapValue(rootNode, 'features');
  const ids = [...model.planIds];
  const suggest = suggester(ids);
  const list = ids.length > 12 ? `${ids.slice(0, 12).join(', ')}, … (${ids.length} plans)` : ids.join(', ');
  for (const i of invalid) {
    const item = items[i] as Record<string, unknown> | undefined;
    if (badPlan.has(i) || !item || typeof item !== 'object' || item.addOn !== undefined) continue;
    const plan = item.plan;
    if (typeof plan !== 'string' || !ID_PATTERN.test(plan) || model.planIds.has(plan)) continue;
    const node = isSeq(seq) ? mapValue(seq.items[i] as Node, 'plan') : undefined;
    if (!node?.range) continue;
    const s = suggest(plan);
    const id = typeof item.id === 'string' && ID_PATTERN.test(item.id) ? item.id : undefined;
    const name = typeof item.name === 'string' ? item.name : (id ?? `Feature #${i + 1}`);
    raws.push({
      severity: 'error',
      rule: 'unknown-plan',
      message: `"${name}" is placed on plan "${plan}", which is not one of the plans.${s ? ` Did you mean "${s}"?` : ` Plans: ${list}.`}`,
      span: { start: node.range[0], end: node.range[1] },
      ...(id !== undefined ? { feature: id } : {}),
      ...(s ? { data: { suggestion: s } } : {}),
    });
  }
}

/** The id of the feature a schema problem lies in, when that id is valid (spec: diagnostics name their feature). */
function schemaFeature(plain: unknown, path: readonly (string | number)[]): string | undefined {
  if (path[0] !== 'features' || typeof path[1] !== 'number' || path.length < 3) return undefined;
  const list = plain && typeof plain === 'object' ? (plain as Record<string, unknown>).features : undefined;
  const item = Array.isArray(list) ? list[path[1]] : undefined;
  const id = item && typeof item === 'object' ? (item as Record<string, unknown>).id : undefined;
  return typeof id === 'string' && ID_PATTERN.test(id) ? id : undefined;
}

/** The file's valid `rules:` entries; a structure rule set below error there is a schema error and ignored. */
function fileRuleSettings(rules: unknown): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  if (!rules || typeof rules !== 'object' || Array.isArray(rules)) return out;
  for (const [k, v] of Object.entries(rules)) {
    if (!RULES_BY_ID.has(k) || typeof v !== 'string' || !(RULE_SETTINGS as readonly string[]).includes(v))
      continue;
    if ((STRUCTURE_RULES as readonly string[]).includes(k) && v !== 'error') continue;
    out[k] = v;
  }
  return out;
}

const ACCEPTABLE = new Set<string>(ACCEPTABLE_RULES);

function finish(
  raws: Raw[],
  model: PackagingModel | undefined,
  options: CheckOptions,
  fileRules: Record<string, string>,
  syntaxError: boolean,
  range: CheckResult['toRange'],
  memo?: DiagnosticMemo,
): CheckResult {
  const setting = (rule: string) =>
    (fileRules[rule] ?? validSetting(options.rules?.[rule])) as RuleSetting | undefined;
  const diagnostics: Diagnostic[] = [];
  if (memo) {
    const key = JSON.stringify(fileRules);
    if (memo.rulesKey !== key) {
      memo.map = new WeakMap();
      memo.rulesKey = key;
    }
  }
  const used = new Set<AcceptEntry>();
  const emit = (r: Raw) => {
    const s = setting(r.rule);
    if (s === 'off') return;
    // A decision record accepts a finding only while the finding exists: an `off` rule leaves it unused.
    const entry = ACCEPTABLE.has(r.rule)
      ? r.element
        ? r.element.accept.get(r.rule)
        : r.feature === undefined
          ? model?.accept.get(r.rule)
          : undefined
      : undefined;
    if (entry) used.add(entry);
    const same = memo?.map.get(r);
    if (same && r.span.end <= memo!.stableBefore) {
      diagnostics.push(same);
      return;
    }
    // properties added, not spread in: thousands of these per keystroke (same key order either way)
    const d: Diagnostic = {
      rule: r.rule,
      severity: s ?? r.severity,
      message: r.message,
      range: range(r.span),
      span: r.span,
    };
    if (r.feature !== undefined) d.feature = r.feature;
    if (r.data) d.data = r.data;
    if (entry) d.accepted = entry.reason;
    diagnostics.push(d);
    memo?.map.set(r, d);
  };
  for (const r of raws) emit(r);
  if (model) for (const r of unusedAccepts(model, used)) emit(r);
  diagnostics.sort(
    (a, b) =>
      a.span.start - b.span.start ||
      a.span.end - b.span.end ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
  const shown = capPerRule(diagnostics);
  const previous = memo?.featuresFrom;
  const previousResults = memo?.featureResults;
  const features: FeatureResult[] = (model?.features ?? []).map((f, i) => {
    // a feature model carried over unchanged (incremental.ts) gives the same result object
    if (previous && previous[i] === f) return previousResults![i]!;
    const { id, plan, side, recommendation, reasons } = f;
    const out: FeatureResult =
      f.addOn !== undefined
        ? { id, plan, addOn: f.addOn, side, recommendation, reasons }
        : { id, plan, side, recommendation, reasons };
    if (f.rationale !== undefined) out.rationale = f.rationale;
    return out;
  });
  if (memo) {
    memo.featuresFrom = model?.features ?? [];
    memo.featureResults = features;
  }
  return {
    diagnostics: shown,
    ...(shown !== diagnostics ? { uncapped: diagnostics } : {}),
    features,
    ...(model ? { model } : {}),
    syntaxError,
    toRange: range,
  };
}

function unusedAccepts(model: PackagingModel, used: ReadonlySet<AcceptEntry>): Raw[] {
  const out: Raw[] = [];
  const raw = (e: AcceptEntry, f?: FeatureModel): Raw => ({
    severity: 'info',
    rule: 'unused-accept',
    message: `This \`accept\` entry for ${e.rule} accepts nothing: ${
      f
        ? `${f.name} has no ${e.rule} finding (it is fixed, the rule is off, or the rule never names a feature).`
        : `there is no ${e.rule} finding outside a feature (it is fixed, the rule is off, or its findings name a feature: accept them there).`
    } Remove it so the file only records live decisions.`,
    span: spanOfNode(e.keyNode),
    ...(f ? { feature: f.id } : {}),
    data: { acceptedRule: e.rule },
  });
  for (const f of model.features) for (const e of f.accept.values()) if (!used.has(e)) out.push(raw(e, f));
  for (const e of model.accept.values()) if (!used.has(e)) out.push(raw(e));
  return out;
}

function validSetting(v: string | undefined): string | undefined {
  return v !== undefined && (RULE_SETTINGS as readonly string[]).includes(v) ? v : undefined;
}

/** The findings of one rule over `model`, appended to `raws`. */
export function ruleRaws(
  rule: Rule,
  model: PackagingModel,
  topKey: RuleContext['topKey'],
  raws: Raw[] = [],
): Raw[] {
  rule.check?.({
    model,
    topKey,
    name: (x) => `"${x.name}"`,
    report: (r) => {
      const f = r.feature;
      // one shape for every rule's findings (absent fields undefined): thousands per check, read by finish
      raws.push({
        severity: r.severity ?? rule.severity,
        rule: rule.id,
        message: r.message,
        span: r.span ?? spanOfNode(r.node),
        feature: f === undefined || typeof f === 'string' ? f : f.id,
        element: f === undefined || typeof f === 'string' ? undefined : f,
        data: r.data || undefined,
      });
    },
  });
  return raws;
}
