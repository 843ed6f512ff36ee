// The grid: column headers, category rows and feature rows. Rows carry no event bindings: grid-events.ts
// delegates events on the root, which keeps 2,000 rows cheap.

import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { SIGNAL_QUESTIONS } from '../src/core/format/questions';
import type { MatrixModel, MatrixPlan, MatrixRow } from '../src/core/matrix/view-model';
import { isMismatch, recommendedSide } from '../src/core/model/classify';
import { SIGNALS, type Signal } from '../src/core/types';
import {
  cellAriaLabel,
  isUnclassified,
  marketTooltip,
  recommendationLabel,
  shownSuggestion,
  signalCellLabel,
  signalName,
  suggestedIn,
  suggestedSignalsText,
  suggestionText,
  type VisibleGroup,
} from './logic';
import {
  COL_FEATURE,
  COL_FIRST_PLAN,
  COL_REC,
  COL_SIDE,
  columnCount,
  firstSignalCol,
  SIGNAL_ICON,
  SIGNAL_SHORT,
  sevIcon,
} from './view-parts';
import type { ViewInput } from './view-types';

function planHeader(p: MatrixPlan, i: number): TemplateResult {
  return html`<div role="columnheader" class="cell plan-head" data-col=${COL_FIRST_PLAN + i} data-plan=${p.id}
    data-free=${p.free ? 'true' : 'false'}>
    <span class="plan-name">${p.name}</span><span class="price">${p.priceLabel}</span>
  </div>`;
}

/**
 * What a listener hears after the feature's visible text: its side, findings and market. The cell is named by
 * its visible text first (as WCAG 2.5.3 asks) and then this, both by aria-labelledby, not by an aria-label.
 */
function featureExtra(row: MatrixRow): string {
  return featureLabel(row).slice(row.name.length);
}

function featureLabel(row: MatrixRow): string {
  const side = row.invalid ? 'invalid' : row.side ? `${row.side} side` : 'unknown plan';
  const findings = row.findings.length
    ? `, ${row.findings.length} ${row.findings.length === 1 ? 'finding' : 'findings'}: ${row.findings
        .map((f) =>
          f.accepted === undefined ? `${f.severity}: ${f.message}` : `accepted ${f.rule}: ${f.accepted}`,
        )
        .join('; ')}`
    : '';
  const market = row.market ? `, market: ${marketTooltip(row.market)}` : '';
  return `${row.name}, ${side}${row.status === 'planned' ? ', planned' : ''}${findings}${market}`;
}

/** The plan a recommendation points at: the first free plan, or the lowest paid one. */
function recommendedPlan(model: MatrixModel, row: MatrixRow): string | undefined {
  const want = recommendedSide(row.recommendation);
  if (!want || row.invalid) return undefined;
  return model.plans.find((p) => (want === 'free' ? p.free : !p.free))?.id;
}

/** One element per signal box (its tick is CSS, see classify-suggest.css): a row's elements are what scrolling costs. */
function signalCells(model: MatrixModel, row: MatrixRow, suggested: readonly Signal[]): TemplateResult[] {
  const first = firstSignalCol(model);
  return SIGNALS.map((s, i) => {
    const on = row.signals.includes(s);
    const answered = on || (row.answered ?? row.signals).includes(s);
    const sug = suggested.includes(s);
    return html`<div role="gridcell" class="cell sig" data-col=${first + i} data-signal=${s} tabindex="-1"
      data-suggested=${sug ? 'true' : 'false'}
      data-state=${on ? 'yes' : answered ? 'no' : 'unanswered'} aria-label=${`${signalCellLabel(row, s)}${sug ? ', suggested yes' : ''}`}
      aria-readonly=${row.invalid ? 'true' : 'false'}><span class="box" aria-hidden="true"></span></div>`;
  });
}

/** What a feature row is drawn from: its data and the view state that touches it. */
export interface RowArgs {
  model: MatrixModel;
  row: MatrixRow;
  rowIndex: number;
  pendingPlan: string | undefined;
  selected: boolean;
  pendingSignal: boolean;
  rejected: readonly string[];
  editingPlan: string | undefined;
  /** the pool's rows: ids from the row element, which stay as it is re-bound (else from the row index) */
  idBase?: string;
}

/**
 * A feature row's own attributes (its class is `row feature-row`, plus `multi` when selected for a bulk change).
 * One list for both ways a row is drawn: by the keyed template below and by the row pool of big files.
 */
