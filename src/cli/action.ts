import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { check } from '../core/check';
import { diffPackaging, isEmptyDiff } from '../core/interop/diff';
import { mdPath } from '../core/matrix/render/markdown';
import { parseMaxWarnings } from './args';
import { DiffInputError, diffMarkdown, gitShow } from './diff';
import { displayPath, InputError, readText, resolveInputs } from './files';
import { CHECK_FORMATS } from './format';
import { escapeData, formatGithub, workflowCommand } from './format/github';
import { formatMarkdown } from './format/markdown';
import { formatSarif } from './format/sarif';
import { type FileReport, totals } from './format/types';
import { EXIT, type Io } from './io';
import { DocsUrlError, docsBaseUrl } from './meta';

// The GitHub Action (action.yml): checks the packaging files, annotates the pull request through
// workflow commands, appends the Markdown summary to $GITHUB_STEP_SUMMARY, optionally writes SARIF,
// and sets outputs. Reads its inputs the way the runner passes them: INPUT_<NAME> environment variables.

export interface ActionResult {
  exitCode: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** The runner's input naming: `max-warnings` -> INPUT_MAX-WARNINGS (spaces become `_`, upper case). */
export function input(env: Io['env'], name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function fail(io: Io, message: string): ActionResult {
  io.stdout(`::error title=packaging-planner::${escapeData(message)}\n`);
  return { exitCode: EXIT.usage, errors: 0, warnings: 0, infos: 0 };
}

export function runAction(io: Io): ActionResult {
  const env = io.env;
  const cwd = env.GITHUB_WORKSPACE && path.isAbsolute(env.GITHUB_WORKSPACE) ? env.GITHUB_WORKSPACE : io.cwd;
  const paths = input(env, 'paths')
    .split(/\r?\n/)
    .flatMap((l) => l.trim().split(/\s+/))
    .filter(Boolean);
  const format = input(env, 'format') || 'stylish';
  if (!(format in CHECK_FORMATS))
    return fail(io, `input format: unknown "${format}"; use one of ${Object.keys(CHECK_FORMATS).join(', ')}`);
  const rawMax = input(env, 'max-warnings');
  let maxWarnings: number;
  try {
    // One parser for the CLI and the Action: they accept and refuse the same values.
    maxWarnings = parseMaxWarnings(rawMax);
  } catch (e) {
    return fail(io, `input max-warnings: ${(e as Error).message.replace(/^--max-warnings takes/, 'takes')}`);
  }
  const sarifPath = input(env, 'sarif');
  const annotate = input(env, 'annotate') !== 'false';
  const diffBase = input(env, 'diff-base');
  const diffFile = input(env, 'diff-file') || 'packaging-diff.md';
  let docsUrl: string | undefined;
  try {
    docsUrl = docsBaseUrl(env);
  } catch (e) {
    if (e instanceof DocsUrlError) return fail(io, e.message);
    throw e;
  }

  let files: string[];
  try {
    files = resolveInputs(paths, cwd, (m) =>
      io.stdout(`${workflowCommand('warning', { title: 'packaging-planner' }, m)}\n`),
    );
  } catch (e) {
    if (e instanceof InputError) return fail(io, e.message);
    throw e;
  }
  const reports: FileReport[] = [];
  let unreadable = false;
  for (const f of files) {
    const shown = displayPath(f, cwd);
    const read = readText(f);
    if (!read.ok) {
      io.stdout(
        `${workflowCommand('error', { file: shown, title: 'packaging-planner' }, `${shown}: ${read.reason}`)}\n`,
      );
      unreadable = true;
      continue;
    }
    const result = check(read.text);
    reports.push({ file: shown, text: read.text, result, diagnostics: result.diagnostics });
  }

  // the log: the chosen format, then the annotations (unless that format already was them)
  io.stdout(CHECK_FORMATS[format]!(reports, { color: false, docsUrl }));
  if (annotate && format !== 'github') io.stdout(formatGithub(reports));

  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, formatMarkdown(reports, { docsUrl }));
  if (sarifPath) {
    const out = path.resolve(cwd, sarifPath);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, formatSarif(reports, { docsUrl }));
  }
  let diffWritten = '';
  if (diffBase) {
    // one Markdown section per changed file, for a pull request comment
    const parts: string[] = [];
    try {
      for (const r of reports) {
        const base = gitShow(path.resolve(cwd, r.file), diffBase);
        const d = diffPackaging(base === undefined ? undefined : check(base), r.result);
        if (!isEmptyDiff(d))
          parts.push(diffMarkdown(d, { base: `${diffBase}:${r.file}`, head: r.file }, docsUrl));
      }
    } catch (e) {
      if (e instanceof DiffInputError) return fail(io, `input diff-base: ${e.message}`);
      throw e;
    }
    const text =
      parts.length > 0
        ? parts.join('\n')
        : `## Packaging changes\n\nNo packaging changes since ${mdPath(diffBase)}.\n`;
    diffWritten = path.resolve(cwd, diffFile);
    mkdirSync(path.dirname(diffWritten), { recursive: true });
    writeFileSync(diffWritten, text);
    if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `\n${text}`);
  }
  // Accepted findings never count (spec 4.5).
  const { errorCount: errors, warningCount: warnings, infoCount: infos } = totals(reports);
  if (env.GITHUB_OUTPUT) {
    appendFileSync(
      env.GITHUB_OUTPUT,
      `errors=${errors}\nwarnings=${warnings}\ninfos=${infos}\nfiles=${reports.length}\n${sarifPath ? `sarif=${sarifPath}\n` : ''}${diffWritten ? `diff=${diffFile}\n` : ''}`,
    );
  }
  let exitCode: number = EXIT.ok;
  if (unreadable) exitCode = EXIT.usage;
  else if (errors > 0) exitCode = EXIT.findings;
  else if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stdout(
      `::error title=packaging-planner::${escapeData(`${warnings} warning${warnings === 1 ? '' : 's'}, more than max-warnings ${maxWarnings}`)}\n`,
    );
    exitCode = EXIT.findings;
  }
  return { exitCode, errors, warnings, infos };
}
