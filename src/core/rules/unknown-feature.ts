import { closest } from '../format/closest';
import type { Rule } from './types';

export const unknownFeature: Rule = {
  id: 'unknown-feature',
  severity: 'error',
  category: 'structure',
  description: '`growth.valueMetric` names no feature.',
  check(ctx) {
    const { model } = ctx;
    const name = model.growth.valueMetric;
    const node = model.growth.written.get('valueMetric');
    // Growth-anchored: only a written value in a valid growth block (spec 4.4). Any string is valid (4.4.2).
    if (name === undefined || !node || model.featureIds.has(name)) return;
    const ids = [...model.featureIds];
    const s = closest(name, ids);
    ctx.report({
      node,
      message: `The value metric is "${name}", which is not one of the features. The value metric names the feature whose amount the price scales with (seats, contacts, GB).${
        s
          ? ` Did you mean "${s}"?`
          : ids.length
            ? ` Features: ${ids.slice(0, 12).join(', ')}${ids.length > 12 ? `, … (${ids.length} features)` : ''}.`
            : ' Declare it under `features:`.'
      }`,
      ...(s ? { data: { suggestion: s } } : {}),
    });
  },
};
