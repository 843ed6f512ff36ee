import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { CheckResult, FeatureModel, PackagingModel } from '../model/model';
import { MIN_TRIAL_DAYS } from '../rules/short-trial';
import type { Diagnostic, TextEdit } from '../types';
import { mapValue, pairOf, parseText } from '../yaml/parse';
import type { OfferedEdit } from './offered';
import { suggestionFixes } from './suggestions';
import { EditableText, planEdit, scalarText } from './text-edits';

// Suggestions for findings (spec 5.1): edits that change a packaging decision (move a feature, add or change a
// limit, change the growth model, add a plan, pick a plan for an unknown id). The editor offers them; a person
// picks one. None is ever preferred, and `check --fix` never applies one. The numbers they write (a wall of 10,
// a 14-day trial, a goal) are starting points the PM tunes, never defaults written for them.

/** Plans offered for an unknown plan id with no close match: a short menu, not the whole ladder of a huge file. */
const MAX_PLAN_CHOICES = 8;

/** The value the "add a usage limit" suggestion writes; the PM tunes it. */
export const DEFAULT_FREE_LIMIT = 10;
/** The goal the "add freemiumGoals" suggestion writes: the one the articles name first. */
export const DEFAULT_FREEMIUM_GOAL = 'indirect-monetization';
/**
 * Enough to share with a small team or to build a habit: the low end of the range the viral-wall page recommends.
 * A growth driver walled at 0 or 1 is raised to this, never to 1 (a wall of 1 is itself a tight-wall finding).
 */
const SMALLEST_GROWING_WALL = 3;

/** The lowest wall written on a plan above the free plans: a raised free wall must stay at or below it. */
function lowestWallAbove(feature: FeatureModel | undefined, model: PackagingModel): number | undefined {
  if (!feature) return undefined;
  let low: number | undefined;
  for (const p of model.plans) {
    if (p.free) continue;
    const v = feature.limits[p.id];
    if (typeof v === 'number' && (low === undefined || v < low)) low = v;
  }
  return low;
}

const suggest = (title: string, edits: TextEdit[]): OfferedEdit => ({
  title,
  kind: 'suggestion',
  preferred: false,
  edits,
});

/**
 * The suggestions for one diagnostic of `result` (the check of `text`). None for an accepted finding. `t` may be
 * shared by a caller that asks for many findings of one text.
 */
