import { noFreeSignal } from './no-free-signal';
import type { Rule } from './types';

export const noFreeAha: Rule = {
  id: 'no-free-aha',
  severity: 'warning',
  category: 'growth-model',
  description: 'Under a product-led model, no free feature delivers the aha moment.',
  check(ctx) {
    noFreeSignal(
      ctx,
      'ahaMoment',
      (plan) =>
        `No feature on the free side reaches the aha moment, so ${plan} users never see the value that would make them stay and upgrade. Mark the feature that delivers first value with \`ahaMoment: true\` and make it free.`,
    );
  },
};
