import { closest } from '../format/closest';
import type { Rule } from './types';

export const unknownAddOn: Rule = {
  id: 'unknown-add-on',
  severity: 'error',
  category: 'structure',
  scope: 'feature',
  description: '`addOn:` names no add-on.',
  check(ctx) {
    const { model } = ctx;
    const ids = [...model.addOnIds];
    for (const f of model.features) {
      if (f.addOn === undefined || model.addOnIds.has(f.addOn)) continue;
      const s = closest(f.addOn, ids);
      ctx.report({
        node: f.planNode,
        feature: f,
        message: `${ctx.name(f)} comes with add-on "${f.addOn}", which is not one of the add-ons.${
          s
            ? ` Did you mean "${s}"?`
            : ids.length
              ? ` Add-ons: ${ids.slice(0, 12).join(', ')}.`
              : ' Declare it under `addOns:`.'
        }`,
        ...(s ? { data: { suggestion: s } } : {}),
      });
    }
  },
};
