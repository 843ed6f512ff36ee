import { isAlias, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { CheckResult, FeatureModel, Limit, PackagingModel, PlanModel } from '../model/model';
import { findingTotals, totalsNotice } from '../totals';
import type { Diagnostic, Position, Range, Recommendation, Severity, Side, Signal } from '../types';
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

/** A row's finding: without its range in a model asked for without ranges (see `MatrixRow.range`). */
export type MatrixRowFinding = Omit<MatrixFinding, 'range'> & { range?: Range };

/** What the suggester proposes for a feature with no `signals` (src/core/matrix/suggestion-edits.ts). */
export interface MatrixSuggestion {
  /** what it rests on: the capability it recognised ("Sharing links"), or "its unit (minutes)" */
  capability: string;
  /** the capability's id when the match is sure; absent when the suggestion rests on the unit and limits */
  matched?: string;
  /** each question's answer with its evidence (for a tooltip: why yes, and why no where something said no) */
  answers?: Record<Signal, { answer: boolean; evidence?: string }>;
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
  /** a later row of a family (same capability, same add-on or first word): the row that shows the figure */
  sameAs?: string;
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
  findings: MatrixRowFinding[];
  /** the worst severity among open (not accepted) findings, when any */
  flag?: Severity;
  /**
   * range of the feature's `id` value; this, `planRange` and the findings' ranges are absent in a model a client
   * asked for without ranges (the matrix webview: it reveals through the server, and they are ~30% of the JSON)
   */
  range?: Range;
  /** range of the feature's `plan` value */
  planRange?: Range;
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
  /**
   * Said once above the matrix when the editor lists fewer findings than `counts` has (totalsNotice), e.g.
   * "2,204 findings; the Problems panel shows the first 1,000."; absent otherwise.
   */
  notice?: string;
  /** true when the text has YAML syntax errors (the model is then empty) */
  syntaxError: boolean;
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

/** `toLocaleString('en-US')` of the limits seen (a few distinct values; the call is slow at 5,000 rows) */
const NUMBER_TEXT = new Map<number, string>();

/** What `toLocaleString('en-US')` writes for a safe integer, without starting Intl (slow on the first call). */
function grouped(n: number): string {
  const digits = String(Math.abs(n));
  let out = '';
  for (let i = digits.length; i > 0; i -= 3)
    out = digits.slice(Math.max(0, i - 3), i) + (out ? `,${out}` : '');
  return n < 0 ? `-${out}` : out;
}

export function limitLabel(limit: Limit, unit?: string): string {
  // -0 and 0 are one key of a Map, and print differently
  let n = limit === 'unlimited' ? 'Unlimited' : Object.is(limit, -0) ? '-0' : NUMBER_TEXT.get(limit);
  if (n === undefined) {
    n = Number.isSafeInteger(limit) ? grouped(limit as number) : (limit as number).toLocaleString('en-US');
    if (NUMBER_TEXT.size > 10_000) NUMBER_TEXT.clear();
    NUMBER_TEXT.set(limit as number, n);
  }
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

/**
 * What a host keeps per feature between builds (src/core/matrix/builder.ts): the suggestion and market figure
 * its row shows, and the row made last time, re-used while its ranges, findings, extras and the plans are equal
 * (the incremental check keeps the models of untouched features, and a model never changes).
 */
export interface RowSlot {
  suggestion?: MatrixSuggestion;
  market?: MatrixMarket;
  /** set by `buildMatrix` */
  row?: MatrixRow;
  /** the plans and add-ons the row was made with (set by `buildMatrix`) */
  shape?: string;
}

export interface MatrixOptions {
  /** the most findings per file the host's problem list shows (VS Code: 1,000), for `notice` */
  listLimit?: number;
  /** a host's cache (src/core/matrix/builder.ts): each valid feature's suggestion and market figure; keeps its row */
  slotOf?: (f: FeatureModel) => RowSlot | undefined;
  /** the line starts of the text `result` checked (`lineStarts`), to re-use a row's ranges without a search */
  lines?: ArrayLike<number>;
}

/** The free/paid matrix of a checked file: rows grouped by category (in order of first appearance), plans as columns. */
export function buildMatrix(result: CheckResult, options: MatrixOptions = {}): MatrixModel {
  const { slotOf, lines } = options;
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
  const unique = m !== undefined && uniqueIds(m);
  const shape = slotOf ? JSON.stringify([plans, addOns]) : '';
  const featureRow = (f: FeatureModel): MatrixRow => {
    // A duplicated id shares its findings with the first row only.
    const before = seen.size;
    if (!unique) seen.add(f.id);
    const diags = !unique && seen.size === before ? [] : (byFeature.get(f.id) ?? []);
    const x = slotOf?.(f);
    const old = x?.shape === shape ? x.row : undefined;
    const id = f.idNode.range!;
    const pl = f.planNode.range!;
    // the last row's ranges still name these offsets (a row below an edit that added no line): no line search
    // (a row this builder made always has its ranges)
    const oldRange = old?.range;
    const oldPlan = old?.planRange;
    const kept =
      oldRange &&
      oldPlan &&
      lines &&
      at(lines, oldRange.start, id[0]) &&
      at(lines, oldRange.end, id[1]) &&
      at(lines, oldPlan.start, pl[0]) &&
      at(lines, oldPlan.end, pl[1]);
    const range = kept ? oldRange : result.toRange({ start: id[0], end: id[1] });
    const planRange = kept ? oldPlan : result.toRange({ start: pl[0], end: pl[1] });
    const row =
      old &&
      sameRange(old.range, range) &&
      sameRange(old.planRange, planRange) &&
      sameFindings(old.findings, diags) &&
      old.suggestion === x?.suggestion &&
      sameMarket(old.market, x?.market)
        ? old
        : makeRow(f, diags, range, planRange, x);
    if (x) {
      x.row = row;
      x.shape = shape;
    }
    if (f.side === 'free') free++;
    else if (f.side === 'paid') paid++;
    if (row.flag) flagged++;
    return row;
  };
  const makeRow = (
    f: FeatureModel,
    diags: readonly Diagnostic[],
    range: Range,
    planRange: Range,
    x: RowSlot | undefined,
  ): MatrixRow => {
    const cells = cellsOf(f, plans);
    const findings = ordered(diags.map(finding));
    const flag = worstOpen(findings);
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
      range,
      planRange,
      ...(x?.suggestion ? { suggestion: x.suggestion } : {}),
      ...(x?.market ? { market: x.market } : {}),
    };
  };
  // Features that fail the schema are not in the model; they stay in the matrix, in file order, with their
  // error (an empty `plan:` while typing must not make a row vanish).
  const seq = m ? mapValue(m.rootNode, 'features') : undefined;
  const valid = validByItem(m?.features ?? [], isSeq(seq) ? seq.items : []);
  if (m && isSeq(seq)) {
    seq.items.forEach((item, i) => {
      if (isAlias(item)) return;
      const f = valid.take(item as Node, i);
      if (f) {
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
  for (const f of valid.rest()) push(featureRow(f));
  const fileFindings = fileDiags.filter((d) => !taken.has(d)).map(finding);
  const g = m?.growth;
  const totals = findingTotals(result);
  const counts = {
    features: (m?.features.length ?? 0) + invalid,
    free,
    paid,
    flagged,
    errors: totals.errors,
    warnings: totals.warnings,
    infos: totals.infos,
    accepted: totals.accepted,
    ...(invalid ? { invalid } : {}),
  };
  const notice = totalsNotice(totals, options.listLimit);
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
    ...(notice ? { notice } : {}),
  };
}

/**
 * The valid features by their item of the `features` list, each taken once by the walk over the items; `rest`:
 * those the walk did not take, in model order. By position when each feature's `index` is its item's (one map
 * operation fewer per row), else by node.
 */
function validByItem(features: readonly FeatureModel[], items: readonly unknown[]) {
  const byIndex: (FeatureModel | undefined)[] = [];
  let atIndex = true;
  for (const f of features) {
    if (items[f.index] !== f.node || byIndex[f.index] !== undefined) {
      atIndex = false;
      break;
    }
    byIndex[f.index] = f;
  }
  if (atIndex)
    return {
      take(_item: Node, i: number): FeatureModel | undefined {
        const f = byIndex[i];
        byIndex[i] = undefined;
        return f;
      },
      rest: () => features.filter((f) => byIndex[f.index] === f),
    };
  const byNode = new Map<unknown, FeatureModel>();
  for (const f of features) byNode.set(f.node, f);
  return {
    take(item: Node): FeatureModel | undefined {
      const f = byNode.get(item);
      if (f) byNode.delete(item);
      return f;
    },
    rest: () => [...byNode.values()],
  };
}

/**
 * A feature's cells (spec 4.4.2): an add-on-only feature is sold as its add-on from the add-on's `from` up; one
 * with both `plan` and a known `addOn` is sold as the add-on from the add-on's `from` up to the plan below `plan`,
 * and included from `plan` up. A limit entry shows as the limit (below `plan`: the limit the add-on brings).
 */
function cellsOf(f: FeatureModel, plans: readonly MatrixPlan[]): MatrixCell[] {
  const own = f.placement?.rank;
  const a = f.addOnModel;
  // from here the add-on sells it; from `own` up the plan includes it (an add-on-only feature: never)
  const sold = a ? f.availableFrom?.rank : undefined;
  const included = f.addOnOnly ? undefined : own;
  // a $0 add-on reads "free" in the cell, not the plan column's "Free"
  const addOnLabel = a ? `add-on: ${a.name}, ${a.price === 0 ? 'free' : priceLabel(a)}` : '';
  return plans.map((p, i) => {
    const inPlan = included !== undefined && i >= included;
    const byAddOn = !inPlan && a !== undefined && sold !== undefined && i >= sold;
    if (!inPlan && !byAddOn) return { kind: 'excluded' };
    const l = f.limits[p.id];
    if (l !== undefined)
      return { kind: 'limit', limit: l, ...(f.unit ? { unit: f.unit } : {}), label: limitLabel(l, f.unit) };
    return byAddOn ? { kind: 'addOn', addOn: a!.id, label: addOnLabel } : { kind: 'included' };
  });
}

/**
 * No two features share an id: every id written in the pattern (which a valid feature's id is) is distinct, so
 * no row needs the duplicate check.
 */
export const uniqueIds = (m: Pick<PackagingModel, 'featureIds' | 'idEntries'>) =>
  m.featureIds.size === m.idEntries.features.length;

/** The offsets where each line of `text` starts. */
export function lineStarts(text: string): Uint32Array {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  const starts = new Uint32Array(n);
  let k = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
  return starts;
}

/** `p` is where `offset` is in a text with these line starts (what `toRange` gives for it). */
const at = (lines: ArrayLike<number>, p: Position, offset: number) =>
  p.character >= 0 &&
  p.line < lines.length &&
  lines[p.line]! + p.character === offset &&
  (p.line + 1 === lines.length || lines[p.line + 1]! > offset);

const sameRange = (a: Range | undefined, b: Range) =>
  a === b ||
  (a !== undefined &&
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character);

/** `findings` is what `diags` makes (open ones first, then accepted ones, each as `finding` copies it). */
function sameFindings(findings: readonly MatrixRowFinding[], diags: readonly Diagnostic[]): boolean {
  if (findings.length !== diags.length) return false;
  let k = 0;
  for (const open of [true, false])
    for (const d of diags) {
      if ((d.accepted === undefined) !== open) continue;
      const x = findings[k++]!;
      if (
        x.rule !== d.rule ||
        x.severity !== d.severity ||
        x.message !== d.message ||
        x.accepted !== d.accepted ||
        !sameRange(x.range, d.range)
      )
        return false;
    }
  return true;
}

export function sameMarket(a: MatrixMarket | undefined, b: MatrixMarket | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.sameAs === b.sameAs &&
    a.capability === b.capability &&
    a.placement === b.placement &&
    a.count === b.count &&
    a.sample === b.sample &&
    a.years === b.years &&
    a.label === b.label
  );
}

function ordered(all: MatrixFinding[]): MatrixFinding[] {
  return [...all.filter((x) => x.accepted === undefined), ...all.filter((x) => x.accepted !== undefined)];
}

function worstOpen(findings: readonly MatrixRowFinding[]): Severity | undefined {
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
