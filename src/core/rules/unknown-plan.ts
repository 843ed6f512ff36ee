import { suggester } from '../format/closest';
import type { Rule } from './types';

export const unknownPlan: Rule = {
  id: 'unknown-plan',
  severity: 'error',
  category: 'structure',
  scope: 'feature',
  description: '`plan:`, an add-on’s `from:` or a `limits:` key names no plan.',
  check(ctx) {
    const { model } = ctx;
    const ids = [...model.planIds];
    const suggest = suggester(ids);
    // The list is for a person: a file with 2,000 plans must not make 10,000 messages of 20 KB each.
    const list = ids.length > 12 ? `${ids.slice(0, 12).join(', ')}, … (${ids.length} plans)` : ids.join(', ');
    const hint = (id: string) => {
      const s = suggest(id);
      return { s, text: s ? ` Did you mean "${s}"?` : ` Plans: ${list}.` };
    };
    for (const a of model.addOns) {
      if (!a.fromNode || model.planIds.has(a.from)) continue;
      const { s, text } = hint(a.from);
      ctx.report({
        node: a.fromNode,
        message: `The ${ctx.name(a)} add-on is sold from plan "${a.from}", which is not one of the plans.${text}`,
        ...(s ? { data: { suggestion: s } } : {}),
      });
    }
    for (const f of model.features) {
      // (r3) A feature with both plan and addOn names its plan too.
      if (!f.addOnOnly && !model.planIds.has(f.plan)) {
        const { s, text } = hint(f.plan);
        ctx.report({
          node: f.planNode,
          feature: f,
          message: `${ctx.name(f)} is placed on plan "${f.plan}", which is not one of the plans.${text}`,
          ...(s ? { data: { suggestion: s } } : {}),
        });
      }
      // most features have no limits: no iterator for them
      if (f.limitPairs.size === 0) continue;
      for (const [planId, pair] of f.limitPairs) {
        if (model.planIds.has(planId)) continue;
        const { s, text } = hint(planId);
        ctx.report({
          node: pair.key,
          feature: f,
          message: `${ctx.name(f)} has a usage limit for plan "${planId}", which is not one of the plans.${text}`,
          ...(s ? { data: { suggestion: s } } : {}),
        });
      }
    }
  },
};
