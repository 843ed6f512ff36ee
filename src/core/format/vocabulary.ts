// What each key and enum value of packaging.yaml means: drives completions and hovers.
// Mirrors spec section 2; the zod schema stays the source of truth for validation.
import { ACCEPTABLE_RULES, RULE_IDS, STRUCTURE_RULES } from './schema';

export interface Term {
  name: string;
  doc: string;
}

type Values = Term[];

const t = (name: string, doc: string): Term => ({ name, doc });

const LED: Values = [
  t('product-led', 'The product itself does the work: users find, adopt and spread it on their own.'),
  t('marketing-led', 'Campaigns and content bring users in; the product converts them.'),
  t('sales-led', 'A sales team finds and closes customers.'),
];

export const KEYS: Record<string, Term[]> = {
  '': [
    t('version', 'The format version: always `1`.'),
    t('product', 'The product this file packages: `name` (required) and `url`.'),
    t('growth', 'The growth model. Fields left out take the product-led defaults.'),
    t('plans', 'The plans, ordered from lowest to highest. A plan is free when its price is 0.'),
    t('addOns', 'Add-ons sold on top of a plan: `id`, `price`, and `from`, the lowest plan that can buy it.'),
    t('features', 'The features, each placed on the lowest plan that includes it (or on an add-on).'),
    t(
      'accept',
      'Findings that name no feature, accepted by the team: rule id → the reason. Shown, never counted.',
    ),
    t(
      'rules',
      'Severity overrides: rule id → error | warning | info | off. Wins over the editor settings; structure rules stay errors.',
    ),
  ],
  product: [t('name', 'The product name (required).'), t('url', 'The product web site.')],
  growth: [
    t('acquisition', 'How users find the product. Default `product-led`.'),
    t('retention', 'What keeps users coming back. Default `product-led`.'),
    t('monetization', 'How revenue is collected. Default `self-serve`.'),
    t(
      'relationship',
      '`one-to-many` when collaboration is at the core, else `single-player`. Default `one-to-many`.',
    ),
    t('freeOffer', 'The free offer: freemium, trial, both, or none. Default `freemium`.'),
    t('trialDays', 'Trial length in days (an integer > 0); only with `trial` or `freemium-and-trial`.'),
    t('freemiumGoals', 'Why there is a free offer at all: free users cost money, so name what they bring.'),
    t(
      'qualifiedBy',
      'The product signals that qualify an account for sales (product-qualified leads), under product-led sales.',
    ),
    t(
      'valueMetric',
      'The feature id whose amount the price scales with (seats, contacts, GB): the wall a growing customer should pay to lift.',
    ),
  ],
  'plans.#': [
    t('id', 'The plan id: lowercase letters, digits and dashes, unique among plans.'),
    t('name', 'Display name (default: the id).'),
    t('price', 'A number ≥ 0, or `contact-sales`. Price 0 makes the plan free.'),
    t('per', 'What the price is per: seat | workspace | account | usage.'),
    t('period', 'Billing period: month | year.'),
    t(
      'minSeats',
      'The fewest seats a customer can buy (an integer ≥ 1); only with `per: seat`. The entry price is price × minSeats.',
    ),
    t('salesAssisted', '`true` when the plan is bought through sales even with a list price: a sales plan.'),
  ],
  'addOns.#': [
    t('id', 'The add-on id: lowercase letters, digits and dashes, unique among add-ons.'),
    t('name', 'Display name (default: the id).'),
    t('price', 'A number ≥ 0, or `contact-sales`.'),
    t('per', 'What the price is per: seat | workspace | account | usage.'),
    t('period', 'Billing period: month | year.'),
    t(
      'from',
      'The lowest plan that can buy it (default: the lowest plan). A `0` price from a free plan puts its features on the free side.',
    ),
    t('requires', 'Add-on ids that must be bought with this one.'),
    t('excludes', 'Add-on ids that cannot be bought with this one.'),
  ],
  'features.#': [
    t('id', 'The feature id: lowercase letters, digits and dashes, unique among features.'),
    t('name', 'Display name (default: the id).'),
    t('description', 'What the feature does.'),
    t('category', 'Groups rows in the matrix.'),
    t('plan', 'The LOWEST plan that includes it; every higher plan includes it too. Or use `addOn`.'),
    t(
      'addOn',
      'The add-on this feature comes with (on the paid side, unless the add-on costs 0 from a free plan). Beside `plan`: included from `plan`, sold as this add-on below it.',
    ),
    t('unit', 'What `limits` counts (boards, seats, GB…).'),
    t(
      'limits',
      'Usage walls: plan id → number ≥ 0 (decimals allowed) or `unlimited`. A plan left out has no limit; 0 means not in practice.',
    ),
    t(
      'lowerIsBetter',
      '`true` when the limit is better lower (a polling interval, a response time): not a usage wall, and `unlimited` does not apply.',
    ),
    t('signals', 'The packaging test: growth signals, friction and expansion.'),
    t('status', '`shipped` (default) or `planned`.'),
    t('requestedBy', 'The customers who asked for it.'),
    t('rationale', 'Why it sits where it does, in a sentence: every face shows it beside the feature.'),
    t('accept', 'Findings on this feature the team accepted: rule id → the reason. Shown, never counted.'),
  ],
  'features.#.signals': [
    t('virality', 'Sharing, invites, public output: network effects bring new users. Argues for free.'),
    t('universality', 'Enough for nearly every user, whatever their complexity. Argues for free.'),
    t('ahaMoment', 'Needed to reach first value: users who never get there never activate. Argues for free.'),
    t('habitLoop', 'Brings users back: notifications, channels, reminders. Argues for free.'),
    t(
      'friction',
      'Giving it away would hurt the growth model: slows the spread, privacy walls, approvals, enforced controls. Argues for paid.',
    ),
    t(
      'expansion',
      'Its use grows with the value a customer gets (history, volume, seats, admin at scale): charge as they grow.',
    ),
  ],
};

