import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

describe('GitHub Action bundle', () => {
  it('action/dist/index.js is the current build of src/cli/action-main.ts (run `npm run build:action`)', function () {
    const built = path.join(ROOT, 'dist', 'action.js');
    // The test command builds first; a bare `mocha` run without a build has nothing to compare.
    if (!existsSync(built)) this.skip();
    const committed = readFileSync(path.join(ROOT, 'action', 'dist', 'index.js'), 'utf8');
    assert.ok(
      committed === readFileSync(built, 'utf8'),
      'action/dist/index.js is stale: run `npm run build:action`',
    );
  });
});
