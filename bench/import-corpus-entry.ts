// Child process of bench/cli.ts: reads, imports and checks every Pricing2Yaml file of a folder,
// printing the elapsed milliseconds (process start excluded) as JSON.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { check } from '../src/core/check';
import { importPricing2Yaml } from '../src/core/interop/import/pricing2yaml';

const dir = process.argv[2]!;
const t0 = performance.now();
let files = 0;
let errors = 0;
for (const d of readdirSync(dir)) {
  const sub = path.join(dir, d);
  if (!statSync(sub).isDirectory()) continue;
  for (const f of readdirSync(sub)) {
    if (!f.endsWith('.yml') && !f.endsWith('.yaml')) continue;
    const r = check(importPricing2Yaml(readFileSync(path.join(sub, f), 'utf8')).text);
    errors += r.diagnostics.filter((x) => x.severity === 'error').length;
    files++;
  }
}
process.stdout.write(JSON.stringify({ ms: performance.now() - t0, files, errors }));
