import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { check } from '../core/check';
import { RECOMMENDATION_NAMES } from '../core/format/names';
import {
  type AddOnChange,
  type DiagnosticRef,
  diffPackaging,
  type EffectiveLimit,
  isEmptyDiff,
  type LimitChange,
  type PackagingDiff,
  type PriceChange,
  type Reclassification,
  type Verdict,
} from '../core/interop/diff';
import { mdCell, mdPath, mdTable, terminalText } from '../core/matrix/render/markdown';
import { limitLabel } from '../core/matrix/view-model';
import { oneOf, parseArgs, UsageError } from './args';
import { displayPath, readText } from './files';
import { paint } from './format/color';
import { explainNote, ruleRef } from './format/markdown';
import { EXIT, type Io } from './io';
import { docsBaseUrl } from './meta';
import { DIFF_USAGE } from './usage';

export { DIFF_USAGE };

const FORMATS = ['stylish', 'json', 'markdown'] as const;

export class DiffInputError extends Error {}

/** The file's text at a git ref; undefined when the file did not exist there (a new file). */
export function gitShow(file: string, ref: string): string | undefined {
  const dir = path.dirname(file);
  const git = (args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 << 20,
    });
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel']).trim();
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new DiffInputError(
      err.code === 'ENOENT' ? 'git is not installed' : `${file}: not inside a git repository`,
    );
  }
  if (ref.startsWith('-')) throw new DiffInputError(`--base ${ref}: not a git ref`);
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new DiffInputError(`--base ${ref}: no such git ref (commit, branch or tag)`);
  }
  const rel = path.relative(top, path.resolve(file)).split(path.sep).join('/');
  try {
    return git(['show', `${ref}:${rel}`]);
  } catch {
    return undefined;
  }
}

function read(file: string, io: Io): string {
  const r = readText(path.resolve(io.cwd, file));
  if (!r.ok) throw new DiffInputError(`${displayPath(path.resolve(io.cwd, file), io.cwd)}: ${r.reason}`);
  return r.text;
}

