import { DOCS_URL_ENV, TOOL_NAME } from './meta';

// The help text, as data: one entry per command. `packaging-planner --help` lists the summaries;
// `help COMMAND` and `COMMAND --help` print the entry. A new command is one entry here (a test checks that
// every command has one, with options, exit codes and examples).

export interface CommandHelp {
  /** one line for the command list, lower case, no full stop (git's convention) */
  summary: string;
  /** what it does, a few sentences */
  description: string;
  /** `[flags, meaning]` rows; the usage line is the command's own */
  options: [string, string][];
  /** `[code, meaning]` rows */
  exitCodes: [number, string][];
  /** `[command line, what it does]` rows */
  examples: [string, string][];
}

const EXIT_USAGE_TEXT = 'usage error: unknown option or format, missing argument, unreadable or missing file';
const HELP_OPTION: [string, string] = ['-h, --help', 'show this help'];
const COLOR_OPTION: [string, string] = [
  '--color, --no-color',
  'force colours on or off (default: on in a terminal, off when NO_COLOR is set)',
];

export const COMMAND_HELP: Record<string, CommandHelp> = {
  check: {
    summary: 'check packaging files: the format, the packaging test, the growth model',
    description:
      'Reads each packaging file and reports its findings: schema errors, features placed against the packaging ' +
      'test, and choices that do not fit the growth model. With no PATH it checks every packaging.yaml, ' +
      'packaging.yml, *.packaging.yaml and *.packaging.yml under the current folder (skipping node_modules and ' +
      'dot-folders). A PATH may be a file, a folder or a quoted glob. Positions are line:column, 1-based.',
    options: [
      [
        '--format NAME',
        'stylish (default), json, sarif (code scanning), github (annotations), markdown (summary)',
      ],
      ['--max-warnings N', 'exit 1 when there are more than N warnings (default, or -1: no limit)'],
      [
        '--fix',
        'apply the verified fixes (typos, close ids; never a packaging decision) in place; count the suggestions left',
      ],
      [
        '--fix-dry-run',
        'print the fixes as a unified diff on stdout, write nothing; the report goes to stderr',
      ],
      ['--quiet', 'report errors only (warnings and infos are neither printed nor counted)'],
      ['--show-accepted', 'stylish: list the findings the file accepts (`accept:`) too; they never count'],
      [
        '--rule RULE:SEVERITY',
        'set a rule to error, warning, info or off for this run (repeatable; wins over the file)',
      ],
      COLOR_OPTION,
      HELP_OPTION,
    ],
    exitCodes: [
      [0, 'no errors, and warnings within --max-warnings'],
      [1, 'an error finding, or more warnings than --max-warnings'],
      [2, `${EXIT_USAGE_TEXT}, a folder or glob that matched nothing`],
    ],
    examples: [
      [`${TOOL_NAME} check`, 'every packaging file under the current folder'],
      [`${TOOL_NAME} check packaging.yaml --max-warnings 0`, 'fail on any warning too'],
      [`${TOOL_NAME} check --format sarif > packaging.sarif`, 'SARIF 2.1.0 for GitHub code scanning'],
      [`${TOOL_NAME} check 'plans/**/*.packaging.yaml'`, 'a glob, quoted so the tool expands it'],
      [`${TOOL_NAME} check --rule viral-wall:off`, 'one rule off for this run'],
      [`${TOOL_NAME} check --fix-dry-run | git apply`, 'the verified fixes, reviewed as a patch first'],
    ],
  },
  matrix: {
    summary: 'show the free/paid matrix of one file: features by plan, side, recommendation',
    description:
      'Prints which plan includes each feature (with its usage limits), the side it is on (free or paid), what ' +
      'the packaging test recommends, and the rules that flag it. In a terminal it prints an aligned plain-text ' +
      'table; into a pipe or a file, Markdown (for a pull request or a wiki). A file with errors still shows ' +
      'what can be shown, and the command exits 1.',
    options: [
      [
        '--format NAME',
        'text (default in a terminal), markdown (default otherwise), html (a standalone page), csv, json',
      ],
      HELP_OPTION,
    ],
    exitCodes: [
      [0, 'the file has no errors'],
      [1, 'the file has errors (syntax or schema): the matrix shows what it can'],
      [2, EXIT_USAGE_TEXT],
    ],
    examples: [
      [`${TOOL_NAME} matrix packaging.yaml`, 'the table, in a terminal'],
      [`${TOOL_NAME} matrix packaging.yaml > MATRIX.md`, 'Markdown into a file'],
      [`${TOOL_NAME} matrix packaging.yaml --format html > matrix.html`, 'a page to share'],
    ],
  },
  diff: {
    summary: 'compare two versions of a packaging file: moves, limits, prices, findings',
    description:
      'Compares BASE with HEAD (two files), or FILE with its version at a git commit, branch or tag (--base). ' +
      'Judges every change against the packaging test and the growth model: features moved between plans or ' +
      'into an add-on, free walls tightened or loosened (with the % change), prices and entry prices, add-ons, ' +
      'renamed plans, unit changes, rationale changes, reclassifications (signals changed, with the ' +
      'recommendation before and after), findings newly accepted (with their reasons), and new and resolved ' +
      'findings, those resolved only by reclassifying apart. A file missing at the base counts as new.',
    options: [
      ['--base GIT-REF', 'compare FILE with its version at this git ref (needs FILE in a git repository)'],
      ['--format NAME', 'stylish (default), json, markdown (for a pull request comment)'],
      COLOR_OPTION,
      HELP_OPTION,
    ],
    exitCodes: [
      [0, 'HEAD has no errors'],
      [1, 'HEAD has errors'],
      [2, `${EXIT_USAGE_TEXT}, a git ref that does not exist`],
    ],
    examples: [
      [`${TOOL_NAME} diff packaging.yaml --base origin/main`, 'what a pull request changes'],
      [`${TOOL_NAME} diff old.packaging.yaml packaging.yaml --format markdown`, 'two files, as Markdown'],
    ],
  },
  import: {
    summary: 'convert a Pricing2Yaml file to packaging.yaml (printed on stdout)',
    description:
      'Reads a Pricing2Yaml pricing (plans, features, usage limits, add-ons) and prints the equivalent ' +
      'packaging.yaml. What cannot be carried over is noted on stderr. Growth signals are not in Pricing2Yaml: ' +
      'add them, then run check.',
    options: [['--quiet', 'no notes on stderr'], HELP_OPTION],
    exitCodes: [
      [0, 'converted'],
      [2, `${EXIT_USAGE_TEXT}, a file that is not Pricing2Yaml`],
    ],
    examples: [[`${TOOL_NAME} import pricing.yml > packaging.yaml`, 'convert, then edit and check']],
  },
  export: {
    summary: 'convert packaging.yaml to Pricing2Yaml 3.0 (printed on stdout)',
    description:
      "Writes the plans, add-ons, features and usage limits as a Pricing2Yaml 3.0 file that the ISA group's " +
      'tools (Pricing4TS, SPHERE) read. What Pricing2Yaml cannot hold (signals, rationale, accept, the growth ' +
      'model) is listed on stderr.',
    options: [
      ['--format NAME', 'pricing2yaml (the only format, and the default)'],
      ['--currency CODE', 'the ISO 4217 currency of the prices (default USD)'],
      ['--quiet', 'no notes on stderr'],
      HELP_OPTION,
    ],
    exitCodes: [
      [0, 'converted'],
      [2, `${EXIT_USAGE_TEXT}, a file that cannot be exported (syntax or schema errors)`],
    ],
    examples: [
      [`${TOOL_NAME} export packaging.yaml --format pricing2yaml > pricing.yml`, 'hand it to Pricing4TS'],
    ],
  },
  schema: {
    summary: 'print the JSON Schema of packaging.yaml',
    description:
      'Prints the JSON Schema (draft 7) the format is checked against, for editors and other tools. In VS Code ' +
      'the extension registers it for packaging files already.',
    options: [HELP_OPTION],
    exitCodes: [
      [0, 'printed'],
      [2, 'usage error'],
    ],
    examples: [[`${TOOL_NAME} schema > packaging.schema.json`, 'save it for another editor']],
  },
  suggest: {
    summary: 'suggest signals for features that have none, from what the feature is',
    description:
      'Answers the six questions of the packaging test for each feature without a signals block, one by one, from ' +
      'evidence: the capability it is when the match is sure (single sign-on, guests, …), variant words ' +
      '("advanced", "custom"), its unit and limits, the value metric, and the basic/advanced pair. Each yes carries its ' +
      'evidence; a feature with weak evidence gets no suggestion. --write inserts the suggestions as signals blocks ' +
      'marked with a comment, keeping every other byte, and refuses unless the result re-checks with no new structural ' +
      'finding and each feature reads exactly its suggestion; it prints the rows, their new recommendation and the ' +
      'findings the change adds or removes. --dry-run prints the same and writes nothing.',
    options: [
      ['--format NAME', 'table (default) or json'],
      ['--write', 'write the suggested signals blocks into the files'],
      [
        '--dry-run',
        'with or without --write: print what writing would change (rows, findings), write nothing',
      ],
      HELP_OPTION,
    ],
    exitCodes: [
      [0, 'suggested (or nothing to suggest)'],
      [1, 'a file does not parse, or --write refused a file'],
      [2, EXIT_USAGE_TEXT],
    ],
    examples: [
      [`${TOOL_NAME} suggest packaging.yaml`, 'see the suggestions'],
      [`${TOOL_NAME} suggest packaging.yaml --dry-run`, 'the rows and findings writing would change'],
      [`${TOOL_NAME} suggest packaging.yaml --write`, 'write them, then review the diff'],
    ],
  },
  market: {
    summary: 'show where other products put each recognised feature, and their plan ladders',
    description:
      'For each feature recognised as a common capability, prints where the products of the Pricing2Yaml corpus ' +
      'offer it first (free, lowest paid, middle or top plan, add-on) beside where this file puts it, and compares ' +
      'the number of plans and the price steps with the corpus medians. No share is shown below 5 products.',
    options: [['--format NAME', 'table (default) or json'], HELP_OPTION],
    exitCodes: [
      [0, 'printed'],
      [1, 'a file does not parse'],
      [2, EXIT_USAGE_TEXT],
    ],
    examples: [[`${TOOL_NAME} market packaging.yaml`, 'the corpus beside each feature']],
  },
  lsp: {
    summary: 'run the language server, for editors other than VS Code (Neovim, Helix, Zed, Emacs…)',
    description:
      'Speaks the Language Server Protocol on stdin/stdout (or Node IPC): the findings as you type, hovers, ' +
      'completions, quick fixes, go to definition, references and rename of plan ids, document symbols, inlay ' +
      'hints and code lenses, for packaging.yaml, packaging.yml, *.packaging.yaml and *.packaging.yml. The ' +
      'editor starts it; settings come in the `packagingPlanner` section (rules, filePatterns, inlayHints, ' +
      'schemaDiagnostics). Set PACKAGING_PLANNER_DOCS_URL to link each finding to its rule page.',
    options: [
      ['--stdio', 'talk over stdin and stdout (the default)'],
      ['--node-ipc', 'talk over the Node IPC channel of the process that started it'],
      HELP_OPTION,
    ],
    exitCodes: [
      [0, 'the editor shut the server down'],
      [1, 'the editor went away without shutting it down'],
      [2, `usage error: unknown option, or a PACKAGING_PLANNER_DOCS_URL that is not http(s)`],
    ],
    examples: [[`${TOOL_NAME} lsp --stdio`, 'what an editor runs (see "Other editors" in the README)']],
  },
  init: {
    summary: 'write a commented starting packaging.yaml for a kind of product',
    description:
      'Writes a template with a growth block, a plan ladder and typical features already classified, each ' +
      'reason in a comment, for one archetype (--list names them). It never overwrites a file without --force.',
    options: [
      ['--list', 'the template names'],
      ['--template NAME', 'the archetype to start from'],
      ['--force', 'overwrite PATH when it exists'],
      HELP_OPTION,
    ],
    exitCodes: [
      [0, 'written (or listed)'],
      [2, `${EXIT_USAGE_TEXT}, an unknown template, PATH exists without --force`],
    ],
    examples: [
      [`${TOOL_NAME} init --list`, 'the templates'],
      [`${TOOL_NAME} init --template collaboration`, 'packaging.yaml in the current folder'],
    ],
  },
  explain: {
    summary: "print a rule's page, or a signal's question; --list lists every rule",
    description:
      'Prints the page of a rule (the id every finding names): what it checks, why it matters for the growth ' +
      'model, how to fix it with a before/after example, and how to turn it off or change its severity. ' +
      'With a signal (virality, universality, ahaMoment, habitLoop, friction, expansion) or `signals`, prints ' +
      'the yes/no question of the packaging test with examples of yes and no.',
    options: [['--list', 'every rule with its default severity and one line'], HELP_OPTION],
    exitCodes: [
      [0, 'printed'],
      [2, 'usage error, or an unknown rule (the closest id is suggested)'],
    ],
    examples: [
      [`${TOOL_NAME} explain viral-wall`, 'one rule'],
      [`${TOOL_NAME} explain --list`, 'every rule'],
      [`${TOOL_NAME} explain signals`, 'the six questions of the packaging test'],
    ],
  },
};

