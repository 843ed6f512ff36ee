// "Accept N suggestions" previews before writing: the webview asks the host what the accept would write (the
// server's suggestionPreview of the version shown), shows the rows with their new recommendation and the findings
// the change adds or removes, and only Confirm posts the acceptSuggestions intent (one edit, one undo).
// Rendered into its own container outside #app, so the grid's key handlers never see the dialog's keys.

import { html, nothing, render, type TemplateResult } from 'lit';
import { RECOMMENDATION_NAMES } from '../src/core/format/names';
import type { PreviewFinding, SuggestionPreviewMessage } from '../src/protocol';
import { signalName } from './logic';
import { announce } from './render';
import { post, S } from './state';

interface Pending {
  ids: string[];
  version: number;
  /** what Confirm runs (the existing accept action) */
  accept: (ids: string[]) => void;
  /** where the focus goes back to on Cancel */
  opener: HTMLElement | null;
  preview?: SuggestionPreviewMessage;
}

let pending: Pending | undefined;
let container: HTMLElement | undefined;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Asks the host for the preview of accepting `ids`; `accept` runs only when the PM confirms. */
export function previewThenAccept(ids: string[], accept: (ids: string[]) => void): void {
  if (!S.current) return;
  if (S.syntaxFindings) {
    announce('Fix the YAML syntax error before accepting suggestions.', 'error');
    return;
  }
  if (ids.length === 0) {
    announce('Nothing to accept: no suggestion is shown for that.', 'error');
    return;
  }
  const active = document.activeElement;
  // the panel shows when the host answers; the status line says it is on its way
  pending = {
    ids,
    version: S.current.version,
    accept,
    opener: active instanceof HTMLElement && active !== document.body ? active : null,
  };
  announce(`Previewing ${plural(ids.length, 'suggestion', 'suggestions')}… nothing is written yet.`);
  post({ type: 'previewSuggestions', featureIds: ids, documentVersion: S.current.version });
}

/** The host's answer: shown when it is for the request on its way (same ids, same version), else ignored. */
export function showPreview(msg: SuggestionPreviewMessage): void {
  const p = pending;
  if (!p || p.preview || msg.documentVersion !== p.version) return;
  if (msg.featureIds.length !== p.ids.length || msg.featureIds.some((id, i) => id !== p.ids[i])) return;
  p.preview = msg;
  draw();
  const focus =
    container?.querySelector<HTMLElement>('.preview-confirm') ??
    container?.querySelector<HTMLElement>('.preview-cancel');
  focus?.focus();
}

/** A render of another version, or a refusal: the preview no longer says what would be written. */
export function previewOutdated(version: number | undefined): void {
  if (!pending || (version !== undefined && version === pending.version)) return;
  const shown = pending.preview !== undefined;
  close(false);
  if (shown && version !== undefined)
    // pinned to the render that follows (it is about that version)
    announce(
      'The file changed, so the preview was closed and nothing was written. Accept again to see a new one.',
      'info',
      'next',
    );
}

function close(refocus: boolean): void {
  const opener = pending?.opener;
  pending = undefined;
  draw();
  if (refocus && opener?.isConnected) opener.focus();
}

function confirm(): void {
  const p = pending;
  if (!p?.preview) return;
  close(false);
  if (S.current?.version !== p.version) {
    announce(
      'The file changed since the preview, so nothing was written. Accept again to see a new one.',
      'error',
    );
    return;
  }
  p.accept(p.ids);
}

function cancel(): void {
  if (!pending) return;
  close(true);
  announce('Cancelled: nothing was written.');
}

function onKeyDown(e: KeyboardEvent): void {
  if (e.key === 'Escape') {
    e.preventDefault();
    cancel();
    return;
  }
  if (e.key !== 'Tab' || !container) return;
  // a modal dialog: Tab cycles through its buttons
  const buttons = [...container.querySelectorAll<HTMLElement>('button:not([disabled])')];
  if (buttons.length === 0) return;
  const i = buttons.indexOf(document.activeElement as HTMLElement);
  const next = e.shiftKey ? (i <= 0 ? buttons.length - 1 : i - 1) : (i + 1) % buttons.length;
  e.preventDefault();
  buttons[next]!.focus();
}

function findingItem(d: PreviewFinding): TemplateResult {
  const who = d.feature === undefined ? 'the file' : (S.rowsById.get(d.feature)?.name ?? d.feature);
  return html`<li title=${d.message}><code>${d.rule}</code> · ${who}</li>`;
}

function findingList(label: string, list: readonly PreviewFinding[]): TemplateResult {
  return html`<div class="preview-findings"><span class="preview-label">${label}:</span>
    ${list.length ? html`<ul>${list.map(findingItem)}</ul>` : html`<span class="muted">none</span>`}</div>`;
}

function template(p: Pending): TemplateResult | typeof nothing {
  const m = p.preview;
  const title = `Accept ${plural(p.ids.length, 'suggestion', 'suggestions')}?`;
  if (!m) return nothing;
  const n = m.rows.length;
  return html`<div class="preview-backdrop"></div>
    <div class="preview-panel" role="dialog" aria-modal="true" aria-labelledby="preview-title"
      aria-describedby="preview-summary" @keydown=${onKeyDown}>
      <h2 id="preview-title" class="preview-title">${title}</h2>
      <p id="preview-summary">${
        n === 0
          ? 'Nothing to accept any more: no row would change.'
          : `${plural(n, 'row gets', 'rows get')} a suggested signals block (one edit, one undo):`
      }</p>
      ${
        n
          ? html`<ul class="preview-rows">${m.rows.map(
              (r) => html`<li data-id=${r.id}><span class="preview-name">${r.name}</span> →
                <strong>${RECOMMENDATION_NAMES[r.recommendation]}</strong>
                ${r.signals.length ? html`<span class="muted">(${r.signals.map(signalName).join(', ')})</span>` : nothing}</li>`,
            )}</ul>`
          : nothing
      }
      ${m.skipped.length ? html`<p class="muted">${plural(m.skipped.length, 'feature has', 'features have')} nothing to accept.</p>` : nothing}
      ${findingList('Adds', m.added)} ${findingList('Removes', m.removed)}
      <div class="preview-buttons">
        ${n ? html`<button type="button" class="preview-confirm" @click=${confirm}>Confirm</button>` : nothing}
        <button type="button" class="preview-cancel" @click=${cancel}>Cancel</button>
      </div>
    </div>`;
}

function draw(): void {
  if (!container) {
    if (!pending) return;
    container = document.createElement('div');
    container.id = 'preview-root';
    document.body.append(container);
  }
  render(pending ? template(pending) : nothing, container);
  // modal: the matrix behind the panel takes no clicks, keys or screen-reader focus while it is open
  if (S.root !== document.body) S.root.inert = pending?.preview !== undefined;
}
