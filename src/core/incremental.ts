import {
  type Document,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
  Pair,
  Scalar,
  YAMLMap,
  YAMLSeq,
} from 'yaml';
import {
  type CheckOptions,
  type CheckResult,
  checkParsed,
  type DiagnosticMemo,
  type Raw,
  type Reuse,
  ruleRaws,
} from './check';
import { ID_PATTERN } from './format/schema';
import { type SchemaProblem, validate, validateItem } from './format/validate';
import { featureSetFacts } from './model/derived';
import { buildModel, type FeatureModel, type IdEntry, type PackagingModel } from './model/model';
import { RULES } from './rules';
import type { Span } from './types';
import { mapRange, moveRange } from './yaml/compact-nodes';
import { YAML_PATH_CHARS } from './yaml/fast-parse';
import { lineCounterAfter, type Parsed, parse } from './yaml/parse';

/*
 * Incremental re-check (issue 13). An edit inside one item of the top-level `plans`, `addOns` or `features`
 * block lists re-parses only that item (with one line of what follows it, so comments attach as in the whole
 * file), splices it into the previous version's YAML document, shifts every position after it, re-validates
 * only that item and, for a feature, rebuilds only that feature's model and re-runs the per-feature rules on it
 * alone (the other rules read the whole model and are cheap; the final pass is check's own). The result equals
 * `check(newText, options)`; anything not proven safe is a full check. An edit inside a plan or an add-on
 * re-parses and re-validates only that item but rebuilds the model and runs every rule (every feature may move).
 *
 *   const inc = createIncremental(options);
 *   let s = inc.first(text);                 // s.result: a full check
 *   s = inc.next(s, newText, changes);       // s.result, s.incremental (false: it fell back, s.fallback says why)
 *
 * A state is used once: `next` re-uses its YAML nodes in place (the previous result's model positions then
 * describe the new text), so keep only the newest state and do not read an older result's model after `next`.
 */

/** One edit: the text at [start, end) of the text it applies to (after the earlier changes of a list) replaced. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

export interface IncrementalState {
  readonly text: string;
  readonly result: CheckResult;
  /** this version was re-checked incrementally */
  readonly incremental: boolean;
  /** why this version was checked in full (absent for a first check and for incremental ones) */
  readonly fallback?: string;
  /** @internal what the next version can re-use; absent when the text does not qualify */
  readonly kept?: Kept;
}

export interface Incremental {
  first(text: string): IncrementalState;
  next(state: IncrementalState, text: string, changes?: readonly TextChange[]): IncrementalState;
}

const LISTS = ['plans', 'addOns', 'features'] as const;
type List = (typeof LISTS)[number];

interface Kept {
  parsed: Parsed;
  problems: SchemaProblem[];
  model: PackagingModel;
  /** per item of `features`: its model and id entry (undefined when it failed the schema / has no valid id) */
  featureAt: (FeatureModel | undefined)[];
  idAt: (IdEntry | undefined)[];
  /** set once `next` has re-used the nodes */
  used: boolean;
  /** the findings of the per-feature rules, grouped */
  rules: RuleCache;
  /** the diagnostic of each finding object, for those carried over unchanged */
  memo: DiagnosticMemo;
  /**
   * The text took the yaml path, the one-pass reader having given up at this offset (undefined: it did not):
   * an edited item is read the way the whole file would be.
   */
  yamlPathAt: number | undefined;
}

/** rule id -> its findings naming no feature, and its findings per `features` item */
type RuleCache = Map<string, { head: Raw[]; at: (Raw[] | undefined)[] }>;

/** Every rule over the whole model (as `check` runs them), grouping the per-feature rules' findings. */
function allRules(cache: RuleCache, items: number): NonNullable<Reuse['runRules']> {
  return (model, topKey) => {
    const raws: Raw[] = [];
    for (const rule of RULES) {
      if (!rule.check) continue;
      const own = ruleRaws(rule, model, topKey);
      for (const r of own) raws.push(r);
      if (rule.scope !== 'feature') continue;
      const head: Raw[] = [];
      const at: (Raw[] | undefined)[] = new Array(items).fill(undefined);
      let last = -1;
      let grouped = true;
      for (const r of own) {
        const i = r.element?.index;
        if (i === undefined) {
          if (last >= 0) grouped = false;
          else head.push(r);
        } else if (i < last || i >= items) grouped = false;
        else {
          last = i;
          const g = at[i];
          if (g) g.push(r);
          else at[i] = [r];
        }
        if (!grouped) break;
      }
      // Findings out of feature order cannot be spliced: that rule then runs in full next time.
      if (grouped) cache.set(rule.id, { head, at });
    }
    return raws;
  };
}

