import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { diffMarkdown, diffStylish } from '../../src/cli/diff';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { check } from '../../src/core/check';
import { diffPackaging } from '../../src/core/interop/diff';
import { mdCell, terminalText } from '../../src/core/matrix/render/markdown';

// Issue 10, group 6: every output escapes user text for its medium. Markdown for PR comments renders the
// literal text on GitHub (no @mention, no #reference, no autolink, no table break); terminal outputs carry
// no control characters from the file.

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** What GitHub would turn into a mention, a reference or a link, in Markdown text outside code. */
const ACTIVE = [/@[\p{L}\p{N}_-]/u, /#[\p{L}\p{N}]/u, /[a-z]:\/\//i, /\bwww\./i];
/** The text as GitHub sees it before rendering: the entity is a zero-width space. */
const zw = (s: string) => s.replace(/&#8203;/g, '\u200b');

const HOSTILE_NAME =
  '@octocat ping #123 \\#45 https://evil.example/x www.evil.example a|b `c` <img src=x>\nnext';

const file = (name: string, plan = 'free') => `version: 1
product: {name: "${name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')}"}
plans:
  - {id: free, price: 0}
  - {id: pro, price: 10}
features:
  - id: x
    name: "${name
      .replace(/\\/g, '\\\\')
      .replace(/\n/g, '\\n')
      .replace(/"/g, '\\"')
      .replace(/\u001b/g, '\\e')
      .replace(/\u0007/g, '\\a')}"
    plan: ${plan}
    signals: {friction: true}
`;

describe('output escaping (issue 10, group 6)', () => {
  it('mdCell: mentions, references (even `\\#123`), bare URLs, pipes, newlines, backticks, HTML', () => {
    const out = mdCell(HOSTILE_NAME);
    for (const re of ACTIVE) assert.doesNotMatch(zw(out), re, out);
    assert.ok(!out.includes('\n'));
    assert.doesNotMatch(out, /(^|[^\\])\|/);
    assert.doesNotMatch(out, /(^|[^\\])`/);
    assert.ok(!out.includes('<img'));
    // the text reads the same once the zero-width spaces and escapes are rendered
    const rendered = out
      .replace(/&#8203;/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/\\(.)/g, '$1');
    assert.equal(rendered, HOSTILE_NAME.replace('\n', ' '));
  });

  it('check --format markdown: a directory name with a newline stays inside its table cell and heading', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pp-esc-'));
    const sub = path.join(dir, 'evil\n## injected @octocat');
    mkdirSync(sub);
    writeFileSync(path.join(sub, 'packaging.yaml'), file(HOSTILE_NAME));
    const r = await run(['check', '--format', 'markdown'], dir);
    assert.ok(!r.stdout.split('\n').some((l) => l.startsWith('## injected')), r.stdout);
    // our own links to the rule docs are the only URLs allowed
    const text = zw(r.stdout).replace(/\[[a-z-]+\]\(https:\/\/[^)\s]+\)/g, '[rule]');
    assert.match(r.stdout, /octocat/);
    for (const re of ACTIVE) assert.doesNotMatch(text, re);
  });

  it('stylish, github and diff output carry no control characters from the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pp-esc-'));
    const name = 'Boards\u001b[31m\u0007\rX';
    writeFileSync(path.join(dir, 'packaging.yaml'), file(name, 'pro'));
    for (const format of ['stylish', 'github', 'markdown']) {
      const r = await run(['check', '--format', format, '--no-color'], dir);
      assert.doesNotMatch(
        r.stdout,
        /[\u0000-\u0008\u000b-\u001f\u007f]/u,
        `${format}: ${JSON.stringify(r.stdout)}`,
      );
    }
    const d = diffPackaging(check(file(name, 'free')), check(file(name, 'pro')));
    assert.equal(d.moved.length, 1);
    const labels = { base: 'a\u001b[2J', head: 'b\u0007' };
    assert.doesNotMatch(diffStylish(d, labels), /[\u0000-\u0008\u000b-\u001f\u007f]/u);
    assert.doesNotMatch(diffMarkdown(d, labels), /[\u0000-\u0008\u000b-\u001f\u007f]/u);
    assert.equal(terminalText('a\u001b[31mb\u0007c\rd'), 'a\ufffd[31mb\ufffdc d');
    // the PR comment of `diff` renders names and messages literally too
    const hostile = diffPackaging(check(file(HOSTILE_NAME, 'free')), check(file(HOSTILE_NAME, 'pro')));
    const md = zw(diffMarkdown(hostile, { base: 'main:p.yaml', head: 'p.yaml' }));
    assert.match(md, /octocat/);
    for (const re of ACTIVE) assert.doesNotMatch(md, re);
  });
});
