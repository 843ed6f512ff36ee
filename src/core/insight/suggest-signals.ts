import { isScalar } from 'yaml';
import { classify } from '../model/classify';
import type { FeatureModel, PackagingModel } from '../model/model';
import type { Recommendation as CoreRecommendation } from '../types';
import { type Capability, SIGNAL_NAMES, type SignalName } from './taxonomy/capabilities';
import {
  type CapabilityMatch,
  type FeatureText,
  matchCapability,
  normalise,
  productWords,
} from './taxonomy/match';
import reliabilityJson from './taxonomy/reliability.json';

// Suggested signals for a feature that has none: the six questions of spec §3.1 answered one by one, each from
// evidence — the feature's name (and the variant words in it), its unit and limits, the product's value
// metric, the two patterns of §3.1 (the wall of a core capability; a basic/advanced pair in the same file),
// and the capability it is when the match is sure. No suggestion when no question has a plain yes, unless
// the feature is a kind the spec itself places by tier (support tiers, SLAs, audit logs, …): never an empty
// `either` for lack of evidence. Measured against the hand-labelled set (test/fixtures/signals).

/** A suggestion always answers every signal, so never `unclassified`. */
export type Recommendation = Exclude<CoreRecommendation, 'unclassified'>;

/** What the suggester reads: the feature's text, and what the file says about its amount and its siblings. */
export interface FeatureEvidence extends FeatureText {
  /** the feature's `unit` */
  unit?: string;
  /** some plan has a numeric limit on it */
  numericLimit?: boolean;
  /** the limit on a free plan that includes it, when numeric */
  freeLimit?: number;
  /** `growth.valueMetric` names it: the metric the product bills by */
  valueMetric?: boolean;
  /** the names (or ids) of the file's other features, for the basic/advanced pair */
  siblings?: readonly string[];
}

