// The sticky toolbar (search, filters, sort, show in text, copy) with the bulk bar inside it, so the bar and
// its dropdowns stay on screen however far the grid scrolls.

import { html, nothing, type TemplateResult } from 'lit';
import { SIGNAL_QUESTIONS } from '../src/core/format/questions';
import { SIGNALS } from '../src/core/types';
import { SIGNAL_FILTERS, signalName, type ViewState } from './logic';
import type { ViewInput } from './view-types';

export function option(value: string, label: string, selected: string, description?: string): TemplateResult {
  return html`<vscode-option value=${value} ?selected=${value === selected} description=${description ?? nothing}
    >${label}</vscode-option>`;
}

/** How many filters differ from showing everything (the compact toolbar's Filters button says it). */
function activeFilters(state: ViewState): number {
  return (
    Number(state.flaggedOnly) +
    Number(state.unclassifiedOnly) +
    Number(state.side !== 'all') +
    Number(state.signal !== 'any') +
    Number(state.sort !== 'file')
  );
}

/**
 * One line at every width down to 650 px: beside the text (<= 760 px, see compact.css) the filters fold into a
 * panel under the Filters button (a disclosure: aria-expanded, Escape closes it) and the buttons show their icon
 * only, their label kept as hidden text so each stays named. Wider, the panel is inline and the button hidden.
 */
export function toolbarTemplate(input: ViewInput): TemplateResult {
  const state: ViewState = input.state;
  const unclassified = input.unclassified;
  const selectedName = input.selectedName;
  const n = activeFilters(state);
  return html`<div class="toolbar" role="toolbar" aria-label="Filters" data-more=${input.moreOpen ? 'open' : 'closed'}>
    <vscode-textfield id="search" placeholder="Search features" aria-label="Search features" .value=${state.query}>
      <span slot="content-before" class="codicon codicon-search" aria-hidden="true"></span>
    </vscode-textfield>
    <vscode-button id="more-toggle" class="more-toggle" secondary icon="filter" aria-expanded=${input.moreOpen ? 'true' : 'false'}
      aria-controls="toolbar-more" title="Filters and sort: flagged, unclassified, side, signal, sort"
      >Filters${n ? ` (${n})` : ''}</vscode-button>
    <div id="toolbar-more" class="more" role="group" aria-label="Filters and sort">
      <vscode-checkbox id="flagged" label="Flagged only" ?checked=${state.flaggedOnly}></vscode-checkbox>
      <vscode-checkbox id="unclassified" label=${`Unclassified (${unclassified})`} ?checked=${state.unclassifiedOnly}></vscode-checkbox>
      <label class="sel"><span>Side</span>
        <vscode-single-select id="side" label="Side">
          ${option('all', 'All sides', state.side)} ${option('free', 'Free', state.side)}
          ${option('paid', 'Paid', state.side)}
        </vscode-single-select>
      </label>
      <label class="sel"><span>Signal</span>
        <vscode-single-select id="signal" label="Signal">
          ${SIGNAL_FILTERS.map((s) => option(s, s === 'any' ? 'Any signal' : signalName(s), state.signal))}
        </vscode-single-select>
      </label>
      <label class="sel"><span>Sort</span>
        <vscode-single-select id="sort" label="Sort">
          ${option('file', 'File order', state.sort)} ${option('name', 'Name', state.sort)}
          ${option('plan', 'Plan', state.sort)} ${option('recommendation', 'Recommendation', state.sort)}
          ${option('flag', 'Flagged first', state.sort)}
        </vscode-single-select>
      </label>
    </div>
    <vscode-button id="next-unclassified" class="icon-narrow" secondary icon="arrow-down" ?disabled=${unclassified === 0}
      aria-disabled=${unclassified === 0 ? 'true' : 'false'}
      title="Focus the next unclassified feature (N in the grid)"><span class="btn-label">Next unclassified</span></vscode-button>
    <span class="spacer"></span>
    <vscode-button id="show-in-text" class="icon-narrow" secondary icon="go-to-file" ?disabled=${!selectedName}
      aria-disabled=${selectedName ? 'false' : 'true'}
      title=${selectedName ? `Show ${selectedName} in the text (Enter or double-click in the grid)` : 'Select a feature first'}
      ><span class="btn-label">Show in text</span></vscode-button>
    <vscode-button id="copy-md" class="icon-narrow" secondary icon="copy" title="Copy the matrix shown as Markdown, for a pull request"
      ><span class="btn-label">Copy as Markdown</span></vscode-button>
    ${bulkBarTemplate(input)}
  </div>`;
}

/** "Set friction = yes on 4 features", once a signal and an answer are both chosen; undefined before. */
export function bulkWhat(input: Pick<ViewInput, 'bulk' | 'multi'>): string | undefined {
  const { signal, value } = input.bulk;
  if (!signal || !value) return undefined;
  const n = input.multi.size;
  return `Set ${signalName(signal)} = ${value} on ${n} ${n === 1 ? 'feature' : 'features'}`;
}

/** Nothing is chosen for the PM: no default signal, no default answer; Set says what it writes before it does. */
export function bulkBarTemplate(input: ViewInput): TemplateResult | typeof nothing {
  const n = input.multi.size;
  if (n === 0) return nothing;
  const { signal, value } = input.bulk;
  const what = bulkWhat(input);
  return html`<div class="bulk" role="group" aria-label=${`Answer one question for the ${n} selected features`}>
    <span class="bulk-count">${n} selected</span>
    <vscode-single-select id="bulk-signal" label="Signal to answer" class="bulk-signal">
      ${option('', 'Choose a signal…', signal ?? '')}
      ${SIGNALS.map((s) => option(s, signalName(s), signal ?? '', SIGNAL_QUESTIONS[s].question))}
    </vscode-single-select>
    <vscode-single-select id="bulk-value" label="Answer" class="bulk-value">
      ${option('', 'Yes or no…', value ?? '')}
      ${option('yes', 'yes', value ?? '', signal ? `Yes: ${SIGNAL_QUESTIONS[signal].yes}` : undefined)}
      ${option('no', 'no', value ?? '', signal ? `No: ${SIGNAL_QUESTIONS[signal].no}` : undefined)}
    </vscode-single-select>
    <vscode-button id="bulk-set" icon="check" ?disabled=${!what}
      title=${what ? `${what}: one edit, one undo step` : 'Choose a signal and an answer first'}>${what ?? 'Set'}</vscode-button>
    <vscode-button id="bulk-none" secondary>Select none</vscode-button>
    <span class="bulk-question muted">${
      signal ? SIGNAL_QUESTIONS[signal].short : 'Nothing is written until you choose a signal and an answer.'
    }</span>
  </div>`;
}
