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

  it('debounce: none for a small file or after a pause; while typing into a large one, one check’s cost after the last check', () => {
    const a = new Analyses({});
    const small = doc(generatePackaging(3), 'file:///p/small.packaging.yaml');
    const large = doc(generatePackaging(1500), 'file:///p/large.packaging.yaml');
    assert.equal(a.debounceMs(large.uri), 0, 'nothing known yet: no wait');
    a.get(small);
    const big = a.get(large);
    assert.equal(a.debounceMs(small.uri), 0);
    assert.equal(big.kind, 'checked');
    const cost = big.kind === 'checked' ? big.ms : 0;
    assert.ok(cost >= 10, `a 1,500-feature check costs ${cost} ms`);
    const now = performance.now();
    const wait = a.debounceMs(large.uri, now);
    assert.ok(wait > 0 && wait <= Math.min(250, cost), `${wait} ms after a ${cost} ms check`);
    // a keystroke later: the deadline stays where it was
    assert.equal(a.debounceMs(large.uri, now + 5), Math.max(0, wait - 5));
    // after a pause as long as a check: no wait at all
    assert.equal(a.debounceMs(large.uri, now + 300), 0);
    a.forget(large.uri);
    assert.equal(a.debounceMs(large.uri), 0);
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
