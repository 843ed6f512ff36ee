// The matrix's intents (what a PM asks for) and what the host answers when one was applied. The core computes
// them (intents.ts); src/protocol.ts re-exports them for the webview and the extension host.
import type { Signal } from '../types';

/** A move was applied (the matching `render` follows through the document change). */
export interface EditAppliedMessage {
  type: 'editApplied';
  featureId: string;
  planId: string;
}

/** A signal was set for `changed` features in one edit (the matching `render` follows). */
export interface SignalsAppliedMessage {
  type: 'signalsApplied';
  signal: Signal;
  value: boolean;
  /** ids whose text changed */
  changed: string[];
  /** ids already answered that way */
  unchanged: string[];
}

/** Suggested `signals` blocks were written for `changed` features in one edit (the matching `render` follows). */
export interface SuggestionsAppliedMessage {
  type: 'suggestionsApplied';
  changed: string[];
  /** ids with nothing to accept any more (classified meanwhile, no suggestion) */
  skipped: string[];
}

/** A limit was written (the matching `render` follows). */
export interface LimitAppliedMessage {
  type: 'limitApplied';
  featureId: string;
  planId: string;
  limit: number | 'unlimited';
}

/** Make `planId` the feature's lowest plan, computed against the document at `documentVersion`. */
export interface MoveFeatureMessage {
  type: 'moveFeature';
  featureId: string;
  planId: string;
  documentVersion: number;
  /** a move up: what to do with the limits the new plan no longer allows (carry to it, or drop them) */
  limits?: 'carry' | 'drop';
}

/** Answer one question of the packaging test for these features, in one undoable edit, against `documentVersion`. */
export interface SetSignalMessage {
  type: 'setSignal';
  featureIds: string[];
  signal: Signal;
  value: boolean;
  documentVersion: number;
}

/**
 * Write the suggested signals of these features (each as a `signals` block marked as suggested), in one
 * undoable edit, against `documentVersion`.
 */
export interface AcceptSuggestionsMessage {
  type: 'acceptSuggestions';
  featureIds: string[];
  documentVersion: number;
}

/** Set the feature's limit on one plan (edit or add its `limits` entry), against `documentVersion`. */
export interface SetLimitMessage {
  type: 'setLimit';
  featureId: string;
  planId: string;
  limit: number | 'unlimited';
  documentVersion: number;
}

/** What the matrix says when the file changed between its render and an edit it asked for. */
export function staleMessage(intent: { type: string } | undefined): string {
  return intent?.type === 'moveFeature'
    ? 'The file changed before the move arrived, so nothing was moved. The matrix is up to date again: try once more.'
    : 'The file changed before the change arrived, so nothing was written. The matrix is up to date again: try once more.';
}