/** `[name, meaning]` rows as two aligned columns, indented. */
function columns(rows: [string, string][], indent = 2): string[] {
  const w = Math.max(...rows.map(([a]) => a.length));
  return rows.map(([a, b]) => `${' '.repeat(indent)}${a.padEnd(w)}  ${b}`);
}

/** The help of one command: usage, description, options, exit codes, examples. */
export function commandHelp(usage: string, h: CommandHelp): string {
  return [
    `Usage: ${usage}`,
    '',
    wrap(h.description, 100),
    '',
    'Options:',
    ...columns(h.options),
    '',
    'Exit codes:',
    ...columns(h.exitCodes.map(([c, t]) => [String(c), t])),
    '',
    'Examples:',
    ...h.examples.flatMap(([cmd, what]) => [`  ${cmd}`, `      ${what}`]),
    '',
  ].join('\n');
}

/** What no command at all prints (on stderr): the usage and the command list, and where the rest is. */
export function shortHelp(commands: Record<string, { usage: string }>): string {
  return [
    `Usage: ${TOOL_NAME} COMMAND [ARGS] [OPTIONS]`,
    '',
    'Commands:',
    ...columns(commandList(commands)),
    '',
    `Run ${TOOL_NAME} --help for options, exit codes and examples.`,
    '',
  ].join('\n');
}

