// The sticky toolbar (search, filters, sort, copy) and the bulk bar of the rows selected.

import { html, nothing, type TemplateResult } from 'lit';
import { SIGNALS } from '../src/core/types';
import { SIGNAL_FILTERS, signalName, type ViewState } from './logic';
import type { ViewInput } from './view';

export function option(value: string, label: string, selected: string): TemplateResult {
  return html`<vscode-option value=${value} ?selected=${value === selected}>${label}</vscode-option>`;
}

export function toolbarTemplate(state: ViewState, unclassified: number): TemplateResult {
  return html`<div class="toolbar" role="toolbar" aria-label="Filters">
    <vscode-textfield id="search" placeholder="Search features" aria-label="Search features" .value=${state.query}>
      <span slot="content-before" class="codicon codicon-search" aria-hidden="true"></span>
    </vscode-textfield>
    <vscode-checkbox id="flagged" label="Flagged only" ?checked=${state.flaggedOnly}></vscode-checkbox>
    <vscode-checkbox id="unclassified" label=${`Unclassified (${unclassified})`} ?checked=${state.unclassifiedOnly}></vscode-checkbox>
    <vscode-button id="next-unclassified" secondary icon="arrow-down" ?disabled=${unclassified === 0}
      title="Focus the next unclassified feature (N in the grid)">Next unclassified</vscode-button>
    <label class="sel"><span>Side</span>
      <vscode-single-select id="side" aria-label="Side">
        ${option('all', 'All sides', state.side)} ${option('free', 'Free', state.side)}
        ${option('paid', 'Paid', state.side)}
      </vscode-single-select>
    </label>
    <label class="sel"><span>Signal</span>
      <vscode-single-select id="signal" aria-label="Signal">
        ${SIGNAL_FILTERS.map((s) => option(s, s === 'any' ? 'Any signal' : signalName(s), state.signal))}
      </vscode-single-select>
    </label>
    <label class="sel"><span>Sort</span>
      <vscode-single-select id="sort" aria-label="Sort">
        ${option('file', 'File order', state.sort)} ${option('name', 'Name', state.sort)}
        ${option('plan', 'Plan', state.sort)} ${option('recommendation', 'Recommendation', state.sort)}
        ${option('flag', 'Flagged first', state.sort)}
      </vscode-single-select>
    </label>
    <span class="spacer"></span>
    <vscode-button id="copy-md" secondary icon="copy" title="Copy the matrix shown as Markdown, for a pull request"
      >Copy as Markdown</vscode-button
    >
  </div>`;
}

export function bulkBarTemplate(input: ViewInput): TemplateResult | typeof nothing {
  const n = input.multi.size;
  if (n === 0) return nothing;
  return html`<div class="bulk" role="region" aria-label="Selected features">
    <span class="bulk-count">${n} selected</span>
    <label class="sel"><span>Signal</span>
      <vscode-single-select id="bulk-signal" aria-label="Signal to set or clear">
        ${SIGNALS.map((s) => option(s, signalName(s), input.bulk.signal ?? ''))}
      </vscode-single-select>
    </label>
    <vscode-button id="bulk-set" icon="check">Set</vscode-button>
    <vscode-button id="bulk-clear" secondary icon="close">Clear</vscode-button>
    <vscode-button id="bulk-none" secondary>Select none</vscode-button>
  </div>`;
}