/** Past these an item is re-checked in full: the parser's depth limits count from the file's root. */
const MAX_ITEM_DEPTH = 50;

export function createIncremental(options: CheckOptions = {}): Incremental {
  const first = (text: string): IncrementalState => {
    const parsed = parse(text);
    if (parsed.syntaxError || !parsed.doc)
      return { text, result: checkParsed(parsed, options), incremental: false };
    const problems = validate(parsed.doc, parsed.plain).problems;
    const rules: RuleCache = new Map();
    const runRules = allRules(rules, featureCount(parsed));
    const memo: DiagnosticMemo = { map: new WeakMap(), stableBefore: -1 };
    const result = checkParsed(parsed, options, { problems, runRules, memo });
    const kept =
      result.model && qualifies(parsed)
        ? keep(parsed, problems, result.model, rules, parsed.yamlPathAt, memo)
        : undefined;
    return { text, result, incremental: false, ...(kept ? { kept } : {}) };
  };

  const next = (state: IncrementalState, text: string, changes?: readonly TextChange[]): IncrementalState => {
    const full = (why: string): IncrementalState => ({ ...first(text), fallback: why });
    const kept = state.kept;
    if (!kept) return full('the previous version cannot be re-checked incrementally');
    if (kept.used) return full('the previous state was used already');
    const win = changedWindow(state.text, text, changes);
    if (!win) return full('the changes do not turn the previous text into this one');
    let plan: Plan | string;
    try {
      plan = planSplice(kept, state.text, text, win);
    } catch (e) {
      return full(`incremental re-check failed: ${(e as Error).message}`);
    }
    if (typeof plan === 'string') return full(plan);
    kept.used = true;
    try {
      return { text, ...splice(kept, text, plan, options), incremental: true };
    } catch (e) {
      // The previous nodes may be half shifted now: the full check reads none of them.
      return full(`incremental re-check failed: ${(e as Error).message}`);
    }
  };

  return { first, next };
}

/**
 * A file whose items can be spliced: a block map at the root, no directives, not too deep. Anchors, aliases and
 * tags may be anywhere but in the edited item (planSplice checks it before and after the edit).
 */
function qualifies(parsed: Parsed): boolean {
  const doc = parsed.doc!;
  const root = doc.contents;
  if (!isMap(root) || root.flow || !root.range) return false;
  // items are re-parsed under a key at column 0
  if (root.range[0] > 0 && parsed.text.charCodeAt(root.range[0] - 1) !== 10) return false;
  // %YAML 1.1 or %TAG would change how a re-parsed item reads
  if (/^%/m.test(parsed.text.slice(0, root.range[0]))) return false;
  // The one-pass reader counted the nesting as it read (one more for a flow list): no walk over the tree.
  if (parsed.blockDepth !== undefined && parsed.blockDepth + 1 <= 2 + MAX_ITEM_DEPTH) return true;
  return treeDepth(root, 0) <= 2 + MAX_ITEM_DEPTH;
}

/** The depth of a tree (aliases are leaves). */
function treeDepth(node: unknown, depth: number): number {
  if (isPair(node)) return Math.max(treeDepth(node.key, depth), treeDepth(node.value, depth));
  let max = depth;
  if (isCollection(node))
    for (const it of node.items as unknown[]) {
      const d = treeDepth(it, depth + 1);
      if (d > max) max = d;
    }
  return max;
}

/** The depth of a tree with no alias, anchor or tag; -1 when it has one. */
function plainTree(node: unknown, depth: number): number {
  if (isPair(node)) {
    const k = plainTree(node.key, depth);
    const v = plainTree(node.value, depth);
    return k < 0 || v < 0 ? -1 : Math.max(k, v);
  }
  if (node == null) return depth;
  if (isAlias(node)) return -1;
  const n = node as Node;
  if (n.anchor || n.tag) return -1;
  let max = depth;
  if (isCollection(n))
    for (const it of n.items as unknown[]) {
      const d = plainTree(it, depth + 1);
      if (d < 0) return -1;
      if (d > max) max = d;
    }
  return max;
}

