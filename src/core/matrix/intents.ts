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
import type { TextEdit } from '../types';
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

/** The feature a refusal is about (the webview marks that row). */
export function intentFeature(i: MatrixIntent): string {
  return 'featureIds' in i ? (i.featureIds[0] ?? '') : i.featureId;
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
