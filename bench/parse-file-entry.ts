// Child process of bench/cli.ts: yaml's parseDocument of one file, as a whole process (the baseline of
// "check as a process"). Bundled by bundleForBench like the shipped CLI.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';

const doc = parseDocument(readFileSync(process.argv[2]!, 'utf8'), { lineCounter: new LineCounter() });
process.stdout.write(String(doc.errors.length));
