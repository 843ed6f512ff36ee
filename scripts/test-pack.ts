// The npm package as a user gets it: `npm pack` (prepack builds), then `npm install -g` of the tarball into a
// temporary prefix, then `packaging-planner` from that prefix's bin, run in a folder outside the repository.
// Checks the tarball holds what runs and no development files, and that no shipped link is dead.
// Usage: npm run test:pack   (a step of scripts/test.sh; needs no network: the package has no dependencies)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deadLinks } from '../test/unit/helpers/links';

const root = path.resolve(__dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const tmp = mkdtempSync(path.join(tmpdir(), 'pp-pack-'));
const failures: string[] = [];
// the parent npm's npm_* variables (prefix, cwd, user agent) must not steer the installs below
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));

function sh(cmd: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...env, ...extraEnv } });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function expect(ok: boolean, what: string) {
  if (!ok) failures.push(what);
}

try {
  const t0 = Date.now();
  const packed = sh('npm', ['pack', '--json', '--pack-destination', tmp, '--loglevel=error'], root);
  if (packed.code !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  const info = JSON.parse(packed.stdout)[0] as { filename: string; files: { path: string }[]; size: number };
  const files = info.files.map((f) => f.path).sort();
  for (const must of [
    'package.json',
    'README.md',
    'LICENSE',
    'dist/cli.js',
    'dist/cli-assets.json',
    'dist/cli-check.js',
    'dist/cli-lsp.js',
    'dist/cli-server.js',
    'dist/cli-templates.js',
    'dist/cli-export-pricing2yaml.js',
    'dist/extension.js',
    'docs/format.md',
    'docs/cli.md',
    'docs/rules/viral-wall.md',
    'schemas/packaging.schema.json',
    'examples/whiteboard/packaging.yaml',
  ])
    expect(files.includes(must), `missing from the tarball: ${must}`);
  const dev =
    /^(src|test|scripts|bench|action|webview|\.ci|node_modules)\/|^dist\/(action\.js|test\/)|\.(ts|map|vsix|tgz)$|^(tsconfig|biome|\.vscode-test|esbuild)/;
  for (const f of files) expect(!dev.test(f), `development file in the tarball: ${f}`);

  const prefix = path.join(tmp, 'prefix');
  const inst = sh(
    'npm',
    [
      'install',
      '--global',
      '--prefix',
      prefix,
      '--offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      path.join(tmp, info.filename),
    ],
    tmp,
  );
  if (inst.code !== 0) throw new Error(`npm install -g of the tarball failed:\n${inst.stderr}`);
  const installed = path.join(prefix, 'lib', 'node_modules', pkg.name);
  for (const f of files) {
    if (/\.(ttf)$/.test(f)) continue;
    for (const d of deadLinks(readFileSync(path.join(installed, f), 'utf8')))
      failures.push(`dead link in ${f}:${d}`);
  }

  // a user's project: one of the examples and a broken file, far from the repository
  const project = path.join(tmp, 'project');
  mkdirSync(project);
  cpSync(path.join(root, 'examples', 'whiteboard', 'packaging.yaml'), path.join(project, 'packaging.yaml'));
  const PATH = `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`;
  const cli = (...args: string[]) => sh('packaging-planner', args, project, { PATH });

  const v = cli('--version');
  expect(v.code === 0 && v.stdout.trim() === pkg.version, `--version: ${v.code} ${v.stdout}${v.stderr}`);
  const c = cli('check');
  expect(
    c.code === 0 && /packaging\.yaml/.test(c.stdout) && /warning/.test(c.stdout),
    `check: exit ${c.code}\n${c.stdout}${c.stderr}`,
  );
  const e = cli('explain', 'viral-wall');
  expect(e.code === 0 && e.stdout.startsWith('# viral-wall'), `explain: exit ${e.code} ${e.stderr}`);
  const s = cli('schema');
  expect(s.code === 0 && JSON.parse(s.stdout).type === 'object', `schema: exit ${s.code} ${s.stderr}`);
  const i = cli('init', '--list');
  expect(i.code === 0 && /collaboration/.test(i.stdout), `init --list: exit ${i.code} ${i.stderr}`);
  const x = cli('export', 'packaging.yaml', '--format', 'pricing2yaml', '--quiet');
  expect(x.code === 0 && /saasName/.test(x.stdout), `export: exit ${x.code} ${x.stderr}`);
  const h = cli('--help');
  expect(h.code === 0 && /check/.test(h.stdout), `--help: exit ${h.code}`);
  writeFileSync(path.join(project, 'broken.packaging.yaml'), 'version: 1\nproduct: [\n');
  const b = cli('check', 'broken.packaging.yaml');
  expect(b.code === 1 && /syntax/.test(b.stdout), `check on a broken file: exit ${b.code} (want 1)`);

  console.log(
    `npm package: ${info.filename}, ${(info.size / 1024).toFixed(1)} KB, ${files.length} files; installed into a temporary prefix, packaging-planner check ran outside the repository (${Date.now() - t0} ms)`,
  );
} catch (err) {
  failures.push(err instanceof Error ? err.message : String(err));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (failures.length) {
  for (const f of failures) console.error(`✖ ${f}`);
  process.exit(1);
}
