// Under tsx (mocha, bench), a `.yaml` import is its text, as esbuild's `text` loader bundles it.
const { readFileSync } = require('node:fs');
require.extensions['.yaml'] = (module, filename) => {
  module.exports = readFileSync(filename, 'utf8');
};
