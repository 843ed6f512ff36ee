/** Where the CLI writes; tests pass their own. */
export interface Io {
  cwd: string;
  stdout(s: string): void;
  stderr(s: string): void;
  /** stdout is a terminal that takes colour */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** the terminal's width in columns, when stdout is one */
  columns?: number;
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
  };
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
