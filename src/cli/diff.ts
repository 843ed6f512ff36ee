import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { check } from '../core/check';
import {
  type DiagnosticRef,
  diffPackaging,
  type EffectiveLimit,
  isEmptyDiff,
  type MoveVerdict,
  type PackagingDiff,
  type PriceChange,
} from '../core/diff';
import { limitLabel } from '../core/matrix';
import { RECOMMENDATION_NAMES } from '../core/names';
import { mdCell, mdTable } from '../core/render/markdown';
import { oneOf, parseArgs, UsageError } from './args';
import { displayPath, readText } from './files';
import { paint } from './format/color';
import { explainNote, ruleRef } from './format/markdown';
import { EXIT, type Io } from './io';
import { docsBaseUrl } from './meta';

export const DIFF_USAGE =
  'packaging-planner diff BASE HEAD | diff FILE --base GIT-REF [--format stylish|json|markdown] [--no-color]';
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
    headCounts,
  };
}

function priceText(p: PriceChange['from']): string {
  if (p === null) return '—';
  if (p === 'contact-sales') return 'Contact sales';
  if (p === 0) return 'Free';
  return `$${Number.isInteger(p) ? p : p.toFixed(2)}`;
}

function limitText(l: EffectiveLimit, unit?: string): string {
  return l === null ? 'not included' : limitLabel(l, unit);
}

const VERDICT: Record<MoveVerdict, string> = {
  with: 'with the packaging test',
  against: 'against the packaging test',
  neutral: '',
};

function sideArrow(from: string | null, to: string | null): string {
  return from === to ? `${to ?? 'unknown'} side` : `${from ?? 'unknown'} → ${to ?? 'unknown'}`;
}

export function diffStylish(d: PackagingDiff, labels: Labels, color = false): string {
  const c = { ...paint(color), green: (s: string) => (color ? `\u001b[32m${s}\u001b[39m` : s) };
  const out: string[] = [c.underline(`${labels.base} → ${labels.head}`)];
  if (d.baseMissing) out.push(c.dim('  (the base does not exist: a new file)'));
  for (const f of d.added)
    out.push(`  ${c.green('+ added   ')}  ${f.name} on ${f.plan} (${f.side ?? 'unknown plan'})`);
  for (const f of d.removed) out.push(`  ${c.red('- removed ')}  ${f.name} (was on ${f.plan})`);
  for (const m of d.moved) {
    const v = VERDICT[m.verdict];
    const rec = `recommended ${RECOMMENDATION_NAMES[m.recommendation]}`;
    const verdict = m.verdict === 'with' ? c.green(v) : m.verdict === 'against' ? c.yellow(v) : '';
    out.push(
      `  ${c.blue('~ moved   ')}  ${m.name}: ${m.fromPlan} → ${m.toPlan} (${sideArrow(m.fromSide, m.toSide)}; ${rec})${verdict ? ` ${verdict}` : ''}`,
    );
  }
  for (const l of d.limits)
    out.push(
      `  ${c.blue('~ limit   ')}  ${l.name} on ${l.plan}: ${limitText(l.from, l.unit)} → ${limitText(l.to, l.unit)}`,
    );
  for (const p of d.prices)
    out.push(
      `  ${c.blue(p.from === null ? '+ plan    ' : p.to === null ? '- plan    ' : '~ price   ')}  ${p.name}: ${priceText(p.from)} → ${priceText(p.to)}`,
    );
  for (const x of d.newDiagnostics)
    out.push(
      `  ${c.yellow('! new     ')}  ${x.severity} ${x.rule} (line ${x.line + 1}): ${oneLine(x.message)}`,
    );
  for (const x of d.resolvedDiagnostics)
    out.push(`  ${c.green('✓ resolved')}  ${x.severity} ${x.rule}: ${oneLine(x.message)}`);
  if (isEmptyDiff(d)) out.push('  no packaging changes');
  const h = d.head;
  out.push('', `head: ${countsText(h)}`);
  return `${out.join('\n')}\n`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const countsText = (h: PackagingDiff['head']) =>
  `${plural(h.errors, 'error')}, ${plural(h.warnings, 'warning')}, ${plural(h.infos, 'info')}`;

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ');

export function diffMarkdown(d: PackagingDiff, labels: Labels, docsUrl?: string): string {
  const out: string[] = [
    `## Packaging changes: ${mdCell(labels.head)}`,
    '',
    `Compared with \`${labels.base.replace(/`/g, "'")}\`${d.baseMissing ? ' (does not exist: a new file)' : ''}. Head: ${countsText(d.head)}.`,
    '',
  ];
  if (isEmptyDiff(d)) {
    out.push('No packaging changes.', '');
    return `${out.join('\n')}\n`;
  }
  if (d.moved.length > 0) {
    out.push(
      '### Moved between plans',
      '',
      mdTable(
        ['Feature', 'From', 'To', 'Side', 'Packaging test'],
        d.moved.map((m) => [
          mdCell(m.name),
          mdCell(m.fromPlan),
          mdCell(m.toPlan),
          mdCell(sideArrow(m.fromSide, m.toSide)),
          `${m.verdict === 'with' ? '✅ ' : m.verdict === 'against' ? '⚠️ ' : ''}${mdCell(
            `recommends ${RECOMMENDATION_NAMES[m.recommendation]}${m.verdict === 'neutral' ? '' : `: ${VERDICT[m.verdict]}`}`,
          )}`,
        ]),
      ),
      '',
    );
  }
  if (d.added.length + d.removed.length > 0) {
    out.push(
      '### Features added or removed',
      '',
      mdTable(
        ['', 'Feature', 'Plan', 'Side', 'Recommendation'],
        [
          ...d.added.map((f) => [
            '➕',
            mdCell(f.name),
            mdCell(f.plan),
            mdCell(f.side ?? 'unknown plan'),
            mdCell(RECOMMENDATION_NAMES[f.recommendation]),
          ]),
          ...d.removed.map((f) => [
            '➖',
            mdCell(f.name),
            mdCell(f.plan),
            mdCell(f.side ?? 'unknown plan'),
            mdCell(RECOMMENDATION_NAMES[f.recommendation]),
          ]),
        ],
      ),
      '',
    );
  }
  if (d.limits.length > 0) {
    out.push(
      '### Limits changed',
      '',
      mdTable(
        ['Feature', 'Plan', 'Before', 'After'],
        d.limits.map((l) => [
          mdCell(l.name),
          mdCell(l.plan),
          mdCell(limitText(l.from, l.unit)),
          mdCell(limitText(l.to, l.unit)),
        ]),
      ),
      '',
    );
  }
  if (d.prices.length > 0) {
    out.push(
      '### Plans and prices',
      '',
      mdTable(
        ['Plan', 'Before', 'After'],
        d.prices.map((p) => [mdCell(p.name), mdCell(priceText(p.from)), mdCell(priceText(p.to))]),
      ),
      '',
    );
  }
  const diagRows = (xs: DiagnosticRef[], mark: string) =>
    xs.map((x) => [mark, `${x.severity}`, ruleRef(x.rule, docsUrl), mdCell(x.message)]);
  if (d.newDiagnostics.length + d.resolvedDiagnostics.length > 0) {
    out.push(
      '### Findings',
      '',
      mdTable(
        ['', 'Severity', 'Rule', 'Message'],
        [...diagRows(d.newDiagnostics, '🆕 new'), ...diagRows(d.resolvedDiagnostics, '✅ resolved')],
      ),
      '',
      ...explainNote(docsUrl),
    );
  }
  return `${out.join('\n')}\n`;
}
