import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { FeatureModel, PackagingModel } from '../model/model';
import { MIN_TRIAL_DAYS } from '../rules/short-trial';
import type { Diagnostic, TextEdit } from '../types';
import { mapValue } from '../yaml/parse';
import type { Fix } from './fixes';
import type { EditableText } from './text-edits';

// Quick fixes for the revision-2 rules, where one answer is obvious. Judgement calls (which number a wall should
// be) are offered but never preferred.

/** The smallest wall that lets free users reach a feature at all. */
const SMALLEST_REACHING_WALL = 1;
/** Enough to share with a small team: the low end of the range the viral-wall page recommends. */
const SMALLEST_SHARING_WALL = 3;

export function revision2Fixes(
  t: EditableText,
  model: PackagingModel,
  d: Diagnostic,
  feature: FeatureModel | undefined,
): Fix[] {
  switch (d.rule) {
    case 'wall-not-lifted': {
      const up = d.data?.recommendedPlan;
      const value = d.data?.suggestedLimit;
      const node = up !== undefined ? feature?.limitPairs.get(up)?.value : undefined;
      if (!node || !isScalar(node) || value === undefined) return [];
      const plan = model.planById.get(up!);
      return [
        {
          title: `Lift the wall on ${plan?.name ?? up}: ${value}${feature?.unit ? ` ${feature.unit}` : ''}, as the next plan up`,
          preferred: true,
          edits: [t.replace(node, String(value))],
        },
      ];
    }
    case 'growth-wall':
    case 'viral-wall': {
      const node = nodeAt(feature, d);
      if (!node) return [];
      const n = d.rule === 'growth-wall' ? SMALLEST_REACHING_WALL : SMALLEST_SHARING_WALL;
      return [
        {
          title: `Raise the free wall to ${n}${feature?.unit ? ` ${feature.unit}` : ''}`,
          preferred: false,
          edits: [t.replace(node, String(n))],
        },
      ];
    }
    case 'short-trial': {
      const node = model.growth.written.get('trialDays');
      if (!node || !isScalar(node)) return [];
      return [
        {
          title: `Make the trial ${MIN_TRIAL_DAYS} days`,
          preferred: true,
          edits: [t.replace(node, String(MIN_TRIAL_DAYS))],
        },
      ];
    }
    case 'pls-without-sales-plan': {
      const edit = appendSalesPlan(t, model);
      return edit
        ? [{ title: 'Add a contact-sales plan for hand-raisers', preferred: true, edits: [edit] }]
        : [];
    }
    default:
      return [];
  }
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
