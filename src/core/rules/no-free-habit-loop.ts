import { has } from './helpers';
import type { Rule } from './types';

export const noFreeHabitLoop: Rule = {
  id: 'no-free-habit-loop',
  severity: 'warning',
  category: 'growth-model',
  description: 'Under a product-led model, no feature free users reach builds a habit loop.',
  check(ctx) {
    const { model } = ctx;
    const free = model.firstFreePlan;
    if (!model.productLed || !free || !model.freeSideClassified) return;
    if (model.features.some((f) => f.reachesFree && has(f, 'habitLoop'))) return;
    ctx.report({
      node: free.idNode,
      message: `No feature that ${ctx.name(free)} users can use builds a habit loop, so nothing brings them back. Make a feature with \`habitLoop: true\` free (notifications, channels, reminders).`,
    });
  },
};
