// The language server's parts that the stdio suite (lsp.test.ts) cannot pin down cheaply: the debounce scale,
// the size cap, which files it claims, and the build plugin that keeps yaml from reading the environment.
import assert from 'node:assert/strict';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generatePackaging } from '../../bench/gen';
import { check } from '../../src/core/check';
import { Analyses, MAX_BYTES } from '../../src/server/analysis';
import { globMatcher, matchesPatterns, readSettings } from '../../src/server/settings';

const ROOT = path.resolve(__dirname, '..', '..');
const doc = (text: string, uri = 'file:///p/packaging.yaml', version = 1) =>
  TextDocument.create(uri, 'yaml', version, text);

describe('server analyses', () => {
  it('one check per version: the same result object until the version changes', () => {
    const a = new Analyses({});
    const text = generatePackaging(5);
    const r1 = a.result(doc(text));
    assert.ok(r1 && a.result(doc(text)) === r1);
    assert.notEqual(a.result(doc(text, undefined, 2)), r1);
    assert.deepEqual(r1.diagnostics, check(text).diagnostics);
  });

  it('debounce: none for a cheap file or after a pause; while typing into a costly one, from the last check on', () => {
    // a clock the test moves: each check reads it twice (start, end)
    const ticks: number[] = [];
    const a = new Analyses({}, () => ticks.shift() ?? 0);
    const small = doc(generatePackaging(3), 'file:///p/small.packaging.yaml');
    const large = doc(generatePackaging(30), 'file:///p/large.packaging.yaml');
    assert.equal(a.debounceMs(large.uri, 0), 0, 'nothing known yet: no wait');
    ticks.push(1000, 1003);
    a.get(small);
    assert.equal(a.debounceMs(small.uri, 1003), 0, 'a 3 ms check: no wait');
    ticks.push(2000, 2120);
    a.get(large);
    assert.equal(a.debounceMs(large.uri, 2120), 120, 'right after a 120 ms check: one check’s cost');
    assert.equal(a.debounceMs(large.uri, 2170), 70, 'a keystroke later: the same deadline');
    assert.equal(a.debounceMs(large.uri, 2400), 0, 'after a pause: no wait');
    ticks.push(3000, 3900);
    a.get(doc(large.getText(), large.uri, 2));
    assert.equal(a.debounceMs(large.uri, 3900), 250, 'capped');
    a.forget(large.uri);
    assert.equal(a.debounceMs(large.uri, 3900), 0);
  });

  it('a real check of 1,500 features costs enough to be debounced', () => {
    const a = new Analyses({});
    const r = a.get(doc(generatePackaging(1500)));
    assert.equal(r.kind, 'checked');
    assert.ok(r.kind === 'checked' && r.ms >= 10, 'over the no-wait threshold');
  });

  it('the size cap counts UTF-8 bytes: multi-byte text under 2 MB characters can be over it', () => {
    const a = new Analyses({});
    const ascii = `# ${'x'.repeat(MAX_BYTES - 10)}\n`;
    assert.equal(a.get(doc(ascii, 'file:///p/a.packaging.yaml')).kind, 'checked');
    const wide = `# ${'é'.repeat(MAX_BYTES / 2 + 10)}\n`; // 2 bytes each
    assert.ok(wide.length < MAX_BYTES);
    const over = a.get(doc(wide, 'file:///p/b.packaging.yaml'));
    assert.equal(over.kind, 'too-large');
    assert.equal(over.kind === 'too-large' && over.bytes, new TextEncoder().encode(wide).length);
  });
});

describe('server settings', () => {
  it('claims packaging files only, plus the extra patterns', () => {
    const s = readSettings({ filePatterns: ['**/pricing/*.yml', 42] });
    for (const uri of [
      'file:///a/packaging.yaml',
      'file:///a/b/packaging.yml',
      'file:///a/team.packaging.yaml',
      'file:///a/pricing/x.yml',
      'file:///a/my%20dir/packaging.yaml',
    ])
      assert.ok(matchesPatterns(uri, s.filePatterns), uri);
    for (const uri of ['file:///a/docker-compose.yaml', 'file:///a/packaging.yaml.bak', 'file:///a/x.yml'])
      assert.ok(!matchesPatterns(uri, s.filePatterns), uri);
    assert.deepEqual(readSettings('nonsense').inlayHints, 'mismatches');
    assert.deepEqual(readSettings({ rules: { a: 'off', b: 3 }, inlayHints: 'all' }).rules, { a: 'off' });
    assert.ok(globMatcher('**/*.{yaml,yml}').test('/x/y.yml'));
    assert.ok(!globMatcher('*.yaml').test('/x/y/z.yml'));
  });
});

describe('esbuild plugin yaml-no-env', () => {
  it('removes yaml’s per-token process.env reads; the bundle parses the same', async () => {
    const { yamlNoEnv } = await import(path.join(ROOT, 'scripts', 'esbuild-yaml-env.mjs'));
    const build = (plugins: esbuild.Plugin[]) =>
      esbuild.build({
        stdin: { contents: "module.exports = require('yaml');", resolveDir: ROOT },
        bundle: true,
        platform: 'node',
        format: 'cjs',
        write: false,
        logLevel: 'silent',
        plugins,
      });
    const plain = (await build([])).outputFiles[0]!.text;
    const built = await build([yamlNoEnv]);
    const text = built.outputFiles[0]!.text;
    assert.match(plain, /env\.LOG_TOKENS/, 'the read is there without the plugin');
    assert.doesNotMatch(text, /LOG_TOKENS|LOG_STREAM/);
    assert.deepEqual(built.warnings, []);
    const yaml = { exports: {} as Record<string, unknown> };
    new Function('module', 'exports', 'require', text)(yaml, yaml.exports, require);
    const parseDocument = yaml.exports.parseDocument as (s: string) => { toJS(): unknown };
    const src = generatePackaging(20);
    assert.deepEqual(parseDocument(src).toJS(), (await import('yaml')).parseDocument(src).toJS());
  });
});
