// Messages from the extension host: renders, and what happened to the intents the webview posted.

import type { MatrixRow } from '../src/core/matrix/view-model';
import { applyDelta, modelRows } from '../src/matrix-delta';
import { type HostMessage, PROTOCOL_VERSION, type RenderMessage } from '../src/protocol';
import { isUnclassified, signalName } from './logic';
import { previewOutdated, showPreview } from './preview';
import { announce, cellAt, computeSlice, focusRow, recompute, update, updateRows } from './render';
import { post, S, stats } from './state';
import { COL_FEATURE } from './view-parts';

// Renders apply at most once per frame: while the PM types, the host may post faster than the matrix paints;
// the newest model waiting when the frame comes is the one drawn (the ones before it are skipped).
let frameOpen = false;
let queued: RenderMessage | undefined;

/** When each render message arrived (after its validation), for the `rendered` message's timing. */
const arrivals = new WeakMap<RenderMessage, number>();

/** The last model received (drawn or not) with the server's id: what the next `renderDelta` is told against. */
let base: { id: number; rows: MatrixRow[] } | undefined;

/** A delta applied to the model it was told against, as a full render; undefined when that model is not here. */
function resolveDelta(msg: Extract<HostMessage, { type: 'renderDelta' }>): RenderMessage | undefined {
  const model = base?.id === msg.base ? applyDelta(base.rows, msg.delta) : undefined;
  if (!model) return undefined;
  return {
    type: 'render',
    documentVersion: msg.documentVersion,
    fileName: msg.fileName,
    model,
    modelId: msg.modelId,
  };
}

function onRender(msg: RenderMessage): void {
  if (frameOpen) {
    queued = msg;
    return;
  }
  applyRender(msg);
  frameOpen = true;
  const tick = () => {
    const next = queued;
    queued = undefined;
    if (!next) {
      frameOpen = false;
      return;
    }
    applyRender(next);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function applyRender(msg: RenderMessage): void {
  const t0 = performance.now();
  const arrived = arrivals.get(msg) ?? t0;
  S.pending.clear();
  S.pendingSignals.clear();
  S.lastVersion = msg.documentVersion;
  if (S.status) {
    if (S.status.version === undefined) S.status.version = msg.documentVersion;
    else if (S.status.version !== msg.documentVersion) S.status = undefined;
  }
  // the first model shown: its first paint draws the rows on screen only, the window widens after it
  let widen = false;
  if (msg.model.syntaxError) {
    // Keep the last good matrix; only the banner changes.
    S.syntaxFindings = msg.model.fileFindings;
  } else {
    S.syntaxFindings = undefined;
    widen = S.current === undefined;
    S.current = { model: msg.model, version: msg.documentVersion, fileName: msg.fileName };
    S.rowsById = new Map(msg.model.groups.flatMap((g) => g.rows.map((r) => [r.id, r] as const)));
    S.unclassified = 0;
    for (const r of S.rowsById.values()) if (isUnclassified(r)) S.unclassified++;
    if (S.menu && !S.rowsById.has(S.menu.featureId)) S.menu = undefined;
    for (const id of S.multi) if (!S.rowsById.get(id) || S.rowsById.get(id)!.invalid) S.multi.delete(id);
    recompute();
    widen &&= S.slice.virtual;
    // (a 5,000-feature matrix paints ~40% sooner without the rows beyond the screen)
    if (widen) S.slice = computeSlice(false, 0);
  }
  update();
  stats.lastMessageMs = performance.now() - t0;
  // a task queued from the next frame's callback runs after that frame is painted: the version is on screen
  const applyMs = stats.lastMessageMs;
  const version = msg.documentVersion;
  requestAnimationFrame(() =>
    setTimeout(() => {
      post({
        type: 'rendered',
        documentVersion: version,
        applyMs,
        arrivalToPaintMs: performance.now() - arrived,
        paintedAt: performance.timeOrigin + performance.now(),
      });
      if (widen) widenWindow();
    }),
  );
}

/** The rows around the screen as scrolling has them (computeSlice), after a first paint of the screen's rows. */
function widenWindow(): void {
  if (!S.slice.virtual) return;
  const next = computeSlice();
  if (next.start === S.slice.start && next.end === S.slice.end) return;
  S.slice = next;
  updateRows();
}

export function onHostMessage(msg: HostMessage): void {
  const arrived = performance.now();
  const rowName = (id: string) => S.rowsById.get(id)?.name ?? id;
  const planName = (id: string) => S.current?.model.plans.find((p) => p.id === id)?.name ?? id;
  switch (msg.type) {
    case 'render':
      base = msg.modelId === undefined ? undefined : { id: msg.modelId, rows: modelRows(msg.model) };
      arrivals.set(msg, arrived);
      previewOutdated(msg.documentVersion);
      onRender(msg);
      break;
    case 'renderDelta': {
      // every delta is applied on arrival (a later one is told against it), even when its frame is skipped
      const full = resolveDelta(msg);
      if (!full) {
        base = undefined;
        post({ type: 'ready', protocol: PROTOCOL_VERSION });
        break;
      }
      base = { id: msg.modelId, rows: modelRows(full.model) };
      arrivals.set(full, arrived);
      previewOutdated(msg.documentVersion);
      onRender(full);
      break;
    }
    case 'suggestionPreview':
      showPreview(msg);
      break;
    case 'revealNotShown':
      announce(msg.message);
      break;
    case 'editRefused':
      previewOutdated(undefined);
      S.pending.delete(msg.featureId);
      S.pendingSignals.clear();
      announce(msg.message, 'error', 'next');
      break;
    case 'editApplied':
      announce(`Moved ${rowName(msg.featureId)} to ${planName(msg.planId)}.`, 'info', 'next');
      break;
    case 'signalsApplied': {
      const n = msg.changed.length;
      const who = n === 1 ? rowName(msg.changed[0]!) : `${n} features`;
      const also = msg.unchanged.length ? ` (${msg.unchanged.length} already so)` : '';
      announce(
        `${msg.value ? 'Set' : 'Cleared'} ${signalName(msg.signal)} for ${who}${also}.`,
        'info',
        'next',
      );
      break;
    }
    case 'suggestionsApplied': {
      const n = msg.changed.length;
      const who = n === 1 ? rowName(msg.changed[0]!) : `${n} features`;
      const also = msg.skipped.length ? ` (${msg.skipped.length} had nothing to accept any more)` : '';
      announce(
        `Accepted the suggested signals for ${who}${also}. Undo takes ${n === 1 ? 'it' : 'them'} back.`,
        'info',
        'next',
      );
      break;
    }
    case 'limitApplied':
      announce(
        `Set the limit of ${rowName(msg.featureId)} on ${planName(msg.planId)} to ${msg.limit}.`,
        'info',
        'next',
      );
      break;
    case 'focusFeature': {
      if (!S.rowsById.has(msg.featureId)) break;
      focusRow(msg.featureId, cellAt(msg.featureId, S.view.col) ? S.view.col : COL_FEATURE, false);
      cellAt(msg.featureId, S.view.col)?.scrollIntoView({ block: 'nearest' });
      break;
    }
  }
}
