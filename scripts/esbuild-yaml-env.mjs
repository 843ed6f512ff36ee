// yaml 2.x (its Node build) reads `process.env.LOG_TOKENS` for every token and `LOG_STREAM` for every document,
// through its own `require('process')`, so a `define` of `process.env.LOG_TOKENS` never matches. This plugin
// removes the two reads at load time. The browser build of yaml has neither.
import { readFileSync } from 'node:fs';

const FILES = /[\\/]yaml[\\/]dist[\\/](?:parse[\\/]parser|compose[\\/]composer)\.js$/;
const READ = /\bnode_process\.env\.(LOG_TOKENS|LOG_STREAM)\b/g;

/** @type {import('esbuild').Plugin} */
export const yamlNoEnv = {
  name: 'yaml-no-env',
  setup(build) {
    build.onLoad({ filter: FILES }, (args) => {
      const src = readFileSync(args.path, 'utf8');
      const out = src.replace(READ, 'undefined');
      // a yaml release that reads them some other way: say so rather than silently keep the cost
      const warnings =
        out === src ? [{ text: `yaml-no-env: no LOG_TOKENS/LOG_STREAM read found in ${args.path}` }] : [];
      return { contents: out, loader: 'js', warnings };
    });
  },
};
