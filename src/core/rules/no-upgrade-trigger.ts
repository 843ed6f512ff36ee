import { has } from './helpers';
import type { Rule } from './types';

export const noUpgradeTrigger: Rule = {
  id: 'no-upgrade-trigger',
  severity: 'warning',
  category: 'growth-model',
  description: 'A freemium plan with nothing that makes a growing team upgrade on its own.',
  check(ctx) {
    const { model } = ctx;
    const free = model.firstFreePlan;
    if (!model.productLed || !model.freemium || !free) return;
    // (r3) The value metric's wall on free is what makes a growing team upgrade.
    if (model.valueMetricWalledOnFree) return;
    const up = model.upgradePlan;
    const onUpgrade = (f: (typeof model.features)[number]) => up !== undefined && f.placement === up;
    const relevant = model.features.filter((f) => f.side === 'free' || (f.side !== null && onUpgrade(f)));
    // An unanswered test may hide the trigger: say nothing until both sides are classified.
    if (relevant.some((f) => !f.signals)) return;
    const trigger = relevant.some(
      (f) => (has(f, 'friction') || has(f, 'expansion')) && (f.walledOnFree || onUpgrade(f)),
    );
    if (trigger) return;
    ctx.report({
      node: free.idNode,
      message: `Nothing makes a growing ${ctx.name(free)} team upgrade on its own: no feature with friction or expansion has a usage wall on ${ctx.name(free)}${up ? ` or starts on ${ctx.name(up)}` : ''}. Put a wall on what grows with use (history, storage, seats), or gate admin and control features in ${up ? ctx.name(up) : 'a self-serve paid plan'}.`,
    });
  },
};