export const VALUES: Record<string, Values> = {
  version: [t('1', 'Version 1 of the format.')],
  'growth.acquisition': LED,
  'growth.retention': LED,
  'growth.monetization': [
    t('self-serve', 'Customers upgrade on their own, with a card.'),
    t('product-led-sales', 'Product usage qualifies accounts; sales closes the larger deals.'),
    t('sales-led', 'Every deal goes through sales.'),
  ],
  'growth.relationship': [
    t('one-to-many', 'Collaboration is at the core: each user brings others.'),
    t('single-player', 'One user gets value alone.'),
  ],
  'growth.freeOffer': [
    t('freemium', 'A free plan forever, with walls that make teams upgrade.'),
    t('trial', 'Time-bound access to paid plans; alienates larger organisations that evaluate slowly.'),
    t('freemium-and-trial', 'A free plan plus a trial of the paid plans.'),
    t('none', 'No free offer.'),
  ],
  'growth.freemiumGoals': [
    t('poc', 'Proof of concept: teams prove the product on real work before buying.'),
    t('indirect-monetization', 'Free users bring in the people who pay (invites, sharing, network effects).'),
    t('strategic-land', 'Land in an account now, expand later.'),
    t('commoditization', 'Make a category free to undercut paid competitors.'),
    t('product-discovery', 'Learn what users need from a large free base.'),
    t('data-collection', 'Free usage produces data that makes the product better.'),
  ],
  'plans.#.price': [t('0', 'A free plan.'), t('contact-sales', 'No public price: customers talk to sales.')],
  'plans.#.per': [
    t('seat', 'Per user.'),
    t('workspace', 'Per workspace or team.'),
    t('account', 'Per account.'),
    t('usage', 'Metered by usage.'),
  ],
  'plans.#.period': [t('month', 'Billed monthly.'), t('year', 'Billed yearly.')],
  'plans.#.salesAssisted': [
    t('true', 'Bought through sales: a sales plan.'),
    t('false', 'Bought self-serve (default).'),
  ],
  'addOns.#.price': [t('contact-sales', 'No public price: customers talk to sales.')],
  'addOns.#.per': [
    t('seat', 'Per user.'),
    t('workspace', 'Per workspace or team.'),
    t('account', 'Per account.'),
    t('usage', 'Metered by usage.'),
  ],
  'addOns.#.period': [t('month', 'Billed monthly.'), t('year', 'Billed yearly.')],
  'growth.qualifiedBy': [
    t('usage-volume', 'How much the account uses the product.'),
    t('usage-velocity', 'How fast its use grows.'),
    t('feature-breadth', 'How many features it uses.'),
    t('team-spread', 'How many people and teams in the account use it.'),
    t('demographics', 'Who the account is: size, industry, role.'),
    t('use-case', 'What the account uses it for.'),
  ],
  'features.#.lowerIsBetter': [
    t('true', 'Lower is better: a higher plan has a lower number (an interval, a response time).'),
    t('false', 'Higher is better: a usage wall (default).'),
  ],
  'features.#.status': [t('shipped', 'Available today (default).'), t('planned', 'On the roadmap.')],
  'features.#.signals.*': [
    t('true', 'The feature has this signal.'),
    t('false', 'It does not (same as leaving it out).'),
  ],
  'features.#.limits.*': [t('unlimited', 'No limit on this plan.')],
  'rules.*': [
    t('error', 'Report as an error.'),
    t('warning', 'Report as a warning.'),
    t('info', 'Report as information.'),
    t('off', 'Do not report.'),
  ],
};

KEYS.rules = RULE_IDS.map((id) =>
  t(
    id,
    (STRUCTURE_RULES as readonly string[]).includes(id)
      ? `Severity of the \`${id}\` rule: a structure rule, the file cannot set it below error.`
      : `Severity of the \`${id}\` rule.`,
  ),
);
const acceptTerms = ACCEPTABLE_RULES.map((id) =>
  t(id, `Accept \`${id}\` findings here: write the team's reason.`),
);
KEYS.accept = acceptTerms;
KEYS['features.#.accept'] = acceptTerms;

/** Path as used by the tables: ['features', '#', 'signals'] -> 'features.#.signals'. */
export function pathKey(path: readonly string[]): string {
  return path.join('.');
}

/** The allowed values of `key` under `path`, if they are a closed set. */
export function valuesFor(path: readonly string[], key: string): Values | undefined {
  const exact = VALUES[pathKey([...path, key])];
  if (exact) return exact;
  return VALUES[pathKey([...path, '*'])];
}

export function keyTerm(path: readonly string[], key: string): Term | undefined {
  return KEYS[pathKey(path)]?.find((k) => k.name === key);
}
