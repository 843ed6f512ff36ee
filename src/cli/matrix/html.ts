import { createHash } from 'node:crypto';
import { RECOMMENDATION_NAMES, SIGNAL_NAMES } from '../../core/format/names';
import {
  addOnsText,
  agrees,
  cellText,
  FLAG_MARK,
  reasonsText,
  recommendationText,
  sideText,
} from '../../core/matrix/render/text';
import type { MatrixModel, MatrixRow } from '../../core/matrix/view-model';
import type { Recommendation, Signal } from '../../core/types';
import { EXPORT_SCRIPT } from './html-script';

// One self-contained HTML file: inline CSS, one script of ours, no network. The CSP allows that script by
// its sha256 and nothing else (no other script, no eval, no handler attribute, no load of any kind), so
// text that ever slipped through unescaped still could not run. Light and dark through prefers-color-scheme.
// Without script every row shows and the side/flag/unclassified filters still work (CSS :has). Every text
// from the file goes through esc().

/** The CSP source that allows exactly EXPORT_SCRIPT: 'sha256-<base64>' of its UTF-8 bytes. */
export const EXPORT_SCRIPT_HASH = `'sha256-${createHash('sha256').update(EXPORT_SCRIPT, 'utf8').digest('base64')}'`;

export const EXPORT_CSP = [
  "default-src 'none'",
  `script-src ${EXPORT_SCRIPT_HASH}`,
  "style-src 'unsafe-inline'",
  'img-src data:',
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const CSS = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0;
  --head: #f6f8fa; --free: #1a7f37; --paid: #8250df; --err: #cf222e; --warn: #9a6700; --info: #0969da;
  --inc: #dafbe1; --lim: #fff8c5; --exc: transparent; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --head: #151b23;
    --free: #3fb950; --paid: #ab7df8; --err: #f85149; --warn: #d29922; --info: #4493f8;
    --inc: #12261e; --lim: #272115; }
}
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; background: var(--bg); color: var(--fg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 24px 0 8px; }
.muted { color: var(--muted); }
.counts span { margin-right: 16px; }
table { border-collapse: collapse; width: 100%; margin-bottom: 8px; }
th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--head); position: sticky; top: 0; }
th .price { display: block; font-weight: normal; color: var(--muted); font-size: 12px; }
td.cell { text-align: center; white-space: nowrap; }
td.included { background: var(--inc); }
td.limit { background: var(--lim); }
td.excluded { color: var(--muted); }
td.addOn { font-size: 12px; }
.accepted { color: var(--muted); }
.rationale { display: block; color: var(--muted); font-size: 12px; font-style: italic; }
.side-free { color: var(--free); font-weight: 600; }
.side-paid { color: var(--paid); font-weight: 600; }
.mismatch { font-weight: 600; text-decoration: underline dotted; }
.desc { display: block; color: var(--muted); font-size: 12px; }
.flag-error { color: var(--err); } .flag-warning { color: var(--warn); } .flag-info { color: var(--info); }
tr.flagged td:first-child { box-shadow: inset 3px 0 0 var(--warn); }
tr.flagged.error td:first-child { box-shadow: inset 3px 0 0 var(--err); }
details { margin: 2px 0; } summary { cursor: default; }
ul.findings { margin: 4px 0 0; padding-left: 18px; }
td.unlimited { background: var(--inc); }
/* Side, flagged and unclassified work without script too: form controls read by :has(:checked). */
.filters { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: center;
  padding: 8px 0; background: var(--bg); border-bottom: 1px solid var(--line); }
.filters label { cursor: pointer; }
.filters nav a { margin-right: 10px; color: var(--info); }
thead th { top: var(--bar, 44px); }
.filters input[type="search"], .filters select { font: inherit; color: var(--fg); background: var(--bg);
  border: 1px solid var(--muted); border-radius: 4px; padding: 2px 6px; }
