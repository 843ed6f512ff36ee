// Lit template of the matrix page (appTemplate). The components are in card-view.ts (header and decision
// card), toolbar-view.ts (toolbar and bulk bar), grid-view.ts (grid and rows) and menu-view.ts; what they share
// is in view-parts.ts and view-types.ts. Every user string goes through a text or attribute binding (never
// innerHTML, never unsafeHTML), so a feature named `<img onerror=…>` shows as those characters.

import { html, nothing, type TemplateResult } from 'lit';
import { headerTemplate } from './card-view';
import { gridTemplate } from './grid-view';
import { isFiltered } from './logic';
import { menuTemplate } from './menu-view';
import { toolbarTemplate } from './toolbar-view';
import { sevIcon } from './view-parts';
import type { ViewInput } from './view-types';

export function appTemplate(input: ViewInput): TemplateResult {
  const { model } = input;
  const banner = input.syntaxFindings
    ? html`<div class="banner" role="alert">
        ${sevIcon('error')}
        <span><strong>The YAML does not parse.</strong>
          ${model ? 'The matrix shows the last version that did.' : 'The matrix appears once it parses.'}
          ${input.syntaxFindings.slice(0, 3).map((f) => html`<span class="banner-msg">Line ${f.range.start.line + 1}: ${f.message}</span>`)}
        </span>
      </div>`
    : nothing;
  const status = html`<div id="status" class="status" role="status" aria-live="polite" data-kind=${input.status?.kind ?? 'info'}>
    ${input.status?.text ?? ''}
  </div>`;
  if (!model) {
    return html`${banner}${status}<p class="empty">${input.syntaxFindings ? '' : 'Loading the matrix…'}</p>`;
  }
  const shown = input.groups.reduce((n, g) => n + g.rows.length, 0);
  return html`${headerTemplate(model, input.fileName, input.cardOpen)} ${banner} ${toolbarTemplate(input)} ${status}
    ${
      model.counts.features === 0
        ? html`<p class="empty">No features yet: add one under <code>features:</code> in the YAML.</p>`
        : shown === 0
          ? html`<p class="empty">No feature matches the filters.</p>`
          : nothing
    }
    ${isFiltered(input.state) ? html`<p class="muted filtered-note">Showing ${shown} of ${model.counts.features} features.</p>` : nothing}
    ${model.plans.length && shown ? gridTemplate(input, model) : nothing}
    ${input.menu ? menuTemplate(model, input.menu, input.state.rejected) : nothing}
    <p class="keys muted">
      <kbd>↑↓←→</kbd> move focus · a click selects · <kbd>Enter</kbd>, double-click or “Show in text”: show the
      feature in the text · <kbd>Alt</kbd>+<kbd>←→</kbd> move to the
      previous/next plan · <kbd>Space</kbd> on a plan cell: make it the lowest plan; on a signal: toggle it (for every
      selected row) · <kbd>Delete</kbd> on a signal: answer no · <kbd>Shift</kbd>+<kbd>↑↓</kbd> or
      <kbd>Shift</kbd>+click: select rows · <kbd>Ctrl</kbd>+<kbd>Space</kbd> or <kbd>Ctrl</kbd>+click: add a row ·
      <kbd>Esc</kbd>: select none · <kbd>N</kbd>: next unclassified · <kbd>F2</kbd> or double-click on a plan cell: edit its limit ·
      <kbd>Space</kbd> on a suggestion (Recommendation column): accept it, <kbd>Delete</kbd>: reject it · <kbd>Shift</kbd>+<kbd>F10</kbd> menu
    </p>`;
}