/** The file's name for the value metric, as written (`growth.valueMetric`), if any. */
export function valueMetricOf(model: Pick<PackagingModel, 'growth'>): string | undefined {
  const typed = (model.growth as { valueMetric?: unknown }).valueMetric;
  if (typeof typed === 'string') return typed;
  const node = model.growth.written.get('valueMetric');
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

const NAMES = new WeakMap<readonly unknown[], string[]>();
/** The file's feature names, built once per model (a row is never its own pair: the pair needs the other kind). */
function namesOf(features: readonly Pick<FeatureModel, 'name'>[]): string[] {
  let names = NAMES.get(features);
  if (!names) {
    names = features.map((g) => g.name);
    NAMES.set(features, names);
  }
  return names;
}

/** The evidence of a feature of a checked file: its text, unit and limits, the product and the other features. */
export function evidenceOf(
  f: Pick<FeatureModel, 'id' | 'name' | 'description' | 'category' | 'unit' | 'limits' | 'freeLimits'>,
  model?: Pick<PackagingModel, 'productName' | 'features' | 'growth'>,
): FeatureEvidence {
  const free = f.freeLimits.find((x) => typeof x.limit === 'number')?.limit;
  return {
    id: f.id,
    name: f.name,
    ...(f.description !== undefined ? { description: f.description } : {}),
    ...(f.category !== undefined ? { category: f.category } : {}),
    ...(f.unit !== undefined ? { unit: f.unit } : {}),
    ...(Object.values(f.limits).some((v) => typeof v === 'number') ? { numericLimit: true } : {}),
    ...(typeof free === 'number' ? { freeLimit: free } : {}),
    ...(model?.productName ? { product: model.productName } : {}),
    ...(model && valueMetricOf(model) === f.id ? { valueMetric: true } : {}),
    ...(model ? { siblings: namesOf(model.features) } : {}),
  };
}

/** Where an answer comes from. */
export type EvidenceSource = 'capability' | 'variant' | 'pair' | 'unit' | 'value-metric' | 'wall' | 'spec';

export interface SignalAnswer {
  answer: boolean;
  /** why, in the question's terms (always present for `true`; present for `false` when something said no) */
  evidence?: string;
  source?: EvidenceSource;
}

export interface SignalSuggestion {
  feature?: string;
  /** the capability it is, when the match is sure; absent when the suggestion rests on the unit and limits */
  capability?: Capability;
  match?: CapabilityMatch;
  /** the answer to each question, with its evidence */
  answers: Record<SignalName, SignalAnswer>;
  /** every signal of the format, true or false */
  signals: Record<SignalName, boolean>;
  /** why, for each true signal: the question's yes in its own words, then the evidence */
  why: Partial<Record<SignalName, string>>;
  recommendation: Recommendation;
  /** what the suggestion rests on, in a few words: the capability's name, or the unit or value metric */
  basis: string;
  /** its unit is a unit of use (minutes, GB, runs, credits…) with a numeric limit: a metered quota */
  metered: boolean;
}

/** The suggestion for a feature of a checked file (its evidence from the file). */
export function suggestFor(
  f: Parameters<typeof evidenceOf>[0],
  model?: Parameters<typeof evidenceOf>[1],
  options?: SuggestOptions,
): SignalSuggestion | undefined {
  return suggestSignals(evidenceOf(f, model), options);
}

/** "virality (normal use pulls in …: guests …); expansion (…)", or why nothing is true. */
export function suggestionSentence(s: SignalSuggestion): string {
  const on = SIGNAL_NAMES.filter((x) => s.signals[x]);
  return on.length
    ? `${s.basis}: ${on.map((x) => `${x} (${s.why[x]})`).join('; ')}`
    : `${s.basis}: no question answers yes (${s.answers.virality.evidence ?? 'placed by tier'})`;
}

/** Each question's "yes", shortened, as a suggested `true` states it. */
export const YES_WORDS: Record<SignalName, string> = {
  virality: 'normal use pulls in people who are not users yet',
  universality: 'a one-person user and a large company’s employee both use it as is',
  ahaMoment: 'a new user must use it in the first session to get the core value',
  habitLoop: 'it sends the account’s own users a trigger that brings them back',
  friction: 'free for everyone, it would slow the spread',
  expansion: 'the amount used grows as the customer grows and can be counted and walled',
};

/** The packaging test (the core's classifier) over a full set of answers. */
export function recommendationOf(signals: Partial<Record<SignalName, boolean>>): Recommendation {
  return classify(signals).recommendation as Recommendation;
}

const ADVANCED = new Set([
  'advanced',
  'custom',
  'full',
  'enterprise',
  'premium',
  'organization',
  'organisation',
  'company',
  'connected',
  'granular',
]);
const BASIC = new Set(['basic', 'limited', 'standard', 'simple', 'essential']);
/** Units that count people brought in from outside: each one is a person the product reaches. */
const PERSON_UNITS = new Set([
  'attendee',
  'participant',
  'guest',
  'collaborator',
  'invitee',
  'viewer',
  'respondent',
]);
/** Capabilities that are the product's core: a row that walls them carries their growth signals (§3.1). */
const CORE_LIKE = new Set(['core', 'usage-quota', 'meetings', 'message-history', 'messaging']);

/** The words of a name without the product's own (unless they are all of it: "Boards" in "Acme Boards"). */
function words(s: string | undefined, own: ReadonlySet<string>): string[] {
  const all = s
    ? normalise(s)
        .split(' ')
        .filter((w) => w !== '')
    : [];
  const rest = all.filter((w) => !own.has(w));
  return rest.length ? rest : all;
}

const GROWTH = ['virality', 'universality', 'ahaMoment', 'habitLoop'] as const;
const OF_WORDS = new Set(['on', 'for', 'in', 'within', 'inside', 'to']);

/** The capability phrase follows "on", "for", "in"…: the feature is about the capability, not the capability. */
function subFeature(name: readonly string[], phrase: string): string | undefined {
  const p = phrase.split(' ');
  for (let i = 1; i + p.length <= name.length; i++)
    if (OF_WORDS.has(name[i - 1]!) && p.every((w, j) => name[i + j] === w)) return phrase;
  return undefined;
}

/** A file's rows by the name without variant words: which have an advanced variant word, which not. */
type PairIndex = Map<string, { advanced?: string; other?: string }>;
const PAIR_INDEX = new WeakMap<readonly string[], { own: string; index: PairIndex }>();

/** Each sibling name's words without variant words, and whether it has an advanced one (for one product's words). */
let SIBLING: { own: string; map: Map<string, { rest: string; advanced: boolean }> } = {
  own: '',
  map: new Map(),
};

/** Built once per siblings list (the matrix asks for every row of one file with the same list). */
function pairIndex(siblings: readonly string[], own: ReadonlySet<string>): PairIndex {
  const key = [...own].join(' ');
  const hit = PAIR_INDEX.get(siblings);
  if (hit && hit.own === key) return hit.index;
  const index: PairIndex = new Map();
  if (SIBLING.own !== key || SIBLING.map.size > 50_000) SIBLING = { own: key, map: new Map() };
  for (const s of siblings) {
    let sib = SIBLING.map.get(s);
    if (!sib) {
      const sw = words(s, own);
      sib = {
        rest: sw.filter((w) => !ADVANCED.has(w) && !BASIC.has(w)).join(' '),
        advanced: sw.some((w) => ADVANCED.has(w)),
      };
      SIBLING.map.set(s, sib);
    }
    const e = index.get(sib.rest) ?? {};
    if (sib.advanced) e.advanced ??= s;
    else e.other ??= s;
    index.set(sib.rest, e);
  }
  PAIR_INDEX.set(siblings, { own: key, index });
  return index;
}

/** The variant a name says it is, and whether the file also has the other half of the pair. */
function variantOf(
  name: readonly string[],
  siblings: readonly string[] | undefined,
  own: ReadonlySet<string>,
): { kind?: 'advanced' | 'basic'; word?: string; pair?: string } {
  const adv = name.find((w) => ADVANCED.has(w));
  const bas = name.find((w) => BASIC.has(w));
  const kind = adv ? 'advanced' : bas ? 'basic' : undefined;
  if (!kind) return {};
  const word = (adv ?? bas)!;
  const rest = name.filter((w) => !ADVANCED.has(w) && !BASIC.has(w)).join(' ');
  if (rest === '' || !siblings?.length) return { kind, word };
  const e = pairIndex(siblings, own).get(rest);
  const pair = kind === 'advanced' ? e?.other : e?.advanced;
  return pair !== undefined ? { kind, word, pair } : { kind, word };
}

/** The feature's name has a basic or advanced variant word: only then does `pairOf` read the other features. */
export function hasVariantWord(
  f: Pick<FeatureModel, 'id' | 'name'>,
  productName: string | undefined,
): boolean {
  const own = productWords(productName);
  return words(f.name ?? f.id, own).some((w) => ADVANCED.has(w) || BASIC.has(w));
}

/**
 * The other half of the basic/advanced pair the feature's name is in, when the file has one: all that the
 * suggestion reads of the file's other features (a cache of suggestions keys on it).
 */
export function pairOf(
  f: Pick<FeatureModel, 'id' | 'name'>,
  model: Pick<PackagingModel, 'productName' | 'features'>,
): string | undefined {
  const own = productWords(model.productName);
  return variantOf(words(f.name ?? f.id, own), namesOf(model.features), own).pair;
}

/**
 * How often each kind of suggestion (its capability, or `unit` when only the unit and limits spoke) gave the
 * labelled set's recommendation, on the products that labelled it (taxonomy/reliability.json, rebuilt by
 * `tsx scripts/signals-reliability.ts`). A kind that agreed on fewer than `RELIABLE_SHARE` of at least
 * `RELIABLE_MIN` features is not suggested: the one part of the suggester learned from labels, and the part
 * the leave-one-product-out measure re-learns without the product it scores.
 */
export type Reliability = Record<string, { suggested: number; agreed: number }>;
export const RELIABILITY: Reliability = (reliabilityJson as { kinds: Reliability }).kinds;
export const RELIABLE_SHARE = 0.75;
export const RELIABLE_MIN = 4;

export function unreliableKinds(r: Reliability): Set<string> {
  return new Set(
    Object.entries(r)
      .filter(([, c]) => c.suggested >= RELIABLE_MIN && c.agreed / c.suggested < RELIABLE_SHARE)
      .map(([k]) => k),
  );
}
const UNRELIABLE = unreliableKinds(RELIABILITY);

/** The kind a suggestion counts under for reliability: its capability, or how it was reached without one. */
export function kindOf(s: Pick<SignalSuggestion, 'capability' | 'answers' | 'metered'>): string {
  if (s.capability) return s.capability.id;
  if (s.answers.expansion.source === 'value-metric') return 'value-metric';
  return s.metered ? 'metered' : 'unit';
}

/**
 * Units of use itself, the spec's own expansion list (storage, runs, minutes, credits, sends, calls…): a quota
 * in one of them is metered use, never an integration. A count of other objects (documents, locations) is a
 * weaker sign and is gated separately.
 */
const METERED_UNITS = new Set([
  'minute',
  'min',
  'hour',
  'gb',
  'mb',
  'tb',
  'byte',
  'storage',
  'run',
  'build',
  'task',
  'credit',
  'call',
  'request',
  'send',
  'email',
  'sm',
  'token',
  'message',
  'contact',
  'record',
  'seat',
  'user',
]);

export interface SuggestOptions {
  /** kinds not to suggest; default: those the labelled set found unreliable. An empty set turns the gate off. */
  unreliable?: ReadonlySet<string>;
}

/** The answers to the six questions, or undefined when the evidence is too weak to suggest. */
export function suggestSignals(
  f: FeatureEvidence,
  options: SuggestOptions = {},
): SignalSuggestion | undefined {
  const s = answerQuestions(f);
  return s && !(options.unreliable ?? UNRELIABLE).has(kindOf(s)) ? s : undefined;
}

function answerQuestions(f: FeatureEvidence): SignalSuggestion | undefined {
  const own = productWords(f.product);
  const name = [...words(f.id, own), ...words(f.name, own)];
  const m = matchCapability(f);
  // a match on the description alone is too loose ("site" in "sell on your site"): no capability
  const match = m && m.via !== 'description' ? m : undefined;
  const cap = match?.capability;
  const answers = Object.fromEntries(SIGNAL_NAMES.map((s) => [s, { answer: false }])) as Record<
    SignalName,
    SignalAnswer
  >;
  const yes = (s: SignalName, evidence: string, source: EvidenceSource) => {
    answers[s] = { answer: true, evidence, source };
  };
  const no = (s: SignalName, evidence: string, source: EvidenceSource) => {
    answers[s] = { answer: false, evidence, source };
  };

  const unitWords = words(f.unit, new Set());
  const counted =
    f.unit !== undefined && unitWords.length > 0 && (f.numericLimit === true || f.freeLimit !== undefined);
  const wall = f.freeLimit !== undefined ? `, ${f.freeLimit} on the free plan` : '';
  const variant = variantOf(words(f.name ?? f.id, own), f.siblings, own);

  if (cap) for (const s of SIGNAL_NAMES) if (cap.yes[s]) yes(s, cap.yes[s]!, 'capability');
  // "public" decides nothing alone; on the core object ("Public repositories") the output is public
  if (cap?.id === 'core' && name.includes('public'))
    yes('virality', 'the core object made public: visitors who are not users yet see it', 'capability');
  // the advanced variant answers its own questions (§3.1: "usually expansion, friction or nothing"), and so does
  // a feature of a capability that is not the capability itself ("conditional logic on forms")
  const sub = match ? subFeature(name, match.phrase) : undefined;
  if (variant.kind === 'advanced' || sub) {
    const why = sub
      ? `a feature of ${sub}, not ${sub} itself: it answers its own questions`
      : variant.pair
        ? `the “${variant.word}” half of a basic/advanced pair (with “${variant.pair}”) answers its own questions`
        : `the “${variant.word}” variant: it answers its own questions (the spec answers universality no for every advanced, custom or full variant)`;
    for (const s of GROWTH) if (answers[s].answer) no(s, why, variant.pair && !sub ? 'pair' : 'variant');
  } else if (variant.kind === 'basic' && variant.pair) {
    for (const s of GROWTH)
      if (answers[s].answer)
        answers[s] = {
          ...answers[s],
          evidence: `${answers[s].evidence} (the basic half of a pair with “${variant.pair}”)`,
          source: 'pair',
        };
  }
  // a counted unit with a numeric wall speaks to expansion — a metered quota, never a plain integration
  if (counted) {
    const also = answers.expansion.answer ? `${answers.expansion.evidence}; ` : '';
    yes('expansion', `${also}counted in ${f.unit}${wall}`, 'unit');
    if (unitWords.some((w) => PERSON_UNITS.has(w)))
      yes('virality', `each of the ${f.unit} counted is a person the product reaches`, 'unit');
    if (cap && CORE_LIKE.has(cap.id) && variant.kind !== 'advanced')
      answers.expansion = {
        answer: true,
        evidence: `the wall of a core capability (${cap.name.toLowerCase()}): counted in ${f.unit}${wall}`,
        source: 'wall',
      };
  }
  if (f.valueMetric) yes('expansion', 'the product’s value metric: what it bills by', 'value-metric');

  const any = SIGNAL_NAMES.some((s) => answers[s].answer);
  if (!any) {
    // no plain yes: suggest `either` only for a kind the spec itself places by tier, each no with its reason
    if (!cap?.byTier || counted) return undefined;
    for (const s of SIGNAL_NAMES) no(s, cap.byTier, 'spec');
  }
  const signals = Object.fromEntries(SIGNAL_NAMES.map((s) => [s, answers[s].answer])) as Record<
    SignalName,
    boolean
  >;
  const why: Partial<Record<SignalName, string>> = {};
  for (const s of SIGNAL_NAMES) if (answers[s].answer) why[s] = `${YES_WORDS[s]}: ${answers[s].evidence}`;
  return {
    ...(f.id !== undefined ? { feature: f.id } : {}),
    ...(cap && match ? { capability: cap, match } : {}),
    answers,
    signals,
    why,
    recommendation: recommendationOf(signals),
    metered: counted && unitWords.some((w) => METERED_UNITS.has(w)),
    basis: cap
      ? cap.name
      : answers.expansion.source === 'value-metric'
        ? 'the value metric'
        : `its unit (${f.unit})`,
  };
}
