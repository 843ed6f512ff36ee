import assert from 'node:assert/strict';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { SIGNAL_QUESTIONS } from '../../src/core/format/questions';
import { SIGNALS } from '../../src/core/types';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    cwd: process.cwd(),
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: false,
    env: {},
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('explain: the questions of the packaging test (spec §3.1)', () => {
  it('explain signals prints the six questions in the spec’s words, in the spec’s order', async () => {
    const r = await run(['explain', 'signals']);
    assert.equal(r.code, 0);
    let at = -1;
    for (const s of SIGNALS) {
      const i = r.stdout.indexOf(SIGNAL_QUESTIONS[s].question);
      assert.ok(i > at, `${s}'s question after the previous one`);
      at = i;
    }
    assert.match(r.stdout, /not for where it sits today/);
  });

  it('explain SIGNAL prints that question only, with examples of yes and no', async () => {
    const r = await run(['explain', 'friction']);
    assert.equal(r.code, 0);
    assert.ok(r.stdout.includes(SIGNAL_QUESTIONS.friction.question));
    assert.ok(r.stdout.includes(`Yes, for example: ${SIGNAL_QUESTIONS.friction.yes}.`));
    assert.ok(!r.stdout.includes(SIGNAL_QUESTIONS.virality.question));
  });

  it('a misspelt signal suggests it', async () => {
    const r = await run(['explain', 'viralty']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /did you mean "virality"/);
  });
});
