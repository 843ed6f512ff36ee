// The matrix webview's page (src/extension/matrixHtml.ts): the bundle and its stylesheet written into it under the
// page's nonce, nothing in them able to end their element early, the codicon stylesheet linked after the script.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { earlyScript, matrixCsp, matrixHtml } from '../../src/extension/matrixHtml';
import { PROTOCOL_VERSION } from '../../src/protocol';

const page = (script: string, style: string) =>
  matrixHtml({
    cspSource: 'https://res.example',
    nonce: 'n0nce',
    script,
    style,
    codiconUri: 'https://res.example/codicon.css',
  });

describe('matrix webview page', () => {
  it('carries the script and style inline under the nonce; only the codicon stylesheet is fetched, after the script', () => {
    const html = page('console.log(1)', 'body { color: red }');
    assert.match(html, /<style nonce="n0nce">body \{ color: red \}<\/style>/);
    assert.match(html, /<script nonce="n0nce">console\.log\(1\)<\/script>/);
    // a first script says ready before the bundle runs (the host's model is on its way meanwhile)
    const first = html.indexOf(`<script nonce="n0nce">${earlyScript()}</script>`);
    assert.ok(first > 0 && first < html.indexOf('console.log(1)'));
    assert.match(
      earlyScript(),
      new RegExp(`postMessage\\(\\{ type: 'ready', protocol: ${PROTOCOL_VERSION} \\}\\)`),
    );
    assert.equal(html.match(/ src=/g), null, 'no script is fetched');
    const link = html.indexOf(
      '<link rel="stylesheet" href="https://res.example/codicon.css" id="vscode-codicon-stylesheet">',
    );
    assert.ok(
      link > html.indexOf('<script nonce'),
      'the codicon link comes after the script: it does not hold it back',
    );
    assert.equal(html.match(/<link /g)?.length, 1);
    assert.equal(
      matrixCsp('https://res.example', 'n0nce'),
      "default-src 'none'; style-src https://res.example 'nonce-n0nce'; font-src https://res.example; img-src https://res.example; script-src 'nonce-n0nce'",
    );
  });

  it('text that would end the script or style element early is escaped, and reads the same', () => {
    const script = 'const a = "</script><script>alert(1)</script>"; const b = `</SCRIPT >`;';
    const style = '.x::after { content: "</style><script>alert(1)</script>" }';
    const html = page(script, style);
    // each element ends where the page ends it, and nowhere else
    assert.equal(html.match(/<\/script/gi)?.length, 2, 'the first script and the bundle');
    assert.equal(html.match(/<\/style/gi)?.length, 1);
    const inline = [...html.matchAll(/<script nonce="n0nce">([\s\S]*?)<\/script>/g)][1]![1]!;
    // the escape is a no-op inside a JavaScript string
    assert.equal(new Function(`${inline}; return a + b;`)(), '</script><script>alert(1)</script></SCRIPT >');
  });

  it('the built bundle fits in the page as it is (when built)', function () {
    const dist = path.resolve(__dirname, '../../dist/webview');
    let script: string;
    try {
      script = readFileSync(path.join(dist, 'matrix.js'), 'utf8');
    } catch {
      this.skip();
    }
    const html = page(script, readFileSync(path.join(dist, 'matrix.css'), 'utf8'));
    assert.ok(html.includes(script), 'no escape was needed: the bundle is byte for byte in the page');
  });
});
