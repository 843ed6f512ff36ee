import { familyKey, marketFor, optedOut } from '../insight/market';
import { hasVariantWord, pairOf, valueMetricOf } from '../insight/suggest-signals';
import type { CheckResult, FeatureModel, PackagingModel } from '../model/model';
import { marketBadge, rowSuggestion } from './suggestion-edits';
import {
  buildMatrix,
  lineStarts,
  type MatrixMarket,
  type MatrixModel,
  type MatrixSuggestion,
  type RowSlot,
  uniqueIds,
} from './view-model';

/*
 * The matrix view model of one open document, kept between edits (issue 21.4): a row's suggestion and market
 * figure are computed once per feature and reused while nothing they read changes, so a one-character edit
 * recomputes the insights of the rows it touched only. The answer equals
 * `withInsights(buildMatrix(result), result, text)` (test/unit/matrix-builder.test.ts checks it over random edits).
 *
 *   const matrix = createMatrixBuilder();        // one per open document
 *   const model = matrix.build(result, text);    // result: the check of text (incremental or full)
 *
 * The cache holds the current document's features only: each build keeps the entries it used and drops the rest.
 * The returned model shares its suggestion and market objects with later builds: read them, do not change them.
 */

export interface MatrixBuildOptions {
  /** add each row's suggestion and market figure (default true); false: `buildMatrix(result)` alone */
  insights?: boolean;
  /** the most findings per file the host's problem list shows, for the view model's `notice` */
  listLimit?: number;
}

export interface MatrixBuilder {
  /** The view model of `result`, the check of `text`, with each row's insights (cached per feature). */
  build(result: CheckResult, text: string, options?: MatrixBuildOptions): MatrixModel;
  /** features whose insights are held (at most the last build's features) */
  readonly size: number;
  /** forget everything (the document closed) */
  clear(): void;
}

/** What a feature's row shows beside its cells, before its family is known. */
interface Insight {
  suggestion?: MatrixSuggestion;
  /** its family (`familyKey`), when it has a market figure (a sure match, not opted out) */
  family?: string;
  /** the row's badge without `sameAs`, when the figure is above the threshold */
  market?: MatrixMarket;
}

/** Where the opt-out comment may be: the offsets of its marker word (an item without one cannot opt out). */
function optOutMarks(text: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(MARK); i >= 0; i = text.indexOf(MARK, i + 1)) at.push(i);
  return at;
}
const MARK = 'packaging-planner';

/** `optedOut(text, range)`, reading the text only when a marker lies inside the item. */
function optedOutAt(
  text: string,
  marks: readonly number[],
  range: readonly number[] | null | undefined,
): boolean {
  if (!range || marks.length === 0) return false;
  const end = range[2] ?? range[1]!;
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]! < range[0]!) lo = mid + 1;
    else hi = mid;
  }
  return lo < marks.length && marks[lo]! < end && optedOut(text, range);
}

/** What a feature's insights read of the file besides the feature itself: its opt-out, value metric and pair. */
interface FileShare {
  optedOut: boolean;
  metric: boolean;
  pair?: string;
}
/** Everything a feature's insights read, as one string: its own fields and its share of the file. */
function keyOf(f: FeatureModel, share: FileShare): string {
  let numeric = false;
  for (const id in f.limits)
    if (typeof f.limits[id] === 'number') {
      numeric = true;
      break;
    }
  const free = f.freeLimits.find((x) => typeof x.limit === 'number')?.limit;
  return JSON.stringify([
    f.id,
    f.name,
    f.description ?? null,
    f.category ?? null,
    f.unit ?? null,
    numeric,
    free ?? null,
    f.signals !== undefined || !!f.signalsNode,
    f.addOn ?? null,
    share.optedOut,
    share.metric,
    share.pair ?? null,
  ]);
}

function insightOf(f: FeatureModel, model: PackagingModel, optedOut: boolean): Insight {
  const out: Insight = {};
  const suggestion = rowSuggestion(f, model);
  if (suggestion) out.suggestion = suggestion;
  if (optedOut) return out;
  const product = model.productName;
  const figure = marketFor({
    id: f.id,
    name: f.name,
    description: f.description,
    category: f.category,
    ...(product ? { product } : {}),
  });
  if (!figure) return out;
  out.family = familyKey(f, figure, product);
  const market = marketBadge(figure);
  if (market) out.market = market;
  return out;
}

