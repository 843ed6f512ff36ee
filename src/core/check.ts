import { type Document, isAlias, isMap, isSeq, type LineCounter, type Node, type Pair } from 'yaml';
import { classify } from './classify';
import type {
  CheckOptions,
  CheckResult,
  FeatureModel,
  GrowthModel,
  PackagingModel,
  PlanModel,
} from './model';
import { ConversionError, mapValue, pairOf, parseText, resolveAlias, toPlain, toRange } from './parse';
import { RULES, RULES_BY_ID } from './rules';
import type { RuleContext } from './rules/types';
import { ID_PATTERN, RULE_SETTINGS } from './schema';
import type { Diagnostic, DiagnosticData, FeatureResult, RuleSetting, Severity, Span } from './types';
import { type SchemaProblem, validate, within } from './validate';

export type { CheckOptions, CheckResult } from './model';

interface Raw {
  severity: Severity;
  rule: string;
  message: string;
  span: Span;
  feature?: string;
  data?: DiagnosticData;
}

/** The one analysis: parse → schema → model → classify → rules → severities → sorted diagnostics. */
export function check(text: string, options: CheckOptions = {}): CheckResult {
  const parsed = parseText(text);
  const lc = parsed.lineCounter;
  const finish = (raws: Raw[], model: PackagingModel | undefined, fileRules: Record<string, string>) =>
    result(raws, model, lc, options, fileRules, parsed.problems.length > 0 || !parsed.doc);

  if (!parsed.doc) {
    const raws = parsed.problems.map<Raw>((p) => ({
      severity: 'error',
      rule: 'syntax',
      message: p.message,
      span: p.span,
    }));
    return finish(raws, undefined, {});
  }
  const doc = parsed.doc;
  let plain: unknown;
  try {
    plain = toPlain(doc, doc.contents);
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
    const r = e.node?.range;
    return finish(
      [
        {
          severity: 'error',
          rule: 'syntax',
          message: e.message,
          span: r ? { start: r[0], end: r[1] } : { start: 0, end: 0 },
        },
      ],
      undefined,
      {},
    );
  }
  const { problems } = validate(doc, plain);
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
  const isObj = plain !== null && typeof plain === 'object' && !Array.isArray(plain);
  if (!isObj) {
    if (plain !== null && plain !== undefined) {
      const r = doc.contents?.range;
      raws.push({
        severity: 'error',
        rule: 'schema',
        message: `The file must be a map with version, product, plans and features; it is ${Array.isArray(plain) ? 'a list' : 'a single value'}.`,
        span: r ? { start: r[0], end: r[1] } : { start: 0, end: 0 },
      });
      // zod reported the same thing at the root; keep only our clearer message.
      return finish(
        raws.filter((r) => r.message.startsWith('The file must be a map with')),
        undefined,
        {},
      );
    }
    return finish(raws, undefined, {});
  }
  const root = plain as Record<string, unknown>;
  const built = buildModel(doc, root, problems);
  raws.push(...built.duplicates);
  const fileRules = fileRuleSettings(root.rules);
  runRules(built.model, doc, raws);
  return finish(raws, built.model, fileRules);
}

/** The id of the feature a schema problem lies in, when that id is valid (spec: diagnostics name their feature). */
function schemaFeature(plain: unknown, path: readonly (string | number)[]): string | undefined {
  if (path[0] !== 'features' || typeof path[1] !== 'number' || path.length < 3) return undefined;
  const list = plain && typeof plain === 'object' ? (plain as Record<string, unknown>).features : undefined;
  const item = Array.isArray(list) ? list[path[1]] : undefined;
  const id = item && typeof item === 'object' ? (item as Record<string, unknown>).id : undefined;
  return typeof id === 'string' && ID_PATTERN.test(id) ? id : undefined;
}

function fileRuleSettings(rules: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!rules || typeof rules !== 'object' || Array.isArray(rules)) return out;
  for (const [k, v] of Object.entries(rules)) {
    if (RULES_BY_ID.has(k) && typeof v === 'string' && (RULE_SETTINGS as readonly string[]).includes(v))
      out[k] = v;
  }
  return out;
}

