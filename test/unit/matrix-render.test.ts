import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { csvField, matrixCsv } from '../../src/cli/matrix/csv';
import { esc, matrixHtml } from '../../src/cli/matrix/html';
import { check } from '../../src/core/check';
import { buildMatrix } from '../../src/core/matrix';
import { matrixMarkdown } from '../../src/core/render/markdown';
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
    assert.ok(!/<script/i.test(html));
    assert.ok(!/<img|<svg|<iframe/i.test(html));
    // outside attribute values (where escaped text may say "onerror="), no tag carries an event handler
    assert.ok(!/<[a-z][^>]*\son(error|load)=/i.test(html.replace(/"[^"]*"/g, '""')));
    assert.ok(!/<\/style><script/i.test(html));
    // entity text stays text: "&lt;" in the file shows as "&lt;", so it is written "&amp;lt;"
    assert.ok(html.includes('&amp;lt;b&amp;gt;entity&amp;amp;'));
    for (const x of XSS) assert.ok(html.includes(esc(x)), x);
  });

  it('is self-contained: inline CSS, no script, no external URL, a CSP that forbids both', () => {
    assert.match(html, /<style>/);
    assert.ok(!/<link|src=["']?https?:|url\(/i.test(html));
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'/);
    assert.match(html, /@media \(prefers-color-scheme: dark\)/);
  });

  const chromium = '/usr/bin/chromium';
  it('renders in a browser with no script run and every payload shown as text', async function () {
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
          scripts: document.querySelectorAll('script, img, svg, iframe').length,
          text: document.body.textContent ?? '',
          bg: getComputedStyle(document.body).backgroundColor,
          rows: document.querySelectorAll('tbody tr').length,
        }));
        assert.equal(state.xss, undefined);
        assert.equal(dialogs, 0);
        assert.equal(state.scripts, 0);
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