export function featureRowAttrs(a: RowArgs): Record<string, string> {
  const { row } = a;
  return {
    'data-id': row.id,
    'aria-rowindex': String(a.rowIndex),
    'aria-selected': a.selected ? 'true' : 'false',
    'data-invalid': row.invalid ? 'true' : 'false',
    'data-unclassified': isUnclassified(row) ? 'true' : 'false',
    'data-flag': row.flag ?? 'none',
    'data-side': row.side ?? 'unknown',
    'data-pending': a.pendingPlan || a.pendingSignal ? 'true' : 'false',
  };
}

function rowTemplate(a: RowArgs) {
  const at = featureRowAttrs(a);
  return html`<div role="row" class="row feature-row ${a.selected ? 'multi' : ''}" data-id=${at['data-id']}
    aria-rowindex=${at['aria-rowindex']} aria-selected=${at['aria-selected']} data-invalid=${at['data-invalid']}
    data-unclassified=${at['data-unclassified']} data-flag=${at['data-flag']} data-side=${at['data-side']}
    data-pending=${at['data-pending']}>${rowCells(a)}</div>`;
}

/** A feature row's cells: the children of its row element. */
export function rowCells(a: RowArgs): TemplateResult {
  const { model, row, pendingPlan, rejected, editingPlan } = a;
  const rec = recommendationLabel(row);
  const sug = shownSuggestion(row, rejected);
  const recPlan = recommendedPlan(model, row);
  const differs = isMismatch(row.recommendation, row.side);
  const reasons = row.reasons.map(signalName).join(', ');
  const recLabel = recAriaLabel(row, rec, reasons, differs, sug);
  // named by its visible text, then the hidden extra: a hidden element referenced by aria-labelledby is read but
  // never laid out or painted (a long line of clipped text per row was a third of a scroll frame's paint)
  const fid = a.idBase ?? `pp-f${a.rowIndex}`;
  return html`
    <div role="gridcell" class="cell feature" data-col=${COL_FEATURE} tabindex="-1" draggable="true"
      aria-labelledby=${`${fid}n ${fid}x`}>
      <span class="codicon codicon-gripper grip" aria-hidden="true"></span>
      ${row.flag ? html`<span class="flag">${sevIcon(row.flag)}</span>` : nothing}
      <span class="name-block" id=${`${fid}n`}>
        <span class="name">${row.name}</span>
        ${row.status === 'planned' ? html`<span class="tag">planned</span>` : nothing}
        ${
          row.market
            ? html`<span class="market" data-placement=${row.market.placement} title=${marketTooltip(row.market)}
                ><span class="codicon codicon-globe" aria-hidden="true"></span>${row.market.label}</span>`
            : nothing
        }
        ${
          row.invalid
            ? html`<span class="invalid-msg">${row.findings.find((f) => f.accepted === undefined)?.message ?? 'This feature fails the schema.'}</span>`
            : nothing
        }
        ${row.description ? html`<span class="desc" title=${row.description}>${row.description}</span>` : nothing}
        ${row.rationale ? html`<span class="rationale" title=${row.rationale}>Why: ${row.rationale}</span>` : nothing}
        ${row.findings
          .filter((f) => f.accepted !== undefined)
          .map(
            (f) =>
              html`<span class="accepted-note" title=${f.accepted!}>Accepted ${f.rule}: ${f.accepted}</span>`,
          )}
      </span>
      <span class="sr-only" id=${`${fid}x`} hidden>${featureExtra(row)}</span>
      ${
        row.findings.length
          ? html`<div class="findings" role="tooltip">
            ${row.findings.map((f) =>
              f.accepted === undefined
                ? html`<div class="finding" data-sev=${f.severity}>${sevIcon(f.severity)}<span>${f.message}</span></div>`
                : html`<div class="finding" data-sev="accepted"><span class="codicon codicon-pass" aria-hidden="true"></span
                      ><span>Accepted (${f.rule}): ${f.accepted}</span></div>`,
            )}
          </div>`
          : nothing
      }
    </div>
    <div role="gridcell" class="cell rec" data-col=${COL_REC} tabindex="-1"
      data-rec=${row.recommendation} data-differs=${differs ? 'true' : 'false'} aria-label=${recLabel}>
      <span class="rec-label">${rec}${
        differs
          ? html`<span class="differs" title=${`The recommendation differs from the ${row.side} side this feature is on`}
              >≠ ${row.side} side</span>`
          : nothing
      }</span>
      ${reasons ? html`<span class="reasons">${reasons}</span>` : nothing}
      ${
        sug
          ? html`<span class="suggestion" title=${suggestionText(sug)}>Suggested: ${suggestedSignalsText(sug)}</span>
            <span class="suggest-actions">
              <button type="button" class="accept-suggestion" tabindex="-1"
                title=${`Accept the suggestion for ${row.name}: ${suggestedSignalsText(sug)}`}>Accept</button>
              <button type="button" class="reject-suggestion" tabindex="-1"
                title=${`Reject the suggestion for ${row.name}`}>Reject</button>
            </span>`
          : nothing
      }
    </div>
    <div role="gridcell" class="cell side" data-col=${COL_SIDE} tabindex="-1">
      <span class="side-badge" data-side=${row.invalid ? 'invalid' : (row.side ?? 'unknown')}>${
        row.invalid ? 'invalid' : (row.side ?? '?')
      }</span>
    </div>
    ${row.cells.map((cell, i) => {
      const plan = model.plans[i]!;
      const lowest = plan.id === row.plan;
      const recHere = recPlan === plan.id;
      const unlimited = cell.kind === 'limit' && cell.limit === 'unlimited';
      return html`<div role="gridcell" class="cell plan" data-col=${COL_FIRST_PLAN + i} tabindex="-1"
        data-kind=${unlimited ? 'unlimited' : cell.kind} data-lowest=${lowest ? 'true' : 'false'} data-target=${pendingPlan === plan.id ? 'true' : 'false'}
        data-rec-here=${recHere ? 'true' : 'false'}
        aria-label=${`${cellAriaLabel(row, plan, cell)}${recHere && !lowest ? ', the recommended plan' : ''}`}>
        ${recHere ? html`<span class="rec-mark" data-rec=${row.recommendation} title=${`Recommended: ${rec}`} aria-hidden="true">◆</span>` : nothing}
        ${
          editingPlan === plan.id && cell.kind !== 'excluded'
            ? html`<input class="limit-input" type="text" inputmode="decimal" spellcheck="false"
                .value=${cell.kind === 'limit' ? String(cell.limit) : ''}
                aria-label=${`Limit of ${row.name} on ${plan.name}: a number or unlimited; Enter writes it, Escape cancels`} />`
            : cell.kind === 'included'
              ? html`<span class="codicon codicon-check" aria-hidden="true"></span>`
              : cell.kind === 'limit'
                ? html`<span class="limit">${cell.label}</span>`
                : cell.kind === 'addOn'
                  ? html`<span class="addon"><span class="codicon codicon-extensions" aria-hidden="true"></span>${cell.label}</span>`
                  : html`<span class="excluded" aria-hidden="true">—</span>`
        }
      </div>`;
    })}
    ${signalCells(model, row, sug?.signals ?? [])}`;
}

