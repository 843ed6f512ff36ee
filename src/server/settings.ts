import { PACKAGING_GLOBS } from '../core/format/files';

export type InlayMode = 'mismatches' | 'all' | 'off';
export type CodeLensMode = 'all' | 'findings' | 'off';

/** The server's settings: the `packagingPlanner` section (the same keys as the VS Code extension's). */
export interface ServerSettings {
  rules: Record<string, string>;
  filePatterns: string[];
  inlayHints: InlayMode;
  /** feature lenses: on every feature, only on those with findings, or none */
  codeLens: CodeLensMode;
  /** 'auto' reports schema errors: a server cannot tell whether another YAML server validates the file */
  schemaDiagnostics: 'auto' | 'on' | 'off';
}

export const DEFAULT_SETTINGS: ServerSettings = {
  rules: {},
  filePatterns: [...PACKAGING_GLOBS],
  inlayHints: 'mismatches',
  codeLens: 'findings',
  schemaDiagnostics: 'auto',
};

const isRec = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Settings from whatever the client sent; anything malformed falls back to the default. */
export function readSettings(raw: unknown): ServerSettings {
  if (!isRec(raw)) return DEFAULT_SETTINGS;
  const rules: Record<string, string> = {};
  if (isRec(raw.rules))
    for (const [k, v] of Object.entries(raw.rules)) if (typeof v === 'string') rules[k] = v;
  const extra = Array.isArray(raw.filePatterns)
    ? raw.filePatterns.filter((p): p is string => typeof p === 'string')
    : [];
  const inlay = raw.inlayHints;
  const schema = raw.schemaDiagnostics;
  const lens = raw.codeLens;
  return {
    rules,
    filePatterns: [...PACKAGING_GLOBS, ...extra],
    inlayHints: inlay === 'all' || inlay === 'off' ? inlay : 'mismatches',
    codeLens: lens === 'all' || lens === 'off' ? lens : 'findings',
    schemaDiagnostics: schema === 'on' || schema === 'off' ? schema : 'auto',
  };
}

/** A glob (`**`, `*`, `?`, `{a,b}`) as a test on a slash path: it may match any tail of the path. */
export function globMatcher(glob: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        re += '(?:.*/)?';
      } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`(?:^|/)${re}$`);
}

/** Whether a document uri names a packaging file under the settings' patterns. */
export function matchesPatterns(uri: string, patterns: readonly string[]): boolean {
  let path: string;
  try {
    path = decodeURIComponent(new URL(uri).pathname);
  } catch {
    path = uri;
  }
  return patterns.some((p) => globMatcher(p).test(path));
}