const idOf = (plain: unknown): string | undefined => {
  const id = plain && typeof plain === 'object' ? (plain as Record<string, unknown>).id : undefined;
  return typeof id === 'string' && ID_PATTERN.test(id) ? id : undefined;
};

function featureCount(parsed: Parsed): number {
  const list = (parsed.plain as Record<string, unknown> | undefined)?.features;
  return Array.isArray(list) ? list.length : 0;
}

function keep(
  parsed: Parsed,
  problems: SchemaProblem[],
  model: PackagingModel,
  rules: RuleCache,
  yamlPathAt: number | undefined,
  memo: DiagnosticMemo,
): Kept {
  const list = (parsed.plain as Record<string, unknown>).features;
  const n = featureCount(parsed);
  const featureAt: (FeatureModel | undefined)[] = new Array(n).fill(undefined);
  for (const f of model.features) featureAt[f.index] = f;
  const idAt: (IdEntry | undefined)[] = new Array(n).fill(undefined);
  let k = 0;
  for (let i = 0; i < n; i++)
    if (idOf((list as unknown[])[i]) !== undefined) idAt[i] = model.idEntries.features[k++];
  return { parsed, problems, model, featureAt, idAt, used: false, rules, yamlPathAt, memo };
}

interface Window {
  /** [from, oldTo) of the old text became [from, newTo) of the new one */
  from: number;
  oldTo: number;
  newTo: number;
}

/** The one span the changes touched, checked against both texts; undefined when they do not match. */
function changedWindow(
  old: string,
  now: string,
  changes: readonly TextChange[] | undefined,
): Window | undefined {
  let w: Window | undefined;
  if (changes?.length) {
    let len = old.length;
    for (const c of changes) {
      if (!(c.start >= 0 && c.start <= c.end && c.end <= len)) return undefined;
      const grow = c.text.length - (c.end - c.start);
      if (!w) w = { from: c.start, oldTo: c.end, newTo: c.start + c.text.length };
      else {
        // w.newTo is in the current text's offsets; outside the window the texts agree.
        const from = Math.min(w.from, c.start);
        const oldTo = c.end > w.newTo ? c.end - (w.newTo - w.oldTo) : w.oldTo;
        const newTo = Math.max(w.newTo, c.end) + grow;
        w = { from, oldTo, newTo };
      }
      len += grow;
    }
    if (!w || len !== now.length) return undefined;
  } else {
    const max = Math.min(old.length, now.length);
    let a = 0;
    while (a < max && old.charCodeAt(a) === now.charCodeAt(a)) a++;
    let b = 0;
    while (b < max - a && old.charCodeAt(old.length - 1 - b) === now.charCodeAt(now.length - 1 - b)) b++;
    return { from: a, oldTo: old.length - b, newTo: now.length - b };
  }
  if (now.length - w.newTo !== old.length - w.oldTo) return undefined;
  // Recorded changes are trusted only as far as the texts confirm them.
  if (old.slice(0, w.from) !== now.slice(0, w.from) || old.slice(w.oldTo) !== now.slice(w.newTo))
    return undefined;
  return w;
}

interface Plan {
  list: List;
  /** the root pair holding the list */
  pairIndex: number;
  index: number;
  /** line start of the item's `- ` line: the item's text runs from here */
  regionStart: number;
  /** old text: where the next item's line, the next root key or the end of text starts */
  regionEnd: number;
  delta: number;
  /** what follows the item: its first line is parsed with it */
  after: 'item' | 'key' | 'end';
  prefix: string;
  standalone: Document.Parsed;
  plain: unknown;
  /** the new text's Kept.yamlPathAt */
  yamlPathAt: number | undefined;
}

/** Where the `- ` of a block list item whose content starts on that line is: its line start, or undefined. */
function dashLine(text: string, contentStart: number): number | undefined {
  let j = contentStart - 1;
  if (text.charCodeAt(j) !== 32) return undefined;
  while (j >= 0 && text.charCodeAt(j) === 32) j--;
  if (text.charCodeAt(j) !== 45) return undefined;
  let s = j - 1;
  while (s >= 0 && text.charCodeAt(s) === 32) s--;
  return s < 0 || text.charCodeAt(s) === 10 ? s + 1 : undefined;
}

