import { isMap, type Node } from 'yaml';
import { type SignalSuggestion, suggestFor } from '../insight/suggest-signals';
import type { CheckResult } from '../model/model';
import { type Diagnostic, SIGNALS, type TextEdit } from '../types';
import type { OfferedEdit } from './offered';
import { EditableText } from './text-edits';

export const SUGGESTED_COMMENT = '# suggested by packaging-planner';

/**
 * One insertion of a `signals` block into a feature's map, after its last line. Block items carry the
 * comment as the block's first line; a flow item (`{id: x, plan: free}`) cannot hold a comment and gets
 * the map alone. No true signal (a kind the spec places by tier): `signals: {}` (recommendation `either`).
 */
export function suggestionEdit(et: EditableText, feature: Node, s: SignalSuggestion): TextEdit | undefined {
  const on = SIGNALS.filter((n) => s.signals[n]);
  const why = `${SUGGESTED_COMMENT} (${s.basis.toLowerCase()})`;
  // Inside a flow map a comment would swallow the rest of the line (`, }` included): none there.
  const flow = isMap(feature) && feature.flow === true;
  return on.length > 0
    ? et.insertPair(
        feature,
        'signals',
        [why, ...on.map((n) => `${n}: true`)],
        `{${on.map((n) => `${n}: true`).join(', ')}}`,
      )
    : et.insertPair(feature, 'signals', undefined, flow ? '{}' : `{} ${why}: placed by tier`);
}

/**
 * The editor's quick fix for `unclassified-feature`: insert the measured suggestion (offered before the
 * editor's "Answer the packaging test…"). Empty when the suggester abstains. `result` is the check of `text`.
 */
export function suggestionFixes(text: string, result: CheckResult, d: Diagnostic): OfferedEdit[] {
  if (d.rule !== 'unclassified-feature' || d.feature === undefined || d.accepted !== undefined) return [];
  const f = result.model?.features.find((x) => x.id === d.feature);
  if (!f || f.signalsNode) return [];
  const s = suggestFor(f, result.model);
  const edit = s && suggestionEdit(new EditableText(text), f.node, s);
  if (!s || !edit) return [];
  const on = SIGNALS.filter((x) => s.signals[x]);
  return [
    {
      title: `Add suggested signals: ${on.length ? on.join(', ') : 'none true (either)'} (${s.basis})`,
      // A suggestion, not the PM's answer: offered, never applied by default (nor by `check --fix`).
      kind: 'suggestion',
      preferred: false,
      edits: [edit],
    },
  ];
}
