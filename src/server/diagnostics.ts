// Diagnostics: the core's findings as LSP diagnostics, pushed per document version (publishDiagnostics or the VS
// Code client's versioned notification), pulled (textDocument/diagnostic), or asked for (a document's current
// findings, a text that is not open).
import {
  type Diagnostic,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core/model/model';
import { type FindingTotals, findingTotals } from '../core/totals';
import type { Diagnostic as CoreDiagnostic } from '../core/types';
import { type Analysis, MAX_BYTES } from './analysis';
import {
  CHECK_TEXT_REQUEST,
  DIAGNOSTICS_NOTIFICATION,
  DOCUMENT_DIAGNOSTICS_REQUEST,
  SOURCE,
} from './methods';
import { idOf, invalidParams, uriOf } from './params';
import { cancelled, hasLoneCr, lspRange, type ServerEnv, type Session, yieldTurn } from './session';
import type { ServerSettings } from './settings';

/** The finding a file over the size cap gets instead of a check. */
export const TOO_LARGE = 'file-too-large';

export interface CheckTextParams {
  uri: string;
  text: string;
}
export interface CheckTextResponse {
  diagnostics: Diagnostic[];
  /** findings by severity, accepted ones left out */
  counts: { errors: number; warnings: number; infos: number };
  /** the check's totals (findingTotals); absent for a file over the size cap */
  totals?: FindingTotals;
}

export interface DiagnosticsNotificationParams {
  uri: string;
  /** absent when the findings are withdrawn (closed, no longer a packaging file) */
  version?: number;
  diagnostics: Diagnostic[];
  /** the check's totals (findingTotals), what the client's status bar says; absent when withdrawn or too large */
  totals?: FindingTotals;
}

const SEVERITY: Record<CoreDiagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * A core finding as an LSP diagnostic of `doc`: an accepted finding is a Hint that says why (spec 4.5). The core's
 * range is the client's unless `doc` has a lone CR (then the offsets are counted again as the client counts lines).
 */
export function toLspDiagnostic(d: CoreDiagnostic, doc: TextDocument, env: ServerEnv): Diagnostic {
  const href = env.ruleUrl?.(d.rule);
  const out: Diagnostic = {
    range: hasLoneCr(doc) ? lspRange(doc, d.span) : d.range,
    severity: d.accepted === undefined ? SEVERITY[d.severity] : DiagnosticSeverity.Hint,
    message: d.accepted === undefined ? d.message : `${d.message} Accepted: ${d.accepted}`,
    source: SOURCE,
    code: d.rule,
  };
  if (href) out.codeDescription = { href };
  return out;
}

/** Whether the settings show `d` (schema errors can be left to another YAML server). */
export const shown = (d: CoreDiagnostic, settings: ServerSettings) =>
  !(settings.schemaDiagnostics === 'off' && d.rule === 'schema');

/**
 * The findings of `result`, the check of `doc`, as LSP diagnostics. `memo` gives the same LSP diagnostic for a core
 * diagnostic object made before (the incremental re-check carries those before the edit over); not for a text with
 * a lone CR, whose ranges are counted again.
 */
export function toLspDiagnostics(
  result: CheckResult,
  doc: TextDocument,
  settings: ServerSettings,
  env: ServerEnv,
  memo?: WeakMap<CoreDiagnostic, Diagnostic>,
): Diagnostic[] {
  const cache = memo && !hasLoneCr(doc) ? memo : undefined;
  const out: Diagnostic[] = [];
  for (const d of result.diagnostics) {
    if (!shown(d, settings)) continue;
    let x = cache?.get(d);
    if (!x) {
      x = toLspDiagnostic(d, doc, env);
      cache?.set(d, x);
    }
    out.push(x);
  }
  return out;
}

function tooLargeDiagnostic(bytes: number): Diagnostic {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    source: SOURCE,
    code: TOO_LARGE,
    message: `Not checked as you type: this file is ${mb(bytes)} MB, over the editor's ${mb(MAX_BYTES)} MB limit. Run \`packaging-planner check\` on it instead.`,
  };
}

/** Publishes each packaging document's findings once per version, and answers the diagnostics requests. */
export class DiagnosticsPublisher {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** the version each document's last push was scheduled for: a change that was dropped schedules nothing */
  private readonly scheduled = new Map<string, number>();
  /** when each document's last change arrived (for the trace) */
  private readonly received = new Map<string, number>();

  /** the LSP diagnostic of each core diagnostic object (the rule links are the session's, set at initialize) */
  private readonly converted = new WeakMap<CoreDiagnostic, Diagnostic>();

  constructor(private readonly s: Session) {}

  /** The diagnostics of `a`, the analysis of `doc`. */
  of(a: Analysis, doc: TextDocument): Diagnostic[] {
    return a.kind === 'too-large'
      ? [tooLargeDiagnostic(a.bytes)]
      : toLspDiagnostics(a.result, doc, this.s.settings, this.s.env, this.converted);
  }