function lineAt(text: string, start: number): string {
  const nl = text.indexOf('\n', start);
  return nl < 0 ? text.slice(start) : text.slice(start, nl + 1);
}

/** How to splice the edit in, or why it cannot be (then the caller checks in full). Mutates nothing. */
function planSplice(kept: Kept, old: string, now: string, w: Window): Plan | string {
  const doc = kept.parsed.doc!;
  const root = doc.contents as YAMLMap<Node, Node>;
  for (let p = 0; p < root.items.length; p++) {
    const pair = root.items[p]!;
    const key = pair.key;
    if (!isScalar(key) || !(LISTS as readonly unknown[]).includes(key.value)) continue;
    const seq = pair.value;
    if (!isSeq(seq) || !seq.range || seq.items.length === 0) continue;
    const items = seq.items as Node[];
    const first = items[0]!.range;
    if (!first || w.from < first[0] || w.from > seq.range[2]) continue;
    const list = key.value as List;
    let lo = 0;
    let hi = items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((items[mid]!.range?.[0] ?? Infinity) <= w.from) lo = mid;
      else hi = mid - 1;
    }
    const index = lo;
    const item = items[index]!;
    if (seq.flow) return 'a flow list';
    if (!isMap(item) || item.flow || !item.range) return 'the item is not a block map';
    const regionStart = dashLine(old, item.range[0]);
    if (regionStart === undefined) return "the item's content does not start on its `- ` line";
    let regionEnd: number;
    let after: Plan['after'];
    let sentinel = '';
    if (index + 1 < items.length) {
      const nextStart = items[index + 1]!.range?.[0];
      const line = nextStart === undefined ? undefined : dashLine(old, nextStart);
      if (line === undefined) return "the next item's content does not start on its `- ` line";
      regionEnd = line;
      after = 'item';
      sentinel = lineAt(old, line);
    } else if (p + 1 < root.items.length) {
      const nextKey = root.items[p + 1]!.key;
      const at = nextKey?.range?.[0];
      if (!isScalar(nextKey) || at === undefined || (at > 0 && old.charCodeAt(at - 1) !== 10))
        return 'the next top-level key does not start a line';
      regionEnd = at;
      after = 'key';
      sentinel = lineAt(old, at);
    } else {
      regionEnd = old.length;
      after = 'end';
    }
    if (w.oldTo > regionEnd) return 'the change reaches past the item';
    if (w.from < item.range[0]) return "the change touches the item's `- ` line start";
    for (const pr of kept.problems) {
      if (pr.path[0] === list && pr.path[1] === index) continue;
      const inside = (x: number) => x > item.range![0] && x < regionEnd;
      if (inside(pr.span.start) || inside(pr.span.end))
        return 'a finding of another element lies in the item';
    }
    // The item had no anchor, alias or tag: nothing elsewhere refers to it, nor does it to anything.
    if (plainTree(item, 0) < 0) return 'the item has an anchor, alias or tag';
    const delta = w.newTo - w.oldTo;
    const region = now.slice(regionStart, regionEnd + delta);
    if (region.includes('\u0000')) return 'the item has a NUL';
    const prefix = `${list}:\n`;
    // The item is read as the whole file would be: the yaml way when the one-pass reader gave up on the file
    // outside the item (it would again), the item's own way otherwise.
    let yamlPathAt = kept.yamlPathAt;
    if (yamlPathAt !== undefined && yamlPathAt >= regionStart && yamlPathAt < regionEnd) {
      // A character the reader leaves to yaml wherever it is, outside the item, keeps the file on that path.
      const odd = new RegExp(YAML_PATH_CHARS.source, 'g');
      const first = odd.exec(old);
      odd.lastIndex = regionEnd;
      const after = first && first.index >= regionStart ? odd.exec(old) : undefined;
      yamlPathAt = first && first.index < regionStart ? first.index : after ? after.index + delta : undefined;
      // (a later reason to give up, past the item, would need the whole file read to be found)
      if (yamlPathAt === undefined) yamlPathAt = -1;
    } else if (yamlPathAt !== undefined && yamlPathAt >= regionEnd) yamlPathAt += delta;
    // parse() as for a whole file, so the item's plain values come from the same reader
    const parsed = parse(
      prefix + region + sentinel,
      yamlPathAt !== undefined && yamlPathAt >= 0 ? { yamlPath: true } : {},
    );
    if (yamlPathAt === -1) {
      if (parsed.yamlPathAt === undefined)
        return 'the edited item held what sent the file the yaml way, and may no longer';
      yamlPathAt = regionStart;
    } else if (yamlPathAt === undefined && parsed.yamlPathAt !== undefined) yamlPathAt = regionStart;
    const sdoc = parsed.doc;
    if (!sdoc || parsed.syntaxError) return 'the item does not parse on its own';
    const sroot = sdoc.contents;
    if (!isMap(sroot) || sroot.flow || sroot.items.length !== (after === 'key' ? 2 : 1))
      return 'the edit changes the top-level structure';
    const spair = sroot.items[0]!;
    const sseq = spair.value;
    if (!isScalar(spair.key) || spair.key.value !== list || !isSeq(sseq) || sseq.flow)
      return 'the edit changes the top-level structure';
    if (sseq.items.length !== (after === 'item' ? 2 : 1)) return 'the edit changes the number of items';
    if (after === 'key') {
      const k = sroot.items[1]!.key;
      if (!isScalar(k) || k.value !== (root.items[p + 1]!.key as Scalar).value)
        return 'the next top-level key reads differently';
    }
    const sitem = sseq.items[0];
    if (!isMap(sitem) || sitem.flow) return 'the item is no longer a block map';
    // Its content must still start where it did, on the `- ` line: what attaches before it stays as it was.
    if (sitem.range?.[0] !== item.range[0] - regionStart + prefix.length)
      return "the edit moves the start of the item's content";
    const depth = plainTree(sitem, 0);
    if (depth < 0) return 'the item has an anchor, alias or tag';
    if (depth > MAX_ITEM_DEPTH) return 'the item nests deeply';
    const plain = ((parsed.plain as Record<string, unknown[]>)[list] ?? [])[0];
    if (plain === undefined) return 'the item does not convert';
    return {
      list,
      pairIndex: p,
      index,
      regionStart,
      regionEnd,
      delta,
      after,
      prefix,
      standalone: sdoc,
      plain,
      yamlPathAt,
    };
  }
  return 'the change is not inside one item of plans, addOns or features';
}

