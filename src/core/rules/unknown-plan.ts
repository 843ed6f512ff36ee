import { closest } from '../suggest';
import type { Rule } from './types';

export const unknownPlan: Rule = {
  id: 'unknown-plan',
  severity: 'error',
  category: 'structure',
  description: '`plan:` or a `limits:` key names no plan.',
  check(ctx) {
    const ids = [...ctx.model.planIds];
    const hint = (id: string) => {
      const s = closest(id, ids);
      return { s, text: s ? ` Did you mean "${s}"?` : ` Plans: ${ids.join(', ')}.` };
    };
    for (const f of ctx.model.features) {
      if (!ctx.model.planIds.has(f.plan)) {
        const { s, text } = hint(f.plan);
        ctx.report({
          node: f.planNode,
          feature: f.id,
          message: `${ctx.name(f)} is placed on plan "${f.plan}", which is not one of the plans.${text}`,
          ...(s ? { data: { suggestion: s } } : {}),
        });
      }
      for (const [planId, pair] of f.limitPairs) {
        if (ctx.model.planIds.has(planId)) continue;
        const { s, text } = hint(planId);
        ctx.report({
          node: pair.key,
          feature: f.id,
          message: `${ctx.name(f)} has a usage limit for plan "${planId}", which is not one of the plans.${text}`,
          ...(s ? { data: { suggestion: s } } : {}),
        });
      }
    }
  },
};
