import path from 'node:path';
import { enableCompileCache } from './compile-cache';
import { main } from './main';
import { TOOL_VERSION } from './meta';

// The command files beside the bundle (dist/cli-*.js) go through V8's code cache: see compile-cache.ts.
enableCompileCache(
  TOOL_VERSION,
  (f) => path.dirname(f) === __dirname && /^cli-[\w-]+\.js$/.test(path.basename(f)),
);

// A reader that stops early (`| head`) closes the pipe: stop quietly, as other CLIs do, not with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`packaging-planner: cannot write to stdout: ${e.message}\n`);
  process.exit(2);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