type Ranged = { range?: [number, number, number] | null };

function shiftTree(node: unknown, by: (x: number) => number): void {
  const stack: unknown[] = [node];
  while (stack.length) {
    const n = stack.pop();
    if (n == null) continue;
    if (isPair(n)) {
      stack.push(n.key, n.value);
      continue;
    }
    // in place: allocating 100,000 new ranges costs more than the walk (and `range` reads as a copy)
    mapRange(n as object, by);
    if (isCollection(n)) for (const it of n.items as unknown[]) stack.push(it);
  }
}

/** Adds `d` to every position of a subtree that lies wholly after the edit (the hot loop of a splice). */
function moveTree(node: unknown, d: number): void {
  if (node == null) return;
  const n = node as { items?: unknown[]; key?: unknown; value?: unknown };
  if (!moveRange(n, d) && isPair(node)) {
    moveTree(n.key, d);
    moveTree(n.value, d);
    return;
  }
  const items = n.items;
  if (!items) return;
  // a map's items are pairs (no range of their own): their keys and values directly, no test per pair
  if (isMap(node))
    for (let i = 0; i < items.length; i++) {
      const p = items[i] as { key?: unknown; value?: unknown };
      moveTree(p.key, d);
      moveTree(p.value, d);
    }
  else for (let i = 0; i < items.length; i++) moveTree(items[i], d);
}

/** Copies what the parser derives from the text around a node (comments, blank lines) from a re-parse. */
function copyProps(to: object, from: object, props: readonly string[]): void {
  const t = to as Record<string, unknown>;
  const f = from as Record<string, unknown>;
  for (const p of props) {
    if (f[p] === undefined) delete t[p];
    else t[p] = f[p];
  }
}

