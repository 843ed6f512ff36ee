import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { RULES } from '../../src/core/rules';
import { deadLinks } from './helpers/links';

// No link the tool prints or ships may be dead: the project has no public home yet, so outputs carry the text
// itself (SARIF help, `packaging-planner explain RULE`) and links appear only under PACKAGING_PLANNER_DOCS_URL.

const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function walk(p: string): string[] {
  if (!existsSync(p)) return [];
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p).flatMap((n) => walk(path.join(p, n)));
}

/** The npm package's files (package.json `files`, plus what npm always adds), the Action and built bundles. */
function shippedFiles(): string[] {
  const listed = (pkg.files as string[]).flatMap((f) => walk(path.join(ROOT, f)));
  const always = ['package.json', 'README.md', 'LICENSE', 'action.yml', 'action/dist/index.js'];
  const bundles = ['dist/cli.js', 'dist/action.js', 'dist/extension.js', 'dist/web', 'dist/webview'];
  return [
    ...new Set([
      ...always.map((f) => path.join(ROOT, f)),
      ...listed,
      ...bundles.flatMap((f) => walk(path.join(ROOT, f))),
    ]),
  ].filter((f) => !/\.(ttf|png|vsix)$/.test(f));
}

async function run(args: string[], env: Record<string, string> = {}, isTTY = false) {
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd: ROOT, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY, env };
  const code = await main(args, io);
  return { code, text: stdout + stderr };
}

describe('links: nothing printed or shipped points to a placeholder', () => {
  it('the detector finds placeholders and spares real addresses and sample product URLs', () => {
    assert.equal(deadLinks('see https://example.invalid/x and https://docs.example.com/y').length, 2);
    assert.equal(deadLinks('"url": "https://example.invalid/packaging-planner.git"').length, 1);
    assert.equal(deadLinks('https://packaging-planner.dev/schemas/x.json').length, 1);
    assert.equal(
      deadLinks('https://github.com/packaging-planner/packaging-planner/blob/main/x.md').length,
      1,
    );
    assert.equal(deadLinks('bare example.invalid mention').length, 1);
    assert.deepEqual(
      deadLinks('https://json.schemastore.org/sarif-2.1.0.json http://json-schema.org/draft-07/schema#'),
      [],
    );
    assert.deepEqual(deadLinks('  url: https://sketchboard.example'), []);
    assert.equal(deadLinks('[docs](https://sketchboard.example)').length, 1);
  });

  it('package.json has no repository or home page pointing nowhere', () => {
    assert.deepEqual(deadLinks(JSON.stringify(pkg, null, 1)), []);
    assert.equal(pkg.private, undefined);
  });

  it('no shipped file (npm package, VSIX, Action, bundles) holds a dead link', () => {
    const files = shippedFiles();
    assert.ok(files.some((f) => f.endsWith(path.join('docs', 'format.md'))));
    const bad = files.flatMap((f) =>
      deadLinks(readFileSync(f, 'utf8')).map((d) => `${path.relative(ROOT, f)}:${d}`),
    );
    assert.deepEqual(bad, []);
  });

  it('no output of any command holds a dead link, with or without a docs base URL', async () => {
    const base = {
      PACKAGING_PLANNER_DOCS_URL: 'https://git.acme.com/tools/packaging-planner-fork/blob/main/docs',
    };
    const outputs: string[] = [];
    for (const env of [{}, base]) {
      for (const format of ['stylish', 'json', 'sarif', 'github', 'markdown'])
        outputs.push((await run(['check', 'examples', '--format', format], env)).text);
      for (const format of ['markdown', 'html', 'csv', 'json'])
        outputs.push((await run(['matrix', 'examples/suite/packaging.yaml', '--format', format], env)).text);
      outputs.push((await run(['matrix', 'examples/suite/packaging.yaml'], env, true)).text);
      outputs.push(
        (
          await run(
            [
              'diff',
              'examples/whiteboard/packaging.yaml',
              'examples/devdb/packaging.yaml',
              '--format',
              'markdown',
            ],
            env,
          )
        ).text,
      );
    }
    for (const r of RULES) outputs.push((await run(['explain', r.id])).text);
    outputs.push((await run(['schema'])).text, (await run(['--help'])).text, (await run(['--version'])).text);
    for (const c of ['check', 'matrix', 'diff', 'import', 'schema', 'explain'])
      outputs.push((await run(['help', c])).text);
    const bad = outputs.flatMap((o, i) => deadLinks(o).map((d) => `output ${i}: ${d}`));
    assert.deepEqual(bad, []);
  });

  it('an unusable PACKAGING_PLANNER_DOCS_URL is a usage error, not a broken link', async () => {
    const r = await run(['check', 'examples', '--format', 'sarif'], {
      PACKAGING_PLANNER_DOCS_URL: 'docs/rules',
    });
    assert.equal(r.code, 2);
    assert.match(r.text, /PACKAGING_PLANNER_DOCS_URL must be an http\(s\) address/);
  });
});
