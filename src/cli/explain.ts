import { closest } from '../core/format/closest';
import { SIGNAL_NAMES } from '../core/format/names';
import { QUESTIONS_GUIDANCE, SIGNAL_QUESTIONS } from '../core/format/questions';
import { RULES, RULES_BY_ID } from '../core/rules';
import { SIGNALS, type Signal } from '../core/types';
import { parseArgs, UsageError } from './args';
import { packagingSchema, ruleDoc } from './embedded';
import { EXIT, type Io } from './io';
import { EXPLAIN_USAGE, SCHEMA_USAGE } from './usage';

export { EXPLAIN_USAGE, SCHEMA_USAGE };

/** Prints the JSON Schema of packaging.yaml (schemas/packaging.schema.json, embedded in the bundle). */
export function runSchema(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, {});
  if (args.positionals.length > 0) throw new UsageError('schema takes no arguments');
  const schema = packagingSchema();
  if (!schema) {
    io.stderr(
      'packaging-planner: schemas/packaging.schema.json is missing from this build (run npm run schema)\n',
    );
    return EXIT.usage;
  }
  io.stdout(schema.endsWith('\n') ? schema : `${schema}\n`);
  return EXIT.ok;
}

/** Prints a rule's doc page; an unknown rule is a usage error with the closest id. */
export function runExplain(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, { flags: ['list'] });
  if (args.flags.has('list')) {
    const w = Math.max(...RULES.map((r) => r.id.length));
    io.stdout(
      `${RULES.map((r) => `${r.id.padEnd(w)}  ${r.severity.padEnd(7)}  ${r.description}`).join('\n')}\n`,
    );
    return EXIT.ok;
  }
  if (args.positionals.length !== 1) throw new UsageError('explain takes exactly one RULE id or signal');
  const id = args.positionals[0]!;
  if (id === 'signals') {
    io.stdout(signalsPage(SIGNALS));
    return EXIT.ok;
  }
  if ((SIGNALS as readonly string[]).includes(id)) {
    io.stdout(signalsPage([id as Signal]));
    return EXIT.ok;
  }
  const rule = RULES_BY_ID.get(id);
  if (!rule) {
    const near = closest(id, [...RULES.map((r) => r.id), ...SIGNALS, 'signals']);
    io.stderr(
      `packaging-planner: unknown rule "${id}"${near ? `; did you mean "${near}"?` : ''} (packaging-planner explain --list shows every rule)\n`,
    );
    return EXIT.usage;
  }
  const doc = ruleDoc(rule.id);
  if (!doc) {
    io.stdout(`# ${rule.id}\n\nDefault severity: ${rule.severity}\n\n${rule.description}\n`);
    return EXIT.ok;
  }
  io.stdout(doc.endsWith('\n') ? doc : `${doc}\n`);
  return EXIT.ok;
}

/** The packaging test's questions (spec §3.1), in the words every face uses. */
function signalsPage(signals: readonly Signal[]): string {
  const parts = signals.map((s) => {
    const q = SIGNAL_QUESTIONS[s];
    const heading = SIGNAL_NAMES[s] === s ? s : `${s} (${SIGNAL_NAMES[s]})`;
    return `## ${heading}\n\n${q.question}\n\n- Yes, for example: ${q.yes}.\n- No, for example: ${q.no}.\n`;
  });
  const title =
    signals.length === 1
      ? `# The ${SIGNAL_NAMES[signals[0]!]} question`
      : '# The packaging test: six questions';
  return `${title}\n\n${QUESTIONS_GUIDANCE}\n\n${parts.join('\n')}`;
}