function splice(
  kept: Kept,
  text: string,
  plan: Plan,
  options: CheckOptions,
): { result: CheckResult; kept: Kept } {
  const { list, index, regionEnd, delta } = plan;
  const doc = kept.parsed.doc!;
  const root = doc.contents as YAMLMap<Node, Node>;
  const seq = root.items[plan.pairIndex]!.value as YAMLSeq<Node>;
  const sdoc = plan.standalone;
  const sroot = sdoc.contents as YAMLMap<Node, Node>;
  const sseq = sroot.items[0]!.value as YAMLSeq<Node>;
  const base = plan.regionStart - plan.prefix.length;
  const after = (x: number) => (x >= regionEnd ? x + delta : x);
  const fromStandalone = (x: number) => x + base;

  // Everything after the item moves by delta; the new item's nodes come from the re-parse.
  for (let j = index + 1; j < seq.items.length; j++) moveTree(seq.items[j], delta);
  for (let p = plan.pairIndex + 1; p < root.items.length; p++) moveTree(root.items[p], delta);
  const sitem = sseq.items[0]!;
  shiftTree(sitem, fromStandalone);
  // The comments and blank lines before the item's `- ` line are outside what was re-parsed.
  copyProps(sitem, seq.items[index]!, ['commentBefore', 'spaceBefore']);
  seq.items[index] = sitem;
  const r = (n: Ranged) => n.range!;
  const mapRange = (to: Ranged, from: Ranged) => {
    const f = r(from);
    to.range = [r(to)[0], fromStandalone(f[1]), fromStandalone(f[2])];
  };
  if (plan.after === 'item') {
    copyProps(seq.items[index + 1]!, sseq.items[1]!, ['commentBefore', 'spaceBefore']);
    seq.range = r(seq).map(after) as [number, number, number];
  } else {
    mapRange(seq, sseq);
    copyProps(seq, sseq, ['comment']);
    if (plan.after === 'key')
      copyProps(root.items[plan.pairIndex + 1]!.key!, sroot.items[1]!.key!, ['commentBefore', 'spaceBefore']);
  }
  if (plan.after === 'end') {
    mapRange(root, sroot);
    copyProps(root, sroot, ['comment']);
    mapRange(doc as Ranged, sdoc as Ranged);
    copyProps(doc, sdoc, ['comment']);
  } else {
    root.range = r(root).map(after) as [number, number, number];
    doc.range = (doc.range as number[]).map(after) as typeof doc.range;
  }

  const plainRoot = kept.parsed.plain as Record<string, unknown[]>;
  plainRoot[list]![index] = plan.plain;
  const parsed: Parsed = {
    text,
    doc,
    // the line table of the previous text, with only the item's lines counted again
    lineCounter: lineCounterAfter(kept.parsed.lineCounter, text, plan.regionStart, regionEnd, delta),
    problems: [],
    plain: plainRoot,
    syntaxError: false,
  };

  const shiftSpan = (s: Span): Span => ({ start: after(s.start), end: after(s.end) });
  const problems: SchemaProblem[] = [];
  for (const p of kept.problems)
    if (!(p.path[0] === list && p.path[1] === index)) problems.push({ ...p, span: shiftSpan(p.span) });
  const own = validateItem(doc, plainRoot, list, index);
  problems.push(...own);

  let featureAt = kept.featureAt;
  let idAt = kept.idAt;
  let builder: typeof buildModel | undefined;
  const rules: RuleCache = new Map();
  let runRules = allRules(rules, featureCount(parsed));
  if (list === 'features') {
    let edited: FeatureModel | undefined;
    runRules = (model, topKey) => {
      const raws: Raw[] = [];
      const move = (r: Raw): Raw =>
        r.span.start >= regionEnd || r.span.end >= regionEnd
          ? { ...r, span: { start: after(r.span.start), end: after(r.span.end) } }
          : r;
      const alone = { ...model, features: edited ? [edited] : [] };
      for (const rule of RULES) {
        if (!rule.check) continue;
        const c = kept.rules.get(rule.id);
        if (!c) {
          for (const r of ruleRaws(rule, model, topKey)) raws.push(r);
          continue;
        }
        const head = c.head.map(move);
        // in place: a state is used once (kept.used), and no result holds these arrays
        const at = c.at;
        const fresh = edited ? ruleRaws(rule, alone, topKey).filter((r) => r.element === edited) : [];
        at[index] = fresh.length ? fresh : undefined;
        for (let k = index + 1; k < at.length; k++) {
          const g = at[k];
          if (g) at[k] = g.map(move);
        }
        for (const r of head) raws.push(r);
        for (const g of at) if (g) for (const r of g) raws.push(r);
        rules.set(rule.id, { head, at });
      }
      return raws;
    };
    builder = (_doc, _root, all) => {
      const one = oneFeature(kept.model, root, plainRoot, sitem, index, all, own);
      edited = one.feature;
      featureAt = kept.featureAt.slice();
      idAt = kept.idAt.slice();
      featureAt[index] = one.feature;
      idAt[index] = one.id;
      const features = featureAt.filter((f): f is FeatureModel => f !== undefined);
      const idEntries = {
        ...kept.model.idEntries,
        features: idAt.filter((e): e is IdEntry => e !== undefined),
      };
      // the same ids (an edit that leaves the item's id alone): the set of 5,000 ids is the previous one
      const sameIds = kept.idAt[index]?.id === one.id?.id;
      // The facts that depend on the feature set (free side classified, the value metric) follow the edit.
      const { valueMetric: _old, ...rest } = kept.model;
      return {
        ...rest,
        features,
        idEntries,
        featureIds: sameIds ? kept.model.featureIds : new Set(idEntries.features.map((e) => e.id)),
        ...featureSetFacts({ ...kept.model, features, idEntries }),
      };
    };
  }
  // lines before the item are the previous text's
  const memo = kept.memo;
  memo.stableBefore = plan.regionStart;
  const result = checkParsed(parsed, options, {
    problems,
    runRules,
    memo,
    ...(builder ? { buildModel: builder } : {}),
  });
  const model = result.model!;
  const next: Kept =
    list === 'features'
      ? { parsed, problems, model, featureAt, idAt, used: false, rules, yamlPathAt: plan.yamlPathAt, memo }
      : keep(parsed, problems, model, rules, plan.yamlPathAt, memo);
  return { result, kept: next };
}

