import { generatePackaging } from './gen';

// Hostile inputs of issue 10 (group 4): each must finish within its budget and never abort the process.
// Shared by `npm run bench` (timed) and the unit suite (named regression tests, not timed).

export interface HostileCase {
  name: string;
  /** the budget in ms (`npm run bench` fails past it) */
  budgetMs: number;
  /** heap budget in MB, when the case has one */
  heapMb?: number;
  text: () => string;
}

const HEAD = 'version: 1\nproduct: {name: Acme}\n';

export function deepBlockNesting(levels = 1050): string {
  return `${'- '.repeat(levels)}x\n`;
}

export function unknownTopLevelKeys(n: number): string {
  const lines = [HEAD.trimEnd(), 'plans: [{id: free, price: 0}]', 'features: []'];
  for (let i = 0; i < n; i++) lines.push(`key${i}: ${i}`);
  return `${lines.join('\n')}\n`;
}

export function syntaxErrorLines(n: number): string {
  const lines = [HEAD.trimEnd()];
  for (let i = 0; i < n; i++) lines.push(`a${i}: b: c`);
  return `${lines.join('\n')}\n`;
}

/** Issue 19: `kN: [}` on every line, a flow list never closed (540 KB at 50,000 lines). */
export function mismatchedBrackets(n: number, close = '}'): string {
  const lines = [HEAD.trimEnd()];
  for (let i = 0; i < n; i++) lines.push(`k${i}: [${close}`);
  return `${lines.join('\n')}\n`;
}

export function unknownPlanReferences(plans: number, refs: number): string {
  const lines = [HEAD.trimEnd(), 'plans:'];
  for (let i = 0; i < plans; i++) lines.push(`  - {id: plan-${i}, price: ${i}}`);
  lines.push('features:');
  for (let i = 0; i < refs; i++) lines.push(`  - {id: f${i}, plan: nope-${i}, signals: {friction: true}}`);
  return `${lines.join('\n')}\n`;
}

/** About 300 bytes a feature: 12,000 features make the 3.6 MB file. */
export function manyFeatures(n: number): string {
  return generatePackaging(n);
}

export const HOSTILE: HostileCase[] = [
  { name: 'a realistic 1 MB file (3,400 features)', budgetMs: 1000, text: () => manyFeatures(3400) },
  { name: '1,050 levels of block-sequence nesting', budgetMs: 2000, text: () => deepBlockNesting(1050) },
  { name: '16,000 unknown top-level keys', budgetMs: 2000, text: () => unknownTopLevelKeys(16_000) },
  { name: '100,000 unknown top-level keys', budgetMs: 2000, text: () => unknownTopLevelKeys(100_000) },
  { name: '50,000 syntax-error lines', budgetMs: 2000, text: () => syntaxErrorLines(50_000) },
  {
    name: '50,000 mismatched flow brackets (`kN: [}`)',
    budgetMs: 2000,
    text: () => mismatchedBrackets(50_000),
  },
  {
    name: '… its linear twin (`kN: []`, 50,000 unknown keys)',
    budgetMs: 2000,
    text: () => mismatchedBrackets(50_000, ']'),
  },
  {
    name: '2,000 plans, 10,000 unknown plan references',
    budgetMs: 2000,
    text: () => unknownPlanReferences(2000, 10_000),
  },
  { name: '12,000 features, no alias (not an alias bomb)', budgetMs: 4000, text: () => manyFeatures(12_000) },
  { name: 'a 10 MB file', budgetMs: 15_000, heapMb: 500, text: () => manyFeatures(34_000) },
];
