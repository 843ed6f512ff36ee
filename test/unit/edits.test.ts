import assert from 'node:assert/strict';
import { check } from '../../src/core/check';
import { applyEdits, setFeaturePlan as setPlan } from '../../src/core/edit/text-edits';

const setFeaturePlan = (text: string, id: string, plan: string) => setPlan(text, check(text), id, plan);

const move = (text: string, id: string, plan: string) => applyEdits(text, setFeaturePlan(text, id, plan));

const FILE = `version: 1 # v
product: {name: X}
plans:
  - id: free
    price: 0
  - id: pro   # paid
    price: 10

features:
    # the sharing feature
    - id: share
      plan: "pro"     # moved later
      limits:
          pro: 3

    - {id: flow, plan: free, limits: {free: 1}}
    - id: bare
      plan: free
`;

describe('edits: matrix moves are minimal and keep comments', () => {
  it('replaces only the plan value, keeping its quotes and the column of an aligned comment', () => {
    assert.equal(move(FILE, 'share', 'free'), FILE.replace('plan: "pro"     #', 'plan: "free"    #'));
  });

  it('moves a feature written in flow style', () => {
    assert.equal(move(FILE, 'flow', 'pro'), FILE.replace('{id: flow, plan: free,', '{id: flow, plan: pro,'));
  });

  it('moves a feature without a comment, and leaves every other byte alone', () => {
    const out = move(FILE, 'bare', 'pro');
    assert.equal(out, FILE.replace('- id: bare\n      plan: free', '- id: bare\n      plan: pro'));
    assert.equal(out.length, FILE.length - 1);
  });

  it('keeps CRLF line ends', () => {
    const crlf = FILE.replace(/\n/g, '\r\n');
    assert.equal(move(crlf, 'bare', 'pro'), crlf.replace('plan: free\r\n', 'plan: pro\r\n'));
  });

  it('returns no edit when nothing changes, the feature is unknown, or the YAML does not parse', () => {
    assert.deepEqual(setFeaturePlan(FILE, 'bare', 'free'), []);
    assert.deepEqual(setFeaturePlan(FILE, 'nope', 'free'), []);
    assert.deepEqual(setFeaturePlan(`${FILE}  broken: [\n`, 'bare', 'pro'), []);
  });

  it('an edit carries offsets and the matching 0-based range', () => {
    const [e] = setFeaturePlan(FILE, 'bare', 'pro');
    const line = FILE.split('\n').indexOf('      plan: free');
    assert.deepEqual(e!.range.start, { line, character: 12 });
    assert.equal(FILE.slice(e!.span.start, e!.span.end), 'free');
  });
});