function result(
  raws: Raw[],
  model: PackagingModel | undefined,
  lc: LineCounter,
  options: CheckOptions,
  fileRules: Record<string, string>,
  syntaxError: boolean,
): CheckResult {
  const diagnostics: Diagnostic[] = [];
  for (const r of raws) {
    const setting = (fileRules[r.rule] ?? validSetting(options.rules?.[r.rule])) as RuleSetting | undefined;
    if (setting === 'off') continue;
    const severity = setting ?? r.severity;
    diagnostics.push({
      rule: r.rule,
      severity,
      message: r.message,
      range: toRange(lc, r.span),
      span: r.span,
      ...(r.feature !== undefined ? { feature: r.feature } : {}),
      ...(r.data ? { data: r.data } : {}),
    });
  }
  diagnostics.sort(
    (a, b) =>
      a.span.start - b.span.start ||
      a.span.end - b.span.end ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
  const features: FeatureResult[] = (model?.features ?? []).map((f) => ({
    id: f.id,
    plan: f.plan,
    side: f.side,
    recommendation: f.recommendation,
    reasons: f.reasons,
  }));
  return {
    diagnostics,
    features,
    ...(model ? { model } : {}),
    syntaxError,
    toRange: (span) => toRange(lc, span),
  };
}

function validSetting(v: string | undefined): string | undefined {
  return v !== undefined && (RULE_SETTINGS as readonly string[]).includes(v) ? v : undefined;
}

function resolve(doc: Document.Parsed, n: unknown): Node | undefined {
  if (isAlias(n)) return resolveAlias(doc, n);
  return (n as Node | null) ?? undefined;
}

const GROWTH_FIELDS = [
  'acquisition',
  'retention',
  'monetization',
  'relationship',
  'freeOffer',
  'trialDays',
  'freemiumGoals',
] as const;

function buildModel(
  doc: Document.Parsed,
  root: Record<string, unknown>,
  problems: SchemaProblem[],
): { model: PackagingModel; duplicates: Raw[] } {
  const rootNode = doc.contents;
  // Element prefixes (length <= 2) with a problem, so the per-element lookup is not quadratic in the problems.
  const badPrefixes = new Set<string>();
  for (const p of problems)
    for (let k = 1; k <= Math.min(2, p.path.length); k++) badPrefixes.add(p.path.slice(0, k).join('\u0000'));
  const bad = (prefix: (string | number)[]) =>
    prefix.length <= 2
      ? badPrefixes.has(prefix.join('\u0000'))
      : problems.some((p) => within(p.path, prefix));
  const duplicates: Raw[] = [];
  const seqItems = (key: string): { node: Node | undefined; plain: unknown }[] => {
    const seq = resolve(doc, mapValue(rootNode, key));
    const arr = root[key];
    if (!isSeq(seq) || !Array.isArray(arr)) return [];
    return arr.map((plain, i) => ({ node: resolve(doc, seq.items[i]), plain }));
  };
  const idOf = (plain: unknown): string | undefined => {
    const id = plain && typeof plain === 'object' ? (plain as Record<string, unknown>).id : undefined;
    return typeof id === 'string' && ID_PATTERN.test(id) ? id : undefined;
  };
  const checkDuplicates = (items: { node: Node | undefined; plain: unknown }[], what: string) => {
    const seen = new Set<string>();
    for (const it of items) {
      const id = idOf(it.plain);
      if (id === undefined) continue;
      if (seen.has(id)) {
        const n = resolve(doc, mapValue(it.node, 'id'));
        duplicates.push({
          severity: 'error',
          rule: 'duplicate-id',
          message: `The ${what} id "${id}" is used twice. Ids must be unique among ${what}s: rename this one.`,
          span: n?.range ? { start: n.range[0], end: n.range[1] } : { start: 0, end: 0 },
          ...(what === 'feature' ? { feature: id } : {}),
        });
      } else seen.add(id);
    }
  };

  const planItems = seqItems('plans');
  const featureItems = seqItems('features');
  checkDuplicates(planItems, 'plan');
  checkDuplicates(featureItems, 'feature');

  const planIds = new Set<string>();
  for (const it of planItems) {
    const id = idOf(it.plain);
    if (id) planIds.add(id);
  }
  const plansBroken = bad(['plans']) && !Array.isArray(root.plans);
  const plans: PlanModel[] = [];
  planItems.forEach((it, i) => {
    if (plansBroken || bad(['plans', i]) || !it.node) return;
    const p = it.plain as Record<string, unknown>;
    const price = p.price as number | 'contact-sales';
    plans.push({
      id: p.id as string,
      name: (p.name as string | undefined) || (p.id as string),
      price,
      ...(p.per !== undefined ? { per: p.per as PlanModel['per'] } : {}),
      ...(p.period !== undefined ? { period: p.period as PlanModel['period'] } : {}),
      free: price === 0,
      index: i,
      node: it.node,
      idNode: resolve(doc, mapValue(it.node, 'id'))!,
      priceNode: resolve(doc, mapValue(it.node, 'price'))!,
    });
  });
  const validPlanById = new Map<string, PlanModel>();
  for (const p of plans) if (!validPlanById.has(p.id)) validPlanById.set(p.id, p);

  const features: FeatureModel[] = [];
  featureItems.forEach((it, i) => {
    if (bad(['features', i]) || !it.node) return;
    const f = it.plain as Record<string, unknown>;
    const signals = f.signals as FeatureModel['signals'];
    const c = classify(signals);
    const plan = f.plan as string;
    const pm = validPlanById.get(plan);
    const limitPairs = new Map<string, Pair<Node, Node>>();
    const limitsNode = resolve(doc, mapValue(it.node, 'limits'));
    if (isMap(limitsNode)) {
      for (const pair of limitsNode.items as Pair<Node, Node>[]) {
        const k = resolve(doc, pair.key) as { value?: unknown } | undefined;
        if (k && k.value !== undefined)
          limitPairs.set(String(k.value), { ...pair, value: resolve(doc, pair.value) } as Pair<Node, Node>);
      }
    }
    const signalsNode = resolve(doc, mapValue(it.node, 'signals'));
    const requestedByNode = resolve(doc, mapValue(it.node, 'requestedBy'));
    features.push({
      id: f.id as string,
      name: (f.name as string | undefined) || (f.id as string),
      ...(f.description !== undefined ? { description: f.description as string } : {}),
      ...(f.category !== undefined ? { category: f.category as string } : {}),
      plan,
      ...(f.unit !== undefined ? { unit: f.unit as string } : {}),
      limits: { ...((f.limits as FeatureModel['limits'] | undefined) ?? {}) },
      ...(signals ? { signals } : {}),
      status: (f.status as FeatureModel['status'] | undefined) ?? 'shipped',
      ...(f.requestedBy !== undefined ? { requestedBy: f.requestedBy as string[] } : {}),
      side: pm ? (pm.free ? 'free' : 'paid') : null,
      recommendation: c.recommendation,
      reasons: c.reasons,
      index: i,
      node: it.node,
      idNode: resolve(doc, mapValue(it.node, 'id'))!,
      planNode: resolve(doc, mapValue(it.node, 'plan'))!,
      ...(signalsNode ? { signalsNode } : {}),
      ...(requestedByNode ? { requestedByNode } : {}),
      limitPairs,
    });
  });

  const growthPair = pairOf(rootNode, 'growth');
  const growthNode = resolve(doc, growthPair?.value);
  const growthOk = growthPair !== undefined && !bad(['growth']) && (isMap(growthNode) || root.growth == null);
  const g = (growthOk && root.growth ? root.growth : {}) as Record<string, unknown>;
  const written = new Map<string, Node>();
  if (growthOk && isMap(growthNode)) {
    for (const f of GROWTH_FIELDS) {
      const n = resolve(doc, mapValue(growthNode, f));
      if (n && g[f] !== undefined) written.set(f, n);
    }
  }
  const growth: GrowthModel = {
    acquisition: (g.acquisition as GrowthModel['acquisition']) ?? 'product-led',
    retention: (g.retention as GrowthModel['retention']) ?? 'product-led',
    monetization: (g.monetization as GrowthModel['monetization']) ?? 'self-serve',
    relationship: (g.relationship as GrowthModel['relationship']) ?? 'one-to-many',
    freeOffer: (g.freeOffer as GrowthModel['freeOffer']) ?? 'freemium',
    ...(g.trialDays !== undefined ? { trialDays: g.trialDays as number } : {}),
    ...(g.freemiumGoals !== undefined
      ? { freemiumGoals: g.freemiumGoals as GrowthModel['freemiumGoals'] }
      : {}),
    written,
    ...(growthOk && growthPair ? { keyNode: growthPair.key as Node } : {}),
  };
  const product = (root.product && typeof root.product === 'object' ? root.product : {}) as Record<
    string,
    unknown
  >;
  const model: PackagingModel = {
    ...(typeof product.name === 'string' ? { productName: product.name } : {}),
    ...(typeof product.url === 'string' ? { productUrl: product.url } : {}),
    plans,
    features,
    growth,
    hasGrowth: growthOk,
    planIds,
    productLed: growth.acquisition === 'product-led' || growth.retention === 'product-led',
  };
  return { model, duplicates };
}

function runRules(model: PackagingModel, doc: Document.Parsed, raws: Raw[]): void {
  const planById = new Map<string, PlanModel>();
  const rank = new Map<string, number>();
  model.plans.forEach((p, i) => {
    if (!planById.has(p.id)) {
      planById.set(p.id, p);
      rank.set(p.id, i);
    }
  });
  for (const rule of RULES) {
    if (!rule.check) continue;
    const ctx: RuleContext = {
      model,
      topKey: (key) => (pairOf(doc.contents, key)?.key as Node | undefined) ?? undefined,
      planById: (id) => planById.get(id),
      rank: (id) => rank.get(id),
      name: (x) => `"${x.name}"`,
      report: (r) => {
        const range = r.node?.range;
        const span = r.span ?? (range ? { start: range[0], end: range[1] } : { start: 0, end: 0 });
        raws.push({
          severity: r.severity ?? rule.severity,
          rule: rule.id,
          message: r.message,
          span,
          ...(r.feature !== undefined ? { feature: r.feature } : {}),
          ...(r.data ? { data: r.data } : {}),
        });
      },
    };
    rule.check(ctx);
  }
}
