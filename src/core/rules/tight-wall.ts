import { signalList } from '../format/names';
import { raises } from '../model/derived';
import type { Signal } from '../types';
import { freeSide, has } from './helpers';
import type { Rule } from './types';

const DRIVERS: Signal[] = ['universality', 'ahaMoment', 'habitLoop'];

/** Units that name a scope, not an amount: one workspace on Free is the product, not a squeeze (spec 4.2). */
const CONTAINERS: ReadonlySet<string> = new Set([
  'workspace',
  'workspaces',
  'organization',
  'organizations',
  'organisation',
  'organisations',
  'account',
  'accounts',
  'team',
  'teams',
  'company',
  'companies',
]);

/** The unit, as a whole and trimmed, is a container word in any case (`team seats` is not). */
export const isContainer = (unit: string | undefined) =>
  unit !== undefined && CONTAINERS.has(unit.trim().toLowerCase());

export const tightWall: Rule = {
  id: 'tight-wall',
  severity: 'warning',
  category: 'packaging-test',
  scope: 'feature',
  description:
    'A growth driver on the free side is capped at 1 on every free plan while a paid plan raises it.',
  check(ctx) {
    const plans = ctx.model.plans;
    for (const f of freeSide(ctx)) {
      // Viral features walled at 1 are viral-wall's; a wall of 0 is growth-wall's.
      if (has(f, 'virality') || f.unitIsMeasure || isContainer(f.unit)) continue;
      const drivers = DRIVERS.filter((s) => has(f, s));
      if (drivers.length === 0 || f.freeLimits.length === 0) continue;
      if (!f.freeLimits.every((l) => l.wall === 1)) continue;
      const first = f.freeLimits[0]!.plan;
      // A cap no plan lifts is the product's shape, not a wall to pay past.
      let raiser: (typeof plans)[number] | undefined;
      for (let r = first.rank + 1; r < plans.length && !raiser; r++)
        if (raises(f, plans[r]!, first)) raiser = plans[r];
      if (!raiser) continue;
      ctx.report({
        node: f.limitPairs.get(first.id)?.value,
        feature: f,
        message: `${ctx.name(f)} drives growth (${signalList(drivers)}), but every free plan caps it at 1${f.unit ? ` (${f.unit.trim()})` : ''} while ${ctx.name(raiser)} raises it: a habit or a first value capped at one rarely survives the first week. Give free users a few (enough to build the habit), and let the wall bite on what grows with a team.`,
        data: { recommendedPlan: first.id },
      });
    }
  },
};
