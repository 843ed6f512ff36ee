import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { parseDocument } from 'yaml';
import { renderSchema, SCHEMA_PATH } from '../../scripts/gen-schema';
import { check } from '../../src/core/check';

describe('JSON Schema', () => {
  it('the checked-in schemas/packaging.schema.json is what the zod schema generates (run `npm run schema`)', () => {
    assert.equal(readFileSync(SCHEMA_PATH, 'utf8'), renderSchema());
  });

  it('agrees with check() on the examples and on a broken file', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
    for (const f of [
      'examples/whiteboard/packaging.yaml',
      'examples/devdb/packaging.yaml',
      'examples/suite/packaging.yaml',
    ]) {
      const text = readFileSync(f, 'utf8');
      assert.equal(validate(parseDocument(text).toJS()), true, `${f}: ${JSON.stringify(validate.errors)}`);
      assert.equal(check(text).diagnostics.filter((d) => d.rule === 'schema').length, 0);
    }
    const bad = 'version: 1\nproduct: {name: X}\nplans: [{id: free, price: "0"}]\nfeatures: []\n';
    assert.equal(validate(parseDocument(bad).toJS()), false);
    assert.deepEqual(
      check(bad)
        .diagnostics.filter((d) => d.severity === 'error')
        .map((d) => d.rule),
      ['schema'],
    );
  });
});
