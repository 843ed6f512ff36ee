// npm run market:build — regenerates src/core/insight/taxonomy/market.json from the Pricing2Yaml corpus.
// Usage: tsx scripts/build-market.ts [CORPUS_DIR]   (default ../shared/corpus/pricing2yaml)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildMarket, type CorpusFile } from '../src/core/insight/taxonomy/market-build';

export const DEFAULT_CORPUS = path.resolve(__dirname, '..', '..', 'shared', 'corpus', 'pricing2yaml');
export const MARKET_JSON = path.resolve(__dirname, '..', 'src', 'core', 'insight', 'taxonomy', 'market.json');

/** The latest file of each product directory. */
export function latestFiles(dir: string): CorpusFile[] {
  const out: CorpusFile[] = [];
  for (const product of readdirSync(dir, { withFileTypes: true })) {
    if (!product.isDirectory()) continue;
    const years = readdirSync(path.join(dir, product.name))
      .filter((f) => /^\d{4}\.ya?ml$/.test(f))
      .sort();
    const last = years[years.length - 1];
    if (!last) continue;
    out.push({
      product: product.name,
      year: Number(last.slice(0, 4)),
      text: readFileSync(path.join(dir, product.name, last), 'utf8'),
    });
  }
  return out;
}

/** One line per capability, so a change in the corpus or the taxonomy reads as a small diff. */
export function marketJson(dir: string): string {
  const { capabilities, ...head } = buildMarket(latestFiles(dir));
  const lines = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  const caps = Object.entries(capabilities).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return `{\n${lines.join('\n')}\n  "capabilities": {\n${caps.join(',\n')}\n  }\n}\n`;
}

if (require.main === module) {
  const dir = path.resolve(process.argv[2] ?? DEFAULT_CORPUS);
  writeFileSync(MARKET_JSON, marketJson(dir));
  console.log(`wrote ${path.relative(process.cwd(), MARKET_JSON)} from ${dir}`);
}