function commandList(commands: Record<string, { usage: string }>): [string, string][] {
  return Object.keys(commands).map((name) => [name, COMMAND_HELP[name]?.summary ?? commands[name]!.usage]);
}

/** The tool's help: what it is, the commands with their summaries, global options, exit codes, examples. */
export function toolHelp(version: string, commands: Record<string, { usage: string }>): string {
  const list = commandList(commands);
  return [
    `${TOOL_NAME} ${version}`,
    wrap(
      'Checks packaging.yaml files: which features go in the free offer and which are paid, tested against the ' +
        'packaging test (virality, universality, aha moment, habit loops, friction) and the growth model.',
      100,
    ),
    '',
    `Usage: ${TOOL_NAME} COMMAND [ARGS] [OPTIONS]`,
    '',
    'Commands:',
    ...columns(list),
    '',
    'Options:',
    ...columns([
      ['-h, --help', `this help (${TOOL_NAME} help COMMAND, or COMMAND --help, for one command)`],
      ['-v, --version', 'print the version'],
    ]),
    '',
    'Exit codes (every command):',
    ...columns([
      ['0', 'success (for check: no errors, and warnings within --max-warnings)'],
      ['1', 'findings: an error in a checked file, or more warnings than --max-warnings'],
      ['2', 'usage error, unreadable or missing file, unknown rule, nothing matched'],
    ]),
    '',
    'Examples:',
    ...[
      [`${TOOL_NAME} check`, 'check every packaging file under the current folder'],
      [`${TOOL_NAME} matrix packaging.yaml`, 'the free/paid matrix of one file'],
      [`${TOOL_NAME} explain gated-growth-driver`, 'what a finding means and how to fix it'],
    ].flatMap(([cmd, what]) => [`  ${cmd}`, `      ${what}`]),
    '',
    'Environment:',
    ...columns([
      ['NO_COLOR', 'no colours'],
      [DOCS_URL_ENV, 'web address of the docs/ folder; rule ids in Markdown and SARIF link to it'],
    ]),
    '',
    wrap(
      'Reference: docs/format.md (the format and the packaging test), docs/rules/ (one page per rule) and ' +
        'docs/cli.md, shipped with the package.',
      100,
    ),
    '',
  ].join('\n');
}

/** Greedy word wrap at `width` columns. */
export function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
