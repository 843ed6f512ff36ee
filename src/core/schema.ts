import { z } from 'zod';

// The single source of truth for packaging.yaml (spec section 2). `schemas/packaging.schema.json` is generated from it.

export const ID_PATTERN = /^[a-z][a-z0-9-]*$/;

const id = (what: string) =>
  z
    .string()
    .regex(ID_PATTERN, { error: 'lowercase letters, digits and dashes, starting with a letter' })
    .meta({
      description: `${what} id: lowercase letters, digits and dashes, starting with a letter`,
    });

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

export const ProductSchema = z
  .strictObject({
    name: z.string().min(1).meta({ description: 'The product name' }),
    url: z.string().optional().meta({ description: 'The product web site' }),
  })
  .meta({ description: 'The product this file packages' });

export const GrowthSchema = z
  .strictObject({
    acquisition: z
      .enum(ACQUISITION)
      .optional()
      .meta({ description: 'How users find the product (default product-led)' }),
    retention: z
      .enum(ACQUISITION)
      .optional()
      .meta({ description: 'What keeps users coming back (default product-led)' }),
    monetization: z
      .enum(MONETIZATION)
      .optional()
      .meta({ description: 'How revenue is collected (default self-serve)' }),
    relationship: z.enum(RELATIONSHIP).optional().meta({
      description: 'one-to-many when collaboration is at the core, else single-player (default one-to-many)',
    }),
    freeOffer: z.enum(FREE_OFFER).optional().meta({ description: 'The free offer (default freemium)' }),
    trialDays: z
      .number()
      .int()
      .positive()
      .optional()
      .meta({ description: 'Trial length in days; only with freeOffer trial or freemium-and-trial' }),
    freemiumGoals: z
      .array(z.enum(FREEMIUM_GOALS))
      .optional()
      .meta({ description: 'Why there is a free offer at all' }),
  })
  .superRefine((g, ctx) => {
    if (g.trialDays !== undefined && g.freeOffer !== 'trial' && g.freeOffer !== 'freemium-and-trial') {
      ctx.addIssue({
        code: 'custom',
        path: ['trialDays'],
        message: `trialDays only goes with freeOffer trial or freemium-and-trial (freeOffer is ${g.freeOffer ?? 'freemium, the default'})`,
      });
    }
  })
  .meta({ description: 'The growth model; fields left out take the assumed product-led defaults' });

export const PriceSchema = z
  .union([z.number().min(0), z.literal('contact-sales')])
  .meta({ description: 'A number >= 0, or contact-sales' });

export const PlanSchema = z
  .strictObject({
    id: id('Plan'),
    name: z.string().optional().meta({ description: 'Display name (default: id)' }),
    price: PriceSchema,
    per: z
      .enum(['seat', 'workspace', 'account', 'usage'])
      .optional()
      .meta({ description: 'What the price is per' }),
    period: z.enum(['month', 'year']).optional().meta({ description: 'Billing period' }),
  })
  .meta({ description: 'A plan; plans are ordered from lowest to highest' });

export const LimitSchema = z
  .union([z.number().int().min(0), z.literal('unlimited')])
  .meta({ description: 'An integer >= 0, or unlimited' });

export const SignalsSchema = z
  .strictObject({
    virality: z
      .boolean()
      .optional()
      .meta({ description: 'Sharing, invites, public output: network effects' }),
    universality: z
      .boolean()
      .optional()
      .meta({ description: 'Enough for nearly every user, whatever their complexity' }),
    ahaMoment: z.boolean().optional().meta({ description: 'Needed to reach first value' }),
    habitLoop: z
      .boolean()
      .optional()
      .meta({ description: 'Brings users back: notifications, channels, reminders' }),
    friction: z
      .boolean()
      .optional()
      .meta({ description: 'Creates friction for the growth model if given away' }),
  })
  .meta({ description: 'The packaging test: which signals this feature has' });

export const FeatureSchema = z
  .strictObject({
    id: id('Feature'),
    name: z.string().optional().meta({ description: 'Display name (default: id)' }),
    description: z.string().optional().meta({ description: 'What the feature does' }),
    category: z.string().optional().meta({ description: 'Groups rows in the matrix' }),
    plan: z
      .string()
      .meta({ description: 'The lowest plan that includes it; every higher plan includes it too' }),
    unit: z.string().optional().meta({ description: 'What `limits` counts' }),
    limits: z.record(z.string(), LimitSchema).optional().meta({
      description: 'Usage walls: plan id -> integer >= 0 or unlimited; a plan left out is unlimited',
    }),
    signals: SignalsSchema.optional(),
    status: z.enum(['shipped', 'planned']).optional().meta({ description: 'shipped (default) or planned' }),
    requestedBy: z.array(z.string()).optional().meta({ description: 'The customers who asked for it' }),
  })
  .meta({ description: 'A feature' });

export const RulesSchema = z
  .strictObject(
    Object.fromEntries(RULE_IDS.map((r) => [r, z.enum(RULE_SETTINGS).optional()])) as Record<
      RuleId,
      z.ZodOptional<z.ZodEnum<{ error: 'error'; warning: 'warning'; info: 'info'; off: 'off' }>>
    >,
  )
  .meta({ description: 'Severity overrides: rule id -> error | warning | info | off' });

export const PackagingSchema = z
  .strictObject({
    version: z.literal(1).meta({ description: 'The format version: 1' }),
    product: ProductSchema,
    growth: GrowthSchema.optional(),
    plans: z.array(PlanSchema).min(1).meta({ description: 'The plans, from lowest to highest' }),
    features: z.array(FeatureSchema).meta({ description: 'The features' }),
    rules: RulesSchema.optional(),
  })
  .meta({
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
