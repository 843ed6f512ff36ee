// Lit templates of the matrix. Every user string goes through a text or attribute binding (never innerHTML,
// never unsafeHTML), so a feature named `<img onerror=…>` shows as those characters.
// Row templates carry no event bindings: main.ts delegates events on the grid, which keeps 2,000 rows cheap.

import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { MatrixFinding, MatrixModel, MatrixPlan, MatrixRow } from '../src/core/matrix/view-model';
import { isMismatch, recommendedSide } from '../src/core/model/classify';
import { type Severity, SIGNALS, type Signal } from '../src/core/types';
import {
  cellAriaLabel,
  freeOfferSummary,
  isFiltered,
  isUnclassified,
  marketTooltip,
  recommendationLabel,
  SIGNAL_FILTERS,
  shownSuggestion,
  signalCellLabel,
  signalName,
  suggestedIn,
  suggestedSignalsText,
  suggestionText,
  type ViewState,
  type VisibleGroup,
} from './logic';

export const SEVERITY_ICON: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };
export const SIGNAL_ICON = {
  virality: 'broadcast',
  universality: 'globe',
  ahaMoment: 'lightbulb',
  habitLoop: 'sync',
  friction: 'flame',
  expansion: 'graph-line',
} as const;

/** Grid columns: feature, side, one per plan, recommendation, one checkbox per signal. */
export const COL_FEATURE = 0;
export const COL_SIDE = 1;
export const COL_FIRST_PLAN = 2;
export function firstSignalCol(model: MatrixModel): number {
  return COL_FIRST_PLAN + model.plans.length + 1;
}
export function columnCount(model: MatrixModel): number {
  return firstSignalCol(model) + SIGNALS.length;
}
/** The signal of a grid column, when it is a checkbox column. */
export function signalAt(model: MatrixModel, col: number): Signal | undefined {
  const i = col - firstSignalCol(model);
  return i >= 0 && i < SIGNALS.length ? SIGNALS[i] : undefined;
}
/** Short column titles, so six checkbox columns fit beside the text. */
export const SIGNAL_SHORT: Record<Signal, string> = {
  virality: 'Viral',
  universality: 'Univ.',
  ahaMoment: 'Aha',
  habitLoop: 'Habit',
  friction: 'Frict.',
  expansion: 'Expan.',
};

export interface MenuState {
  featureId: string;
  x: number;
  y: number;
  /** a move up that leaves limits behind: ask whether to carry them to the new plan or drop them */
  move?: { planId: string; behind: string[]; carry?: string };
}

export interface ViewInput {
  model: MatrixModel | undefined;
  fileName: string;
  state: ViewState;
  groups: VisibleGroup[];
  items: Item[];
  slice: Slice;
  /** syntax findings while the text does not parse (the last good model stays shown) */
  syntaxFindings: MatrixFinding[] | undefined;
  pending: ReadonlyMap<string, string>;
  /** rows whose signal change is on its way */
  pendingSignals: ReadonlySet<string>;
  /** rows selected for a bulk change */
  multi: ReadonlySet<string>;
  /** the signal chosen in the bulk bar */
  bulkSignal: Signal;
  unclassified: number;
  menu: MenuState | undefined;
  status: { text: string; kind: 'info' | 'error' } | undefined;
  /** the plan cell whose limit is being edited in place */
  editing?: { featureId: string; planId: string } | undefined;
}

