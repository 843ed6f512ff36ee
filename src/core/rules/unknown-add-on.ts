import { closest } from '../format/closest';
import type { Rule } from './types';

export const unknownAddOn: Rule = {
  id: 'unknown-add-on',
  severity: 'error',
  category: 'structure',
  scope: 'feature',
  description: '`addOn:`, or an add-on’s `requires`/`excludes` item, names no add-on.',
  check(ctx) {
    const { model } = ctx;
    const ids = [...model.addOnIds];
    const hint = (id: string) => {
      const s = closest(id, ids);
      const text = s
        ? ` Did you mean "${s}"?`
        : ids.length
          ? ` Add-ons: ${ids.slice(0, 12).join(', ')}${ids.length > 12 ? `, … (${ids.length} add-ons)` : ''}.`
          : ' Declare it under `addOns:`.';
      return { text, ...(s ? { data: { suggestion: s } } : {}) };
    };
    // Add-on items first: they name no feature (the incremental re-check keeps them ahead of feature findings).
    for (const a of model.addOns)
      for (const [key, refs] of [
        ['requires', a.requires],
        ['excludes', a.excludes],
      ] as const)
        for (const r of refs) {
          if (model.addOnIds.has(r.id)) continue;
          const { text, ...rest } = hint(r.id);
          ctx.report({
            node: r.node,
            message: `The ${ctx.name(a)} add-on ${key} "${r.id}", which is not one of the add-ons.${text}`,
            ...rest,
          });
        }
    for (const f of model.features) {
      if (f.addOn === undefined || model.addOnIds.has(f.addOn)) continue;
      const { text, ...rest } = hint(f.addOn);
      ctx.report({
        node: f.addOnNode ?? f.planNode,
        feature: f,
        message: `${ctx.name(f)} comes with add-on "${f.addOn}", which is not one of the add-ons.${text}`,
        ...rest,
      });
    }
  },
};
