import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { csvField, matrixCsv } from '../../src/cli/matrix/csv';
import { esc, matrixHtml } from '../../src/cli/matrix/html';
import { EXPORT_SCRIPT } from '../../src/cli/matrix/html-script';
import { check } from '../../src/core/check';
import { matrixMarkdown } from '../../src/core/matrix/render/markdown';
import { buildMatrix } from '../../src/core/matrix/view-model';
import { tables } from './helpers/formats';

const XSS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2">',
  '"><svg onload=window.__xss=3>',
  "'><iframe src=javascript:window.__xss=4>",
  '</style><script>window.__xss=5</script>',
  '&lt;b&gt;entity&amp;',
];

/** A packaging file whose every free text is an XSS payload (as YAML double-quoted strings). */
function hostile(): string {
  const q = (s: string) => JSON.stringify(s);
  return `version: 1
product: {name: ${q(XSS[0]!)}}
plans:
  - {id: free, name: ${q(XSS[1]!)}, price: 0}
  - {id: pro, name: ${q(XSS[4]!)}, price: 10, per: seat, period: month}
features:
${XSS.map(
  (x, i) => `  - id: f${i}
    name: ${q(x)}
    description: ${q(XSS[(i + 1) % XSS.length]!)}
    category: ${q(XSS[(i + 2) % XSS.length]!)}
    plan: ${i % 2 ? 'pro' : 'free'}
    unit: ${q(XSS[(i + 3) % XSS.length]!)}
    limits: {pro: ${i}}
    signals: {virality: ${i % 2 === 1}, friction: ${i % 3 === 0}}
`,
).join('')}`;
}

