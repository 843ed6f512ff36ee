import type { FreemiumGoal } from '../model/model';
import type { Signal } from '../types';
import { has } from './helpers';
import type { Rule } from './types';

/** The goals a feature can be seen to serve, and what serving them takes. */
const SERVED_BY: Partial<Record<FreemiumGoal, { signal: Signal; why: string }>> = {
  'indirect-monetization': {
    signal: 'virality',
    why: 'free users are worth it when they bring in paying users, which takes a viral feature they can use',
  },
  poc: {
    signal: 'ahaMoment',
    why: 'a proof of concept works when free users reach first value, which takes an aha-moment feature they can use',
  },
  commoditization: {
    signal: 'universality',
    why: 'commoditizing a market takes giving away what nearly every user needs, a universal feature',
  },
};

const FLAG: Record<string, string> = {
  virality: 'virality',
  ahaMoment: 'ahaMoment',
  universality: 'universality',
};

export const goalWithoutFeature: Rule = {
  id: 'goal-without-feature',
  severity: 'warning',
  category: 'growth-model',
  description: 'A freemium goal has no feature that free users reach serving it.',
  check(ctx) {
    const { model } = ctx;
    if (!model.hasGrowth || model.growth.goalItems.length === 0 || !model.freeSideClassified) return;
    const reaching = model.features.filter((f) => f.reachesFree);
    const seen = new Set<string>();
    for (const { goal, node } of model.growth.goalItems) {
      const need = SERVED_BY[goal];
      if (!need || seen.has(goal)) continue;
      seen.add(goal);
      if (reaching.some((f) => has(f, need.signal))) continue;
      ctx.report({
        node,
        message: `The free offer's goal is ${goal}, but no feature that free users reach has \`${FLAG[need.signal]}: true\`: ${need.why}. Make such a feature free (with a wall above 0), or change the goal.`,
      });
    }
  },
};
