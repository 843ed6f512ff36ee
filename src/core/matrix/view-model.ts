import { isAlias, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { CheckResult, FeatureModel, Limit, PlanModel } from '../model/model';
import type { Diagnostic, Range, Recommendation, Severity, Side, Signal } from '../types';
import { SIGNALS } from '../types';
import { mapValue } from '../yaml/parse';

// The one view model of the free/paid matrix: the CLI formats, the Markdown summary and the webview all render it.

export interface MatrixPlan {
  id: string;
  name: string;
  /** e.g. "$10 / seat / month", "Free", "Contact sales" */
  priceLabel: string;
  price: number | 'contact-sales';
  free: boolean;
}

export interface MatrixAddOn {
  id: string;
  name: string;
  /** e.g. "$8 / seat / month" */
  priceLabel: string;
  /** the lowest plan that can buy it */
  from: string;
}

export type MatrixCell =
  | { kind: 'included' }
  | { kind: 'limit'; limit: Limit; unit?: string; label: string }
  /** sold with an add-on on this plan: "add-on: NAME, PRICE" */
  | { kind: 'addOn'; addOn: string; label: string }
  | { kind: 'excluded' };

export interface MatrixFinding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** the team's reason when an `accept` entry accepted it: shown as accepted, never as a flag */
  accepted?: string;
}

/** What the suggester proposes for a feature with no `signals` (src/core/matrix/suggestion-edits.ts). */
export interface MatrixSuggestion {
  /** the capability it recognised, e.g. "Sharing links" */
  capability: string;
  /** the signals it would answer true (none: `signals: {}`) */
  signals: Signal[];
  /** why, for each true signal */
  why: Partial<Record<Signal, string>>;
  /** what the packaging test recommends with those answers */
  recommendation: Exclude<Recommendation, 'unclassified'>;
}

/** The market figure of a row's capability, above the confidence threshold only. */
export interface MatrixMarket {
  capability: string;
  placement: 'free' | 'lowestPaid' | 'middle' | 'top' | 'addOn';
  count: number;
  /** products behind the figure */
  sample: number;
  /** e.g. "2024–2025" */
  years: string;
  /** e.g. "top plan in 11 of 24" */
  label: string;
}

export interface MatrixRow {
  id: string;
  name: string;
  description?: string;
  category: string;
  plan: string;
  /** the add-on it comes with, when it is sold as one */
  addOn?: string;
  /** null when the plan is unknown */
  side: Side | null;
  recommendation: Recommendation;
  reasons: Signal[];
  /** signals written true */
  signals: Signal[];
  /** signals written at all (true or false); absent on rows built by older hosts */
  answered?: Signal[];
  /** the feature fails the schema: shown with its error, never classified, not editable from the matrix */
  invalid?: boolean;
  status: 'shipped' | 'planned';
  unit?: string;
  /** why it sits where it does (a decision record) */
  rationale?: string;
  /** one per plan, same order as `plans` */
  cells: MatrixCell[];
  /** open findings first, then accepted ones */
  findings: MatrixFinding[];
  /** the worst severity among open (not accepted) findings, when any */
  flag?: Severity;
  /** range of the feature's `id` value, for reveal */
  range: Range;
  /** range of the feature's `plan` value */
  planRange: Range;
  /** suggested signals, for a feature with none (set by the host's `withInsights`) */
  suggestion?: MatrixSuggestion;
  /** the market figure of its capability (set by the host's `withInsights`) */
  market?: MatrixMarket;
}

export interface MatrixGroup {
  category: string;
  rows: MatrixRow[];
}

