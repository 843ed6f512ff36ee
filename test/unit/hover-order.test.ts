// Hovers lead with what the cursor is on, then the findings there with one paragraph of why (nothing cut
// off) and a link, then the feature when a term led (src/core/render/hover.ts, used by both the extension
// and the language server).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check } from '../../src/core/check';
import { hoverSections, whyLine, whyParagraph } from '../../src/core/matrix/render/hover';
import { RULES } from '../../src/core/rules';
import { hover } from '../../src/server/hover';

const ROOT = path.join(__dirname, '..', '..');
const page = (rule: string) => readFileSync(path.join(ROOT, 'docs', 'rules', `${rule}.md`), 'utf8');

describe('hover order and the why paragraph', () => {
  it('a why that announces a list keeps the list (gated-growth-driver: the four kinds of features)', () => {
    const why = whyParagraph(page('gated-growth-driver'))!;
    assert.match(why, /four kinds of features fuel it:\n\n- virality: /);
    for (const s of ['- virality:', '- universality:', '- aha moment:', '- habit loop:'])
      assert.ok(why.includes(s), s);
    assert.match(why, /cannot grow from its users\.$/);
    // a plain paragraph stays one paragraph, unwrapped
    const plain = whyParagraph('# x\n\n## Why\n\nOne line\nwrapped here.\n\nSecond paragraph.\n')!;
    assert.equal(plain, 'One line wrapped here.');
    assert.equal(whyParagraph('# x\n\n## How to fix\n\nNo why.\n'), undefined);
  });

  it('the hover’s one line of why: every rule page gives a whole sentence, never one that runs into a list', () => {
    for (const rule of RULES) {
      const line = whyLine(page(rule.id));
      assert.ok(line, rule.id);
      assert.match(line, /[.?!"]$/, `${rule.id}: ${line}`);
      assert.ok(line.length <= 220, `${rule.id}: ${line.length} characters`);
      assert.ok(!line.includes('\n'), rule.id);
    }
    assert.equal(
      whyLine(page('gated-growth-driver')),
      'In a product-led model the free offer is the acquisition and retention engine, and four kinds of features fuel it.',
    );
    assert.equal(
      whyLine(page('unclassified-feature')),
      'The packaging test turns six questions into a recommendation.',
    );
  });

  it('sections: the term or the feature leads, findings follow, the feature last when a term led', () => {
    assert.deepEqual(hoverSections({ term: 'T', feature: 'F', findings: ['A', 'B'] }), ['T', 'A', 'B', 'F']);
    assert.deepEqual(hoverSections({ feature: 'F', findings: ['A'] }), ['F', 'A']);
    assert.deepEqual(hoverSections({ term: 'T', findings: [] }), ['T']);
    assert.deepEqual(hoverSections({ findings: [] }), []);
  });

  it('the language server: a signal key inside a feature explains the signal first, then the feature', () => {
    const text = readFileSync(path.join(ROOT, 'examples', 'whiteboard', 'packaging.yaml'), 'utf8');
    const doc = TextDocument.create('file:///p/packaging.yaml', 'yaml', 1, text);
    const at = text.indexOf('virality: true');
    assert.ok(at > 0);
    const h = hover(doc, check(text), doc.positionAt(at + 2), {
      ruleDoc: (r) => page(r),
      ruleUrl: (r) => `https://docs.example/rules/${r}`,
    });
    assert.ok(h);
    const value = (h.contents as { value: string }).value;
    assert.match(value, /^`virality`/);
    const sections = value.split('\n\n---\n\n');
    assert.ok(sections.length >= 2, value);
    assert.match(sections.at(-1)!, /^\*\*[^*]+\*\* \(`[\w-]+`\)/, 'the feature summary comes last');
  });
});
