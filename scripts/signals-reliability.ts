// Rebuilds src/core/insight/taxonomy/reliability.json from the labelled set (test/fixtures/signals): per kind of
// suggestion, how often it gave the labels' recommendation. `tsx scripts/signals-reliability.ts`
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { reliabilityJson } from '../src/core/insight/suggest-measure';

export const FIXTURE = path.resolve(__dirname, '..', 'test', 'fixtures', 'signals');
export const RELIABILITY_JSON = path.resolve(
  __dirname,
  '..',
  'src',
  'core',
  'insight',
  'taxonomy',
  'reliability.json',
);
export const readLabelled = () => ({
  labelled: JSON.parse(readFileSync(path.join(FIXTURE, 'labelled.json'), 'utf8')),
  products: JSON.parse(readFileSync(path.join(FIXTURE, 'products.json'), 'utf8')),
});

if (require.main === module) {
  const { labelled, products } = readLabelled();
  writeFileSync(RELIABILITY_JSON, reliabilityJson(labelled, products));
  console.log(`wrote ${path.relative(process.cwd(), RELIABILITY_JSON)}`);
}
