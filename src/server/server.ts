// The language server over the core: one analysis per document version, shared by every feature. The entries
// (node.ts: stdio / IPC; browser.ts: a web worker) only build the connection and call startServer.
import {
  type CancellationToken,
  type CodeAction,
  CodeActionKind,
  type Connection,
  type Diagnostic,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  type InitializeParams,
  type InitializeResult,
  LSPErrorCodes,
  MessageType,
  type Range,
  ResponseError,
  ShowMessageNotification,
  TextDocumentEdit,
  TextDocumentSyncKind,
  TextDocuments,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { acceptEdit, canAccept, reasonProblem } from '../core/edit/accept';
import { planRefAt, planRefs, renamePlanEdits } from '../core/edit/plan-ids';
import { signalsEdit } from '../core/edit/signals';
import { verifiedEditsFor } from '../core/edit/verify';
import { SIGNAL_NAMES } from '../core/format/names';
import { ID_PATTERN } from '../core/format/schema';
import { KEYS } from '../core/format/vocabulary';
import { type AppliedMessage, intentFeature, type MatrixIntent, planIntent } from '../core/matrix/intents';
import { withInsights } from '../core/matrix/suggestion-edits';
import { buildMatrix, type MatrixModel } from '../core/matrix/view-model';
import type { CheckResult } from '../core/model/model';
import { RULES } from '../core/rules';
import {
  type Diagnostic as CoreDiagnostic,
  type TextEdit as CoreTextEdit,
  SIGNALS,
  type Signal,
  type Span,
} from '../core/types';
import { staleMessage } from '../protocol';
import { Analyses, type Analysis, MAX_BYTES } from './analysis';
import { ChangeLog } from './changes';
import * as features from './features';
import {
  ACCEPT_FINDING,
  ANSWER_SIGNALS,
  CHECK_TEXT_REQUEST,
  DIAGNOSTICS_NOTIFICATION,
  DOCUMENT_DIAGNOSTICS_REQUEST,
  FEATURE_AT_REQUEST,
  FEATURE_RANGE_REQUEST,
  MATRIX_EDIT_REQUEST,
  MATRIX_REQUEST,
  MOVE_REQUEST,
  OPEN_MATRIX,
  OPEN_RULE_DOC,
  REVEAL_FEATURE,
  SERVER_ACCEPT_FINDING,
  SERVER_ANSWER_SIGNALS,
  SOURCE,
  VOCABULARY_REQUEST,
} from './methods';
import { DEFAULT_SETTINGS, matchesPatterns, readSettings, type ServerSettings } from './settings';

export * from './methods';
/** The finding a file over the size cap gets instead of a check. */
export const TOO_LARGE = 'file-too-large';

/** What identifies a finding across edits elsewhere in the file (its range may move). */
export interface FindingKey {
  rule: string;
  feature?: string;
  message: string;
}

export interface MatrixParams {
  textDocument: { uri: string };
  /** when given, the request fails with ContentModified unless the document is at this version */
  version?: number;
  /** add each row's market figure and suggested signals (the matrix webview shows them) */
  insights?: boolean;
}

export interface MatrixEditParams {
  textDocument: { uri: string; version: number };
  intent: MatrixIntent;
}
export type MatrixEditResponse =
  | { kind: 'edits'; version: number; edits: TextEdit[]; applied: AppliedMessage }
  | { kind: 'refused'; featureId: string; reason: 'stale' | 'invalid' | 'failed'; message: string };

export interface FeatureRangeParams {
  textDocument: { uri: string };
  featureId: string;
  /** 'plan': the placement value (falls back to the id); 'id': the id value */
  anchor: 'plan' | 'id';
}

export interface CheckTextParams {
  uri: string;
  text: string;
}
export interface CheckTextResponse {
  diagnostics: Diagnostic[];
  /** findings by severity, accepted ones left out */
  counts: { errors: number; warnings: number; infos: number };
}

export interface DiagnosticsNotificationParams {
  uri: string;
  /** absent when the findings are withdrawn (closed, no longer a packaging file) */
  version?: number;
  diagnostics: Diagnostic[];
}
export interface MatrixResponse {
  version: number;
  model: MatrixModel;
}

export interface MoveParams {
  textDocument: { uri: string; version: number };
  featureId: string;
  planId: string;
}
export type MoveResponse =
  | { kind: 'edits'; version: number; edits: TextEdit[] }
  | { kind: 'refused'; reason: 'stale' | 'invalid' | 'failed'; message: string };

export interface ServerEnv {
  /** the text of docs/rules/<rule>.md, for the "Why" in hovers (absent in the browser) */
  ruleDoc?: (rule: string) => string | undefined;
  /** the web page of a rule (PACKAGING_PLANNER_DOCS_URL), for `codeDescription` and hover links */
  ruleUrl?: (rule: string) => string | undefined;
  /** timing lines (PACKAGING_PLANNER_TRACE_FILE), for finding where latency goes */
  trace?: (line: string) => void;
}

const SEVERITY: Record<CoreDiagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** One macrotask: lets a `$/cancelRequest` (or a newer change) that is already queued arrive first. */
const yieldTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');

/** The core's findings as LSP diagnostics: an accepted finding is a Hint that says why (spec 4.5). */
export function toLspDiagnostics(
  result: CheckResult,
  settings: ServerSettings,
  env: ServerEnv,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of result.diagnostics) {
    if (settings.schemaDiagnostics === 'off' && d.rule === 'schema') continue;
    const href = env.ruleUrl?.(d.rule);
    out.push({
      range: d.range,
      severity: d.accepted === undefined ? SEVERITY[d.severity] : DiagnosticSeverity.Hint,
      message: d.accepted === undefined ? d.message : `${d.message} Accepted: ${d.accepted}`,
      source: SOURCE,
      code: d.rule,
      ...(href ? { codeDescription: { href } } : {}),
    });
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

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line &&
  a.start.character === b.start.character &&
  a.end.line === b.end.line &&
  a.end.character === b.end.character;

/** Data a code action carries until resolve: the edits and the version they were computed against. */
interface PendingFix {
  uri: string;
  version: number;
  edits: { span: Span; newText: string }[];
}

export function startServer(connection: Connection, serverEnv: ServerEnv = {}): void {
  let env = serverEnv;
  // the changes between versions feed the incremental re-check
  const changes = new ChangeLog();
  const documents = new TextDocuments(changes.documents);
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let initSettings: ServerSettings = DEFAULT_SETTINGS;
  const analyses = new Analyses({ rules: settings.rules }, undefined, changes);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let pull = false;
  let configurationPull = false;
  let resolveEdits = false;
  let snippets = false;
  let versionedEdits = false;
  let inlayRefresh = false;
  let showDocument = false;
  let lensRefresh = false;
  /** diagnostics as DIAGNOSTICS_NOTIFICATION with their version (the VS Code client), not publishDiagnostics */
  let notify = false;
  /** the client renders codicons (`$(table)`) in lens titles */
  let codicons = false;
  const clientCommands = new Set<string>();
  /** settings being read after a change: requests wait for them, so they never answer under the old ones */
  let settingsLoaded: Promise<void> = Promise.resolve();
  /** bumps when settings change: a pulled report of an older generation is not "unchanged" */
  let generation = 0;

  // Nothing is checked before the settings are read (after `initialized`): a first report under the wrong
  // rule settings would be published for a version and then replaced by another report of the same version.
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  let loaded = false;

  const isPackaging = (uri: string) => matchesPatterns(uri, settings.filePatterns);
  const docOf = (uri: string) => {
    const d = documents.get(uri);
    return d && isPackaging(uri) ? d : undefined;
  };
  const diagnosticsOf = (a: Analysis) =>
    a.kind === 'too-large' ? [tooLargeDiagnostic(a.bytes)] : toLspDiagnostics(a.result, settings, env);

  /** Checks and publishes `doc` when it is still at `version`; results of a stale version are dropped. */
  const received = new Map<string, number>();
  const publish = (uri: string, version: number) => {
    const doc = documents.get(uri);
    if (!doc || doc.version !== version) return;
    const t0 = performance.now();
    const a = analyses.get(doc);
    if (documents.get(uri)?.version !== version) return;
    const t1 = performance.now();
    send(uri, version, diagnosticsOf(a));
    env.trace?.(
      `publish v${version}: waited ${(t0 - (received.get(uri) ?? t0)).toFixed(1)} ms, check ${(t1 - t0).toFixed(1)} ms${a.kind === 'checked' && a.incremental ? ' (incremental)' : ''}, send ${(performance.now() - t1).toFixed(1)} ms`,
    );
  };

  function send(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    if (notify) {
      const params: DiagnosticsNotificationParams = {
        uri,
        ...(version !== undefined ? { version } : {}),
        diagnostics,
      };
      void connection.sendNotification(DIAGNOSTICS_NOTIFICATION, params);
    } else
      void connection.sendDiagnostics({ uri, ...(version !== undefined ? { version } : {}), diagnostics });
  }

  const schedule = (doc: TextDocument) => {
    if (pull || !loaded || !isPackaging(doc.uri)) return;
    clearTimeout(timers.get(doc.uri));
    const { uri, version } = doc;
    if (env.trace) received.set(uri, performance.now());
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        publish(uri, version);
      }, analyses.debounceMs(uri)),
    );
  };

  const refreshAll = () => {
    generation++;
    analyses.setOptions({ rules: settings.rules });
    if (pull) void connection.languages.diagnostics.refresh().catch(() => undefined);
    else {
      for (const doc of documents.all()) {
        if (isPackaging(doc.uri)) schedule(doc);
        else send(doc.uri, undefined, []);
      }
    }
    if (inlayRefresh) void connection.languages.inlayHint.refresh().catch(() => undefined);
    if (lensRefresh) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  };

  const loadSettings = async (fromNotification?: unknown) => {
    if (configurationPull) {
      try {
        const section: unknown = await connection.workspace.getConfiguration('packagingPlanner');
        // a client with nothing configured answers null: the initialization options stand
        settings = section && typeof section === 'object' ? readSettings(section) : initSettings;
      } catch {
        settings = initSettings;
      }
    } else if (fromNotification !== undefined) {
      const s = fromNotification as { packagingPlanner?: unknown } | null;
      settings =
        s && typeof s === 'object' && s.packagingPlanner ? readSettings(s.packagingPlanner) : initSettings;
    }
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    pull = !!caps.textDocument?.diagnostic;
    configurationPull = !!caps.workspace?.configuration;
    resolveEdits = !!caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit');
    snippets = !!caps.textDocument?.completion?.completionItem?.snippetSupport;
    versionedEdits = !!caps.workspace?.workspaceEdit?.documentChanges;
    inlayRefresh = !!caps.workspace?.inlayHint?.refreshSupport;
    showDocument = !!caps.window?.showDocument?.support;
    lensRefresh = !!caps.workspace?.codeLens?.refreshSupport;
    // `{ packagingPlanner: {...} }` (Helix passes its `config` so), or the section itself
    const init = params.initializationOptions as
      | {
          packagingPlanner?: unknown;
          clientCommands?: unknown;
          diagnostics?: unknown;
          ruleLinks?: unknown;
          codicons?: unknown;
        }
      | null
      | undefined;
    if (init && typeof init === 'object') {
      initSettings = readSettings(init.packagingPlanner ?? init);
      // commands the client runs itself (the VS Code client's matrix, prompts): actions and lenses use them
      if (Array.isArray(init.clientCommands))
        for (const c of init.clientCommands) if (typeof c === 'string') clientCommands.add(c);
      notify = init.diagnostics === 'notification';
      codicons = init.codicons === true;
      // the client opens rule pages with its own command: links in hovers and finding codes run it
      if (init.ruleLinks === 'command' && clientCommands.has(OPEN_RULE_DOC))
        env = {
          ...env,
          ruleUrl: (rule) => `command:${OPEN_RULE_DOC}?${encodeURIComponent(JSON.stringify([rule]))}`,
        };
    }
    if (notify) pull = false;
    settings = initSettings;
    analyses.setOptions({ rules: settings.rules });
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        inlayHintProvider: true,
        codeLensProvider: { resolveProvider: false },
        completionProvider: { triggerCharacters: [' '] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: true },
        executeCommandProvider: {
          // a command the client runs itself is not registered by the server too (it would clash)
          commands: [
            clientCommands.has(ACCEPT_FINDING) ? SERVER_ACCEPT_FINDING : ACCEPT_FINDING,
            ...(clientCommands.has(ANSWER_SIGNALS) ? [SERVER_ANSWER_SIGNALS] : []),
            ...(clientCommands.has(REVEAL_FEATURE) ? [] : [REVEAL_FEATURE]),
          ],
        },
        ...(pull
          ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } }
          : {}),
      },
      serverInfo: { name: 'packaging-planner' },
    };
  });

  connection.onInitialized(async () => {
    await loadSettings();
    loaded = true;
    markReady();
    refreshAll();
  });

  connection.onDidChangeConfiguration((p) => {
    settingsLoaded = loadSettings(p.settings ?? null).then(refreshAll);
    return settingsLoaded;
  });

  documents.onDidOpen((e) => schedule(e.document));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    analyses.forget(e.document.uri);
    if (!pull) send(e.document.uri, undefined, []);
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const doc = docOf(params.textDocument.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    await ready;
    const { version } = doc;
    const resultId = `${generation}:${version}`;
    if (params.previousResultId === resultId)
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    if (!analyses.has(doc)) await yieldTurn();
    if (token.isCancellationRequested) throw cancelled();
    // a newer version arrived while we waited: the client pulls again for it
    if (documents.get(doc.uri)?.version !== version)
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'stale', { retriggerRequest: true });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnosticsOf(analyses.get(doc)) };
  });

  /** The current check of a packaging document for a request, honouring cancellation. */
  const checked = async (uri: string, token: CancellationToken) => {
    if (env.trace) {
      const t0 = performance.now();
      const r = await checkedNow(uri, token);
      env.trace(
        `request on ${uri.split('/').pop()}: ${(performance.now() - t0).toFixed(1)} ms to its analysis`,
      );
      return r;
    }
    return checkedNow(uri, token);
  };
  const checkedNow = async (uri: string, token: CancellationToken) => {
    await ready;
    await settingsLoaded;
    const doc = docOf(uri);
    if (!doc) return undefined;
    if (!analyses.has(doc)) await yieldTurn();
    if (token.isCancellationRequested) throw cancelled();
    const current = documents.get(uri);
    if (!current) return undefined;
    const result = analyses.result(current);
    return result ? { doc: current, result } : undefined;
  };

  connection.onHover(async (p, token) => {
    const c = await checked(p.textDocument.uri, token);
    return c ? features.hover(c.doc, c.result, p.position, env) : null;
  });

  connection.languages.inlayHint.on(async (p, token) => {
    const c = await checked(p.textDocument.uri, token);
    return c ? features.inlayHints(c.doc, c.result, p.range, settings.inlayHints) : [];
  });

  connection.onCodeLens(async (p, token) => {
    const c = await checked(p.textDocument.uri, token);
    return c
      ? features.codeLenses(c.doc, c.result, {
          openMatrix: clientCommands.has(OPEN_MATRIX),
          mode: settings.codeLens,
          codicons,
        })
      : [];
  });

  connection.onCompletion(async (p, token) => {
    // completions work on broken text too: no check needed when the plan ids are known
    await ready;
    await settingsLoaded;
    const doc = docOf(p.textDocument.uri);
    if (!doc) return null;
    if (!analyses.has(doc)) await yieldTurn();
    if (token.isCancellationRequested) throw cancelled();
    const current = documents.get(doc.uri)!;
    return features.completions(current, p.position, {
      planIds: analyses.planIds(current),
      result: analyses.result(current),
      snippets,
    });
  });

  connection.onDefinition(async (p, token) => {
    const c = await checked(p.textDocument.uri, token);
    return c ? features.definition(c.doc, c.result, p.position) : null;
  });

  connection.onReferences(async (p, token) => {
    const c = await checked(p.textDocument.uri, token);
    return c ? features.references(c.doc, c.result, p.position, p.context.includeDeclaration) : null;
  });

  connection.onDocumentSymbol(async (p, token) => {
    const c = await checked(p.textDocument.uri, token);
    return c ? features.documentSymbols(c.doc, c.result) : [];
  });

  connection.onPrepareRename(async (p, token) => {
    const c = await checked(p.textDocument.uri, token);
    if (!c || c.result.syntaxError) return null;
    const ref = planRefAt(planRefs(c.result), c.doc.offsetAt(p.position));
    return ref ? { range: features.rangeOf(c.doc, ref.node)!, placeholder: ref.id } : null;
  });

  connection.onRenameRequest(async (p, token) => {
    const c = await checked(p.textDocument.uri, token);
    if (!c || c.result.syntaxError) return null;
    const refs = planRefs(c.result);
    const at = planRefAt(refs, c.doc.offsetAt(p.position));
    if (!at) return null;
    const to = p.newName.trim();
    if (!ID_PATTERN.test(to))
      throw new ResponseError(
        LSPErrorCodes.RequestFailed,
        `"${to}" is not a plan id: lowercase letters, digits and dashes.`,
      );
    if (to !== at.id && refs.some((r) => r.kind === 'definition' && r.id === to))
      throw new ResponseError(LSPErrorCodes.RequestFailed, `There is a plan "${to}" already.`);
    // the core's rename (the matrix and the CLI use it too): quoting kept, a trailing comment stays aligned
    return workspaceEdit(c.doc, toLspEdits(c.doc, renamePlanEdits(c.doc.getText(), c.result, at.id, to)));
  });

  function workspaceEdit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
    return versionedEdits
      ? { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, edits)] }
      : { changes: { [doc.uri]: edits } };
  }

  const toLspEdits = (doc: TextDocument, edits: readonly { span: Span; newText: string }[]): TextEdit[] =>
    edits.map((e) => ({
      range: { start: doc.positionAt(e.span.start), end: doc.positionAt(e.span.end) },
      newText: e.newText,
    }));

  connection.onCodeAction(async (p, token) => {
    const ours = p.context.diagnostics.filter((d) => d.source === SOURCE);
    if (!ours.length) return [];
    const c = await checked(p.textDocument.uri, token);
    if (!c) return [];
    const { doc, result } = c;
    const text = doc.getText();
    const actions: CodeAction[] = [];
    const offer = (title: string, diag: Diagnostic, edits: readonly CoreTextEdit[], preferred: boolean) => {
      const pending: PendingFix = {
        uri: doc.uri,
        version: doc.version,
        edits: edits.map((e) => ({ span: e.span, newText: e.newText })),
      };
      const action: CodeAction = {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diag],
        isPreferred: preferred,
      };
      // With resolve, the edit is attached only while the text is still the one it was computed for.
      if (resolveEdits) action.data = pending;
      else action.edit = workspaceEdit(doc, toLspEdits(doc, pending.edits));
      actions.push(action);
    };
    for (const vd of ours) {
      const core = result.diagnostics.find((d) => d.rule === vd.code && sameRange(d.range, vd.range));
      if (!core) continue; // the diagnostic is from an older version of the text
      if (canAccept(core)) {
        const key: FindingKey = {
          rule: core.rule,
          ...(core.feature !== undefined ? { feature: core.feature } : {}),
          message: core.message,
        };
        actions.push({
          title: `Accept this finding (${core.rule})…`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [vd],
          command: { title: 'Accept this finding…', command: ACCEPT_FINDING, arguments: [doc.uri, key] },
        });
      }
      // the PM picks the signals that apply (a multi-select only the client can show): never a silent default
      if (
        core.rule === 'unclassified-feature' &&
        core.feature !== undefined &&
        core.accepted === undefined &&
        clientCommands.has(ANSWER_SIGNALS)
      )
        actions.push({
          title: `Answer the packaging test for "${core.feature}"…`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [vd],
          command: {
            title: 'Answer the packaging test…',
            command: ANSWER_SIGNALS,
            arguments: [doc.uri, core.feature],
          },
        });
      // Fixes, then suggestions, each applied in memory and re-checked; only a fix may be preferred, and
      // nothing is offered for an accepted finding (the core's verifiedEditsFor, spec 5.1).
      for (const e of verifiedEditsFor(text, result, core, analyses.checkOptions))
        offer(e.title, vd, e.edits, e.preferred && e.kind === 'fix');
      // as ESLint does: every finding can open its rule's page, where the client can show one
      if (clientCommands.has(OPEN_RULE_DOC))
        actions.push({
          title: `Explain rule ${core.rule}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [vd],
          command: { title: `Explain rule ${core.rule}`, command: OPEN_RULE_DOC, arguments: [core.rule] },
        });
    }
    return actions;
  });

  connection.onCodeActionResolve((action) => {
    const pending = action.data as PendingFix | undefined;
    if (!pending || typeof pending.uri !== 'string' || !Array.isArray(pending.edits)) return action;
    const doc = documents.get(pending.uri);
    // stale: no edit, so nothing is written at offsets of another text
    if (!doc || doc.version !== pending.version) return action;
    action.edit = workspaceEdit(doc, toLspEdits(doc, pending.edits));
    return action;
  });

  connection.onExecuteCommand(async (p) => {
    if (p.command === REVEAL_FEATURE) return revealFeature(p.arguments ?? []);
    if (p.command === ANSWER_SIGNALS || p.command === SERVER_ANSWER_SIGNALS)
      return answerSignals(p.arguments ?? []);
    if (p.command !== ACCEPT_FINDING && p.command !== SERVER_ACCEPT_FINDING) return undefined;
    const [uri, key, reason] = (p.arguments ?? []) as [unknown, Partial<FindingKey> | undefined, unknown];
    const say = (message: string) => {
      // a notification: showWarningMessage is a request, and a client that does not answer it must not matter
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `Packaging Planner: ${message}`,
      });
      return { applied: false, message };
    };
    if (typeof uri !== 'string' || !key || typeof key.rule !== 'string')
      return say('accept: no finding given.');
    if (typeof reason !== 'string')
      return say(
        `accepting ${key.rule} needs the team's reason: run the command with the reason as its third argument, or write \`accept: { ${key.rule}: REASON }\`.`,
      );
    const problem = reasonProblem(reason);
    if (problem) return say(`not accepted. ${problem}`);
    const doc = docOf(uri);
    const result = doc && analyses.result(doc);
    if (!doc || !result) return say('the file is not open.');
    const d = result.diagnostics.find(
      (x) => x.rule === key.rule && x.feature === key.feature && x.message === key.message,
    );
    if (!d) return say(`the ${key.rule} finding is gone; nothing to accept.`);
    const edit = acceptEdit(doc.getText(), result, d, reason, analyses.checkOptions);
    if (!edit) return say(`could not write an accept entry for ${key.rule} safely here; add it by hand.`);
    const applied = await connection.workspace.applyEdit({
      label: `Accept ${key.rule}`,
      edit: workspaceEdit(doc, toLspEdits(doc, [edit])),
    });
    return { applied: applied.applied };
  });

  /** Writes `true` for the signals the PM picked and nothing else, as one verified edit. */
  async function answerSignals([uri, featureId, picked]: unknown[]) {
    const doc = typeof uri === 'string' ? docOf(uri) : undefined;
    const result = doc && analyses.result(doc);
    const signals = Array.isArray(picked)
      ? picked.filter((x): x is Signal => (SIGNALS as readonly unknown[]).includes(x))
      : undefined;
    if (
      !doc ||
      !result ||
      typeof featureId !== 'string' ||
      !signals ||
      signals.length !== (picked as unknown[]).length
    )
      return {
        applied: false,
        message: 'answer: a document, a feature id and a list of signals are needed.',
      };
    const edit = signalsEdit(doc.getText(), result, featureId, signals, analyses.checkOptions);
    if (!edit) return { applied: false, message: `could not write the signals of "${featureId}" here.` };
    const applied = await connection.workspace.applyEdit({
      label: `Answer the packaging test for ${featureId}`,
      edit: workspaceEdit(doc, toLspEdits(doc, [edit])),
    });
    return { applied: applied.applied };
  }

  /** A feature lens's "show why": the editor selects the feature's placement, where the hover explains it. */
  async function revealFeature([uri, featureId]: unknown[]) {
    const doc = typeof uri === 'string' ? docOf(uri) : undefined;
    const result = doc && analyses.result(doc);
    const selection =
      result && typeof featureId === 'string' && features.featureAnchor(doc, result, featureId);
    if (!doc || !selection || !showDocument) return { shown: false };
    const r = await connection.window.showDocument({ uri: doc.uri, selection, takeFocus: true });
    return { shown: r.success };
  }

  connection.onRequest(MATRIX_REQUEST, async (p: MatrixParams, token): Promise<MatrixResponse> => {
    const doc = docOf(p.textDocument?.uri);
    if (!doc) throw new ResponseError(LSPErrorCodes.RequestFailed, 'not an open packaging document');
    if (p.version !== undefined && p.version !== doc.version)
      throw new ResponseError(LSPErrorCodes.ContentModified, `the document is at version ${doc.version}`);
    const c = await checked(doc.uri, token);
    if (!c) throw new ResponseError(LSPErrorCodes.RequestFailed, 'the file is over the size limit');
    if (p.version !== undefined && p.version !== c.doc.version)
      throw new ResponseError(LSPErrorCodes.ContentModified, `the document is at version ${c.doc.version}`);
    const model = buildMatrix(c.result);
    return {
      version: c.doc.version,
      model: p.insights ? withInsights(model, c.result, c.doc.getText()) : model,
    };
  });

  /** A matrix intent as edits against the document at `version` (the core's planIntent), or why not. */
  async function intentEdits(
    textDocument: { uri: string; version: number },
    intent: MatrixIntent,
    token: CancellationToken,
  ): Promise<MatrixEditResponse> {
    const featureId = intent ? intentFeature(intent) : '';
    const refuse = (reason: 'stale' | 'invalid' | 'failed', message: string): MatrixEditResponse => ({
      kind: 'refused',
      featureId,
      reason,
      message,
    });
    const stale = staleMessage(intent);
    const doc = docOf(textDocument?.uri);
    if (!doc) return refuse('invalid', 'Not an open packaging document.');
    if (doc.version !== textDocument.version) return refuse('stale', stale);
    const c = await checked(doc.uri, token);
    if (!c) return refuse('invalid', 'The file is over the size limit of the editor.');
    // no await between this check and computing the edits: they are for exactly this text
    if (c.doc.version !== textDocument.version) return refuse('stale', stale);
    const out = planIntent(c.doc.getText(), c.result, intent, analyses.checkOptions);
    if (!('edits' in out)) return refuse(out.reason, out.message);
    return {
      kind: 'edits',
      version: c.doc.version,
      edits: toLspEdits(c.doc, out.edits),
      applied: out.applied,
    };
  }

  connection.onRequest(MATRIX_EDIT_REQUEST, (p: MatrixEditParams, token) =>
    intentEdits(p.textDocument, p.intent, token),
  );

  connection.onRequest(
    FEATURE_AT_REQUEST,
    async (p: { textDocument: { uri: string }; position: { line: number; character: number } }, token) => {
      const c = await checked(p.textDocument?.uri, token);
      if (!c) return null;
      const offset = c.doc.offsetAt(p.position);
      const f = c.result.model?.features.find(
        (x) => x.node.range && x.node.range[0] <= offset && offset <= x.node.range[2],
      );
      return f ? { featureId: f.id } : null;
    },
  );

  connection.onRequest(FEATURE_RANGE_REQUEST, async (p: FeatureRangeParams, token) => {
    const c = await checked(p.textDocument?.uri, token);
    if (!c) return null;
    if (p.anchor === 'plan') return features.featureAnchor(c.doc, c.result, p.featureId) ?? null;
    const f = c.result.model?.features.find((x) => x.id === p.featureId);
    return features.rangeOf(c.doc, f?.idNode) ?? null;
  });

  connection.onRequest(CHECK_TEXT_REQUEST, async (p: CheckTextParams): Promise<CheckTextResponse> => {
    await ready;
    await settingsLoaded;
    const a = analyses.checkText(typeof p.text === 'string' ? p.text : '');
    const counts = { errors: 0, warnings: 0, infos: 0 };
    if (a.kind === 'checked')
      for (const d of a.result.diagnostics) {
        if (d.accepted !== undefined) continue;
        if (d.severity === 'error') counts.errors++;
        else if (d.severity === 'warning') counts.warnings++;
        else counts.infos++;
      }
    return { diagnostics: diagnosticsOf(a), counts };
  });

  // what a client shows in its own pickers (rules to explain, the signals of the packaging test)
  connection.onRequest(VOCABULARY_REQUEST, () => ({
    rules: RULES.map((r) => ({ id: r.id, severity: r.severity, description: r.description })),
    signals: SIGNALS.map((id) => ({
      id,
      name: SIGNAL_NAMES[id],
      doc: KEYS['features.#.signals']?.find((t) => t.name === id)?.doc ?? '',
    })),
  }));

  connection.onRequest(DOCUMENT_DIAGNOSTICS_REQUEST, async (p: { textDocument: { uri: string } }) => {
    await ready;
    await settingsLoaded;
    const doc = docOf(p.textDocument?.uri);
    if (!doc) return null;
    return { version: doc.version, diagnostics: diagnosticsOf(analyses.get(doc)) };
  });

  // a move alone: the same path as the matrix's intents
  connection.onRequest(MOVE_REQUEST, async (p: MoveParams, token): Promise<MoveResponse> => {
    const r = await intentEdits(
      p.textDocument,
      { type: 'moveFeature', featureId: p.featureId, planId: p.planId },
      token,
    );
    return r.kind === 'edits'
      ? { kind: 'edits', version: r.version, edits: r.edits }
      : { kind: 'refused', reason: r.reason, message: r.message };
  });

  documents.listen(connection);
  connection.listen();
}
