import { runAction } from './action';
import { escapeData } from './format/github';
import { processIo } from './io';

// Entry of the GitHub Action bundle (action/dist/index.js): never a stack trace, one ::error:: line instead.
try {
  process.exitCode = runAction(processIo()).exitCode;
} catch (e) {
  process.stdout.write(
    `::error title=packaging-planner::${escapeData(`internal error: ${(e as Error)?.message ?? String(e)}`)}\n`,
  );
  process.exitCode = 2;
}
