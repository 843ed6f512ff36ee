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
  'limit-outside-plan',
  'non-monotonic-limit',
  'non-monotonic-price',
  'freemium-without-free-plan',
  'gated-growth-driver',
  'free-friction',
  'unwalled-growth-driver',
  'viral-wall',
  'unclassified-feature',
  'missing-growth-model',
  'trial-only',
  'freemium-without-goal',
  'retention-first',
  'single-player-acquisition',
  'no-free-aha',
  'no-free-habit-loop',
  'no-self-serve-upgrade',
  'sales-led-only',
  'enterprise-only-roadmap',
  'single-customer-feature',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

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
  z.strictObject({
    id: id('Plan'),
    name: opt(z.string(), 'Display name (default: id)'),
    price: PriceSchema,
    per: opt(z.enum(['seat', 'workspace', 'account', 'usage']), 'What the price is per'),
    period: opt(z.enum(['month', 'year']), 'Billing period'),
  }),
  'A plan; plans are ordered from lowest to highest',
);

export const LimitSchema = d(
  z.union([z.int().check(z.gte(0)), z.literal('unlimited')]),
  'An integer >= 0, or unlimited',
);

export const SignalsSchema = d(
  z.strictObject({
    virality: opt(z.boolean(), 'Sharing, invites, public output: network effects'),
    universality: opt(z.boolean(), 'Enough for nearly every user, whatever their complexity'),
    ahaMoment: opt(z.boolean(), 'Needed to reach first value'),
    habitLoop: opt(z.boolean(), 'Brings users back: notifications, channels, reminders'),
    friction: opt(z.boolean(), 'Creates friction for the growth model if given away'),
  }),
  'The packaging test: which signals this feature has',
);

export const FeatureSchema = d(
  z.strictObject({
    id: id('Feature'),
    name: opt(z.string(), 'Display name (default: id)'),
    description: opt(z.string(), 'What the feature does'),
    category: opt(z.string(), 'Groups rows in the matrix'),
    plan: d(z.string(), 'The lowest plan that includes it; every higher plan includes it too'),
    unit: opt(z.string(), 'What `limits` counts'),
    limits: opt(
      z.record(z.string(), LimitSchema),
      'Usage walls: plan id -> integer >= 0 or unlimited; a plan left out is unlimited',
    ),
    signals: z.optional(SignalsSchema),
    status: opt(z.enum(['shipped', 'planned']), 'shipped (default) or planned'),
    requestedBy: opt(z.array(z.string()), 'The customers who asked for it'),
  }),
  'A feature',
);

const RuleSettingSchema = z.enum(RULE_SETTINGS);

export const RulesSchema = d(
  z.strictObject(
    Object.fromEntries(RULE_IDS.map((r) => [r, z.optional(RuleSettingSchema)])) as Record<
      RuleId,
      z.ZodMiniOptional<typeof RuleSettingSchema>
    >,
  ),
  'Severity overrides: rule id -> error | warning | info | off',
);

export const PackagingSchema = z
  .strictObject({
    version: d(z.literal(1), 'The format version: 1'),
    product: ProductSchema,
    growth: z.optional(GrowthSchema),
    plans: d(z.array(PlanSchema).check(z.minLength(1)), 'The plans, from lowest to highest'),
    features: d(z.array(FeatureSchema), 'The features'),
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

/** The JSON Schema generated from the zod schema. */
export function toJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PackagingSchema, { target: 'draft-7' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://packaging-planner.dev/schemas/packaging.schema.json' };
}