/**
 * The grid's frame: column headers and an empty row group. The rows are rendered into that group by their own
 * Lit render (rowsTemplate, render.ts), so scrolling a big file patches the rows alone, not the whole page.
 */
export function gridTemplate(input: ViewInput, model: MatrixModel): TemplateResult {
  const { items, slice } = input;
  const cols = columnCount(model);
  return html`<div role="grid" id="grid" class="grid ${slice.virtual ? 'virtual' : ''}" aria-label=${`Free/paid matrix of ${model.product}`}
    aria-multiselectable="true"
    aria-rowcount=${items.length + 1} aria-colcount=${cols}>
    <div role="row" class="row head" aria-rowindex="1">
      <div role="columnheader" class="cell" data-col=${COL_FEATURE}>Feature</div>
      <div role="columnheader" class="cell rec-head" data-col=${COL_REC}>Recommended</div>
      <div role="columnheader" class="cell" data-col=${COL_SIDE}>Side</div>
      ${model.plans.map(planHeader)}
      ${SIGNALS.map(
        (sg, i) => html`<div role="columnheader" class="cell sig-head" data-col=${firstSignalCol(model) + i}
          title=${`${signalName(sg)}: ${SIGNAL_QUESTIONS[sg].question}`}><span class="codicon codicon-${SIGNAL_ICON[sg]}"
          aria-hidden="true"></span><span aria-hidden="true">${SIGNAL_SHORT[sg]}</span><span class="sr-only"
          >${signalName(sg)}</span></div>`,
      )}
    </div>
    <div role="rowgroup" id="grid-body" class="grid-body"></div>
  </div>`;
}

