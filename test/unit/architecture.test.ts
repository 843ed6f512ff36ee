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