export interface MatrixModel {
  product: string;
  plans: MatrixPlan[];
  addOns: MatrixAddOn[];
  groups: MatrixGroup[];
  growth: {
    present: boolean;
    acquisition: string;
    retention: string;
    monetization: string;
    relationship: string;
    freeOffer: string;
    trialDays?: number;
    freemiumGoals: string[];
    /** one-line summary, e.g. "Product-led acquisition and retention · self-serve · freemium" */
    summary: string;
  };
  counts: {
    features: number;
    free: number;
    paid: number;
    flagged: number;
    errors: number;
    warnings: number;
    infos: number;
    /** accepted findings: shown, never counted above */
    accepted: number;
    /** rows of features that fail the schema (included in `features`) */
    invalid?: number;
  };
  /** findings not about one feature (growth model, structure) */
  fileFindings: MatrixFinding[];
  /** true when the text has YAML syntax errors (the model is then empty) */
  syntaxError: boolean;
  /** one line the matrix shows under its header when present (e.g. why the totals are what they are) */
  notice?: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function priceLabel(p: Pick<PlanModel, 'price' | 'per' | 'period'> & { minSeats?: number }): string {
  if (p.price === 'contact-sales') return 'Contact sales';
  if (p.price === 0) return 'Free';
  const amount = Number.isInteger(p.price) ? String(p.price) : p.price.toFixed(2);
  const label = [`$${amount}`, p.per ? `${p.per}` : '', p.period ? `${p.period}` : '']
    .filter(Boolean)
    .join(' / ');
  return p.minSeats && p.per === 'seat' ? `${label} (min ${p.minSeats} seats)` : label;
}

export function limitLabel(limit: Limit, unit?: string): string {
  const n = limit === 'unlimited' ? 'Unlimited' : limit.toLocaleString('en-US');
  if (!unit) return n;
  // Units are written as plurals ("boards", "members per project"); one of them reads singular.
  const u = limit === 1 ? unit.replace(/^([A-Za-z]+[^s])s\b/, '$1') : unit;
  return `${n} ${u}`;
}

const finding = (d: Diagnostic): MatrixFinding => ({
  rule: d.rule,
  severity: d.severity,
  message: d.message,
  range: d.range,
  ...(d.accepted !== undefined ? { accepted: d.accepted } : {}),
});

const TITLE: Record<string, string> = {
  'product-led': 'product-led',
  'marketing-led': 'marketing-led',
  'sales-led': 'sales-led',
};

/** The free/paid matrix of a checked file: rows grouped by category (in order of first appearance), plans as columns. */
export function buildMatrix(result: CheckResult): MatrixModel {
  const m = result.model;
  const plans: MatrixPlan[] = (m?.plans ?? []).map((p) => ({
    id: p.id,
    name: p.name,
    priceLabel: priceLabel(p),
    price: p.price,
    free: p.free,
  }));
  const addOns: MatrixAddOn[] = (m?.addOns ?? []).map((a) => ({
    id: a.id,
    name: a.name,
    priceLabel: priceLabel(a),
    from: a.from,
  }));
  const byFeature = new Map<string, Diagnostic[]>();
  const fileDiags: Diagnostic[] = [];
  for (const d of result.diagnostics) {
    if (d.feature === undefined) fileDiags.push(d);
    else {
      const list = byFeature.get(d.feature) ?? [];
      list.push(d);
      byFeature.set(d.feature, list);
    }
  }

  const groups = new Map<string, MatrixRow[]>();
  const push = (row: MatrixRow) => {
    const list = groups.get(row.category) ?? [];
    list.push(row);
    groups.set(row.category, list);
  };
  let free = 0;
  let paid = 0;
  let flagged = 0;
  let invalid = 0;
  /** file-level diagnostics shown on an invalid feature's row instead */
  const taken = new Set<Diagnostic>();
  const seen = new Set<string>();
  const featureRow = (f: FeatureModel): MatrixRow => {
    const own = f.placement?.rank;
    const a = f.addOnModel;
    const addOnLabel = a ? `add-on: ${a.name}, ${priceLabel(a)}` : '';
    const cells: MatrixCell[] = plans.map((p, i) => {
      if (own === undefined || i < own) return { kind: 'excluded' };
      const l = f.limits[p.id];
      if (l !== undefined)
        return { kind: 'limit', limit: l, ...(f.unit ? { unit: f.unit } : {}), label: limitLabel(l, f.unit) };
      return a ? { kind: 'addOn', addOn: a.id, label: addOnLabel } : { kind: 'included' };
    });
    // A duplicated id shares its findings with the first row only.
    const findings = ordered(seen.has(f.id) ? [] : (byFeature.get(f.id) ?? []).map(finding));
    seen.add(f.id);
    const flag = worstOpen(findings);
    if (f.side === 'free') free++;
    else if (f.side === 'paid') paid++;
    if (flag) flagged++;
    return {
      id: f.id,
      name: f.name,
      ...(f.description !== undefined ? { description: f.description } : {}),
      category: f.category ?? 'Uncategorized',
      plan: f.plan,
      ...(f.addOn !== undefined ? { addOn: f.addOn } : {}),
      side: f.side,
      recommendation: f.recommendation,
      reasons: f.reasons,
      signals: SIGNALS.filter((s) => f.signals?.[s] === true),
      answered: SIGNALS.filter((s) => typeof f.signals?.[s] === 'boolean'),
      status: f.status,
      ...(f.unit !== undefined ? { unit: f.unit } : {}),
      ...(f.rationale !== undefined ? { rationale: f.rationale } : {}),
      cells,
      findings,
      ...(flag ? { flag } : {}),
      range: result.toRange({ start: f.idNode.range![0], end: f.idNode.range![1] }),
      planRange: result.toRange({ start: f.planNode.range![0], end: f.planNode.range![1] }),
    };
  };
  // Features that fail the schema are not in the model; they stay in the matrix, in file order, with their
  // error (an empty `plan:` while typing must not make a row vanish).
  const valid = new Map<Node, FeatureModel>();
  for (const f of m?.features ?? []) valid.set(f.node, f);
  const seq = m ? mapValue(m.rootNode, 'features') : undefined;
  if (m && isSeq(seq)) {
    seq.items.forEach((item, i) => {
      if (isAlias(item)) return;
      const f = valid.get(item as Node);
      if (f) {
        valid.delete(item as Node);
        push(featureRow(f));
        return;
      }
      const row = invalidRow(result, item as Node, i, plans.length, taken);
      if (!row) return;
      invalid++;
      if (row.flag) flagged++;
      push(row);
    });
  }
  // anything the walk did not reach (an aliased item, say) keeps its place at the end
  for (const f of valid.values()) push(featureRow(f));
  const fileFindings = fileDiags.filter((d) => !taken.has(d)).map(finding);
  const g = m?.growth;
  const counts = {
    features: (m?.features.length ?? 0) + invalid,
    free,
    paid,
    flagged,
    errors: 0,
    warnings: 0,
    infos: 0,
    accepted: 0,
    ...(invalid ? { invalid } : {}),
  };
  for (const d of result.diagnostics) {
    if (d.accepted !== undefined) counts.accepted++;
    else if (d.severity === 'error') counts.errors++;
    else if (d.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  const growth = {
    present: m?.hasGrowth ?? false,
    acquisition: g?.acquisition ?? 'product-led',
    retention: g?.retention ?? 'product-led',
    monetization: g?.monetization ?? 'self-serve',
    relationship: g?.relationship ?? 'one-to-many',
    freeOffer: g?.freeOffer ?? 'freemium',
    ...(g?.trialDays !== undefined ? { trialDays: g.trialDays } : {}),
    freemiumGoals: [...(g?.freemiumGoals ?? [])],
    summary: '',
  };
  const acq =
    growth.acquisition === growth.retention
      ? `${TITLE[growth.acquisition]} acquisition and retention`
      : `${TITLE[growth.acquisition]} acquisition, ${TITLE[growth.retention]} retention`;
  const offer =
    growth.freeOffer === 'none'
      ? 'no free offer'
      : growth.trialDays
        ? `${growth.freeOffer} (${growth.trialDays}-day trial)`
        : growth.freeOffer;
  growth.summary = `${acq} · ${growth.monetization} · ${offer}${growth.present ? '' : ' (assumed: no growth block)'}`;
  return {
    product: m?.productName ?? '',
    plans,
    addOns,
    groups: [...groups].map(([category, rows]) => ({ category, rows })),
    growth,
    counts,
    fileFindings,
    syntaxError: result.syntaxError,
  };
}

function ordered(all: MatrixFinding[]): MatrixFinding[] {
  return [...all.filter((x) => x.accepted === undefined), ...all.filter((x) => x.accepted !== undefined)];
}

function worstOpen(findings: MatrixFinding[]): Severity | undefined {
  let flag: Severity | undefined;
  for (const x of findings)
    if (x.accepted === undefined && (!flag || SEVERITY_RANK[x.severity] > SEVERITY_RANK[flag]))
      flag = x.severity;
  return flag;
}

const str = (map: Node, key: string): string | undefined => {
  const v = mapValue(map, key);
  return isScalar(v) && typeof v.value === 'string' && v.value.trim() !== '' ? v.value : undefined;
};

/** A row for a feature item that failed the schema: its findings are the diagnostics inside its source. */
function invalidRow(
  result: CheckResult,
  item: Node | null,
  index: number,
  planCount: number,
  taken: Set<Diagnostic>,
): MatrixRow | undefined {
  if (!item?.range) return undefined;
  const [start, end] = item.range;
  const own = result.diagnostics.filter((d) => d.span.start >= start && d.span.start < end);
  for (const d of own) if (d.feature === undefined) taken.add(d);
  const findings = ordered(own.map(finding));
  const id = isMap(item) ? str(item, 'id') : undefined;
  const idNode = isMap(item) ? mapValue(item, 'id') : undefined;
  const planNode = isMap(item) ? mapValue(item, 'plan') : undefined;
  const flag = worstOpen(findings) ?? 'error';
  const at = (n: Node | undefined) =>
    result.toRange(n?.range ? { start: n.range[0], end: n.range[1] } : { start, end: start });
  const signals = isMap(item) ? mapValue(item, 'signals') : undefined;
  const written = isMap(signals)
    ? (signals.items as Pair<Node, Node>[]).filter((p) => isScalar(p.key) && isScalar(p.value))
    : [];
  const writtenValue = (s: Signal) =>
    (written.find((p) => (p.key as { value: unknown }).value === s)?.value as { value?: unknown } | undefined)
      ?.value;
  return {
    id: id ?? `#${index + 1}`,
    name: (isMap(item) ? str(item, 'name') : undefined) ?? id ?? `Feature #${index + 1}`,
    category: (isMap(item) ? str(item, 'category') : undefined) ?? 'Uncategorized',
    plan: (isMap(item) ? str(item, 'plan') : undefined) ?? '',
    side: null,
    recommendation: 'unclassified',
    reasons: [],
    signals: SIGNALS.filter((s) => writtenValue(s) === true),
    answered: SIGNALS.filter((s) => typeof writtenValue(s) === 'boolean'),
    status: 'shipped',
    cells: Array.from({ length: planCount }, () => ({ kind: 'excluded' as const })),
    findings,
    flag,
    invalid: true,
    range: at(idNode ?? undefined),
    planRange: at(planNode ?? undefined),
  };
}
