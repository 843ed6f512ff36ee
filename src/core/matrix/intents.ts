// What the matrix asks for (move, classify, accept suggestions, set a limit) as minimal verified edits against one
// text. Shared by every host of the matrix: the language server answers `packagingPlanner/matrixEdit` with it.
import {
  type AcceptSuggestionsMessage,
  type EditAppliedMessage,
  type LimitAppliedMessage,
  type MoveFeatureMessage,
  type SetLimitMessage,
  type SetSignalMessage,
  type SignalsAppliedMessage,
  type SuggestionsAppliedMessage,
  staleMessage,
} from './messages';

export { staleMessage };

import { limitsLeftBehind, moveWithLimits, setFeatureLimit } from '../edit/limits';
import { setFeaturePlan } from '../edit/text-edits';
import { verifyOutcome } from '../edit/verify';
import type { CheckOptions, CheckResult } from '../model/model';
import { SIGNALS, type Signal, type TextEdit } from '../types';
import { verifiedSignalEdits } from './signal-edits';
import { verifiedSuggestionEdits } from './suggestion-edits';

type Intent<M> = Omit<M, 'documentVersion'>;
export type MatrixIntent =
  | Intent<MoveFeatureMessage>
  | Intent<SetSignalMessage>
  | Intent<AcceptSuggestionsMessage>
  | Intent<SetLimitMessage>;

export type AppliedMessage =
  | EditAppliedMessage
  | SignalsAppliedMessage
  | SuggestionsAppliedMessage
  | LimitAppliedMessage;

export interface Refusal {
  reason: 'stale' | 'invalid' | 'failed';
  message: string;
}

export type IntentOutcome = { edits: TextEdit[]; applied: AppliedMessage } | Refusal;

const WOULD_BREAK = {
  reason: 'failed',
  message: 'That change would break the file, so nothing was written.',
} as const;

const INTENT_TYPES = ['moveFeature', 'setSignal', 'acceptSuggestions', 'setLimit'] as const;
/** Most features one intent may name: a bulk edit of a whole 10,000-feature matrix, not more. */
const MAX_FEATURE_IDS = 100_000;

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const show = (x: unknown): string => {
  if (x === undefined) return 'nothing';
  const s = typeof x === 'string' ? JSON.stringify(x) : (JSON.stringify(x) ?? String(x));
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
};

/**
 * Why `x` is not a matrix intent, as a sentence for the client (the server answers it as -32602, invalid params),
 * or undefined when it is one: a known `type`, ids that are strings, a signal of the packaging test, a value that
 * is true or false, a limit that is a number ≥ 0 or 'unlimited'.
 */
export function validateIntent(x: unknown): string | undefined {
  if (!isObject(x)) return `A matrix edit is an object with a \`type\`; got ${show(x)}.`;
  const type = x.type;
  if (!(INTENT_TYPES as readonly unknown[]).includes(type))
    return `Unknown matrix edit type ${show(type)}: one of ${INTENT_TYPES.join(', ')}.`;
  const id = (key: string): string | undefined =>
    typeof x[key] === 'string' && x[key] !== ''
      ? undefined
      : `\`${key}\` of ${String(type)} must be a non-empty string; got ${show(x[key])}.`;
  const ids = (): string | undefined => {
    const v = x.featureIds;
    if (!Array.isArray(v) || v.length === 0)
      return `\`featureIds\` of ${String(type)} must be a non-empty list of feature ids; got ${show(v)}.`;
    if (v.length > MAX_FEATURE_IDS)
      return `\`featureIds\` lists ${v.length} ids; at most ${MAX_FEATURE_IDS}.`;
    const bad = v.find((i) => typeof i !== 'string' || i === '');
    return bad === undefined || (typeof bad === 'string' && bad !== '')
      ? undefined
      : `\`featureIds\` of ${String(type)} must hold feature ids (strings); got ${show(bad)}.`;
  };
  switch (type) {
    case 'moveFeature':
      return (
        id('featureId') ??
        id('planId') ??
        (x.limits === undefined || x.limits === 'carry' || x.limits === 'drop'
          ? undefined
          : `\`limits\` of moveFeature must be "carry" or "drop"; got ${show(x.limits)}.`)
      );
    case 'setSignal':
      return (
        ids() ??
        (typeof x.signal === 'string' && (SIGNALS as readonly string[]).includes(x.signal)
          ? undefined
          : `\`signal\` must be one of ${SIGNALS.join(', ')}; got ${show(x.signal)}.`) ??
        (typeof x.value === 'boolean' ? undefined : `\`value\` must be true or false; got ${show(x.value)}.`)
      );
    case 'acceptSuggestions':
      return ids();
    case 'setLimit': {
      const l = x.limit;
      return (
        id('featureId') ??
        id('planId') ??
        (l === 'unlimited' || (typeof l === 'number' && Number.isFinite(l) && l >= 0)
          ? undefined
          : `\`limit\` must be a number of 0 or more, or "unlimited"; got ${show(l)}.`)
      );
    }
  }
  return undefined;
}

