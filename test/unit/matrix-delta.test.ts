// The matrix model told as a delta (src/matrix-delta.ts): what the server diffs against the model the webview
// holds, sent as JSON, validated and applied, must be exactly the new model, over random edits of real files;
// and a delta that does not fit the rows it is applied to is refused, never applied half-way.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as fc from 'fast-check';
import { generateImported } from '../../bench/gen';
import { createIncremental } from '../../src/core/incremental';
import { createMatrixBuilder } from '../../src/core/matrix/builder';
import type { MatrixRow } from '../../src/core/matrix/view-model';
import {
  applyDelta,
  deltaBase,
  diffModel,
  type MatrixModelDelta,
  modelRows,
  sameJson,
} from '../../src/matrix-delta';
import {
  encodeRender,
  encodeRenderGzip,
  inflateHostMessage,
  parseHostMessage,
  parseWebviewMessage,
  type RenderDeltaMessage,
  type RenderMessage,
} from '../../src/protocol';
import { MATRIX_REQUEST, type MatrixDeltaResponse, type MatrixResponse } from '../../src/server/server';
import { Client, PUSH_CAPS } from './support/lsp-client';

const ROOT = path.resolve(__dirname, '../..');
const WHITEBOARD = readFileSync(path.join(ROOT, 'examples', 'whiteboard', 'packaging.yaml'), 'utf8');
const json = <T>(v: T): T => JSON.parse(JSON.stringify(v));

/** The delta as the webview receives it: through JSON and the protocol's validator. */
function received(delta: MatrixModelDelta): MatrixModelDelta {
  const msg = parseHostMessage(
    json({ type: 'renderDelta', documentVersion: 2, fileName: 'p.yaml', base: 1, modelId: 2, delta }),
  ) as RenderDeltaMessage | undefined;
  assert.ok(msg, 'the delta passes the protocol validator');
  return msg.delta;
}

/** Rows written out in a delta (not references). */
const written = (d: MatrixModelDelta) =>
  d.groups.flatMap((g) => g.rows).filter((r): r is MatrixRow => !Array.isArray(r));

/** Each version of `text` after `edits` as the server builds it, each delta against the one before applied. */
function follow(text: string, edits: { at: number; del: number; insert: string }[]): number[] {
  const inc = createIncremental();
  let state = inc.first(text);
  const builder = createMatrixBuilder();
  let model = builder.build(state.result, text);
  let held = json(modelRows(model));
  const sizes: number[] = [];
  for (const e of edits) {
    const start = Math.min(state.text.length, Math.floor(e.at * state.text.length));
    const end = Math.min(state.text.length, start + e.del);
    const next = state.text.slice(0, start) + e.insert + state.text.slice(end);
    state = inc.next(state, next, [{ start, end, text: e.insert }]);
    const base = deltaBase(model);
    model = builder.build(state.result, next);
    const delta = received(diffModel(base, model));
    sizes.push(written(delta).length);
    const got = applyDelta(held, delta);
    assert.deepStrictEqual(got, json(model));
    held = modelRows(got!);
  }
  return sizes;
}

