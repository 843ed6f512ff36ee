// The header: product, counts, add-ons, file findings, and the decision card (growth model, free offer).

import { html, nothing, type TemplateResult } from 'lit';
import type { MatrixModel } from '../src/core/matrix/view-model';
import { freeOfferSummary } from './logic';
import { plural, sevIcon, worst } from './view-parts';

/**
 * One header line: product, file, totals, and the decision card collapsed to a line that expands (a button with
 * aria-expanded; the card's text stays in the page, hidden, for find-in-page and the tests).
 * Under it, only when present: the model's one-line notice, then the file findings.
 */
export function headerTemplate(model: MatrixModel, fileName: string, open: boolean): TemplateResult {
  const c = model.counts;
  const o = freeOfferSummary(model);
  const free = o.plans.length
    ? o.plans.map((p) => `${p.name}: ${p.included} free, ${plural(p.walls.length, 'wall')}`).join('; ')
    : 'no free plan';
  return html`<header class="summary">
    <div class="headline">
      <h1><span class="product">${model.product}</span> <span class="file">${fileName}</span></h1>
      <ul class="counts" aria-label="Counts">
        <li>${c.features} features</li>
        <li class="count-free"><span class="dot" aria-hidden="true"></span>${c.free} free</li>
        <li class="count-paid"><span class="dot" aria-hidden="true"></span>${c.paid} paid</li>
        <li class="count-flagged">${sevIcon(c.errors ? 'error' : 'warning')}${c.flagged} flagged</li>
        <li class="muted count-findings">${plural(c.errors, 'error')} · ${plural(c.warnings, 'warning')} · ${plural(c.infos, 'info')}${
          c.accepted ? ` · ${c.accepted} accepted` : ''
        }</li>
      </ul>
    </div>
    ${noticeTemplate(model)}
    <div class="decision">
      <button type="button" id="decision-toggle" class="decision-toggle" aria-expanded=${open ? 'true' : 'false'}
        aria-controls="decision-body"><span class="codicon codicon-chevron-${open ? 'down' : 'right'}" aria-hidden="true"></span
        ><span class="codicon codicon-rocket" aria-hidden="true"></span>
        <span class="label">Growth model</span> <span class="growth-summary">${model.growth.summary}</span>
        <span class="muted">· Free offer: ${free}</span></button>
      <div id="decision-body" class="decision-body" ?hidden=${!open}>
        ${growthTemplate(model)} ${freeOfferTemplate(model)} ${addOnsTemplate(model)}
      </div>
    </div>
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

/** The one-line notice the server may send with the model (e.g. why totals differ); nothing when absent. */
function noticeTemplate(model: MatrixModel): TemplateResult | typeof nothing {
  const notice = model.notice?.trim();
  if (!notice) return nothing;
  return html`<p class="notice" role="note" title=${notice}>
    <span class="codicon codicon-info" aria-hidden="true"></span><span class="notice-text">${notice}</span></p>`;
}

function addOnsTemplate(model: MatrixModel): TemplateResult | typeof nothing {
  if (!model.addOns.length) return nothing;
  return html`<ul class="add-ons" aria-label="Add-ons">
    ${model.addOns.map(
      (a) =>
        html`<li><span class="codicon codicon-extensions" aria-hidden="true"></span><span class="name">${a.name}</span>
          <span class="price">${a.priceLabel}</span> <span class="muted">from ${
            model.plans.find((p) => p.id === a.from)?.name ?? a.from
          }</span></li>`,
    )}
  </ul>`;
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
