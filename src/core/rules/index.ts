import { duplicateId } from './duplicate-id';
import { enterpriseOnlyRoadmap } from './enterprise-only-roadmap';
import { freeFriction } from './free-friction';
import { freemiumWithoutFreePlan } from './freemium-without-free-plan';
import { freemiumWithoutGoal } from './freemium-without-goal';
import { gatedGrowthDriver } from './gated-growth-driver';
import { limitOutsidePlan } from './limit-outside-plan';
import { missingGrowthModel } from './missing-growth-model';
import { noFreeAha } from './no-free-aha';
import { noFreeHabitLoop } from './no-free-habit-loop';
import { noSelfServeUpgrade } from './no-self-serve-upgrade';
import { nonMonotonicLimit } from './non-monotonic-limit';
import { nonMonotonicPrice } from './non-monotonic-price';
import { retentionFirst } from './retention-first';
import { salesLedOnly } from './sales-led-only';
import { schema } from './schema';
import { singleCustomerFeature } from './single-customer-feature';
import { singlePlayerAcquisition } from './single-player-acquisition';
import { syntax } from './syntax';
import { trialOnly } from './trial-only';
import type { Rule } from './types';
import { unclassifiedFeature } from './unclassified-feature';
import { unknownPlan } from './unknown-plan';
import { unwalledGrowthDriver } from './unwalled-growth-driver';
import { viralWall } from './viral-wall';

export type { Rule, RuleCategory, RuleContext } from './types';

/** Every rule, in the order of spec section 4. A new rule is one module plus one line here. */
export const RULES: readonly Rule[] = [
  syntax,
  schema,
  duplicateId,
  unknownPlan,
  limitOutsidePlan,
  nonMonotonicLimit,
  nonMonotonicPrice,
  freemiumWithoutFreePlan,
  gatedGrowthDriver,
  freeFriction,
  unwalledGrowthDriver,
  viralWall,
  unclassifiedFeature,
  missingGrowthModel,
  trialOnly,
  freemiumWithoutGoal,
  retentionFirst,
  singlePlayerAcquisition,
  noFreeAha,
  noFreeHabitLoop,
  noSelfServeUpgrade,
  salesLedOnly,
  enterpriseOnlyRoadmap,
  singleCustomerFeature,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