export function suggestionsFor(
  text: string,
  result: CheckResult,
  d: Diagnostic,
  t: EditableText = new EditableText(text),
): OfferedEdit[] {
  const model = result.model;
  if (!model || d.accepted !== undefined || result.syntaxError) return [];
  const feature = d.feature !== undefined ? model.features.find((f) => f.id === d.feature) : undefined;
  switch (d.rule) {
    case 'gated-growth-driver':
    case 'free-friction': {
      if (!feature) return [];
      const target = d.data?.recommendedPlan ?? recommendedPlan(model, d.data?.recommendedSide);
      if (!target || target === feature.plan) return [];
      const plan = model.plans.find((p) => p.id === target);
      const side = d.rule === 'free-friction' ? 'paid' : 'free';
      const edit = planEdit(t, result, feature, target, false);
      return edit
        ? [suggest(`Move "${feature.name}" to ${plan?.name ?? target} (the lowest ${side} plan)`, [edit])]
        : [];
    }
    case 'unknown-plan': {
      // A close id is a fix (fixes.ts). With none ("premium" for pro), every known plan in ladder order: the PM
      // picks where the feature goes.
      if (d.data?.suggestion) return [];
      const found = text.slice(d.span.start, d.span.end).replace(/^["']|["']$/g, '');
      const isPlan = !!feature && feature.planNode?.range?.[0] === d.span.start;
      return model.plans.slice(0, MAX_PLAN_CHOICES).flatMap((p) => {
        const edit = isPlan
          ? planEdit(t, result, feature!, p.id, false)
          : feature?.limitPairs.has(p.id)
            ? undefined
            : t.edit(d.span.start, d.span.end, scalarText(p.id));
        return edit ? [suggest(`Change "${found}" to "${p.id}" (${p.name})`, [edit])] : [];
      });
    }
    // unclassified-feature: the measured suggestion, when the suggester recognises the feature. The editor also
    // asks ("Answer the packaging test…"); no edit writes a block of `false` answers for the PM.
    case 'unclassified-feature':
      return suggestionFixes(text, result, d);
    case 'unwalled-growth-driver': {
      if (!feature || !isMap(feature.node)) return [];
      const planId = d.data?.recommendedPlan ?? feature.plan;
      const edit = limitEdit(t, feature, planId);
      const plan = model.plans.find((p) => p.id === planId);
      return edit
        ? [suggest(`Add a usage limit on ${plan?.name ?? planId} (${planId}: ${DEFAULT_FREE_LIMIT})`, [edit])]
        : [];
    }
    case 'trial-only': {
      const n = model.growth.written.get('freeOffer');
      return n ? [suggest('Switch to freemium-and-trial', [t.replace(n, 'freemium-and-trial')])] : [];
    }
    case 'freemium-without-goal': {
      const edit = goalEdit(t, model);
      return edit ? [suggest(`Add freemiumGoals (${DEFAULT_FREEMIUM_GOAL})`, [edit])] : [];
    }
    case 'wall-not-lifted': {
      const up = d.data?.recommendedPlan;
      const value = d.data?.suggestedLimit;
      const node = up !== undefined ? feature?.limitPairs.get(up)?.value : undefined;
      if (!node || !isScalar(node) || value === undefined) return [];
      const plan = model.planById.get(up!);
      return [
        suggest(
          `Lift the wall on ${plan?.name ?? up}: ${value}${feature?.unit ? ` ${feature.unit}` : ''}, as the next plan up`,
          [t.replace(node, String(value))],
        ),
      ];
    }
    case 'growth-wall':
    case 'tight-wall':
    case 'viral-wall': {
      const node = nodeAt(feature, d);
      if (!node) return [];
      const n = SMALLEST_GROWING_WALL;
      // a paid plan walled below it would then give less than Free: no advice a growth lead would give
      const above = lowestWallAbove(feature, model);
      if (above !== undefined && above < n) return [];
      return [
        suggest(`Raise the free wall to ${n}${feature?.unit ? ` ${feature.unit}` : ''}`, [
          t.replace(node, String(n)),
        ]),
      ];
    }
    case 'short-trial': {
      const node = model.growth.written.get('trialDays');
      if (!node || !isScalar(node)) return [];
      return [suggest(`Make the trial ${MIN_TRIAL_DAYS} days`, [t.replace(node, String(MIN_TRIAL_DAYS))])];
    }
    case 'pls-without-sales-plan': {
      const edit = appendSalesPlan(t, model);
      return edit ? [suggest('Add a contact-sales plan for hand-raisers', [edit])] : [];
    }
    default:
      return [];
  }
}

function recommendedPlan(model: PackagingModel, side: string | undefined): string | undefined {
  if (side === 'free') return model.plans.find((p) => p.free)?.id;
  if (side === 'paid') return model.plans.find((p) => !p.free)?.id;
  return undefined;
}

function limitEdit(t: EditableText, feature: FeatureModel, planId: string): TextEdit | undefined {
  // Limits shared through an alias (`limits: *std`, `free: *n`): editing them would change other features.
  const raw = pairOf(feature.node, 'limits')?.value;
  if (isAlias(raw) || (isMap(raw) && isAlias(pairOf(raw, planId)?.value))) return undefined;
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

function goalEdit(t: EditableText, model: PackagingModel): TextEdit | undefined {
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

/** The limit value node a finding is anchored at. */
function nodeAt(feature: FeatureModel | undefined, d: Diagnostic): Node | undefined {
  if (!feature) return undefined;
  for (const pair of feature.limitPairs.values()) {
    const v = pair.value as Node | null;
    if (v?.range && v.range[0] === d.span.start && v.range[1] === d.span.end && isScalar(v)) return v;
  }
  return undefined;
}

/** A new last plan, `price: contact-sales`, written like the plan before it (block or flow item). */
function appendSalesPlan(t: EditableText, model: PackagingModel): TextEdit | undefined {
  const plans = mapValue(model.rootNode, 'plans');
  if (!isSeq(plans) || plans.flow || plans.items.length === 0) return undefined;
  const last = plans.items[plans.items.length - 1] as Node;
  if (!last?.range) return undefined;
  const id = model.planIds.has('enterprise')
    ? model.planIds.has('sales')
      ? undefined
      : 'sales'
    : 'enterprise';
  if (!id) return undefined;
  const name = id === 'enterprise' ? 'Enterprise' : 'Sales';
  const text = t.text;
  // The last item's dash: the new item goes on the line after the item, at the same column.
  const dash = text.lastIndexOf('-', last.range[0]);
  if (dash < 0 || text.slice(text.lastIndexOf('\n', dash) + 1, dash).trim() !== '') return undefined;
  const col = t.column(dash);
  const end = t.lineEnd(Math.max(last.range[0], lastLineOffset(last)));
  const pad = ' '.repeat(col);
  if (isMap(last) && last.flow)
    return t.edit(end, end, `${t.eol}${pad}- { id: ${id}, name: ${name}, price: contact-sales }`);
  const inner = ' '.repeat(t.column(last.range[0]));
  return t.edit(
    end,
    end,
    `${t.eol}${pad}- id: ${id}${t.eol}${inner}name: ${name}${t.eol}${inner}price: contact-sales`,
  );
}

function lastLineOffset(node: Node): number {
  const r = node.range!;
  // range[1] may include the trailing line break of a block map: step back onto its last character.
  return Math.max(r[0], r[1] - 1);
}
