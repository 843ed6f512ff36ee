import { noFreeSignal } from './no-free-signal';
import type { Rule } from './types';

export const noFreeHabitLoop: Rule = {
  id: 'no-free-habit-loop',
  severity: 'warning',
  category: 'growth-model',
  description: 'Under a product-led model, no free feature builds a habit loop.',
  check(ctx) {
    noFreeSignal(
      ctx,
      'habitLoop',
      (plan) =>
        `No feature on the free side builds a habit loop, so nothing brings ${plan} users back. Make a feature with \`habitLoop: true\` free (notifications, channels, reminders).`,
    );
  },
};
