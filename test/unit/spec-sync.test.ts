import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RULE_IDS } from '../../src/core/format/schema';
import { RULES } from '../../src/core/rules';

// The contract lives beside the project (../shared/spec/packaging-format.md); when a checkout has it, its rule
// tables must match the registry exactly: ids, order and default severities.

const SPEC = path.resolve(__dirname, '..', '..', '..', 'shared', 'spec', 'packaging-format.md');
const have = existsSync(SPEC);

describe(`spec rule tables${have ? '' : ' (skipped: ../shared/spec/packaging-format.md is not beside this checkout)'}`, () => {
  (have ? it : it.skip)('list the registry’s rules in its order with its severities', () => {
    const rows = [...readFileSync(SPEC, 'utf8').matchAll(/^\| `([a-z-]+)` \| (error|warning|info) \|/gm)].map(
      (m) => [m[1], m[2]],
    );
    assert.deepEqual(
      rows,
      RULES.map((r) => [r.id, r.severity]),
    );
    assert.deepEqual(
      rows.map((r) => r[0]),
      [...RULE_IDS],
    );
  });
});