  /** Checks and publishes `uri` when it is still at `version`; results of a stale version are dropped. */
  private publish(uri: string, version: number): void {
    const { documents, analyses, env } = this.s;
    const doc = documents.get(uri);
    if (!doc || doc.version !== version) return;
    const t0 = performance.now();
    const a = analyses.get(doc);
    if (documents.get(uri)?.version !== version) return;
    const t1 = performance.now();
    // only the versioned notification carries the totals
    const totals = this.s.can.notify && a.kind === 'checked' ? findingTotals(a.result) : undefined;
    this.send(uri, version, this.of(a, doc), totals);
    env.trace?.(
      `publish v${version}: waited ${(t0 - (this.received.get(uri) ?? t0)).toFixed(1)} ms, check ${(t1 - t0).toFixed(1)} ms${a.kind === 'checked' && a.incremental ? ' (incremental)' : ''}, send ${(performance.now() - t1).toFixed(1)} ms`,
    );
  }

  send(uri: string, version: number | undefined, diagnostics: Diagnostic[], totals?: FindingTotals): void {
    const { connection } = this.s;
    if (this.s.can.notify) {
      const params: DiagnosticsNotificationParams = {
        uri,
        ...(version !== undefined ? { version } : {}),
        diagnostics,
        ...(totals ? { totals } : {}),
      };
      void connection.sendNotification(DIAGNOSTICS_NOTIFICATION, params);
    } else
      void connection.sendDiagnostics({ uri, ...(version !== undefined ? { version } : {}), diagnostics });
  }

  /** A push after the debounce the last check's cost asks for; `again` when settings changed. */
  schedule(doc: TextDocument, again = false): void {
    const s = this.s;
    if (s.can.pull || !s.loaded || !s.isPackaging(doc.uri)) return;
    if (!again && this.scheduled.get(doc.uri) === doc.version) return;
    this.scheduled.set(doc.uri, doc.version);
    clearTimeout(this.timers.get(doc.uri));
    const { uri, version } = doc;
    if (s.env.trace) this.received.set(uri, performance.now());
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.publish(uri, version);
      }, s.analyses.debounceMs(uri)),
    );
  }

  /** Settings changed: every open document is reported again (or the client is asked to pull again). */
  refresh(): void {
    const s = this.s;
    if (s.can.pull) void s.connection.languages.diagnostics.refresh().catch(() => undefined);
    else
      for (const doc of s.documents.all()) {
        if (s.isPackaging(doc.uri)) this.schedule(doc, true);
        else this.send(doc.uri, undefined, []);
      }
  }

  closed(uri: string): void {
    this.scheduled.delete(uri);
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    if (!this.s.can.pull) this.send(uri, undefined, []);
  }

  register(): void {
    const s = this.s;
    const { connection, documents, analyses } = s;

    connection.languages.diagnostics.on(async (params, token) => {
      const doc = s.docOf(uriOf(params));
      if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      await s.ready;
      const { version } = doc;
      const resultId = `${s.generation}:${version}`;
      if (params.previousResultId === resultId)
        return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      if (!analyses.has(doc)) await yieldTurn();
      if (token.isCancellationRequested) throw cancelled();
      // a newer version arrived while we waited: the client pulls again for it
      if (documents.get(doc.uri)?.version !== version)
        throw new ResponseError(LSPErrorCodes.ServerCancelled, 'stale', { retriggerRequest: true });
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items: this.of(analyses.get(doc), doc) };
    });

    connection.onRequest(CHECK_TEXT_REQUEST, async (p: CheckTextParams): Promise<CheckTextResponse> => {
      const uri = idOf(p, 'uri');
      const text = p?.text;
      if (typeof text !== 'string') throw invalidParams('text: the text to check is needed.');
      await s.ready;
      await s.settingsLoaded;
      const a = analyses.checkText(text);
      const totals = a.kind === 'checked' ? findingTotals(a.result) : undefined;
      const counts = {
        errors: totals?.errors ?? 0,
        warnings: totals?.warnings ?? 0,
        infos: totals?.infos ?? 0,
      };
      const diagnostics = this.of(a, TextDocument.create(uri, 'yaml', 0, text));
      return { diagnostics, counts, ...(totals ? { totals } : {}) };
    });

    connection.onRequest(DOCUMENT_DIAGNOSTICS_REQUEST, async (p: { textDocument: { uri: string } }) => {
      await s.ready;
      await s.settingsLoaded;
      const doc = s.docOf(uriOf(p));
      if (!doc) return null;
      const a = analyses.get(doc);
      const totals = a.kind === 'checked' ? findingTotals(a.result) : undefined;
      return { version: doc.version, diagnostics: this.of(a, doc), ...(totals ? { totals } : {}) };
    });
  }
}
