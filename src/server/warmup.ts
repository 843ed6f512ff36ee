// A warm-up of the checker while the server waits for its first document (issue 23: open → first diagnostics).
import type { CheckOptions } from '../core/check';
import { createIncremental } from '../core/incremental';

/**
 * A packaging file of `n` features as people write them (plans with prices, limits, signals, comments, an
 * add-on): what the warm-up checks, so the code a real open runs is compiled by then. `seed` varies the text.
 */
export function warmupText(n: number, seed: number): string {
  const lines = [
    `# warm-up ${seed}`,
    'version: 1',
    'product:',
    '  name: Warm-up',
    'growth:',
    '  acquisition: product-led',
    '  retention: product-led',
    '  monetization: self-serve',
    '  freeOffer: freemium',
    '  freemiumGoals: [indirect-monetization, poc]',
    'plans:',
    '  - id: free',
    '    price: 0',
    '  - id: pro',
    '    name: Pro',
    '    price: 10',
    '    per: seat',
    '    period: month',
    '  - id: enterprise',
    '    price: contact-sales',
    'addOns:',
    '  - id: ai',
    '    name: "AI assistant"',
    '    price: 5',
    '    per: seat',
    '    from: pro',
    'features:',
  ];
  const plans = ['free', 'pro', 'enterprise'];
  for (let i = 0; i < n; i++) {
    const k = i + seed;
    lines.push(
      `  # feature ${k}`,
      `  - id: feature-${k}`,
      `    name: Feature ${k}`,
      `    description: 'What feature ${k} does, for whom.'`,
      `    category: Group ${k % 5}`,
    );
    if (k % 11 === 3) lines.push('    addOn: ai');
    else lines.push(`    plan: ${plans[k % 3]}`);
    if (k % 3 === 0)
      lines.push(
        '    unit: items',
        '    limits:',
        '      free: 10',
        '      pro: 100',
        '      enterprise: unlimited',
      );
    if (k % 4 !== 3)
      lines.push(
        '    signals:',
        `      virality: ${k % 7 === 0}`,
        `      universality: ${k % 2 === 1}`,
        `      ahaMoment: ${k % 5 === 0}`,
        `      habitLoop: ${k % 6 === 0}`,
        `      friction: ${k % 5 === 3}`,
        `      expansion: ${k % 9 === 4}`,
      );
    if (k % 13 === 5) lines.push('    status: planned', '    requestedBy: [Initech]');
  }
  return `${lines.join('\n')}\n`;
}

/** keystrokes re-checked per file */
const KEYSTROKES = 4;

/**
 * The files checked, smallest first: each step is one check and KEYSTROKES re-checks, a few ms once warm (small
 * steps: a document that arrives waits for the one under way).
 */
export const WARMUP_STEPS = [3, 10, 25, ...new Array<number>(22).fill(50)];

/**
 * Checks WARMUP_STEPS's files one per turn of the event loop, as long as `idle()` says nothing else is there to
 * do (no document open, no request): each message that arrives is handled before the next step, so a real open
 * waits at most for the step under way, whose compiling it would have had to do itself. What it checks is
 * thrown away. `next` schedules a step (setTimeout 0 in the server); resolves with the steps run.
 */
export function warmUp(
  options: CheckOptions,
  idle: () => boolean,
  next: (f: () => void) => void = (f) => setTimeout(f, 0),
): Promise<number> {
  return new Promise((resolve) => {
    let done = 0;
    const step = () => {
      if (done >= WARMUP_STEPS.length || !idle()) return resolve(done);
      const n = WARMUP_STEPS[done]!;
      const text = warmupText(n, done);
      const inc = createIncremental(options);
      let state = inc.first(text);
      // a few keystrokes into descriptions, as typing does: the re-check's own code gets compiled too
      let now = text;
      for (let k = 1; k <= KEYSTROKES; k++) {
        const at = now.indexOf('for whom', Math.floor((now.length * k) / (KEYSTROKES + 1)));
        if (at < 0) break;
        now = `${now.slice(0, at)}x${now.slice(at)}`;
        state = inc.next(state, now, [{ start: at, end: at, text: 'x' }]);
      }
      done++;
      next(step);
    };
    next(step);
  });
}