function sevIcon(sev: Severity): TemplateResult {
  return html`<span class="codicon codicon-${SEVERITY_ICON[sev]} sev" data-sev=${sev} aria-hidden="true"></span>`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function worst(findings: MatrixFinding[]): Severity {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  return findings.some((f) => f.severity === 'warning') ? 'warning' : 'info';
}

function headerTemplate(model: MatrixModel, fileName: string): TemplateResult {
  const c = model.counts;
  return html`<header class="summary">
    <h1><span class="product">${model.product}</span> <span class="file">${fileName}</span></h1>
    <p class="growth">
      <span class="codicon codicon-rocket" aria-hidden="true"></span>
      <span class="label">Growth model</span>
      <span>${model.growth.summary}</span>
    </p>
    ${growthTemplate(model)} ${freeOfferTemplate(model)}
    <ul class="counts" aria-label="Counts">
      <li>${c.features} features</li>
      <li class="count-free"><span class="dot" aria-hidden="true"></span>${c.free} free</li>
      <li class="count-paid"><span class="dot" aria-hidden="true"></span>${c.paid} paid</li>
      <li class="count-flagged">${sevIcon(c.errors ? 'error' : 'warning')}${c.flagged} flagged</li>
      <li class="muted">${plural(c.errors, 'error')} · ${plural(c.warnings, 'warning')} · ${plural(c.infos, 'info')}${
        c.accepted ? ` · ${c.accepted} accepted` : ''
      }</li>
    </ul>
    ${
      model.addOns.length
        ? html`<ul class="add-ons" aria-label="Add-ons">
          ${model.addOns.map(
            (a) =>
              html`<li><span class="codicon codicon-extensions" aria-hidden="true"></span><span class="name">${a.name}</span>
                <span class="price">${a.priceLabel}</span> <span class="muted">from ${
                  model.plans.find((p) => p.id === a.from)?.name ?? a.from
                }</span></li>`,
          )}
        </ul>`
        : nothing
    }
    ${
      model.fileFindings.length
        ? html`<ul class="file-findings" aria-label="File findings" data-sev=${worst(model.fileFindings)}>
          ${model.fileFindings.map(
            (f) =>
              html`<li data-sev=${f.accepted === undefined ? f.severity : 'accepted'}>${
                f.accepted === undefined
                  ? sevIcon(f.severity)
                  : html`<span class="codicon codicon-pass" aria-hidden="true"></span>`
              }<span class="rule">${f.rule}</span>
                <span class="msg">${f.message}</span>${
                  f.accepted === undefined
                    ? nothing
                    : html`<span class="accepted">Accepted: ${f.accepted}</span>`
                }</li>`,
          )}
        </ul>`
        : nothing
    }
  </header>`;
}

function growthTemplate(model: MatrixModel): TemplateResult {
  const g = model.growth;
  const item = (k: string, v: string) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`;
  return html`<dl class="growth-full" aria-label="Growth model">
    ${item('Acquisition', g.acquisition)} ${item('Retention', g.retention)} ${item('Monetization', g.monetization)}
    ${item('Relationship', g.relationship)} ${item('Free offer', g.freeOffer)}
    ${g.trialDays !== undefined ? item('Trial', `${g.trialDays} days`) : nothing}
    ${item('Freemium goals', g.freemiumGoals.length ? g.freemiumGoals.join(', ') : 'none written')}
  </dl>`;
}

const MAX_WALLS = 8;

function freeOfferTemplate(model: MatrixModel): TemplateResult {
  const o = freeOfferSummary(model);
  const trial =
    o.trialDays !== undefined ? html`<li><span class="k">Trial</span> ${o.trialDays} days</li>` : nothing;
  if (o.plans.length === 0) {
    return html`<section class="free-offer card" aria-label="Free offer">
      <h2>Free offer</h2>
      <ul><li>No free plan${o.freeOffer === 'none' ? ' (no free offer)' : `, though the growth model says ${o.freeOffer}`}.</li>${trial}</ul>
    </section>`;
  }
  return html`<section class="free-offer card" aria-label="Free offer">
    <h2>Free offer</h2>
    <ul>
      ${o.plans.map(
        (p) => html`<li class="free-plan" data-plan=${p.id}><span class="k">${p.name}</span>
          ${p.included} ${p.included === 1 ? 'feature' : 'features'} free${
            p.walls.length
              ? html`, behind walls: <span class="walls">${p.walls
                  .slice(0, MAX_WALLS)
                  .map((w, i) => html`${i ? ', ' : ''}<span class="wall">${w.name} (${w.label})</span>`)}${
                  p.walls.length > MAX_WALLS ? ` and ${p.walls.length - MAX_WALLS} more` : ''
                }</span>`
              : ', no walls'
          }</li>`,
      )}
      <li><span class="k">Serves</span> ${o.goals.length ? o.goals.join(', ') : 'no freemium goals written'}</li>
      ${trial}
    </ul>
  </section>`;
}

function option(value: string, label: string, selected: string): TemplateResult {
  return html`<vscode-option value=${value} ?selected=${value === selected}>${label}</vscode-option>`;
}

function toolbarTemplate(state: ViewState, unclassified: number): TemplateResult {
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

function bulkBarTemplate(input: ViewInput): TemplateResult | typeof nothing {
  const n = input.multi.size;
  if (n === 0) return nothing;
  return html`<div class="bulk" role="region" aria-label="Selected features">
    <span class="bulk-count">${n} selected</span>
    <label class="sel"><span>Signal</span>
      <vscode-single-select id="bulk-signal" aria-label="Signal to set or clear">
        ${SIGNALS.map((s) => option(s, signalName(s), input.bulkSignal))}
      </vscode-single-select>
    </label>
    <vscode-button id="bulk-set" icon="check">Set</vscode-button>
    <vscode-button id="bulk-clear" secondary icon="close">Clear</vscode-button>
    <vscode-button id="bulk-none" secondary>Select none</vscode-button>
  </div>`;
}

function planHeader(p: MatrixPlan, i: number): TemplateResult {
  return html`<div role="columnheader" class="cell plan-head" data-col=${COL_FIRST_PLAN + i} data-plan=${p.id}
    data-free=${p.free ? 'true' : 'false'}>
    <span class="plan-name">${p.name}</span><span class="price">${p.priceLabel}</span>
  </div>`;
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

function signalCells(model: MatrixModel, row: MatrixRow, suggested: readonly Signal[]): TemplateResult[] {
  const first = firstSignalCol(model);
  return SIGNALS.map((s, i) => {
    const on = row.signals.includes(s);
    const answered = on || (row.answered ?? row.signals).includes(s);
    const sug = suggested.includes(s);
    return html`<div role="gridcell" class="cell sig" data-col=${first + i} data-signal=${s} tabindex="-1"
      data-suggested=${sug ? 'true' : 'false'}
      data-state=${on ? 'yes' : answered ? 'no' : 'unanswered'} aria-label=${`${signalCellLabel(row, s)}${sug ? ', suggested yes' : ''}`}
      aria-readonly=${row.invalid ? 'true' : 'false'}>
      <span class="box" role="checkbox" aria-checked=${on ? 'true' : 'false'} aria-hidden="true"
        ><span class="codicon ${on ? 'codicon-check' : answered ? 'codicon-blank' : 'codicon-blank'}"></span
      ></span>
    </div>`;
  });
}

function rowTemplate(
  model: MatrixModel,
  row: MatrixRow,
  rowIndex: number,
  pendingPlan: string | undefined,
  selected: boolean,
  pendingSignal: boolean,
  rejected: readonly string[],
  editingPlan: string | undefined,
) {
  const rec = recommendationLabel(row);
  const sug = shownSuggestion(row, rejected);
  const recPlan = recommendedPlan(model, row);
  const differs = isMismatch(row.recommendation, row.side);
  const reasons = row.reasons.map(signalName).join(', ');
  const recLabel = `recommended ${rec}${reasons ? ` because of ${reasons}` : ''}${
    differs ? `, differs from its ${row.side} side` : ''
  }${sug ? `. ${suggestionText(sug)}. Space accepts the suggestion, Delete rejects it` : ''}`;
  return html`<div role="row" class="row feature-row ${selected ? 'multi' : ''}" data-id=${row.id} aria-rowindex=${rowIndex}
    aria-selected=${selected ? 'true' : 'false'} data-invalid=${row.invalid ? 'true' : 'false'}
    data-unclassified=${isUnclassified(row) ? 'true' : 'false'}
    data-flag=${row.flag ?? 'none'} data-side=${row.side ?? 'unknown'}
    data-pending=${pendingPlan || pendingSignal ? 'true' : 'false'}>
    <div role="rowheader" class="cell feature" data-col="0" tabindex="-1" draggable="true" aria-label=${featureLabel(row)}>
      <span class="codicon codicon-gripper grip" aria-hidden="true"></span>
      ${row.flag ? html`<span class="flag">${sevIcon(row.flag)}</span>` : nothing}
      <span class="name-block">
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
    <div role="gridcell" class="cell side" data-col="1" tabindex="-1">
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
    <div role="gridcell" class="cell rec" data-col=${COL_FIRST_PLAN + model.plans.length} tabindex="-1"
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
                aria-label=${`Accept the suggestion for ${row.name}: ${suggestedSignalsText(sug)}`}>Accept</button>
              <button type="button" class="reject-suggestion" tabindex="-1"
                aria-label=${`Reject the suggestion for ${row.name}`}>Reject</button>
            </span>`
          : nothing
      }
    </div>
    ${signalCells(model, row, sug?.signals ?? [])}
  </div>`;
}

export type Item =
  | { kind: 'group'; key: string; group: VisibleGroup }
  | { kind: 'row'; key: string; row: MatrixRow };

export function flatten(groups: VisibleGroup[]): Item[] {
  const items: Item[] = [];
  for (const g of groups) {
    items.push({ kind: 'group', key: `g\u0000${g.category}`, group: g });
    for (const r of g.rows) items.push({ kind: 'row', key: `r\u0000${r.id}`, row: r });
  }
  return items;
}

/** The slice of items in the DOM: everything for ordinary files, a window around the viewport for big ones. */
export interface Slice {
  start: number;
  end: number;
  virtual: boolean;
}

function gridTemplate(input: ViewInput, model: MatrixModel): TemplateResult {
  const { items, slice } = input;
  const cols = columnCount(model);
  const shown = items.slice(slice.start, slice.end);
  return html`<div role="grid" id="grid" class="grid ${slice.virtual ? 'virtual' : ''}" aria-label=${`Free/paid matrix of ${model.product}`}
    aria-multiselectable="true"
    aria-rowcount=${items.length + 1} aria-colcount=${cols}>
    <div role="row" class="row head" aria-rowindex="1">
      <div role="columnheader" class="cell" data-col="0">Feature</div>
      <div role="columnheader" class="cell" data-col="1">Side</div>
      ${model.plans.map(planHeader)}
      <div role="columnheader" class="cell" data-col=${COL_FIRST_PLAN + model.plans.length}>Recommendation</div>
      ${SIGNALS.map(
        (
          sg,
          i,
        ) => html`<div role="columnheader" class="cell sig-head" data-col=${firstSignalCol(model) + i} title=${signalName(sg)}
          aria-label=${signalName(sg)}><span class="codicon codicon-${SIGNAL_ICON[sg]}" aria-hidden="true"></span>${SIGNAL_SHORT[sg]}</div>`,
      )}
    </div>
    <div class="pad" id="pad-top" aria-hidden="true"></div>
    ${repeat(
      shown,
      (it) => it.key,
      (it, j) =>
        it.kind === 'group'
          ? html`<div role="row" class="row group-row" aria-rowindex=${slice.start + j + 2}>
            <div role="rowheader" class="cell group" aria-colspan=${cols}>
              <span class="group-name">${it.group.category || 'Other'}</span>
              <button class="select-group" type="button" data-category=${it.group.category}
                aria-label=${`Select the ${it.group.rows.length} features shown in ${it.group.category}`}>Select all</button>
              <span class="muted">${it.group.rows.length === it.group.total ? it.group.total : `${it.group.rows.length} of ${it.group.total}`}</span>
              ${acceptGroupButton(it.group, input.state.rejected)}
            </div>
          </div>`
          : rowTemplate(
              model,
              it.row,
              slice.start + j + 2,
              input.pending.get(it.row.id),
              input.multi.has(it.row.id),
              input.pendingSignals.has(it.row.id),
              input.state.rejected,
              input.editing?.featureId === it.row.id ? input.editing.planId : undefined,
            ),
    )}
    <div class="pad" id="pad-bottom" aria-hidden="true"></div>
  </div>`;
}

function moveChoiceTemplate(
  model: MatrixModel,
  row: MatrixRow,
  move: NonNullable<MenuState['move']>,
): TemplateResult {
  const to = model.plans.find((p) => p.id === move.planId);
  const names = move.behind.map((id) => model.plans.find((p) => p.id === id)?.name ?? id).join(', ');
  const item = (action: string, icon: string, label: string) =>
    html`<div role="menuitem" class="menu-item" tabindex="-1" data-action=${action}>
      <span class="codicon codicon-${icon}" aria-hidden="true"></span><span>${label}</span></div>`;
  return html`<div id="menu" class="menu" role="menu"
    aria-label=${`Move ${row.name} to ${to?.name ?? move.planId}: its limits on ${names} would mean nothing there`}>
    <div class="menu-note">${row.name} has limits on ${names}, which ${to?.name ?? move.planId} does not include.</div>
    ${move.carry ? item('move-carry', 'arrow-right', `Move and carry the limit (${move.carry}) to ${to?.name ?? move.planId}`) : nothing}
    ${item('move-drop', 'trash', `Move and drop the limits on ${names}`)}
    ${item('move-cancel', 'close', 'Cancel')}
  </div>`;
}

function acceptGroupButton(
  group: VisibleGroup,
  rejected: readonly string[],
): TemplateResult | typeof nothing {
  const n = suggestedIn(group, rejected).length;
  if (n === 0) return nothing;
  return html`<button class="accept-group" type="button" data-category=${group.category}
    aria-label=${`Accept the ${n} suggested classifications shown in ${group.category}`}>Accept ${n} ${
      n === 1 ? 'suggestion' : 'suggestions'
    }</button>`;
}

function menuTemplate(
  model: MatrixModel,
  menu: MenuState,
  rejected: readonly string[],
): TemplateResult | typeof nothing {
  const row = model.groups.flatMap((g) => g.rows).find((r) => r.id === menu.featureId);
  if (!row) return nothing;
  if (menu.move) return moveChoiceTemplate(model, row, menu.move);
  const sug = shownSuggestion(row, rejected);
  return html`<div id="menu" class="menu" role="menu" aria-label=${`Move ${row.name}`} data-x=${menu.x} data-y=${menu.y}>
    ${model.plans.map(
      (p) => html`<div role="menuitemradio" class="menu-item" tabindex="-1" data-plan=${p.id}
        aria-checked=${p.id === row.plan ? 'true' : 'false'}>
        <span class="codicon ${p.id === row.plan ? 'codicon-check' : 'codicon-blank'}" aria-hidden="true"></span>
        <span>Move to ${p.name}</span><span class="muted">${p.priceLabel}</span>
      </div>`,
    )}
    ${
      sug
        ? html`<div role="separator" class="menu-sep"></div>
          <div role="menuitem" class="menu-item" tabindex="-1" data-action="accept-suggestion">
            <span class="codicon codicon-check" aria-hidden="true"></span><span>Accept suggestion: ${suggestedSignalsText(sug)}</span>
          </div>
          <div role="menuitem" class="menu-item" tabindex="-1" data-action="accept-category">
            <span class="codicon codicon-check-all" aria-hidden="true"></span><span>Accept all suggestions in ${row.category}</span>
          </div>
          <div role="menuitem" class="menu-item" tabindex="-1" data-action="reject-suggestion">
            <span class="codicon codicon-close" aria-hidden="true"></span><span>Reject suggestion</span>
          </div>`
        : nothing
    }
    <div role="separator" class="menu-sep"></div>
    <div role="menuitem" class="menu-item" tabindex="-1" data-action="reveal">
      <span class="codicon codicon-go-to-file" aria-hidden="true"></span><span>Reveal in text editor</span>
    </div>
  </div>`;
}

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
  return html`${headerTemplate(model, input.fileName)} ${banner} ${toolbarTemplate(input.state, input.unclassified)}
    ${bulkBarTemplate(input)} ${status}
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
      <kbd>↑↓←→</kbd> move focus · <kbd>Enter</kbd> reveal in text · <kbd>Alt</kbd>+<kbd>←→</kbd> move to the
      previous/next plan · <kbd>Space</kbd> on a plan cell: make it the lowest plan; on a signal: toggle it (for every
      selected row) · <kbd>Delete</kbd> on a signal: answer no · <kbd>Shift</kbd>+<kbd>↑↓</kbd> or
      <kbd>Shift</kbd>+click: select rows · <kbd>Ctrl</kbd>+<kbd>Space</kbd> or <kbd>Ctrl</kbd>+click: add a row ·
      <kbd>Esc</kbd>: select none · <kbd>N</kbd>: next unclassified · <kbd>F2</kbd> or double-click on a plan cell: edit its limit ·
      <kbd>Space</kbd> on a suggestion (Recommendation
      column): accept it, <kbd>Delete</kbd>: reject it · <kbd>Shift</kbd>+<kbd>F10</kbd> menu
    </p>`;
}