/** A feature model of the last build (the incremental check keeps the models of untouched features). */
interface Slot extends RowSlot {
  /** its insights' key, with the entry that holds them */
  key: string;
  held: Held;
  share: FileShare;
  /** its name has a basic/advanced variant word (only then its pair is looked up) */
  variant: boolean;
  /** the build that last used it */
  gen: number;
  /** the id's first feature's slot (this build's): its insights are the row's */
  first?: Slot;
  /** the first row of its market family, when it is a later one (this build's) */
  lead?: string;
  /** the figure its `market` (with `sameAs`) was made from */
  base?: MatrixMarket;
}

interface Held {
  insight: Insight;
  gen: number;
}

export function createMatrixBuilder(): MatrixBuilder {
  /** insights by `keyOf`, and slots by feature model: the last build's features only (older ones are swept) */
  let byKey = new Map<string, Held>();
  let byModel = new Map<FeatureModel, Slot>();
  let product: string | undefined;
  let gen = 0;
  const sweep = <K, V extends { gen: number }>(map: Map<K, V>, live: number) => {
    if (map.size > live) for (const [k, v] of map) if (v.gen !== gen) map.delete(k);
  };
  return {
    get size() {
      return byKey.size;
    },
    clear() {
      byKey = new Map();
      byModel = new Map();
    },
    build(result, text, options = {}) {
      const model = result.model;
      if (options.insights === false || !model) {
        byModel = new Map();
        return buildMatrix(result, options.listLimit !== undefined ? { listLimit: options.listLimit } : {});
      }
      if (model.productName !== product) {
        byKey = new Map();
        byModel = new Map();
        product = model.productName;
      }
      gen++;
      const marks = optOutMarks(text);
      const metric = valueMetricOf(model);
      /** the first feature of each id: rows of a duplicated id show its insights, as `withInsights` does */
      const first = new Map<string, Slot>();
      const unique = uniqueIds(model);
      const firstOf = new Map<string, string>();
      let keys = 0;
      for (const f of model.features) {
        let slot = byModel.get(f);
        const variant = slot ? slot.variant : hasVariantWord(f, product);
        const out = optedOutAt(text, marks, f.node.range);
        const isMetric = metric === f.id;
        const pair = variant ? pairOf(f, model) : undefined;
        if (
          !slot ||
          slot.share.optedOut !== out ||
          slot.share.metric !== isMetric ||
          slot.share.pair !== pair
        ) {
          const share: FileShare = { optedOut: out, metric: isMetric, ...(variant ? { pair } : {}) };
          const key = keyOf(f, share);
          let held = byKey.get(key);
          if (!held) {
            held = { insight: insightOf(f, model, share.optedOut), gen: 0 };
            byKey.set(key, held);
          }
          slot = {
            key,
            held,
            share,
            variant,
            gen,
            ...(slot?.row ? { row: slot.row, shape: slot.shape } : {}),
          };
          byModel.set(f, slot);
        }
        if (slot.held.gen !== gen) {
          slot.held.gen = gen;
          keys++;
        }
        slot.gen = gen;
        const e = slot.held.insight;
        slot.first = unique ? slot : first.get(f.id);
        if (slot.first === undefined) {
          first.set(f.id, slot);
          slot.first = slot;
        }
        slot.lead = undefined;
        // families as `marketRows` makes them: a later row of the family points at the first
        if (e.family === undefined) continue;
        const lead = firstOf.get(e.family);
        if (lead === undefined) firstOf.set(e.family, f.id);
        else slot.lead = lead;
      }
      sweep(byModel, model.features.length);
      sweep(byKey, keys);
      return buildMatrix(result, {
        ...(options.listLimit !== undefined ? { listLimit: options.listLimit } : {}),
        slotOf: (f) => {
          const own = byModel.get(f);
          const slot = own?.first;
          if (!own || !slot) return undefined;
          const e = slot.held.insight;
          // the row of the id's first feature shows its family pointer; a duplicate's slot keeps its own row
          if (e.suggestion) own.suggestion = e.suggestion;
          else delete own.suggestion;
          if (!e.market) delete own.market;
          else if (slot.lead === undefined) own.market = e.market;
          else if (own.market?.sameAs !== slot.lead || own.base !== e.market) {
            own.market = { sameAs: slot.lead, ...e.market };
            own.base = e.market;
          }
          return own;
        },
        lines: lineStarts(text),
      });
    },
  };
}
