// Each command's usage line, apart from the command's code: the CLI's entry lists every command without loading
// any (each loads when it runs; scripts/esbuild-cli.mjs puts them in files of their own).

export const CHECK_USAGE =
  'packaging-planner check [PATH|GLOB ...] [--format stylish|json|sarif|github|markdown] [--max-warnings N] [--quiet] [--no-color] [--show-accepted] [--rule RULE:SEVERITY ...] [--fix | --fix-dry-run]';

export const MATRIX_USAGE = 'packaging-planner matrix FILE [--format text|markdown|html|csv|json]';

export const DIFF_USAGE =
  'packaging-planner diff BASE HEAD | diff FILE --base GIT-REF [--format stylish|json|markdown] [--no-color]';

export const SCHEMA_USAGE = 'packaging-planner schema';

export const EXPLAIN_USAGE = 'packaging-planner explain RULE | SIGNAL | signals | --list';

export const IMPORT_USAGE = 'packaging-planner import FILE.yml [--quiet]';

export const MARKET_USAGE = 'packaging-planner market FILE... [--format table|json]';

export const EXPORT_USAGE = 'packaging-planner export FILE --format pricing2yaml [--currency CODE] [--quiet]';

export const INIT_USAGE = 'packaging-planner init (--list | --template NAME [PATH] [--force])';

export const SUGGEST_USAGE = 'packaging-planner suggest FILE... [--format table|json] [--write [--dry-run]]';

export const LSP_USAGE = 'packaging-planner lsp [--stdio | --node-ipc]';
