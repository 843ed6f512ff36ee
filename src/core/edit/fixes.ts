import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { CheckResult, FeatureModel, PackagingModel } from '../model/model';
import type { Diagnostic, TextEdit } from '../types';
import { mapValue, pairOf, parseText } from '../yaml/parse';
import { revision2Fixes } from './fixes-r2';
import { planEdit, scalarText, EditableText as Text } from './text-edits';

// Quick fixes for diagnostics: minimal text edits computed from the YAML nodes' source ranges.
// Only the bytes that must change are touched, so comments, blank lines and the user's indentation stay.

export interface Fix {
  title: string;
  /** the fix to apply when there is one obvious answer */
  preferred: boolean;
  edits: TextEdit[];
}

/** Plans offered for an unknown plan id with no close match: a short menu, not the whole ladder of a huge file. */
const MAX_PLAN_CHOICES = 8;

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
      const edit = planEdit(t, result, feature, target, false);
      if (!edit) return [];
      return [
        {
          title: `Move ${quote(feature.name)} to ${plan?.name ?? target} (the lowest ${side} plan)`,
          preferred: true,
          edits: [edit],
        },
      ];
    }
    case 'unknown-plan': {
      const found = text.slice(d.span.start, d.span.end).replace(/^["']|["']$/g, '');
      const change = (to: string): TextEdit | undefined => {
        if (feature && isPlanValue(feature, d)) return planEdit(t, result, feature, to, false);
        // A `limits:` key renamed to a plan the map already has would be a duplicate key.
        return feature?.limitPairs.has(to) ? undefined : t.edit(d.span.start, d.span.end, scalarText(to));
      };
      const s = d.data?.suggestion;
      if (s) {
        const edit = change(s);
        return edit ? [{ title: `Change "${found}" to "${s}"`, preferred: true, edits: [edit] }] : [];
      }
      // No close id ("premium" for pro): offer every known plan, in ladder order; the PM picks, none is preferred.
      return model.plans.slice(0, MAX_PLAN_CHOICES).flatMap((p) => {
        const edit = change(p.id);
        return edit
          ? [{ title: `Change "${found}" to "${p.id}" (${p.name})`, preferred: false, edits: [edit] }]
          : [];
      });
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
    // unclassified-feature has no fix here: a block of `false` values would answer the packaging test for the PM.
    // The editor asks instead ("Answer the packaging test…", signals-edit.ts) and offers the measured suggestion.
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
      return revision2Fixes(t, model, d, feature);
  }
}

function isPlanValue(feature: FeatureModel, d: Diagnostic): boolean {
  const r = feature.planNode?.range;
  return !!r && r[0] === d.span.start;
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
