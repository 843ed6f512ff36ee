// Online launcher of the integration suite (@vscode/test-cli downloads VS Code; needs internet):
//   npm run test:integration:online
// The offline launcher for the same suite is test/integration/run-offline.mjs (npm run test:integration).
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  label: 'integration',
  // esbuild bundles each suite to dist/test/integration/*.test.js (see esbuild.mjs)
  files: 'dist/test/integration/*.test.js',
  workspaceFolder: 'test/integration/workspace',
  version: 'stable',
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  mocha: { ui: 'bdd', timeout: 30_000, color: true },
});
