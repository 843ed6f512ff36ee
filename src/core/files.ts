/** Spec section 1: packaging.yaml, packaging.yml, *.packaging.yaml, *.packaging.yml. */
export function isPackagingFile(path: string): boolean {
  const base = path.split(/[\\/]/).pop() ?? '';
  return /^(?:.+\.)?packaging\.ya?ml$/.test(base);
}

export const PACKAGING_GLOBS = [
  '**/packaging.yaml',
  '**/packaging.yml',
  '**/*.packaging.yaml',
  '**/*.packaging.yml',
];
