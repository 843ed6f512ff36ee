// Adds to test/fixtures/signals/labelled.json what the importer makes of each labelled feature (its name,
// category, unit and the limit on the free plans), and writes products.json: each product's imported feature
// ids and names (the basic/advanced pair pattern looks at a feature's siblings). Run with the shared corpus
// beside the repository: `tsx scripts/signals-evidence.ts`. The labels themselves are never touched.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { check } from '../src/core/check';
import { importPricing2Yaml, slugify } from '../src/core/interop/import/pricing2yaml';

const root = path.resolve(__dirname, '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus', 'pricing2yaml');
const fixture = path.join(root, 'test', 'fixtures', 'signals');
type Row = Record<string, unknown> & { source: string; key: string };
const rows: Row[] = JSON.parse(readFileSync(path.join(fixture, 'labelled.json'), 'utf8'));
const products: Record<string, { source: string; features: string[] }> = {};
const models = new Map<string, ReturnType<typeof check>>();
for (const r of rows) {
  if (!models.has(r.source)) {
    const text = importPricing2Yaml(readFileSync(path.join(corpus, r.source), 'utf8')).text;
    const c = check(text);
    models.set(r.source, c);
    products[r.source.split('/')[0]!] = {
      source: r.source,
      features: (c.model?.features ?? []).map((f) => f.name),
    };
  }
  const m = models.get(r.source)!.model!;
  const id = slugify(r.key, 'feature');
  const f = m.features.find((x) => x.id === id) ?? m.features.find((x) => x.id.startsWith(`${id}-`));
  if (!f) throw new Error(`${r.source}: ${r.key} not imported`);
  const free = f.freeLimits.map((x) => x.limit);
  const imported: Record<string, unknown> = { id: f.id, name: f.name };
  if (f.category) imported.category = f.category;
  if (f.unit) imported.unit = f.unit;
  if (free.length) imported.freeLimit = free[0];
  if (Object.values(f.limits).some((v) => typeof v === 'number')) imported.numericLimit = true;
  r.imported = imported;
}
writeFileSync(path.join(fixture, 'products.json'), `${JSON.stringify(products, null, 1)}\n`);
writeFileSync(
  path.join(fixture, 'labelled.json'),
  `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`,
);
