import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('architecture', () => {
  it('src/core is pure: no vscode, no Node built-ins (it runs in the CLI, the extension host and the browser)', () => {
    const offenders: string[] = [];
    for (const f of files(path.join(ROOT, 'src', 'core'))) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)) {
        const spec = m[1]!;
        if (
          spec === 'vscode' ||
          spec.startsWith('node:') ||
          ['fs', 'path', 'os', 'child_process'].includes(spec)
        )
          offenders.push(`${path.relative(ROOT, f)}: ${spec}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('the web extension bundle needs nothing but the vscode API (vscode.dev / github.dev)', function () {
    const bundle = path.join(ROOT, 'dist', 'web', 'extension.js');
    if (!existsSync(bundle)) this.skip(); // the test command builds first
    const required = new Set(
      [...readFileSync(bundle, 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]),
    );
    assert.deepEqual([...required], ['vscode']);
  });
});

/** Every relative import of a source file, resolved to a file path (type-only imports included). */
function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const base = path.resolve(path.dirname(file), m[1]!);
    const hit = [base, `${base}.ts`, path.join(base, 'index.ts')].find(
      (c) => existsSync(c) && statSync(c).isFile(),
    );
    if (hit) out.push(hit);
  }
  return out;
}

describe('architecture: the house (ARCHITECTURE.md)', () => {
  const sources = [...files(path.join(ROOT, 'src')), ...files(path.join(ROOT, 'webview'))];

  it('has no import cycle', () => {
    const graph = new Map(sources.map((f) => [f, importsOf(f)]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, trail: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        const from = trail.indexOf(f);
        cycles.push([...trail.slice(from), f].map((p) => path.relative(ROOT, p)).join(' -> '));
        return;
      }
      state.set(f, 'open');
      for (const g of graph.get(f) ?? []) visit(g, [...trail, f]);
      state.set(f, 'done');
    };
    for (const f of graph.keys()) visit(f, []);
    assert.deepEqual(cycles, []);
  });

  it('the core imports no face (src/server, src/cli, src/extension, src/protocol.ts, webview)', () => {
    const core = path.join(ROOT, 'src', 'core') + path.sep;
    const upward = sources
      .filter((f) => f.startsWith(core))
      .flatMap((f) =>
        importsOf(f)
          .filter((g) => !g.startsWith(core))
          .map((g) => `${path.relative(ROOT, f)} -> ${path.relative(ROOT, g)}`),
      );
    assert.deepEqual(upward, []);
  });

  it('no hand-written source file is over 750 lines', () => {
    const long = sources
      .map((f) => [path.relative(ROOT, f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 750);
    assert.deepEqual(long, []);
  });

  it('src/core has about a dozen rooms at its top level', () => {
    const top = readdirSync(path.join(ROOT, 'src', 'core'));
    assert.ok(top.length <= 13, `src/core has ${top.length} entries: ${top.join(', ')}`);
  });
});
