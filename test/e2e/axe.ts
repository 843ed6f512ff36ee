// axe-core in the page: every rule it has (experimental ones included), not only the default set.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './harness';

const AXE = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeResult {
  /** how many rules ran */
  rules: number;
  violations: string[];
  /** nodes that passed a check */
  checked: number;
  incomplete: string[];
}

// Plain JavaScript, passed as a string: the test runner's transform would otherwise add helpers the page lacks.
const RUN_ALL = `(async () => {
  const rules = axe.getRules().map((r) => r.ruleId);
  const r = await axe.run(document, { runOnly: { type: 'rule', values: rules } });
  const lines = (xs) => xs.flatMap((v) =>
    v.nodes.map((n) => v.id + ' ' + n.target.join(' ') + ': ' + n.failureSummary + ' ' + n.html.slice(0, 160)));
  return {
    rules: rules.length,
    violations: lines(r.violations),
    checked: r.passes.reduce((k, p) => k + p.nodes.length, 0),
    incomplete: lines(r.incomplete),
  };
})()`;

export async function axeAllRules(page: Page): Promise<AxeResult> {
  await page.evaluate(AXE);
  return (await page.evaluate(RUN_ALL)) as AxeResult;
}
