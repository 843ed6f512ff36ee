import { has } from './helpers';
import type { Rule } from './types';

export const noFreeAha: Rule = {
  id: 'no-free-aha',
  severity: 'warning',
  category: 'growth-model',
  description: 'Under a product-led model, no feature free users reach delivers the aha moment.',
  check(ctx) {
    const { model } = ctx;
    const free = model.firstFreePlan;
    // Unclassified free features may hold the aha moment: say nothing until the test has been answered.
    if (!model.productLed || !free || !model.freeSideClassified) return;
    if (model.features.some((f) => f.reachesFree && has(f, 'ahaMoment'))) return;
    ctx.report({
      node: free.idNode,
      message: `No feature that ${ctx.name(free)} users can use reaches the aha moment, so they never see the value that would make them stay and upgrade. Make the feature that delivers first value free (with a wall above 0) and mark it \`ahaMoment: true\`.`,
    });
  },
};