/**
 * One feature's model and id entry, built by the model's own code over a root holding only the plans, the
 * add-ons and this feature; plans and add-ons are then the previous model's objects (rules compare them).
 */
function oneFeature(
  model: PackagingModel,
  root: YAMLMap<Node, Node>,
  plainRoot: Record<string, unknown>,
  item: Node,
  index: number,
  all: readonly SchemaProblem[],
  own: readonly SchemaProblem[],
): { feature?: FeatureModel; id?: IdEntry } {
  const fakeRoot = new YAMLMap<Node, Node>();
  const fakePlain: Record<string, unknown> = Object.create(null);
  for (const pair of root.items) {
    const k = (pair.key as Scalar).value;
    if (k === 'plans' || k === 'addOns') {
      fakeRoot.items.push(pair);
      fakePlain[k] = plainRoot[k];
    }
  }
  const fakeSeq = new YAMLSeq<Node>();
  fakeSeq.items.push(item);
  fakeRoot.items.push(new Pair(new Scalar('features'), fakeSeq) as Pair<Node, Node>);
  fakePlain.features = [(plainRoot.features as unknown[])[index]];
  const problems: SchemaProblem[] = all.filter((p) => p.path[0] !== 'features');
  for (const p of own) problems.push({ ...p, path: ['features', 0, ...p.path.slice(2)] });
  const m = buildModel({ contents: fakeRoot } as unknown as Document.Parsed, fakePlain, problems);
  const f = m.features[0];
  if (f) {
    f.index = index;
    const plan = (p: { rank: number }) => model.plans[p.rank]!;
    if (f.placement) f.placement = plan(f.placement);
    if (f.availableFrom) f.availableFrom = plan(f.availableFrom);
    f.freeLimits = f.freeLimits.map((l) => ({ ...l, plan: plan(l.plan) }));
    if (f.addOnModel) f.addOnModel = model.addOnById.get(f.addOnModel.id)!;
  }
  const id = m.idEntries.features[0];
  return { ...(f ? { feature: f } : {}), ...(id ? { id } : {}) };
}
