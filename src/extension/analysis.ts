import * as vscode from 'vscode';
import { check } from '../core/check';
import { DEFAULT_MAX_WORKSPACE_FILE_KB, PACKAGING_GLOBS } from '../core/files';
import type { CheckOptions, CheckResult } from '../core/model';

export const SECTION = 'packagingPlanner';

export type InlayMode = 'mismatches' | 'all' | 'off';
export type SchemaMode = 'auto' | 'on' | 'off';
export type CodeLensMode = 'all' | 'findings' | 'off';

export interface Settings {
  rules: Record<string, string>;
  filePatterns: string[];
  inlayHints: InlayMode;
  codeLens: CodeLensMode;
  schemaDiagnostics: SchemaMode;
  workspaceDiagnostics: boolean;
  /** workspace files above this size (KB) get one message instead of a check */
  maxWorkspaceFileKB: number;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const rules = c.get<Record<string, string>>('rules', {});
  const extra = c.get<string[]>('filePatterns', []);
  return {
    rules: rules && typeof rules === 'object' ? rules : {},
    filePatterns: [
      ...PACKAGING_GLOBS,
      ...(Array.isArray(extra) ? extra.filter((p) => typeof p === 'string') : []),
    ],
    inlayHints: c.get<InlayMode>('inlayHints', 'mismatches'),
    codeLens: c.get<CodeLensMode>('codeLens', 'all'),
    schemaDiagnostics: c.get<SchemaMode>('schemaDiagnostics', 'auto'),
    workspaceDiagnostics: c.get<boolean>('workspaceDiagnostics', true),
    maxWorkspaceFileKB: positive(c.get<number>('maxWorkspaceFileKB', DEFAULT_MAX_WORKSPACE_FILE_KB)),
  };
}

function positive(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : DEFAULT_MAX_WORKSPACE_FILE_KB;
}

/** The document selector of packaging files: the language stays yaml, the file name decides. */
export function selectorFor(patterns: readonly string[]): vscode.DocumentFilter[] {
  return patterns.map((pattern) => ({ language: 'yaml', pattern }));
}

/** One glob for findFiles / file watchers. */
export function globFor(patterns: readonly string[]): string {
  return patterns.length === 1 ? patterns[0]! : `{${patterns.join(',')}}`;
}

interface Entry {
  version: number;
  result: CheckResult;
}

/**
 * The core's results per open document version. The core is pure and small, so it runs in-process and
 * synchronously; every provider of one version shares one result.
 */
export class Analyzer {
  private readonly cache = new Map<string, Entry>();
  /** plan ids of the last version that parsed, for completions while the text is broken */
  private readonly lastPlanIds = new Map<string, string[]>();
  private selector: vscode.DocumentFilter[];

  constructor(private settings: Settings) {
    this.selector = selectorFor(settings.filePatterns);
  }

  get currentSettings(): Settings {
    return this.settings;
  }

  get documentSelector(): vscode.DocumentFilter[] {
    return this.selector;
  }

  update(settings: Settings): void {
    this.settings = settings;
    this.selector = selectorFor(settings.filePatterns);
    this.cache.clear();
  }

  isPackaging(doc: vscode.TextDocument): boolean {
    return vscode.languages.match(this.selector, doc) > 0;
  }

  /** The result for the document's current version. */
  get(doc: vscode.TextDocument): CheckResult {
    const key = doc.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === doc.version) return hit.result;
    const result = this.checkText(doc.getText());
    this.cache.set(key, { version: doc.version, result });
    if (result.model) this.lastPlanIds.set(key, [...result.model.planIds]);
    return result;
  }

  /** The check options every analysis and every verified edit of this extension uses. */
  get options(): CheckOptions {
    return { rules: this.settings.rules };
  }

  checkText(text: string): CheckResult {
    return check(text, this.options);
  }

  planIds(doc: vscode.TextDocument): string[] {
    const r = this.get(doc);
    return r.model ? [...r.model.planIds] : (this.lastPlanIds.get(doc.uri.toString()) ?? []);
  }

  forget(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
    this.lastPlanIds.delete(uri.toString());
  }
}
