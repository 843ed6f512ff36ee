// A real headless Neovim (Debian's 0.7 here, when installed) drives `packaging-planner lsp --stdio` the way the
// recipe of docs/other-editors.md starts it: settings answered to workspace/configuration (Neovim 0.7 answers
// without declaring the capability), no diagnostics in the code action context. Skipped without `nvim`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { check } from '../../src/core/check';
import { md } from '../../src/core/matrix/render/hover';
import { TSX } from './support/lsp-client';

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLE = path.join(ROOT, 'examples', 'whiteboard', 'packaging.yaml');
const hasNvim = spawnSync('sh', ['-c', 'command -v nvim'], { stdio: 'ignore' }).status === 0;

interface Session {
  version: string;
  diagnostics: [number, number, number, number, string, number][];
  actions?: string[];
  hover?: string;
}

describe('Neovim (headless) against the language server', function () {
  this.timeout(90000);

  it('gets the findings under its settings, code actions without context diagnostics, the short hover', function () {
    if (!hasNvim) this.skip();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pp-nvim-'));
    try {
      const file = path.join(dir, 'packaging.yaml');
      copyFileSync(EXAMPLE, file);
      const out = path.join(dir, 'out.json');
      const r = spawnSync(
        'nvim',
        [
          '--headless',
          '-u',
          'NONE',
          '-i',
          'NONE',
          '-n',
          '-c',
          `luafile ${path.join(__dirname, 'support', 'neovim-session.lua')}`,
        ],
        {
          env: {
            ...process.env,
            PP_FILE: file,
            PP_NODE: process.execPath,
            PP_TSX: TSX.join('\n'),
            PP_ROOT: ROOT,
            PP_OUT: out,
          },
          timeout: 80000,
          encoding: 'utf8',
        },
      );
      assert.equal(r.status, 0, `nvim: ${r.stderr}`);
      const got = JSON.parse(readFileSync(out, 'utf8')) as Session;
      const text = readFileSync(EXAMPLE, 'utf8');
      const result = check(text, { rules: { 'unclassified-feature': 'off' } });
      // Neovim's severities: 1 error … 4 hint; an accepted finding is a Hint
      const severity = { error: 1, warning: 2, info: 3 } as const;
      assert.deepEqual(
        got.diagnostics,
        result.diagnostics.map((d) => [
          d.range.start.line,
          d.range.start.character,
          d.range.end.line,
          d.range.end.character,
          d.rule,
          d.accepted === undefined ? severity[d.severity] : 4,
        ]),
        `Neovim ${got.version}`,
      );
      const gated = result.diagnostics.find((d) => d.rule === 'gated-growth-driver')!;
      assert.ok(got.actions?.includes('Accept this finding (gated-growth-driver)…'), String(got.actions));
      assert.ok(
        got.actions?.includes('Move "Embed boards in docs and websites" to Free (the lowest free plan)'),
        String(got.actions),
      );
      assert.match(got.hover ?? '', /^\*\*Embed boards in docs and websites\*\*/);
      assert.equal(got.hover!.split(md(gated.message)).length - 1, 1, 'the message once');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
