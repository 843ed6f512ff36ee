import { CAPABILITIES, CAPABILITY_BY_ID, type Capability, TYPE_FALLBACK } from './capabilities';

// Recognising a capability: whole-word phrase lookup over normalised text. Linear in the text for each
// phrase (plain substring search on space-padded words, no regular expression over user text that
// could backtrack), and a feature's text is short.

/** Words a name may carry around its core noun without changing what it is ("Unlimited tasks"). */
const FILLER = new Set([
  'unlimited',
  'basic',
  'create',
  'my',
  'your',
  'the',
  'of',
  'all',
  'private',
  'public',
  'included',
  'active',
]);

/** Recent `normalise` answers: a file's names are normalised by the matcher, the suggester and the market figure. */
const NORMALISED = new Map<string, string>();
const NORMALISED_MAX = 50_000;

/** Lower-case words separated by single spaces: camelCase, kebab, snake and punctuation split; plural `s` dropped. */
export function normalise(text: string): string {
  const hit = NORMALISED.get(text);
  if (hit !== undefined) return hit;
  const out = normaliseText(text);
  // bounded: a long session of edits forgets everything at once rather than growing without end
  if (NORMALISED.size >= NORMALISED_MAX) NORMALISED.clear();
  if (text.length <= 2000) NORMALISED.set(text, out);
  return out;
}

let ownOf: { product: string | undefined; words: ReadonlySet<string> } | undefined;

/** The words of the product's name (a feature's name drops them); one set per product, read-only. */
export function productWords(product: string | undefined): ReadonlySet<string> {
  if (ownOf?.product !== product || !ownOf)
    ownOf = { product, words: new Set(product ? normalise(product).split(' ') : []) };
  return ownOf.words;
}

function normaliseText(text: string): string {
  const words: string[] = [];
  let word = '';
  const src = text.slice(0, 2000).normalize('NFKD');
  // one pass, no regular expression that could backtrack: a word ends at a non-alphanumeric, before an
  // upper-case letter that follows a lower-case letter or digit ("samlSso"), and before the last capital
  // of a run that a lower-case letter follows ("SAMLSso" -> "saml sso")
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    const upper = c >= 'A' && c <= 'Z';
    const lower = c >= 'a' && c <= 'z';
    const digit = c >= '0' && c <= '9';
    if (c >= '\u0300' && c <= '\u036f') continue; // an accent NFKD split off: "résumé" is one word
    if (!upper && !lower && !digit) {
      if (word) words.push(word);
      word = '';
      continue;
    }
    if (upper && word) {
      const prev = src[i - 1]!;
      const next = src[i + 1] ?? '';
      const prevUpper = prev >= 'A' && prev <= 'Z';
      if (!prevUpper || (next >= 'a' && next <= 'z')) {
        words.push(word);
        word = '';
      }
    }
    word += c.toLowerCase();
  }
  if (word) words.push(word);
  return words.map(stem).join(' ');
}