describe('matrix model deltas', () => {
  it('a one-character edit in a 2,000-feature file writes out one row; the rest are runs of the base', () => {
    const text = generateImported(2000);
    const inc = createIncremental();
    const state = inc.first(text);
    const builder = createMatrixBuilder();
    const before = builder.build(state.result, text);
    const at = text.indexOf('name: ', text.indexOf('  - id: feature-700\n')) + 8;
    const next = `${text.slice(0, at)}x${text.slice(at)}`;
    const after = builder.build(inc.next(state, next, [{ start: at, end: at, text: 'x' }]).result, next);
    const delta = diffModel(deltaBase(before), after);
    const rows = delta.groups.flatMap((g) => g.rows);
    const changed = written(delta);
    assert.equal(changed.length, 1);
    assert.equal(changed[0]!.id, 'feature-700');
    assert.ok(
      rows.length <= 2 * after.groups.length + 1,
      `${rows.length} items for ${after.groups.length} groups`,
    );
    assert.ok(JSON.stringify(delta).length * 50 < JSON.stringify(after).length, 'far smaller than the model');
    assert.deepStrictEqual(applyDelta(json(modelRows(before)), received(delta)), json(after));
  });

  it('a rebuilt but equal row is a reference too; a changed one is written out', () => {
    const m = json(createMatrixBuilder().build(createIncremental().first(WHITEBOARD).result, WHITEBOARD));
    const copy = json(m);
    copy.groups[0]!.rows[0]!.name = 'Renamed';
    const delta = diffModel(deltaBase(m), copy);
    assert.deepEqual(
      written(delta).map((r) => r.name),
      ['Renamed'],
    );
    assert.deepStrictEqual(applyDelta(modelRows(m), received(delta)), copy);
  });

  it('equals the new model after random edits of a real file (typing, deleting, new lines, syntax errors)', () => {
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      del: fc.constantFrom(0, 0, 1, 2, 9),
      insert: fc.constantFrom(
        'x',
        ' ',
        '\n',
        ':',
        '-',
        '# packaging-planner: no-market',
        '\n    unit: minutes',
        '',
      ),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        follow(WHITEBOARD, edits);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a delta that does not fit the rows it is applied to', () => {
    const m = json(createMatrixBuilder().build(createIncremental().first(WHITEBOARD).result, WHITEBOARD));
    const rows = modelRows(m);
    const delta = diffModel(deltaBase(m), m);
    assert.ok(applyDelta(rows, delta));
    // fewer base rows than the runs name
    assert.equal(applyDelta(rows.slice(0, 2), delta), undefined);
    // a plan more: the kept rows have a cell too few
    const wider: MatrixModelDelta = { ...delta, plans: [...delta.plans, { ...delta.plans[0]!, id: 'x' }] };
    assert.equal(applyDelta(rows, wider), undefined);
    // the validator refuses malformed runs
    for (const run of [[-1, 1], [0, 0], [0.5, 1], [0], 'x']) {
      const bad = json(delta) as unknown as { groups: { rows: unknown[] }[] };
      bad.groups[0]!.rows[0] = run;
      assert.equal(
        parseHostMessage({
          type: 'renderDelta',
          documentVersion: 1,
          fileName: 'f',
          base: 1,
          modelId: 2,
          delta: bad,
        }),
        undefined,
        JSON.stringify(run),
      );
    }
  });

  it('a whole model posted as UTF-8 JSON bytes reads back as the same render; bytes that are no model are refused', () => {
    const model = json(createMatrixBuilder().build(createIncremental().first(WHITEBOARD).result, WHITEBOARD));
    const render: RenderMessage = {
      type: 'render',
      documentVersion: 3,
      fileName: 'p.yaml',
      model,
      modelId: 7,
    };
    const wire = encodeRender(render);
    assert.ok(wire.modelJson instanceof Uint8Array && !('model' in wire));
    assert.deepStrictEqual(parseHostMessage(wire), render);
    // what the webview may receive: a copy in another buffer, or the bare ArrayBuffer
    assert.deepStrictEqual(parseHostMessage({ ...wire, modelJson: wire.modelJson.slice().buffer }), render);
    const enc = (text: string) => ({ ...wire, modelJson: new TextEncoder().encode(text) });
    assert.equal(parseHostMessage(enc('{"product": 1')), undefined, 'not JSON');
    assert.equal(parseHostMessage(enc(JSON.stringify({ ...model, plans: 'x' }))), undefined, 'not a model');
    assert.equal(parseHostMessage({ ...wire, modelJson: 'x' }), undefined, 'not bytes');
  });

  it('a whole model posted gzipped inflates to the same render; bytes that do not inflate, or inflate past the cap, are refused', async () => {
    const model = json(createMatrixBuilder().build(createIncremental().first(WHITEBOARD).result, WHITEBOARD));
    const render: RenderMessage = {
      type: 'render',
      documentVersion: 3,
      fileName: 'p.yaml',
      model,
      modelId: 7,
    };
    const wire = await encodeRenderGzip(render);
    assert.ok('modelGzip' in wire && wire.modelGzip instanceof Uint8Array && !('model' in wire));
    assert.deepEqual(gunzipSync(wire.modelGzip), Buffer.from(encodeRender(render).modelJson), 'plain gzip');
    assert.ok(wire.modelGzip.byteLength * 4 < encodeRender(render).modelJson.byteLength);
    assert.deepStrictEqual(parseHostMessage(await inflateHostMessage(wire)), render);
    // the bare ArrayBuffer too
    const buffer = wire.modelGzip.slice().buffer;
    assert.deepStrictEqual(
      parseHostMessage(await inflateHostMessage({ ...wire, modelGzip: buffer })),
      render,
    );
    // other messages pass through as they are
    const delta = { type: 'renderDelta', documentVersion: 1 };
    assert.equal(await inflateHostMessage(delta), delta);
    const refused = async (modelGzip: unknown) =>
      assert.equal(parseHostMessage(await inflateHostMessage({ ...wire, modelGzip })), undefined);
    await refused(new TextEncoder().encode('not gzip'));
    await refused(wire.modelGzip.slice(0, wire.modelGzip.byteLength >> 1)); // cut short
    await refused('x');
    // a bomb: 64 MB of zeros is ~65 KB gzipped; the webview stops inflating at its 64 MB cap
    await refused(gzipSync(Buffer.alloc(64 * 1024 * 1024 + 1), { level: 1 }));
  });

  it("the webview's `rendered` message: a version painted, with its timings; malformed ones are refused", () => {
    const ok = {
      type: 'rendered',
      documentVersion: 4,
      applyMs: 3.5,
      arrivalToPaintMs: 20,
      paintedAt: 1.7e12,
    };
    assert.deepEqual(parseWebviewMessage(ok), ok);
    assert.deepEqual(parseWebviewMessage({ type: 'rendered', documentVersion: 4, applyMs: 0 }), {
      type: 'rendered',
      documentVersion: 4,
      applyMs: 0,
    });
    for (const bad of [
      { ...ok, documentVersion: 1.5 },
      { ...ok, applyMs: 'fast' },
      { ...ok, paintedAt: Number.NaN },
      { type: 'rendered', applyMs: 1 },
    ])
      assert.equal(parseWebviewMessage(bad), undefined, JSON.stringify(bad));
  });

  it('sameJson compares as JSON would', () => {
    assert.ok(sameJson({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] }));
    assert.ok(!sameJson({ a: [1, 2] }, { a: [1, 2, 3] }));
    assert.ok(!sameJson({ a: 1 }, { b: 1 }));
    assert.ok(!sameJson({ a: 1 }, { a: 1, b: 2 }));
    assert.ok(!sameJson([1], { 0: 1 }));
    assert.ok(!sameJson(null, {}));
  });

  it('asked without ranges (the webview), the rows and their findings come without them; a line added above them changes no row', async function () {
    this.timeout(60_000);
    const client = new Client();
    try {
      await client.initialize(PUSH_CAPS);
      const uri = 'file:///work/project/lite.packaging.yaml';
      await client.open(uri, WHITEBOARD);
      const ask = (ranges: boolean, base?: number) =>
        client.conn.sendRequest(MATRIX_REQUEST, {
          textDocument: { uri },
          insights: true,
          ...(ranges ? {} : { ranges: false }),
          ...(base !== undefined ? { base } : {}),
        }) as Promise<MatrixResponse | MatrixDeltaResponse>;
      const full = (await ask(true)) as MatrixResponse;
      const lite = (await ask(false)) as MatrixResponse;
      const rows = modelRows(lite.model);
      assert.ok(
        rows.some((r) => r.findings.length > 0),
        'the example has findings on rows',
      );
      // exactly the whole model less the rows' ranges and their findings' ranges; file findings keep theirs
      const stripped = json(full.model);
      for (const r of modelRows(stripped)) {
        delete r.range;
        delete r.planRange;
        for (const f of r.findings) delete f.range;
      }
      assert.deepStrictEqual(lite.model, stripped);
      assert.ok(lite.model.fileFindings.every((f) => f.range.start.line >= 0));
      assert.ok(JSON.stringify(lite.model).length < 0.85 * JSON.stringify(full.model).length);
      const msg = parseHostMessage(
        encodeRender({ type: 'render', documentVersion: 1, fileName: 'p.yaml', model: lite.model }),
      );
      assert.ok(msg?.type === 'render', 'the webview accepts a model without ranges');
      // a comment line under `features:` moves every row down a line and changes nothing the webview shows
      const text = client.text(uri);
      const at = text.indexOf('\n', text.indexOf('features:')) + 1;
      const doc = client.docs.get(uri)!;
      await client.change(uri, [
        { range: { start: doc.positionAt(at), end: doc.positionAt(at) }, newText: '  # moved down\n' },
      ]);
      const withRanges = (await ask(true, full.id)) as MatrixDeltaResponse;
      const without = (await ask(false, lite.id)) as MatrixDeltaResponse;
      assert.equal(written(withRanges.delta).length, rows.length, 'with ranges, every row moved');
      assert.equal(written(without.delta).length, 0, 'without, every row is a reference');
      const now = (await ask(false)) as MatrixResponse;
      assert.deepStrictEqual(applyDelta(rows, received(without.delta)), now.model);
    } finally {
      await client.close();
    }
  });

  it('the server answers a request naming a model it sent with a delta against it, else with the whole model', async function () {
    this.timeout(60_000);
    const client = new Client();
    try {
      await client.initialize(PUSH_CAPS);
      const uri = 'file:///work/project/delta.packaging.yaml';
      await client.open(uri, WHITEBOARD);
      const ask = (base?: number) =>
        client.conn.sendRequest(MATRIX_REQUEST, {
          textDocument: { uri },
          insights: true,
          ...(base !== undefined ? { base } : {}),
        }) as Promise<MatrixResponse | MatrixDeltaResponse>;
      const first = (await ask()) as MatrixResponse;
      assert.ok('model' in first && Number.isInteger(first.id));
      // type one character into the first feature's name
      const text = client.text(uri);
      const at = text.indexOf('\n', text.indexOf('name: ', text.indexOf('features:')));
      const doc = client.docs.get(uri)!;
      await client.change(uri, [
        { range: { start: doc.positionAt(at), end: doc.positionAt(at) }, newText: 'x' },
      ]);
      const second = await ask(first.id);
      assert.ok('delta' in second, 'a delta against the model named');
      assert.equal(second.base, first.id);
      assert.equal(second.version, 2);
      assert.equal(written(second.delta).length, 1);
      const whole = (await ask()) as MatrixResponse;
      assert.deepStrictEqual(applyDelta(modelRows(first.model), received(second.delta)), whole.model);
      // an id the server does not have (never sent, or no longer kept): the whole model
      const unknown = await ask(first.id + 1000);
      assert.ok('model' in unknown);
      assert.deepStrictEqual(unknown.model, whole.model);
      // only the last four models are kept: the first one is gone after four more
      assert.ok('delta' in (await ask(first.id)));
      assert.ok('model' in (await ask(first.id)));
      // closing the document drops its models: reopened, a base from before answers with the whole model
      const latest = (await ask()) as MatrixResponse;
      assert.ok('delta' in (await ask(latest.id)));
      await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await client.open(uri, WHITEBOARD);
      const reopened = await ask(latest.id);
      assert.ok('model' in reopened, 'no delta against a model of the closed document');
    } finally {
      await client.close();
    }
  });
});
