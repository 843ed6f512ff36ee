import * as z from 'zod/mini';

// The single source of truth for packaging.yaml (spec section 2). `schemas/packaging.schema.json` is generated from it.

export const ID_PATTERN = /^[a-z][a-z0-9-]*$/;

// zod/mini keeps the bundles small (the classic API is not tree-shakable); descriptions live in the global registry,
// where z.toJSONSchema and our messages read them.
function d<T extends z.ZodMiniType>(schema: T, description: string): T {
  // register()'s conditional parameter type cannot be resolved for a generic T.
  z.globalRegistry.add(schema as z.ZodMiniType, { description } as never);
  return schema;
}

const opt = <T extends z.ZodMiniType>(schema: T, description: string) => z.optional(d(schema, description));

const id = (what: string) =>
  d(
    z
      .string()
      .check(z.regex(ID_PATTERN, { error: 'lowercase letters, digits and dashes, starting with a letter' })),
    `${what} id: lowercase letters, digits and dashes, starting with a letter`,
  );

export const ACQUISITION = ['product-led', 'marketing-led', 'sales-led'] as const;
export const MONETIZATION = ['self-serve', 'product-led-sales', 'sales-led'] as const;
export const RELATIONSHIP = ['one-to-many', 'single-player'] as const;
export const FREE_OFFER = ['freemium', 'trial', 'freemium-and-trial', 'none'] as const;
export const FREEMIUM_GOALS = [
  'poc',
  'indirect-monetization',
  'strategic-land',
  'commoditization',
  'product-discovery',
  'data-collection',
] as const;
export const RULE_SETTINGS = ['error', 'warning', 'info', 'off'] as const;