/** The feature a refusal is about (the webview marks that row). */
export function intentFeature(i: MatrixIntent): string {
  const o: unknown = i;
  if (!isObject(o)) return '';
  const first = Array.isArray(o.featureIds) ? o.featureIds[0] : o.featureId;
  return typeof first === 'string' ? first : '';
}

/**
 * The edits of `intent` against `text` (checked as `result` under `options`), verified like every other edit, or
 * why there are none.
 */
export function planIntent(
  text: string,
  result: CheckResult,
  intent: MatrixIntent,
  options: CheckOptions = {},
): IntentOutcome {
  // The intent comes from a webview or another client: its shape is checked before anything is computed.
  const bad = validateIntent(intent);
  if (bad) return { reason: 'invalid', message: bad };
  const model = result.model;
  if (!model || result.syntaxError) {
    const what: Record<MatrixIntent['type'], string> = {
      moveFeature: 'moving features',
      setSignal: 'classifying features',
      acceptSuggestions: 'accepting suggestions',
      setLimit: 'editing limits',
    };
    return { reason: 'invalid', message: `Fix the YAML syntax error before ${what[intent.type]}.` };
  }
  switch (intent.type) {
    case 'moveFeature': {
      const { featureId, planId, limits } = intent;
      if (!model.plans.some((p) => p.id === planId))
        return { reason: 'invalid', message: `There is no plan "${planId}".` };
      if (!model.features.some((f) => f.id === featureId))
        return { reason: 'invalid', message: `There is no feature "${featureId}".` };
      let edits: TextEdit[];
      if (limits && limitsLeftBehind(result, featureId, planId).length > 0) {
        const withLimits = moveWithLimits(text, result, featureId, planId, limits, options);
        if (!withLimits)
          return {
            reason: 'failed',
            message: 'The limits are written in a way the matrix cannot edit safely: nothing was moved.',
          };
        edits = withLimits;
      } else {
        edits = setFeaturePlan(text, result, featureId, planId);
        if (edits.length === 0)
          return { reason: 'invalid', message: `Nothing to change: ${featureId} is already on ${planId}.` };
        const moved = verifyOutcome(
          text,
          result,
          edits,
          options,
          (after) => !!after.model?.features.some((f) => f.id === featureId && f.plan === planId),
        );
        if (!moved) return WOULD_BREAK;
      }
      return { edits, applied: { type: 'editApplied', featureId, planId } };
    }
    case 'setSignal': {
      const { featureIds, signal, value } = intent;
      const r = verifiedSignalEdits(text, result, featureIds, signal, value);
      if (!r) return WOULD_BREAK;
      // Verified like every other edit: the whole file re-checked, no new structure finding, every changed
      // feature reads the signal as set.
      if (r.changed.length > 0 && !signalsRead(text, result, r.edits, r.changed, signal, value, options))
        return WOULD_BREAK;
      if (r.changed.length === 0) {
        const why = r.skipped.length
          ? `${r.skipped.length} feature(s) cannot be edited from the matrix (unknown, invalid or aliased signals).`
          : `Nothing to change: already ${value ? 'set' : 'cleared'}.`;
        return { reason: 'invalid', message: why };
      }
      return {
        edits: r.edits,
        applied: { type: 'signalsApplied', signal, value, changed: r.changed, unchanged: r.unchanged },
      };
    }
    case 'acceptSuggestions': {
      const r = verifiedSuggestionEdits(text, result, intent.featureIds, options);
      if (!r) return WOULD_BREAK;
      if (r.changed.length === 0)
        return {
          reason: 'invalid',
          message: 'Nothing to accept: those features are classified or have no suggestion.',
        };
      return {
        edits: r.edits,
        applied: { type: 'suggestionsApplied', changed: r.changed, skipped: r.skipped },
      };
    }
    case 'setLimit': {
      const { featureId, planId, limit } = intent;
      const r = setFeatureLimit(text, result, featureId, planId, limit, options);
      if (!r.ok) return { reason: r.reason === 'failed' ? 'failed' : 'invalid', message: r.message };
      return { edits: [r.edit], applied: { type: 'limitApplied', featureId, planId, limit } };
    }
  }
}

function signalsRead(
  text: string,
  result: CheckResult,
  edits: TextEdit[],
  changed: readonly string[],
  signal: Signal,
  value: boolean,
  options: CheckOptions,
): boolean {
  return verifyOutcome(text, result, edits, options, (after) => {
    const byId = new Map<string, NonNullable<CheckResult['model']>['features'][number]>();
    for (const f of after.model?.features ?? []) if (!byId.has(f.id)) byId.set(f.id, f);
    return changed.every((id) => (byId.get(id)?.signals?.[signal] ?? false) === value);
  });
}
