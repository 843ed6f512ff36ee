import type { IdEntry } from '../model/model';
import type { Rule } from './types';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  category: 'structure',
  description: 'A plan, add-on or feature id is used twice among its kind.',
  check(ctx) {
    // Every element with a well-formed id counts, whether or not it passes the schema.
    const scan = (entries: IdEntry[], what: string, isFeature: boolean) => {
      const seen = new Set<string>();
      for (const e of entries) {
        if (!seen.has(e.id)) {
          seen.add(e.id);
          continue;
        }
        ctx.report({
          node: e.node,
          message: `The ${what} id "${e.id}" is used twice. Ids must be unique among ${what}s: references go to the first one, so rename this one.`,
          ...(isFeature ? { feature: e.id } : {}),
        });
      }
    };
    const ids = ctx.model.idEntries;
    scan(ids.plans, 'plan', false);
    scan(ids.addOns, 'add-on', false);
    scan(ids.features, 'feature', true);
  },
};
