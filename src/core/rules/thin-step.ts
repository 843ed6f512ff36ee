import { raises } from '../model/derived';
import type { PlanModel } from '../model/model';
import { has } from './helpers';
import type { Rule } from './types';

/** What sits on one plan: how many features, whether all are classified, whether one is what a growing team pays for. */
interface Step {
  features: number;
  classified: boolean;
  capture: boolean;
}

export const thinStep: Rule = {
  id: 'thin-step',
  severity: 'info',
  category: 'growth-model',
  description:
    'A paid plan adds features, but nothing a growing customer pays for: no friction or expansion.',
  check(ctx) {
    const { model } = ctx;
    // "The plan directly below" is the previous plan in the list; one that failed the schema is unknown.
    const byIndex = new Map<number, PlanModel>();
    for (const p of model.plans) byIndex.set(p.index, p);
    const steps = new Map<PlanModel, Step>();
    // Plans on which a friction or expansion feature's wall is raised over the plan below: one pass over the walls.
    const raised = new Set<PlanModel>();
    for (const f of model.features) {
      const at = f.placement;
      if (!at) continue; // unknown or failed plan (or add-on): ignored
      const capture = has(f, 'friction') || has(f, 'expansion');
      const step = steps.get(at);
      if (step) {
        step.features++;
        step.classified &&= f.signals !== undefined;
        step.capture ||= capture;
      } else steps.set(at, { features: 1, classified: f.signals !== undefined, capture });
      if (!capture || f.lowerIsBetter) continue; // a lowerIsBetter feature has no walls
      for (const planId of Object.keys(f.limits)) {
        const below = model.planById.get(planId);
        if (!below || typeof f.limits[planId] !== 'number') continue;
        const p = byIndex.get(below.index + 1);
        if (p && raises(f, p, below)) raised.add(p);
      }
    }
    for (const p of model.plans) {
      if (p.index === 0 || p.sales || typeof p.price !== 'number' || p.price <= 0) continue;
      const below = byIndex.get(p.index - 1);
      if (!below) continue; // the plan below failed the schema
      const step = steps.get(p);
      if (!step?.classified || step.capture || raised.has(p)) continue;
      ctx.report({
        node: p.idNode,
        message: `${ctx.name(p)} adds ${step.features === 1 ? 'a feature' : `${step.features} features`} over ${ctx.name(below)}, but nothing a growing customer pays for: no feature on it has friction or expansion, and it raises no such wall. A step a buyer outgrows into sells what grows with use (seats, storage, history, runs) or what a larger team must control; move one of those here, or merge the plan with its neighbour.`,
      });
    }
  },
};