.filters input[type="search"] { width: 16em; }
.filters .shown { flex-basis: 100%; margin: 0; }
.no-js .js-only { display: none !important; }
[hidden] { display: none !important; }
body:has(#side-free:checked) main tbody tr:not([data-side="free"]),
body:has(#side-paid:checked) main tbody tr:not([data-side="paid"]),
body:has(#flagged:checked) main tbody tr:not(.flagged),
body:has(#unclassified:checked) main tbody tr:not([data-rec="unclassified"]) { display: none; }
body:has(#side-free:checked) main section:not(:has(tr[data-side="free"])),
body:has(#side-paid:checked) main section:not(:has(tr[data-side="paid"])),
body:has(#flagged:checked) main section:not(:has(tr.flagged)),
body:has(#unclassified:checked) main section:not(:has(tr[data-rec="unclassified"])) { display: none; }
section:target h2 { text-decoration: underline; }
`;

function rowHtml(m: MatrixModel, r: MatrixRow, i: number): string {
  const reasons = reasonsText(r);
  const rec = `${recommendationText(r)}${reasons ? ` (${reasons})` : ''}`;
  const cells = r.cells
    .map((c, i) => {
      const plan = m.plans[i]!;
      const text = c.kind === 'excluded' ? '—' : c.kind === 'included' ? '✓' : c.label;
      // Unlimited is no wall: painted as included, not as a limit.
      const kind = c.kind === 'limit' && c.limit === 'unlimited' ? 'unlimited' : c.kind;
      return `<td class="cell ${kind}" title="${esc(`${plan.name}: ${cellText(c)}`)}">${esc(text)}</td>`;
    })
    .join('');
  const open = r.findings.filter((f) => f.accepted === undefined);
  const accepted = r.findings.filter((f) => f.accepted !== undefined);
  const flag = `${
    r.flag
      ? `<span class="flag-${r.flag}">${FLAG_MARK[r.flag]}</span> <ul class="findings">${open
          .map((f) => `<li class="flag-${f.severity}"><code>${esc(f.rule)}</code>: ${esc(f.message)}</li>`)
          .join('')}</ul>`
      : ''
  }${
    accepted.length
      ? `<ul class="findings accepted">${accepted
          .map((f) => `<li>accepted <code>${esc(f.rule)}</code>: ${esc(f.accepted!)}</li>`)
          .join('')}</ul>`
      : ''
  }`;
  const cls = [r.flag ? 'flagged' : '', r.flag === 'error' ? 'error' : ''].filter(Boolean).join(' ');
  // What the script filters and sorts by; file order is data-i.
  const plan = m.plans.findIndex((p) => p.id === r.plan);
  const data = [
    ['i', String(i)],
    ['id', r.id],
    ['name', r.name],
    ['side', r.side ?? 'unknown'],
    ['rec', r.invalid ? 'invalid' : r.recommendation],
    ['signals', r.signals.join(' ')],
    ...(plan >= 0 ? [['plan', String(plan)]] : []),
    ...(r.flag ? [['flag', r.flag]] : []),
    ...(agrees(r) ? [] : [['mismatch', '']]),
  ]
    .map(([k, v]) => ` data-${k}="${esc(v!)}"`)
    .join('');
  return `<tr${cls ? ` class="${cls}"` : ''}${data}><th scope="row">${esc(r.name)}${
    r.status === 'planned' ? ' <span class="muted">(planned)</span>' : ''
  }${r.description ? `<span class="desc">${esc(r.description)}</span>` : ''}${
    r.rationale ? `<span class="rationale">Why: ${esc(r.rationale)}</span>` : ''
  }</th>${cells}<td class="side-${esc(
    r.side ?? 'unknown',
  )}">${esc(sideText(r))}</td><td${agrees(r) ? '' : ' class="mismatch"'}>${esc(rec)}</td><td>${flag}</td></tr>`;
}

export function matrixHtml(m: MatrixModel): string {
  const title = `Free/paid matrix${m.product ? ` — ${m.product}` : ''}`;
  const parts: string[] = [];
  parts.push(
    '<!doctype html>',
    '<html lang="en" class="no-js">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>${esc(title)}</h1>`,
  );
  if (m.syntaxError) {
    parts.push('<p>The file has YAML syntax errors; fix them to see the matrix.</p>', '</body>', '</html>');
    return `${parts.join('\n')}\n`;
  }
  const c = m.counts;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  parts.push(
    `<p class="muted">Growth model: ${esc(m.growth.summary)}</p>`,
    `<p class="counts"><span>${plural(c.features, 'feature')}</span><span class="side-free">${c.free} free</span><span class="side-paid">${c.paid} paid</span><span>${c.flagged} flagged</span><span class="flag-error">${plural(c.errors, 'error')}</span><span class="flag-warning">${plural(c.warnings, 'warning')}</span><span class="flag-info">${plural(c.infos, 'info')}</span></p>`,
  );
  const addOns = addOnsText(m);
  if (addOns.length > 0) parts.push(`<p class="muted">Add-ons: ${addOns.map(esc).join('; ')}</p>`);
  if (m.fileFindings.length > 0) {
    parts.push(
      `<ul class="findings">${m.fileFindings
        .map(
          (f) =>
            `<li class="${f.accepted === undefined ? `flag-${f.severity}` : 'accepted'}">${
              f.accepted === undefined ? FLAG_MARK[f.severity] : 'accepted'
            } <code>${esc(f.rule)}</code> (line ${f.range.start.line + 1}): ${esc(f.message)}${
              f.accepted === undefined ? '' : ` <em>Accepted: ${esc(f.accepted)}</em>`
            }</li>`,
        )
        .join('')}</ul>`,
    );
  }
  const head = `<thead><tr><th scope="col">Feature</th>${m.plans
    .map((p) => `<th scope="col">${esc(p.name)}<span class="price">${esc(p.priceLabel)}</span></th>`)
    .join(
      '',
    )}<th scope="col">Side</th><th scope="col">Recommendation</th><th scope="col">Flags</th></tr></thead>`;
  parts.push(filtersHtml(m), '<main>');
  m.groups.forEach((g, i) => {
    parts.push(
      `<section id="cat-${i + 1}" data-i="${i}" data-category="${esc(g.category)}"><h2>${esc(g.category)}</h2>`,
      `<table>${head}<tbody>${g.rows.map((r, j) => rowHtml(m, r, j)).join('\n')}</tbody></table></section>`,
    );
  });
  parts.push('</main>', `<script>${EXPORT_SCRIPT}</script>`, '</body>', '</html>');
  return `${parts.join('\n')}\n`;
}

/**
 * The filter controls, all native and labelled (keyboard and screen readers work as usual). The radios and
 * checkboxes work without script through CSS; search, recommendation, signal, mismatches and sort need the
 * script and are hidden without it (`.no-js .js-only`).
 */
function filtersHtml(m: MatrixModel): string {
  const rows = m.groups.flatMap((g) => g.rows);
  const n = (pred: (r: MatrixRow) => boolean) => rows.filter(pred).length;
  const control = (type: 'radio' | 'checkbox', id: string, text: string, checked = false, cls = '') =>
    `<label${cls ? ` class="${cls}"` : ''}><input type="${type}" ${
      type === 'radio' ? `name="side" value="${id.slice('side-'.length)}" ` : ''
    }id="${id}"${checked ? ' checked' : ''}> ${esc(text)}</label>`;
  const select = (id: string, label: string, options: readonly (readonly [string, string])[]) =>
    `<label class="js-only">${esc(label)} <select id="${id}">${options
      .map(([v, t], i) => `<option value="${esc(v)}"${i === 0 ? ' selected' : ''}>${esc(t)}</option>`)
      .join('')}</select></label>`;
  const recs: Recommendation[] = ['free', 'free-limited', 'either', 'paid', 'unclassified'];
  const signals = Object.keys(SIGNAL_NAMES) as Signal[];
  return [
    '<div class="filters" role="group" aria-label="Filters">',
    '<label class="js-only">Search <input type="search" id="q" placeholder="id, name or category" autocomplete="off"></label>',
    '<span class="muted">Show:</span>',
    control('radio', 'side-all', `All (${rows.length})`, true),
    control('radio', 'side-free', `Free (${n((r) => r.side === 'free')})`),
    control('radio', 'side-paid', `Paid (${n((r) => r.side === 'paid')})`),
    control('checkbox', 'flagged', `Flagged only (${n((r) => r.flag !== undefined)})`),
    control(
      'checkbox',
      'unclassified',
      `Unclassified only (${n((r) => r.recommendation === 'unclassified' && !r.invalid)})`,
    ),
    control('checkbox', 'mismatch', `Mismatches only (${n((r) => !agrees(r))})`, false, 'js-only'),
    select('rec', 'Recommendation', [
      ['any', 'Any'],
      ...recs.map((r) => [r, RECOMMENDATION_NAMES[r]] as const),
    ]),
    select('signal', 'Signal', [['any', 'Any signal'], ...signals.map((s) => [s, SIGNAL_NAMES[s]] as const)]),
    select('sort', 'Sort', [
      ['file', 'File order'],
      ['name', 'Name'],
      ['plan', 'Plan'],
      ['recommendation', 'Recommendation'],
      ['flag', 'Flagged first'],
      ['category', 'Category (A–Z)'],
    ]),
    `<nav aria-label="Categories"><span class="muted">Go to:</span> ${m.groups
      .map((g, i) => `<a href="#cat-${i + 1}">${esc(g.category)}</a>`)
      .join('')}</nav>`,
    '<p class="shown muted js-only" id="shown" role="status" aria-live="polite"></p>',
    '</div>',
  ].join('\n');
}
