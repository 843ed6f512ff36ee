// The extension's settings (what it decides itself: which files, workspace scan, schema de-duplication).
import * as vscode from 'vscode';
import { DEFAULT_MAX_WORKSPACE_FILE_KB, PACKAGING_GLOBS } from '../core/format/files';

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

/** The section as the server reads it (what the user set; the server applies its own defaults). */
export function readSection(): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration(SECTION);
  const out: Record<string, unknown> = {};
  for (const key of ['rules', 'filePatterns', 'inlayHints', 'codeLens', 'schemaDiagnostics'])
    out[key] = c.get(key);
  return out;
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
    codeLens: c.get<CodeLensMode>('codeLens', 'findings'),
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