describe('matrix: html', () => {
  const text = hostile();
  const result = check(text);
  const html = matrixHtml(buildMatrix(result));

  it('the hostile file is valid (the payloads reach the renderer)', () => {
    assert.deepEqual(
      result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message),
      [],
    );
    assert.equal(result.model?.features.length, XSS.length);
  });

  it('escapes every text: no tag or attribute from the file survives', () => {
    // the one script is ours: the payloads' <script> never reaches the page as a tag
    assert.equal(html.match(/<script/gi)?.length, 1);
    assert.equal(html.split(`<script>${EXPORT_SCRIPT}</script>`).length, 2);
    assert.ok(!/<img|<svg|<iframe/i.test(html));
    // outside attribute values (where escaped text may say "onerror="), no tag carries an event handler
    assert.ok(!/<[a-z][^>]*\son(error|load)=/i.test(html.replace(/"[^"]*"/g, '""')));
    assert.ok(!/<\/style><script/i.test(html));
    // entity text stays text: "&lt;" in the file shows as "&lt;", so it is written "&amp;lt;"
    assert.ok(html.includes('&amp;lt;b&amp;gt;entity&amp;amp;'));
    for (const x of XSS) assert.ok(html.includes(esc(x)), x);
  });

  it('is self-contained: inline CSS, one inline script allowed by its hash, no URL, a CSP that forbids loads', () => {
    assert.match(html, /<style>/);
    assert.ok(!/url\(|@import/i.test(html));
    // real tags only (text from the file is escaped, so its "<" is "&lt;"): nothing that loads, links go in-page
    for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
      assert.ok(!/^<(link|img|iframe|object|embed|base|form|frame|audio|video|source)\b/i.test(tag), tag);
      const attrs = tag.replace(/"[^"]*"/g, '""');
      assert.ok(!/\s(src|srcset|action|poster|data)=/i.test(attrs), tag);
      if (/\shref=/i.test(tag)) assert.match(tag, /^<a href="#cat-\d+">$/);
    }
    assert.ok(!/https?:/i.test(html), 'no http(s) URL anywhere');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    assert.equal(scripts.length, 1);
    assert.equal(scripts[0]![1], '', 'inline, no src or other attribute');
    const body = scripts[0]![2]!;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    assert.ok(csp);
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values] as const;
      }),
    );
    assert.deepEqual(directives.get('default-src'), ["'none'"]);
    assert.deepEqual(directives.get('connect-src'), ["'none'"]);
    assert.deepEqual(directives.get('base-uri'), ["'none'"]);
    assert.deepEqual(directives.get('form-action'), ["'none'"]);
    assert.deepEqual(directives.get('style-src'), ["'unsafe-inline'"]);
    // exactly the hash of the script's text as the browser reads it (UTF-8 bytes between the tags)
    const hash = createHash('sha256').update(body, 'utf8').digest('base64');
    assert.deepEqual(directives.get('script-src'), [`'sha256-${hash}'`]);
    for (const [name, values] of directives) {
      assert.ok(!values.includes("'unsafe-inline'") || name === 'style-src', name);
      assert.ok(!values.includes("'unsafe-eval'") && !values.includes('*'), name);
    }
    assert.match(html, /@media \(prefers-color-scheme: dark\)/);
  });

  it('the script does no network, no eval, no markup from text; no inline handler in the page', () => {
    const banned =
      /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|import\s*\(|eval|Function|setTimeout|setInterval|innerHTML|outerHTML|insertAdjacentHTML|write|location|open|src|href|Worker)\b/;
    assert.equal(banned.exec(EXPORT_SCRIPT)?.[0], undefined);
    assert.ok(!EXPORT_SCRIPT.includes('</'), 'nothing that could close the script element');
    assert.ok(!/<[a-z][^>]*\son[a-z]+=/i.test(html.replace(/"[^"]*"/g, '""')));
    // without script the page says so in a class the script removes; script-only controls hang on it
    assert.match(html, /<html lang="en" class="no-js">/);
    assert.match(html, /\.no-js \.js-only \{ display: none !important; \}/);
    for (const id of ['q', 'rec', 'signal', 'sort', 'mismatch'])
      assert.match(html, new RegExp(`<label class="js-only">[^<]*<(input|select) [^>]*id="${id}"`), id);
  });

  const chromium = '/usr/bin/chromium';
  it('renders in a browser with only our script run and every payload shown as text', async function () {
    if (!existsSync(chromium)) this.skip();
    this.timeout(60000);
    const { chromium: pw } = await import('playwright-core');
    const browser = await pw.launch({ executablePath: chromium, args: ['--no-sandbox'] });
    try {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ colorScheme: scheme });
        const requests: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        let dialogs = 0;
        page.on('dialog', (d) => {
          dialogs++;
          void d.dismiss();
        });
        await page.setContent(html, { waitUntil: 'load' });
        const state = await page.evaluate(() => ({
          xss: (window as unknown as { __xss?: number }).__xss,
          scripts: document.querySelectorAll('script').length,
          foreign: document.querySelectorAll('img, svg, iframe').length,
          ran: !document.documentElement.classList.contains('no-js'),
          text: document.body.textContent ?? '',
          bg: getComputedStyle(document.body).backgroundColor,
          rows: document.querySelectorAll('tbody tr').length,
        }));
        assert.equal(state.xss, undefined);
        assert.equal(dialogs, 0);
        assert.equal(state.scripts, 1);
        assert.equal(state.foreign, 0);
        assert.equal(state.ran, true);
        assert.deepEqual(requests, []);
        for (const x of XSS) assert.ok(state.text.includes(x), `${scheme}: shows ${x}`);
        assert.equal(state.rows, XSS.length);
        assert.equal(state.bg, scheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
});

describe('matrix: markdown and csv', () => {
  const result = check(hostile());
  const m = buildMatrix(result);

  it('markdown: every feature is one row that parses back to its name and cells', () => {
    const md = matrixMarkdown(m);
    const t = tables(md);
    const rows = t.flatMap((x) => x.rows);
    assert.deepEqual(
      rows.map((r) => r[0]),
      m.groups.flatMap((g) => g.rows.map((r) => r.name)),
    );
    for (const r of rows) assert.equal(r.length, 1 + m.plans.length + 3);
    assert.ok(!md.includes('<script') && !md.includes('<img'));
  });

  it('csv: RFC 4180 quoting, one line per feature, formulas defused', () => {
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvField('@cmd'), "'@cmd");
    const csv = matrixCsv(m);
    assert.ok(csv.endsWith('\r\n'));
    // no field contains a raw newline here, so lines = records
    const lines = csv.trimEnd().split('\r\n');
    assert.equal(lines.length, 1 + XSS.length);
    assert.match(
      lines[0]!,
      /^category,feature,name,plan,addOn,side,recommendation,reasons,status,free,pro,flag,rules,accepted,rationale$/,
    );
  });
});
