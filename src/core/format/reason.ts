/** Why a reason cannot be recorded, or undefined when it can. */
export function reasonProblem(reason: string): string | undefined {
  if (!/\S/.test(reason))
    return 'Write the reason the team accepts this finding: an empty reason records nothing.';
  if (/[\r\n]/.test(reason)) return 'Keep the reason on one line.';
  return undefined;
}
