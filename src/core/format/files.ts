/** Spec section 1: packaging.yaml, packaging.yml, *.packaging.yaml, *.packaging.yml. */
export function isPackagingFile(path: string): boolean {
  const base = path.split(/[\\/]/).pop() ?? '';
  return /^(?:.+\.)?packaging\.ya?ml$/.test(base);
}

/** Workspace files above this size are not checked in the background (the extension host would stall). */
export const DEFAULT_MAX_WORKSPACE_FILE_KB = 2048;

/** The one finding shown for a workspace file over the size cap, instead of its check. */
export function tooLargeMessage(bytes: number, capKB: number): string {
  const size = bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
  return `This packaging file is ${size}, above packagingPlanner.maxWorkspaceFileKB (${capKB} KB), so it is not checked in the background. Open it to check it, or raise the setting.`;
}

export const PACKAGING_GLOBS = [
  '**/packaging.yaml',
  '**/packaging.yml',
  '**/*.packaging.yaml',
  '**/*.packaging.yml',
];