export function runDiff(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, { values: ['format', 'base'], flags: ['no-color', 'color'] });
  const format = oneOf('format', args.values.format, FORMATS, 'stylish');
  const color =
    !args.flags.has('no-color') && (args.flags.has('color') || (io.isTTY && io.env.NO_COLOR === undefined));
  let baseText: string | undefined;
  let headText: string;
  let baseLabel: string;
  let headLabel: string;
  try {
    if (args.values.base !== undefined) {
      if (args.positionals.length !== 1)
        throw new UsageError('diff FILE --base GIT-REF takes exactly one FILE');
      const file = args.positionals[0]!;
      headText = read(file, io);
      baseText = gitShow(path.resolve(io.cwd, file), args.values.base);
      headLabel = displayPath(path.resolve(io.cwd, file), io.cwd);
      baseLabel = `${args.values.base}:${headLabel}`;
    } else {
      if (args.positionals.length !== 2)
        throw new UsageError('diff takes BASE and HEAD files (or FILE --base GIT-REF)');
      const [b, h] = args.positionals as [string, string];
      baseText = read(b, io);
      headText = read(h, io);
      baseLabel = displayPath(path.resolve(io.cwd, b), io.cwd);
      headLabel = displayPath(path.resolve(io.cwd, h), io.cwd);
    }
  } catch (e) {
    if (e instanceof DiffInputError) {
      io.stderr(`packaging-planner: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
  const d = diffPackaging(baseText === undefined ? undefined : check(baseText), check(headText));
  const labels = { base: baseLabel, head: headLabel };
  io.stdout(
    format === 'json'
      ? `${JSON.stringify(diffJson(d, labels), null, 2)}\n`
      : format === 'markdown'
        ? diffMarkdown(d, labels, docsBaseUrl(io.env))
        : diffStylish(d, labels, color),
  );
  return d.head.errors > 0 ? EXIT.findings : EXIT.ok;
}

interface Labels {
  base: string;
  head: string;
}

export function diffJson(d: PackagingDiff, labels: Labels) {
  const line1 = (x: DiagnosticRef) => ({ ...x, line: x.line + 1 });
  // `head` is the HEAD file's label here (like `base`); its finding counts go under `headCounts`
  const { head: headCounts, ...rest } = d;
  return {
    base: labels.base,
    head: labels.head,
    ...rest,
    newDiagnostics: d.newDiagnostics.map(line1),
    resolvedDiagnostics: d.resolvedDiagnostics.map(line1),
    resolvedByReclassifying: d.resolvedByReclassifying.map(line1),
    accepted: d.accepted.map(line1),
    headCounts,
  };
}

function priceText(p: PriceChange['from'] | undefined): string {
  if (p === null || p === undefined) return '—';
  if (p === 'contact-sales') return 'Contact sales';
  if (p === 0) return 'Free';
  return `$${Number.isInteger(p) ? p : p.toFixed(2)}`;
}

function limitText(l: EffectiveLimit, unit?: string): string {
  return l === null ? 'not included' : limitLabel(l, unit);
}

const pct = (n: number | undefined) => (n === undefined ? '' : ` (${n > 0 ? '+' : ''}${n}%)`);

/** "against the packaging test: why" / "with the growth model: why" / "no verdict: why" */
export function verdictText(v: Verdict): string {
  return v.direction === 'neutral' ? `no verdict: ${v.why}` : `${v.direction} the ${v.basis}: ${v.why}`;
}

const LIMIT_KIND: Record<LimitChange['kind'], string> = {
  tightened: 'wall tightened',
  loosened: 'wall loosened',
  'wall-added': 'wall added',
  'wall-removed': 'wall removed',
  'unit-changed': 'unit changed',
};

export function limitChangeText(l: LimitChange): string {
  const before = limitText(l.from, l.fromUnit ?? l.unit);
  const after = limitText(l.to, l.unit);
  return `${l.name} on ${l.plan}: ${before} → ${after}, ${LIMIT_KIND[l.kind]}${pct(l.percent)}`;
}

export function priceChangeText(p: PriceChange): string {
  const entry =
    p.entryFrom !== undefined || p.entryTo !== undefined
      ? `; entry price ${priceText(p.entryFrom)} → ${priceText(p.entryTo)}${pct(p.entryPercent)}`
      : '';
  return `${p.name}: ${priceText(p.from)} → ${priceText(p.to)}${pct(p.percent)}${entry}`;
}

function addOnText(a: AddOnChange): string {
  const sells = a.features.length ? ` (sells ${a.features.join(', ')})` : '';
  if (a.kind === 'added') return `${a.name}: added at ${priceText(a.to as PriceChange['to'])}${sells}`;
  if (a.kind === 'removed')
    return `${a.name}: removed (was ${priceText(a.from as PriceChange['from'])})${sells}`;
  if (a.kind === 'from-changed') return `${a.name}: sold from ${a.from} → ${a.to}`;
  return `${a.name}: ${priceText(a.from as PriceChange['from'])} → ${priceText(a.to as PriceChange['to'])}${pct(a.percent)}`;
}

const signalsText = (xs: readonly string[] | null) =>
  xs === null ? 'no signals' : xs.length === 0 ? 'none true' : xs.join(', ');

/** "virality, ahaMoment → ahaMoment; recommended free → free-limited (reasons: … → …)" */
export function reclassificationText(r: Reclassification): string {
  const rec =
    r.fromRecommendation === r.toRecommendation
      ? `still recommended ${RECOMMENDATION_NAMES[r.toRecommendation]}`
      : `recommended ${RECOMMENDATION_NAMES[r.fromRecommendation]} → ${RECOMMENDATION_NAMES[r.toRecommendation]}`;
  const reasons =
    r.fromReasons.join() === r.toReasons.join()
      ? ''
      : ` (reasons: ${signalsText(r.fromReasons).replace('none true', 'none')} → ${signalsText(r.toReasons).replace('none true', 'none')})`;
  return `${r.name}: ${signalsText(r.fromSignals)} → ${signalsText(r.toSignals)}; ${rec}${reasons}`;
}

const BY_RECLASSIFYING = 'its feature was reclassified (signals changed), not moved and no limit changed';

const unknownPlace = (addOn: string | undefined) => (addOn !== undefined ? 'unknown add-on' : 'unknown plan');

const place = (plan: string, addOn?: string) => (addOn ? `add-on ${addOn}` : plan);

const quote = (s: string | null) => (s === null ? '(none)' : `"${oneLine(s)}"`);

export function diffStylish(raw: PackagingDiff, rawLabels: Labels, color = false): string {
  // Every string from the files (names, plan ids, messages, paths) loses its control characters first.
  const d = terminalSafe(raw);
  const labels = terminalSafe(rawLabels);
  const c = { ...paint(color), green: (s: string) => (color ? `\u001b[32m${s}\u001b[39m` : s) };
  const judged = (v: Verdict) => {
    const t = verdictText(v);
    return v.direction === 'with' ? c.green(t) : v.direction === 'against' ? c.yellow(t) : c.dim(t);
  };
  const out: string[] = [c.underline(`${labels.base} → ${labels.head}`)];
  if (d.baseMissing) out.push(c.dim('  (the base does not exist: a new file)'));
  for (const r of d.renamed)
    out.push(
      `  ${c.blue('~ renamed ')}  plan ${r.fromName} (${r.fromId}) → ${r.toName} (${r.toId}), same place in the ladder`,
    );
  for (const f of d.added)
    out.push(
      `  ${c.green('+ added   ')}  ${f.name} on ${place(f.plan, f.addOn)} (${f.side ?? unknownPlace(f.addOn)})`,
    );
  for (const f of d.removed)
    out.push(`  ${c.red('- removed ')}  ${f.name} (was on ${place(f.plan, f.addOn)})`);
  for (const m of d.moved)
    out.push(
      `  ${c.blue('~ moved   ')}  ${m.name}: ${place(m.fromPlan, m.fromAddOn)} → ${place(m.toPlan, m.toAddOn)} — ${judged(m.judgement)}`,
    );
  for (const l of d.limits)
    out.push(`  ${c.blue('~ limit   ')}  ${limitChangeText(l)} — ${judged(l.verdict)}`);
  for (const p of d.prices)
    out.push(
      `  ${c.blue(p.from === null ? '+ plan    ' : p.to === null ? '- plan    ' : '~ price   ')}  ${priceChangeText(p)} — ${judged(p.verdict)}`,
    );
  for (const a of d.addOns) out.push(`  ${c.blue('~ add-on  ')}  ${addOnText(a)} — ${judged(a.verdict)}`);
  for (const r of d.rationale)
    out.push(`  ${c.blue('~ why     ')}  ${r.name}: rationale ${quote(r.from)} → ${quote(r.to)}`);
  for (const r of d.reclassified) out.push(`  ${c.blue('~ signals ')}  ${reclassificationText(r)}`);
  for (const x of d.accepted)
    out.push(
      `  ${c.yellow('! accepted')}  ${x.severity} ${x.rule} (line ${x.line + 1}): ${oneLine(x.message)} — accepted: ${oneLine(x.accepted ?? '')}`,
    );
  for (const x of d.newDiagnostics)
    out.push(
      `  ${c.yellow('! new     ')}  ${x.severity} ${x.rule} (line ${x.line + 1}): ${oneLine(x.message)}`,
    );
  for (const x of d.resolvedDiagnostics)
    out.push(`  ${c.green('✓ resolved')}  ${x.severity} ${x.rule}: ${oneLine(x.message)}`);
  // a reviewer should look twice: the finding went away because the answers changed, not the packaging
  for (const x of d.resolvedByReclassifying)
    out.push(
      `  ${c.yellow('✓ resolved')}  by reclassifying: ${x.severity} ${x.rule}: ${oneLine(x.message)} — ${BY_RECLASSIFYING}`,
    );
  if (isEmptyDiff(d)) out.push('  no packaging changes');
  const h = d.head;
  out.push('', `head: ${countsText(h)}`);
  return `${out.join('\n')}\n`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const countsText = (h: PackagingDiff['head']) =>
  `${plural(h.errors, 'error')}, ${plural(h.warnings, 'warning')}, ${plural(h.infos, 'info')}`;

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ');

/** A copy of `v` with every string made safe for a terminal line. */
function terminalSafe<T>(v: T): T {
  if (typeof v === 'string') return terminalText(v) as T;
  if (Array.isArray(v)) return v.map(terminalSafe) as T;
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = terminalSafe(x);
    return out as T;
  }
  return v;
}

const mark = (v: Verdict) => (v.direction === 'with' ? '✅ ' : v.direction === 'against' ? '⚠️ ' : '');
const verdictCell = (v: Verdict) => `${mark(v)}${mdCell(verdictText(v))}`;

export function diffMarkdown(d: PackagingDiff, labels: Labels, docsUrl?: string): string {
  const out: string[] = [
    `## Packaging changes: ${mdCell(labels.head)}`,
    '',
    `Compared with ${mdPath(labels.base)}${d.baseMissing ? ' (does not exist: a new file)' : ''}. Head: ${countsText(d.head)}.`,
    '',
  ];
  if (isEmptyDiff(d)) {
    out.push('No packaging changes.', '');
    return `${out.join('\n')}\n`;
  }
  /** A `###` section with its table, or nothing when it has no rows. */
  const section = (title: string, header: string[], rows: string[][], intro?: string): string[] =>
    rows.length === 0 ? [] : [`### ${title}`, '', ...(intro ? [intro, ''] : []), mdTable(header, rows), ''];
  const against = [
    ...d.moved.map((m) => m.judgement),
    ...d.limits.map((l) => l.verdict),
    ...d.prices.map((p) => p.verdict),
    ...d.addOns.map((a) => a.verdict),
  ].filter((v) => v.direction === 'against').length;
  if (against > 0 || d.accepted.length > 0)
    out.push(
      `**${plural(against, 'change')} against the packaging test or the growth model**${d.accepted.length ? `; ${plural(d.accepted.length, 'finding')} newly accepted` : ''}.`,
      '',
    );
  if (d.resolvedByReclassifying.length > 0)
    out.push(
      `**${plural(d.resolvedByReclassifying.length, 'finding')} resolved by reclassifying**: the feature's signals changed, not its plan or limits. Check the new answers.`,
      '',
    );
  out.push(
    ...section(
      'Plans renamed',
      ['Before', 'After', 'Place in the ladder'],
      d.renamed.map((r) => [
        mdCell(`${r.fromName} (${r.fromId})`),
        mdCell(`${r.toName} (${r.toId})`),
        String(r.rank + 1),
      ]),
    ),
    ...section(
      'Moved between plans',
      ['Feature', 'From', 'To', 'Side', 'Verdict'],
      d.moved.map((m) => [
        mdCell(m.name),
        mdCell(place(m.fromPlan, m.fromAddOn)),
        mdCell(place(m.toPlan, m.toAddOn)),
        mdCell(
          m.fromSide === m.toSide
            ? `${m.toSide ?? 'unknown'} side`
            : `${m.fromSide ?? 'unknown'} → ${m.toSide ?? 'unknown'}`,
        ),
        verdictCell(m.judgement),
      ]),
    ),
    ...section(
      'Features added or removed',
      ['', 'Feature', 'Plan', 'Side', 'Recommendation'],
      [
        ...d.added.map((f) => [
          '➕',
          mdCell(f.name),
          mdCell(place(f.plan, f.addOn)),
          mdCell(f.side ?? unknownPlace(f.addOn)),
          mdCell(RECOMMENDATION_NAMES[f.recommendation]),
        ]),
        ...d.removed.map((f) => [
          '➖',
          mdCell(f.name),
          mdCell(place(f.plan, f.addOn)),
          mdCell(f.side ?? unknownPlace(f.addOn)),
          mdCell(RECOMMENDATION_NAMES[f.recommendation]),
        ]),
      ],
    ),
    ...section(
      'Limits changed',
      ['Feature', 'Plan', 'Before', 'After', 'Change', 'Verdict'],
      d.limits.map((l) => [
        mdCell(l.name),
        mdCell(l.plan),
        mdCell(limitText(l.from, l.fromUnit ?? l.unit)),
        mdCell(limitText(l.to, l.unit)),
        mdCell(`${LIMIT_KIND[l.kind]}${pct(l.percent)}`),
        verdictCell(l.verdict),
      ]),
    ),
    ...section(
      'Plans and prices',
      ['Plan', 'Before', 'After', 'Change', 'Verdict'],
      d.prices.map((p) => [
        mdCell(p.name),
        mdCell(priceText(p.from)),
        mdCell(priceText(p.to)),
        mdCell(
          `${p.percent !== undefined ? `${p.percent > 0 ? '+' : ''}${p.percent}%` : ''}${p.entryFrom !== undefined || p.entryTo !== undefined ? ` entry ${priceText(p.entryFrom)} → ${priceText(p.entryTo)}${pct(p.entryPercent)}` : ''}`.trim(),
        ),
        verdictCell(p.verdict),
      ]),
    ),
    ...section(
      'Add-ons',
      ['Add-on', 'Change', 'Verdict'],
      d.addOns.map((a) => [mdCell(a.name), mdCell(addOnText(a)), verdictCell(a.verdict)]),
    ),
    ...section(
      'Rationale changed',
      ['Feature', 'Before', 'After'],
      d.rationale.map((r) => [mdCell(r.name), mdCell(r.from ?? '(none)'), mdCell(r.to ?? '(none)')]),
    ),
    ...section(
      'Reclassified (signals changed)',
      ['Feature', 'Signals before', 'Signals after', 'Recommendation', 'Reasons'],
      d.reclassified.map((r) => [
        mdCell(r.name),
        mdCell(signalsText(r.fromSignals)),
        mdCell(signalsText(r.toSignals)),
        mdCell(
          r.fromRecommendation === r.toRecommendation
            ? RECOMMENDATION_NAMES[r.toRecommendation]
            : `${RECOMMENDATION_NAMES[r.fromRecommendation]} → ${RECOMMENDATION_NAMES[r.toRecommendation]}`,
        ),
        mdCell(`${r.fromReasons.join(', ') || 'none'} → ${r.toReasons.join(', ') || 'none'}`),
      ]),
    ),
    ...section(
      'Newly accepted findings',
      ['Severity', 'Rule', 'Feature', 'Finding', 'Reason'],
      d.accepted.map((x) => [
        x.severity,
        ruleRef(x.rule, docsUrl),
        mdCell(x.feature ?? ''),
        mdCell(x.message),
        mdCell(x.accepted ?? ''),
      ]),
      'These findings are waved through by an `accept` entry: they no longer count. Check the reasons.',
    ),
  );
  const diagRows = (xs: DiagnosticRef[], m: string) =>
    xs.map((x) => [m, `${x.severity}`, ruleRef(x.rule, docsUrl), mdCell(x.message)]);
  const findings = section(
    'Findings',
    ['', 'Severity', 'Rule', 'Message'],
    [
      ...diagRows(d.newDiagnostics, '🆕 new'),
      ...diagRows(d.resolvedDiagnostics, '✅ resolved'),
      ...diagRows(d.resolvedByReclassifying, '🏷️ resolved by reclassifying'),
    ],
  );
  if (findings.length > 0) out.push(...findings, ...explainNote(docsUrl));
  return `${out.join('\n')}\n`;
}
