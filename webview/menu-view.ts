// The move menu and the carry-or-drop question of a move up past limits.

import { html, nothing, type TemplateResult } from 'lit';
import type { MatrixModel, MatrixRow } from '../src/core/matrix/view-model';
import { shownSuggestion, suggestedSignalsText } from './logic';
import type { MenuState } from './view-types';

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

export function menuTemplate(
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