export const RULE_IDS = [
  'syntax',
  'schema',
  'duplicate-id',
  'unknown-plan',
  'unknown-add-on',
  'unknown-feature',
  'limit-outside-plan',
  'non-monotonic-limit',
  'non-monotonic-price',
  'plan-adds-nothing',
  'add-on-conflict',
  'freemium-without-free-plan',
  'gated-growth-driver',
  'free-friction',
  'free-expansion',
  'unwalled-growth-driver',
  'viral-wall',
  'growth-wall',
  'unclassified-feature',
  'missing-growth-model',
  'trial-only',
  'short-trial',
  'freemium-without-goal',
  'goal-without-feature',
  'no-free-offer',
  'retention-first',
  'single-player-acquisition',
  'no-free-aha',
  'no-free-habit-loop',
  'no-self-serve-upgrade',
  'wall-not-lifted',
  'no-upgrade-trigger',
  'pls-without-sales-plan',
  'pls-without-pql',
  'sales-led-only',
  'enterprise-only-roadmap',
  'single-customer-feature',
  'unused-accept',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** The rules that keep a file readable: the file they check cannot set them below error (spec section 4). */
export const STRUCTURE_RULES = [
  'syntax',
  'schema',
  'duplicate-id',
  'unknown-plan',
  'unknown-add-on',
  'unknown-feature',
  'limit-outside-plan',
] as const satisfies readonly RuleId[];

/** Rules whose findings an `accept` entry may accept (spec section 4.5). */
export const ACCEPTABLE_RULES = RULE_IDS.filter(
  (r) => r !== 'unused-accept' && !(STRUCTURE_RULES as readonly string[]).includes(r),
) as Exclude<RuleId, (typeof STRUCTURE_RULES)[number] | 'unused-accept'>[];

export const QUALIFIED_BY = [
  'usage-volume',
  'usage-velocity',
  'feature-breadth',
  'team-spread',
  'demographics',
  'use-case',
] as const;
export const PER = ['seat', 'workspace', 'account', 'usage'] as const;
export const PERIOD = ['month', 'year'] as const;

const nonEmptyText = (description: string) =>
  d(z.string().check(z.regex(/\S/, { error: 'must not be empty' })), description);

export const ProductSchema = d(
  z.strictObject({
    name: d(z.string().check(z.minLength(1)), 'The product name'),
    url: opt(z.string(), 'The product web site'),
  }),
  'The product this file packages',
);

export const GrowthSchema = d(
  z
    .strictObject({
      acquisition: opt(z.enum(ACQUISITION), 'How users find the product (default product-led)'),
      retention: opt(z.enum(ACQUISITION), 'What keeps users coming back (default product-led)'),
      monetization: opt(z.enum(MONETIZATION), 'How revenue is collected (default self-serve)'),
      relationship: opt(
        z.enum(RELATIONSHIP),
        'one-to-many when collaboration is at the core, else single-player (default one-to-many)',
      ),
      freeOffer: opt(z.enum(FREE_OFFER), 'The free offer (default freemium)'),
      trialDays: opt(
        z.int().check(z.positive()),
        'Trial length in days; only with freeOffer trial or freemium-and-trial',
      ),
      freemiumGoals: opt(z.array(z.enum(FREEMIUM_GOALS)), 'Why there is a free offer at all'),
      qualifiedBy: opt(
        z.array(z.enum(QUALIFIED_BY)),
        'The product signals that qualify an account for sales (product-qualified leads)',
      ),
      // Any string: one that names no feature gets unknown-feature, not a schema error (spec 4.4.2).
      valueMetric: opt(
        z.string(),
        'The feature whose amount the price scales with: the wall a growing customer should pay to lift',
      ),
    })
    .check(
      z.superRefine(
        (g, ctx) => {
          if (
            typeof g.trialDays === 'number' &&
            g.freeOffer !== 'trial' &&
            g.freeOffer !== 'freemium-and-trial'
          ) {
            ctx.addIssue({
              code: 'custom',
              path: ['trialDays'],
              input: g.trialDays,
              message: `trialDays only goes with freeOffer trial or freemium-and-trial (freeOffer is ${g.freeOffer ?? 'freemium, the default'})`,
            });
          }
        },
        // Run beside other growth errors too, so every problem is reported in one pass.
        { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
      ),
    ),
  'The growth model; fields left out take the assumed product-led defaults',
);

export const PriceSchema = d(
  z.union([z.number().check(z.gte(0)), z.literal('contact-sales')]),
  'A number >= 0, or contact-sales',
);

export const PlanSchema = d(
  z
    .strictObject({
      id: id('Plan'),
      name: opt(z.string(), 'Display name (default: id)'),
      price: PriceSchema,
      per: opt(z.enum(PER), 'What the price is per'),
      period: opt(z.enum(PERIOD), 'Billing period'),
      minSeats: opt(z.int().check(z.gte(1)), 'The fewest seats a customer can buy; only with per: seat'),
      salesAssisted: opt(z.boolean(), 'Bought through sales even when it has a list price'),
    })
    .check(
      z.superRefine(
        (p, ctx) => {
          if (typeof p.minSeats === 'number' && p.per !== 'seat')
            ctx.addIssue({
              code: 'custom',
              path: ['minSeats'],
              input: p.minSeats,
              message: `minSeats only goes with per: seat (per is ${p.per ?? 'not written'})`,
            });
          if (p.salesAssisted === true && p.price === 0)
            ctx.addIssue({
              code: 'custom',
              path: ['salesAssisted'],
              input: p.salesAssisted,
              message:
                'A free plan (price 0) cannot be bought through sales: remove salesAssisted or set a price',
            });
        },
        { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
      ),
    ),
  'A plan; plans are ordered from lowest to highest',
);

export const AddOnSchema = d(
  z.strictObject({
    id: id('Add-on'),
    name: opt(z.string(), 'Display name (default: id)'),
    price: PriceSchema,
    per: opt(z.enum(PER), 'What the price is per'),
    period: opt(z.enum(PERIOD), 'Billing period'),
    from: opt(z.string(), 'The lowest plan that can buy it (default: the lowest plan)'),
    // Any strings: an item that names no add-on gets unknown-add-on, not a schema error.
    requires: opt(z.array(z.string()), 'Add-on ids that must be bought with it'),
    excludes: opt(z.array(z.string()), 'Add-on ids that cannot be bought with it'),
  }),
  'An add-on, sold on top of a plan',
);

export const LimitSchema = d(
  z.union([z.number().check(z.gte(0)), z.literal('unlimited')]),
  'A number >= 0 (decimals allowed), or unlimited',
);

/** rule id -> non-empty reason; only rules whose findings can be accepted. */
const acceptSchema = (description: string) =>
  opt(
    z.strictObject(
      Object.fromEntries(
        ACCEPTABLE_RULES.map((r) => [r, z.optional(nonEmptyText('Why the team accepts it'))]),
      ),
    ),
    description,
  );
export const SignalsSchema = d(
  z.strictObject({
    virality: opt(z.boolean(), 'Sharing, invites, public output: network effects'),
    universality: opt(z.boolean(), 'Enough for nearly every user, whatever their complexity'),
    ahaMoment: opt(z.boolean(), 'Needed to reach first value'),
    habitLoop: opt(z.boolean(), 'Brings users back: notifications, channels, reminders'),
    friction: opt(
      z.boolean(),
      'Giving it away would hurt the growth model: slows the spread, privacy walls, approvals, enforced controls',
    ),
    expansion: opt(
      z.boolean(),
      'Its use grows with the value a customer gets (history, volume, seats, admin at scale): charge as they grow',
    ),
  }),
  'The packaging test: which signals this feature has',
);

export const FeatureSchema = d(
  z
    .strictObject({
      id: id('Feature'),
      name: opt(z.string(), 'Display name (default: id)'),
      description: opt(z.string(), 'What the feature does'),
      category: opt(z.string(), 'Groups rows in the matrix'),
      plan: opt(z.string(), 'The lowest plan that includes it; every higher plan includes it too'),
      addOn: opt(
        z.string(),
        'The add-on this feature comes with; beside plan: sold as this add-on below plan',
      ),
      unit: opt(z.string(), 'What `limits` counts'),
      limits: opt(
        z.record(z.string(), LimitSchema),
        'Usage walls: plan id -> number >= 0 or unlimited; a plan left out is unlimited',
      ),
      lowerIsBetter: opt(
        z.boolean(),
        'The limit is better when lower (a polling interval, a response time): not a usage wall',
      ),
      signals: z.optional(SignalsSchema),
      status: opt(z.enum(['shipped', 'planned']), 'shipped (default) or planned'),
      requestedBy: opt(z.array(z.string()), 'The customers who asked for it'),
      rationale: opt(
        z.string().check(z.regex(/\S/, { error: 'must not be empty' })),
        'Why it sits where it does',
      ),
      accept: acceptSchema('Findings on this feature the team accepted: rule id -> reason'),
    })
    .check(
      z.superRefine(
        (f, ctx) => {
          // (r3) Both plan and addOn is valid: included from plan, sold as the add-on below it.
          if (f.plan === undefined && f.addOn === undefined)
            ctx.addIssue({
              code: 'custom',
              path: ['id'],
              input: f.id,
              message: `Feature${typeof f.id === 'string' ? ` "${f.id}"` : ''} needs \`plan\` (the lowest plan that includes it) or \`addOn\` (the add-on it comes with)`,
            });
          // A lower-is-better limit has no "no limit" end; a plan with no entry simply states nothing (spec 2).
          if (f.lowerIsBetter === true && f.limits && typeof f.limits === 'object')
            for (const [plan, limit] of Object.entries(f.limits))
              if (limit === 'unlimited')
                ctx.addIssue({
                  code: 'custom',
                  path: ['limits', plan],
                  input: limit,
                  message: `\`unlimited\` does not go with \`lowerIsBetter: true\`: a lower-is-better limit (an interval, a response time) needs a number on plan "${plan}", or no entry`,
                });
        },
        { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
      ),
    ),
  'A feature',
);

const RuleSettingSchema = z.enum(RULE_SETTINGS);

const FloorSchema = z.literal('error');

export const RulesSchema = d(
  z.strictObject(
    Object.fromEntries(
      RULE_IDS.map((r) => [
        r,
        z.optional((STRUCTURE_RULES as readonly string[]).includes(r) ? FloorSchema : RuleSettingSchema),
      ]),
    ) as Record<RuleId, z.ZodMiniOptional<typeof RuleSettingSchema>>,
  ),
  'Severity overrides: rule id -> error | warning | info | off (structure rules stay error)',
);

export const PackagingSchema = z
  .strictObject({
    version: d(z.literal(1), 'The format version: 1'),
    product: ProductSchema,
    growth: z.optional(GrowthSchema),
    plans: d(z.array(PlanSchema).check(z.minLength(1)), 'The plans, from lowest to highest'),
    addOns: opt(z.array(AddOnSchema), 'Add-ons sold on top of a plan'),
    features: d(z.array(FeatureSchema), 'The features'),
    accept: acceptSchema('Findings that name no feature, accepted by the team: rule id -> reason'),
    rules: z.optional(RulesSchema),
  })
  .register(z.globalRegistry, {
    title: 'packaging.yaml',
    description: 'Packaging Planner: plans, features, usage limits and the growth model of one product',
  });

export type PackagingFile = z.infer<typeof PackagingSchema>;
export type PlanInput = z.infer<typeof PlanSchema>;
export type FeatureInput = z.infer<typeof FeatureSchema>;
export type GrowthInput = z.infer<typeof GrowthSchema>;
export type AddOnInput = z.infer<typeof AddOnSchema>;

/** The JSON Schema generated from the zod schema. */
export function toJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PackagingSchema, { target: 'draft-7' }) as Record<string, unknown>;
  return { ...schema, $id: 'urn:packaging-planner:packaging.schema.json' };
}