/** Every row of an ordinary file, keyed (big files: row-pool.ts). */
export function rowsTemplate(input: ViewInput, model: MatrixModel): TemplateResult {
  const { items, slice } = input;
  const cols = columnCount(model);
  const shown = items.slice(slice.start, slice.end);
  return html`${repeat(
    shown,
    (it) => it.key,
    (it, j) =>
      it.kind === 'group'
        ? html`<div role="row" class="row group-row" aria-rowindex=${slice.start + j + 2}>${groupCells(
            input,
            it.group,
            cols,
          )}</div>`
        : guardedRow(input, model, it.row, slice.start + j + 2),
  )}`;
}

/** A category row's one cell: the children of its row element. */
export function groupCells(input: ViewInput, group: VisibleGroup, cols: number): TemplateResult {
  return html`<div role="rowheader" class="cell group" aria-colspan=${cols}><span class="group-inner">
    <span class="group-name">${group.category || 'Other'}</span>
    <button class="select-group" type="button" data-category=${group.category}
      aria-label=${`Select all ${group.rows.length} features shown in ${group.category}`}>Select all</button>
    <span class="muted">${group.rows.length === group.total ? group.total : `${group.rows.length} of ${group.total}`}</span>
    ${acceptGroupButton(group, input.state.rejected)}
  </span></div>`;
}

/**
 * An object's JSON, computed once per object: a new model whose row (or plans) is unchanged leaves that row's DOM
 * alone, and a row's DOM depends on the plans it is drawn against.
 */
const jsonOf = new WeakMap<object, string>();
function jsonKey(value: object): string {
  let k = jsonOf.get(value);
  if (k === undefined) {
    k = JSON.stringify(value);
    jsonOf.set(value, k);
  }
  return k;
}

/** What a feature row is drawn from, in `input`. */
export function rowArgs(input: ViewInput, model: MatrixModel, row: MatrixRow, rowIndex: number): RowArgs {
  return {
    model,
    row,
    rowIndex,
    pendingPlan: input.pending.get(row.id),
    selected: input.multi.has(row.id),
    pendingSignal: input.pendingSignals.has(row.id),
    rejected: input.state.rejected,
    editingPlan: input.editing?.featureId === row.id ? input.editing.planId : undefined,
  };
}

/** What a row's DOM depends on: when none of it changed, the row is left alone. */
export function rowDeps(a: RowArgs): unknown[] {
  return [
    jsonKey(a.row),
    jsonKey(a.model.plans),
    a.rowIndex,
    a.pendingPlan,
    a.selected,
    a.pendingSignal,
    a.rejected.includes(a.row.id),
    a.editingPlan,
  ];
}

/** A row patched only when what it shows changed (the row's data, plans, selection, pending, editing). */
function guardedRow(input: ViewInput, model: MatrixModel, row: MatrixRow, rowIndex: number) {
  const a = rowArgs(input, model, row, rowIndex);
  return guard(rowDeps(a), () => rowTemplate(a));
}

/**
 * What a screen reader says on the recommendation cell: its visible text first, in order (so the spoken name
 * contains what is seen), then what only a listener needs.
 */
function recAriaLabel(
  row: MatrixRow,
  rec: string,
  reasons: string,
  differs: boolean,
  sug: ReturnType<typeof shownSuggestion>,
): string {
  const seen = [
    `recommended ${rec}`,
    differs ? `≠ ${row.side} side` : '',
    reasons,
    sug ? `Suggested: ${suggestedSignalsText(sug)} Accept Reject` : '',
  ].filter(Boolean);
  return `${seen.join(' ')}${reasons ? `; because of ${reasons}` : ''}${
    differs ? `; differs from its ${row.side} side` : ''
  }${sug ? `. ${suggestionText(sug)}. Space accepts the suggestion, Delete rejects it` : ''}`;
}

function acceptGroupButton(
  group: VisibleGroup,
  rejected: readonly string[],
): TemplateResult | typeof nothing {
  const n = suggestedIn(group, rejected).length;
  if (n === 0) return nothing;
  return html`<button class="accept-group" type="button" data-category=${group.category}
    aria-label=${`Accept ${n} ${n === 1 ? 'suggestion' : 'suggestions'}: the suggested classifications shown in ${group.category}`}
    >Accept ${n} ${n === 1 ? 'suggestion' : 'suggestions'}</button>`;
}
