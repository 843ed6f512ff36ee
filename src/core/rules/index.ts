import { addOnConflict } from './add-on-conflict';
import { duplicateId } from './duplicate-id';
import { enterpriseOnlyRoadmap } from './enterprise-only-roadmap';
import { freeExpansion } from './free-expansion';
import { freeFriction } from './free-friction';
import { freemiumWithoutFreePlan } from './freemium-without-free-plan';
import { freemiumWithoutGoal } from './freemium-without-goal';
import { gatedGrowthDriver } from './gated-growth-driver';
import { goalWithoutFeature } from './goal-without-feature';
import { growthWall } from './growth-wall';
import { limitOutsidePlan } from './limit-outside-plan';
import { missingGrowthModel } from './missing-growth-model';
import { noFreeAha } from './no-free-aha';
import { noFreeHabitLoop } from './no-free-habit-loop';
import { noFreeOffer } from './no-free-offer';
import { noSelfServeUpgrade } from './no-self-serve-upgrade';
import { noUpgradeTrigger } from './no-upgrade-trigger';
import { nonMonotonicLimit } from './non-monotonic-limit';
import { nonMonotonicPrice } from './non-monotonic-price';
import { planAddsNothing } from './plan-adds-nothing';
import { plsWithoutPql } from './pls-without-pql';
import { plsWithoutSalesPlan } from './pls-without-sales-plan';
import { retentionFirst } from './retention-first';
import { salesLedOnly } from './sales-led-only';
import { schema } from './schema';
import { shortTrial } from './short-trial';
import { singleCustomerFeature } from './single-customer-feature';
import { singlePlayerAcquisition } from './single-player-acquisition';
import { syntax } from './syntax';
import { trialOnly } from './trial-only';
import type { Rule } from './types';
import { unclassifiedFeature } from './unclassified-feature';
import { unknownAddOn } from './unknown-add-on';
import { unknownFeature } from './unknown-feature';
import { unknownPlan } from './unknown-plan';
import { unusedAccept } from './unused-accept';
import { unwalledGrowthDriver } from './unwalled-growth-driver';
import { viralWall } from './viral-wall';
import { wallNotLifted } from './wall-not-lifted';

export type { Rule, RuleCategory, RuleContext } from './types';

/** Every rule, in the order of spec section 4. A new rule is one module plus one line here. */
export const RULES: readonly Rule[] = [
  syntax,
  schema,
  duplicateId,
  unknownPlan,
  unknownAddOn,
  unknownFeature,
  limitOutsidePlan,
  nonMonotonicLimit,
  nonMonotonicPrice,
  planAddsNothing,
  addOnConflict,
  freemiumWithoutFreePlan,
  gatedGrowthDriver,
  freeFriction,
  freeExpansion,
  unwalledGrowthDriver,
  viralWall,
  growthWall,
  unclassifiedFeature,
  missingGrowthModel,
  trialOnly,
  shortTrial,
  freemiumWithoutGoal,
  goalWithoutFeature,
  noFreeOffer,
  retentionFirst,
  singlePlayerAcquisition,
  noFreeAha,
  noFreeHabitLoop,
  noSelfServeUpgrade,
  wallNotLifted,
  noUpgradeTrigger,
  plsWithoutSalesPlan,
  plsWithoutPql,
  salesLedOnly,
  enterpriseOnlyRoadmap,
  singleCustomerFeature,
  unusedAccept,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
