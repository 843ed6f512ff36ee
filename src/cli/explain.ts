import { closest } from '../core/format/closest';
import { RULES, RULES_BY_ID } from '../core/rules';
import { parseArgs, UsageError } from './args';
import { packagingSchema, ruleDoc } from './embedded';
import { EXIT, type Io } from './io';

export const SCHEMA_USAGE = 'packaging-planner schema';
export const EXPLAIN_USAGE = 'packaging-planner explain RULE | --list';

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
  if (args.positionals.length !== 1) throw new UsageError('explain takes exactly one RULE id');
  const id = args.positionals[0]!;
  const rule = RULES_BY_ID.get(id);
  if (!rule) {
    const near = closest(
      id,
      RULES.map((r) => r.id),
    );
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
