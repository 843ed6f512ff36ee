import type { Rule } from './types';

/** Below this, a trial ends before a larger organisation has finished its evaluation. */
export const MIN_TRIAL_DAYS = 14;

export const shortTrial: Rule = {
  id: 'short-trial',
  severity: 'warning',
  category: 'growth-model',
  description: 'A trial shorter than 14 days for a product that sells to larger organisations.',
  check(ctx) {
    const { model } = ctx;
    const g = model.growth;
    const node = g.written.get('trialDays');
    if (!model.hasGrowth || !node || g.trialDays === undefined || g.trialDays >= MIN_TRIAL_DAYS) return;
    const salesMonetization =
      g.written.has('monetization') &&
      (g.monetization === 'product-led-sales' || g.monetization === 'sales-led');
    if (!model.hasSalesPlan && !salesMonetization) return;
    const who = model.hasSalesPlan ? 'a sales plan' : `${g.monetization} monetization`;
    ctx.report({
      node,
      message: `A ${g.trialDays}-day trial, but the product sells to larger organisations (${who}): their evaluations involve several people and approvals, and a short clock ends before they decide. Give the trial at least ${MIN_TRIAL_DAYS} days, or lean on a usage-based free plan.`,
    });
  },
};
