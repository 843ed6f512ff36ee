import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { CheckResult, FeatureModel, PackagingModel } from './model';
import { mapValue, pairOf, parseText } from './parse';
import type { Diagnostic, Position, TextEdit } from './types';
import { SIGNALS } from './types';

// Quick fixes for diagnostics: minimal text edits computed from the YAML nodes' source ranges.
// Only the bytes that must change are touched, so comments, blank lines and the user's indentation stay.

export interface Fix {
  title: string;
  /** the fix to apply when there is one obvious answer */
  preferred: boolean;
  edits: TextEdit[];
}

/** Default value the "add a usage limit" fix writes; the user tunes it. */
export const DEFAULT_FREE_LIMIT = 10;
/** The goal the "add freemiumGoals" fix writes: the one the articles name first. */
export const DEFAULT_FREEMIUM_GOAL = 'indirect-monetization';

/** Fixes for one diagnostic of `result`, which must be the result of checking `text`. */
export function fixesFor(text: string, result: CheckResult, d: Diagnostic): Fix[] {
  const model = result.model;
  if (!model) return [];
  const t = new Text(text);
  const feature = d.feature !== undefined ? model.features.find((f) => f.id === d.feature) : undefined;
  switch (d.rule) {
    case 'gated-growth-driver':
    case 'free-friction': {
      if (!feature) return [];
      const target = d.data?.recommendedPlan ?? recommendedPlan(model, d.data?.recommendedSide);
      if (!target || target === feature.plan) return [];
      const plan = model.plans.find((p) => p.id === target);
      const side = d.rule === 'free-friction' ? 'paid' : 'free';
      return [
        {
          title: `Move ${quote(feature.name)} to ${plan?.name ?? target} (the lowest ${side} plan)`,
          preferred: true,
          edits: [t.replace(feature.planNode, target)],
        },
      ];
    }
    case 'unknown-plan': {
      const s = d.data?.suggestion;
      if (!s) return [];
      const found = text.slice(d.span.start, d.span.end).replace(/^["']|["']$/g, '');
      return [
        {
          title: `Change "${found}" to "${s}"`,
          preferred: true,
          edits: [t.edit(d.span.start, d.span.end, s)],
        },
      ];
    }
    case 'schema': {
      // An unknown key with a close known key: rename it.
      const s = d.data?.suggestion;
      const found = text.slice(d.span.start, d.span.end);
      if (!s || !/^[A-Za-z][\w-]*$/.test(found)) return [];
      return [
        {
          title: `Rename "${found}" to "${s}"`,
          preferred: true,
          edits: [t.edit(d.span.start, d.span.end, s)],
        },
      ];
    }
    case 'unclassified-feature': {
      if (!feature || !isMap(feature.node)) return [];
      const lines = SIGNALS.map((s) => `${s}: false`);
      const edit = t.insertPair(feature.node, 'signals', lines, '{ ' + lines.join(', ') + ' }');
      return edit
        ? [{ title: `Add a signals block to ${quote(feature.name)}`, preferred: true, edits: [edit] }]
        : [];
    }
    case 'unwalled-growth-driver': {
      if (!feature || !isMap(feature.node)) return [];
      const planId = d.data?.recommendedPlan ?? feature.plan;
      const edit = limitEdit(t, feature, planId);
      const plan = model.plans.find((p) => p.id === planId);
      return edit
        ? [
            {
              title: `Add a usage limit on ${plan?.name ?? planId} (${planId}: ${DEFAULT_FREE_LIMIT})`,
              preferred: true,
              edits: [edit],
            },
          ]
        : [];
    }
    case 'trial-only': {
      const n = model.growth.written.get('freeOffer');
      if (!n) return [];
      return [
        {
          title: 'Switch to freemium-and-trial',
          preferred: true,
          edits: [t.replace(n, 'freemium-and-trial')],
        },
      ];
    }
    case 'freemium-without-goal': {
      const edit = goalEdit(t, model);
      return edit
        ? [{ title: `Add freemiumGoals (${DEFAULT_FREEMIUM_GOAL})`, preferred: true, edits: [edit] }]
        : [];
    }
    default:
      return [];
  }
}

function quote(name: string): string {
  return `"${name}"`;
}

function recommendedPlan(model: PackagingModel, side: string | undefined): string | undefined {
  if (side === 'free') return model.plans.find((p) => p.free)?.id;
  if (side === 'paid') return model.plans.find((p) => !p.free)?.id;
  return undefined;
}

function limitEdit(t: Text, feature: FeatureModel, planId: string): TextEdit | undefined {
  const existing = feature.limitPairs.get(planId);
  if (existing?.value && isScalar(existing.value))
    return t.replace(existing.value, String(DEFAULT_FREE_LIMIT));
  const limits = pairOf(feature.node, 'limits');
  const entry = `${planId}: ${DEFAULT_FREE_LIMIT}`;
  if (limits && isMap(limits.value))
    return t.insertPair(limits.value, planId, undefined, String(DEFAULT_FREE_LIMIT));
  if (limits) {
    // `limits:` written with no value: put the entry on the next line, one level deeper.
    const key = limits.key as Node;
    const v = limits.value as Node | null;
    if (v?.range && v.range[1] > v.range[0]) return t.replace(v, `{ ${entry} }`); // `limits: ~`
    if (!key.range) return undefined;
    const at = t.lineEnd(key.range[1]);
    return t.edit(at, at, `${t.eol}${' '.repeat(t.column(key.range[0]) + t.indentUnit())}${entry}`);
  }
  if (!isMap(feature.node)) return undefined;
  return t.insertPair(feature.node, 'limits', [entry], `{ ${entry} }`);
}

function goalEdit(t: Text, model: PackagingModel): TextEdit | undefined {
  const goals = model.growth.written.get('freemiumGoals');
  // `freemiumGoals: []`
  if (goals && isSeq(goals) && goals.items.length === 0 && goals.range)
    return t.replace(goals, `[${DEFAULT_FREEMIUM_GOAL}]`);
  if (goals || !model.hasGrowth) return undefined;
  // The model keeps only the growth key; re-parse (same text, same offsets) for its map.
  const doc = parseText(t.text).doc;
  const growth = doc ? mapValue(doc.contents, 'growth') : undefined;
  if (!growth || !isMap(growth)) return undefined;
  return t.insertPair(
    growth,
    'freemiumGoals',
    [`- ${DEFAULT_FREEMIUM_GOAL}`],
    `[${DEFAULT_FREEMIUM_GOAL}]`,
    true,
  );
}

/** Line/column arithmetic and edit builders over one text. */
class Text {
  readonly eol: string;
  private lineStarts: number[] | undefined;
  private unit: number | undefined;

  constructor(readonly text: string) {
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
  }

  position(offset: number): Position {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1))
        this.lineStarts.push(i + 1);
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo]! };
  }

  column(offset: number): number {
    return this.position(offset).character;
  }

  edit(start: number, end: number, newText: string): TextEdit {
    return { span: { start, end }, range: { start: this.position(start), end: this.position(end) }, newText };
  }

  /** Replace a scalar's source (quotes included) by `value`. */
  replace(node: Node, value: string): TextEdit {
    const [start, end] = node.range!;
    return this.edit(start, end, value);
  }

  /** Offset just past the last character of the line holding `offset`, before its line break. */
  lineEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    if (nl < 0) return this.text.length;
    return nl > 0 && this.text[nl - 1] === '\r' ? nl - 1 : nl;
  }

  /** Spaces of one indentation level as the file uses them (first nested block map found), else 2. */
  indentUnit(): number {
    if (this.unit !== undefined) return this.unit;
    const lines = this.text.split(/\r?\n/);
    for (let i = 0; i < lines.length - 1; i++) {
      const m = /^( *)[^\s#-][^:#]*:\s*(#.*)?$/.exec(lines[i]!);
      if (!m) continue;
      const next = lines.slice(i + 1).find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
      if (!next) break;
      const indent = /^ */.exec(next)![0].length;
      const diff = indent - m[1]!.length;
      if (diff > 0 && !next.trimStart().startsWith('-')) {
        this.unit = diff;
        return diff;
      }
    }
    this.unit = 2;
    return 2;
  }

  /**
   * Insert `key` into `map`. Block maps get a new line after the last entry, at the entries' column,
   * with `blockLines` nested one level deeper (or `key: flowValue` on one line when `blockLines` is
   * undefined). Flow maps get `, key: flowValue` before the closing brace.
   * `seqAtKeyColumn`: for block sequences, write the dashes at the key's column when the file does so.
   */
  insertPair(
    map: Node,
    key: string,
    blockLines: string[] | undefined,
    flowValue: string,
    seqAtKeyColumn = false,
  ): TextEdit | undefined {
    if (!isMap(map) || !map.range) return undefined;
    const items = map.items as Pair<Node, Node>[];
    if (map.flow) {
      const close = this.text.lastIndexOf('}', map.range[1]);
      if (close < map.range[0]) return undefined;
      let at = close;
      while (at > map.range[0] + 1 && /[ \t]/.test(this.text[at - 1]!)) at--;
      return this.edit(at, at, `${items.length ? ', ' : ''}${key}: ${flowValue}`);
    }
    const first = items[0]?.key as Node | undefined;
    const last = items[items.length - 1];
    if (!first?.range || !last) return undefined;
    const col = this.column(first.range[0]);
    const end = this.lineEnd(lastContentOffset(last));
    const indent = ' '.repeat(col);
    let body: string;
    if (blockLines === undefined) body = `${indent}${key}: ${flowValue}`;
    else {
      const isSeq = blockLines.every((l) => l.startsWith('- '));
      const inner = ' '.repeat(
        col + (isSeq && seqAtKeyColumn && this.seqAtKeyColumn() ? 0 : this.indentUnit()),
      );
      body = `${indent}${key}:${blockLines.map((l) => `${this.eol}${inner}${l}`).join('')}`;
    }
    return this.edit(end, end, `${this.eol}${body}`);
  }

  /** The file writes block sequences with dashes at their key's column (`plans:\n- id: …`). */
  private seqAtKeyColumn(): boolean {
    const m = /^( *)(plans|features):[ \t]*(?:#.*)?\r?\n(?:[ \t]*(?:#.*)?\r?\n)*( *)- /m.exec(this.text);
    return m ? m[1]!.length === m[3]!.length : false;
  }
}

/** The offset of the last character that belongs to `pair` (its deepest last value). */
function lastContentOffset(pair: Pair<Node, Node>): number {
  let node: unknown = pair.value ?? pair.key;
  for (;;) {
    if (isMap(node) && !node.flow && node.items.length) {
      const p = node.items[node.items.length - 1] as Pair<Node, Node>;
      node = p.value ?? p.key;
    } else if (isSeq(node) && !node.flow && node.items.length) {
      node = node.items[node.items.length - 1];
    } else break;
  }
  const r = (node as Node | null)?.range;
  if (r) return Math.max(r[0], r[1] - 1);
  const kr = (pair.key as Node | null)?.range;
  return kr ? kr[1] : 0;
}