function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`; // "repositories" -> "repository"
  return w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w) ? w.slice(0, -1) : w;
}

interface Compiled {
  cap: Capability;
  phrases: string[];
  whole: Set<string>;
}

/** A phrase by its first word: the text's words look up the phrases that can start there (no scan of them all). */
interface Entry {
  /** position of its capability in COMPILED, then of the phrase in the capability: the scan's order */
  cap: number;
  phrase: number;
  words: string[];
}

interface Index {
  COMPILED: Compiled[];
  BY_FIRST_WORD: Map<string, Entry[]>;
  /** whole name -> the capabilities that take it, in COMPILED order */
  BY_WHOLE: Map<string, number[]>;
}

// Built on first use: a `check` that never suggests (the CLI's cold start) does not pay for it.
let index: Index | undefined;
function taxonomyIndex(): Index {
  if (index) return index;
  const COMPILED: Compiled[] = CAPABILITIES.map((cap) => ({
    cap,
    phrases: cap.phrases.map((p) => ` ${normalise(p)} `),
    whole: new Set((cap.wholeName ?? []).map(normalise)),
  }));
  const BY_FIRST_WORD = new Map<string, Entry[]>();
  for (const [cap, c] of COMPILED.entries())
    for (const [phrase, p] of c.phrases.entries()) {
      const words = p.trim().split(' ');
      const list = BY_FIRST_WORD.get(words[0]!) ?? [];
      list.push({ cap, phrase, words });
      BY_FIRST_WORD.set(words[0]!, list);
    }
  const BY_WHOLE = new Map<string, number[]>();
  for (const [cap, c] of COMPILED.entries())
    for (const w of c.whole) BY_WHOLE.set(w, [...(BY_WHOLE.get(w) ?? []), cap]);
  index = { COMPILED, BY_FIRST_WORD, BY_WHOLE };
  return index;
}

/** What a feature says about itself; every field optional. */
export interface FeatureText {
  /** the feature id or Pricing2Yaml key */
  id?: string;
  name?: string;
  description?: string;
  /** the packaging file's `category`, or the Pricing2Yaml `type` */
  category?: string;
  /** the product's name: its words are dropped from the feature's name ("Slack lists" is not a Slack integration) */
  product?: string;
}

export interface CapabilityMatch {
  capability: Capability;
  /** what matched: a phrase of the name, of the description, or the Pricing2Yaml type */
  via: 'name' | 'description' | 'type';
  phrase: string;
}

/** Pricing2Yaml types and the importer's categories for them; any other category (a tag) says nothing. */
const KNOWN_TYPES = new Set(
  'DOMAIN AUTOMATION INTEGRATION SUPPORT MANAGEMENT GUARANTEE INFORMATION PAYMENT Core Automation Integrations Support Management Guarantees Information Payment'.split(
    ' ',
  ),
);

const SUPPORT_TYPES = new Set(['SUPPORT', 'Support']);

function typeAllowed(cap: Capability, category: string | undefined): boolean {
  // a Support row is a way to get help ("Live chat" is a support channel, not messaging)
  if (category !== undefined && SUPPORT_TYPES.has(category))
    return cap.types?.includes(category) === true || cap.byTier?.includes('support') === true;
  return !cap.types || category === undefined || !KNOWN_TYPES.has(category) || cap.types.includes(category);
}

/**
 * The first capability (in COMPILED order, type allowed) with a phrase in `padded` (" word word "), and its first
 * such phrase: what `padded.includes(phrase)` over every phrase finds, by looking up each word's phrases.
 */
function findIn(padded: string, category: string | undefined): CapabilityMatch | undefined {
  const { COMPILED, BY_FIRST_WORD } = taxonomyIndex();
  const words = padded.split(' ');
  let best: Entry | undefined;
  for (let i = 0; i < words.length; i++) {
    const list = words[i] === '' ? undefined : BY_FIRST_WORD.get(words[i]!);
    if (!list) continue;
    for (const e of list) {
      if (best && (e.cap > best.cap || (e.cap === best.cap && e.phrase >= best.phrase))) continue;
      if (i + e.words.length > words.length) continue;
      let at = true;
      for (let j = 1; j < e.words.length && at; j++) at = words[i + j] === e.words[j];
      if (at && typeAllowed(COMPILED[e.cap]!.cap, category)) best = e;
    }
  }
  return best
    ? {
        capability: COMPILED[best.cap]!.cap,
        via: 'name',
        phrase: COMPILED[best.cap]!.phrases[best.phrase]!.trim(),
      }
    : undefined;
}

/** The last answer: the suggester and the market figure ask about the same feature one after the other. */
let last:
  | { f: Required<Record<keyof FeatureText, string | undefined>>; m: CapabilityMatch | undefined }
  | undefined;

/** The capability a feature is, or undefined when none is recognised. */
export function matchCapability(f: FeatureText): CapabilityMatch | undefined {
  const l = last?.f;
  if (
    l &&
    l.id === f.id &&
    l.name === f.name &&
    l.description === f.description &&
    l.category === f.category &&
    l.product === f.product
  )
    return last!.m;
  const m = matchUncached(f);
  last = {
    f: { id: f.id, name: f.name, description: f.description, category: f.category, product: f.product },
    m,
  };
  return m;
}

function matchUncached(f: FeatureText): CapabilityMatch | undefined {
  const own = productWords(f.product);
  const names = [f.id, f.name]
    .filter((s): s is string => typeof s === 'string' && s !== '')
    .map((s) => {
      // the product's own words are not what the feature is ("Slack lists"), unless they are all of it ("Boards")
      const all = normalise(s);
      const rest = all
        .split(' ')
        .filter((w) => !own.has(w))
        .join(' ');
      return rest === '' ? all : rest;
    });
  const { COMPILED, BY_WHOLE } = taxonomyIndex();
  for (const n of names) {
    const core = n
      .split(' ')
      .filter((w) => !FILLER.has(w))
      .join(' ');
    for (const cap of BY_WHOLE.get(core) ?? [])
      if (typeAllowed(COMPILED[cap]!.cap, f.category))
        return { capability: COMPILED[cap]!.cap, via: 'name', phrase: core };
  }
  const name = names.length ? ` ${names.join(' ')} ` : '';
  const byName = name ? findIn(name, f.category) : undefined;
  if (byName) return byName;
  if (f.description) {
    const byDesc = findIn(` ${normalise(f.description)} `, f.category);
    if (byDesc) return { ...byDesc, via: 'description' };
  }
  const fallback = f.category !== undefined ? TYPE_FALLBACK[f.category] : undefined;
  const cap = fallback ? CAPABILITY_BY_ID.get(fallback) : undefined;
  return cap ? { capability: cap, via: 'type', phrase: f.category! } : undefined;
}
