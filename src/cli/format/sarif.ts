import { RULES } from '../../core/rules';
import type { Severity } from '../../core/types';
import { ruleDoc } from '../embedded';
import { explainCommand, ruleDocUrl, TOOL_NAME, TOOL_VERSION } from '../meta';
import { fullDescription } from '../ruledoc';
import type { FileReport, FormatOptions } from './types';

// node:crypto takes ~8 ms to load: only SARIF needs it, so a `check` in another format never loads it.
const sha256Hex = (text: string): string =>
  (require('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(text).digest('hex');

// SARIF 2.1.0 as GitHub code scanning reads it: every rule's metadata in tool.driver.rules (its doc page as
// help text, so code scanning shows it with no link to follow; helpUri only under a docs base URL), one
// result per diagnostic with a physical location. SARIF lines and
// columns are 1-based and endColumn is exclusive, like the CLI's own positions; columns count UTF-16
// code units (run.columnKind).

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

const pascal = (id: string) =>
  id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

/** A `/`-separated relative path as a relative URI reference; absolute paths as file URIs. */
export function fileUri(file: string): { uri: string; uriBaseId?: string } {
  const enc = (p: string) => p.split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:[\\/]/.test(file)) return { uri: `file:///${enc(file.replace(/\\/g, '/'))}` };
  if (file.startsWith('/')) return { uri: `file://${enc(file)}` };
  return { uri: enc(file), uriBaseId: '%SRCROOT%' };
}

export function toSarif(reports: FileReport[], options: Partial<FormatOptions> = {}) {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const rules = RULES.map((r) => {
    const doc = ruleDoc(r.id);
    const full = doc ? fullDescription(doc) : undefined;
    const uri = ruleDocUrl(r.id, options.docsUrl);
    return {
      id: r.id,
      name: pascal(r.id),
      shortDescription: { text: r.description },
      fullDescription: full ?? { text: r.description },
      help: doc
        ? { text: doc, markdown: doc }
        : { text: `${r.description}\n\nRun \`${explainCommand(r.id)}\` for the rule's page.` },
      ...(uri ? { helpUri: uri } : {}),
      defaultConfiguration: { level: LEVEL[r.severity] },
      properties: { tags: ['packaging', r.category], precision: 'very-high' },
    };
  });
  const results = reports.flatMap((rep) => {
    // A fingerprint that survives edits elsewhere in the file (no line numbers): file, rule, feature and
    // message, plus an occurrence count for identical findings. Code scanning keeps an alert's identity
    // across commits with it; upload-sarif adds its own line hash beside it.
    const seen = new Map<string, number>();
    return rep.diagnostics.map((d) => {
      const idx = ruleIndex.get(d.rule);
      const key = [rep.file, d.rule, d.feature ?? '', d.message].join('\u0000');
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      const fingerprint = `${sha256Hex(key).slice(0, 32)}:${n}`;
      return {
        ruleId: d.rule,
        ...(idx !== undefined ? { ruleIndex: idx } : {}),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: fileUri(rep.file),
              region: {
                startLine: d.range.start.line + 1,
                startColumn: d.range.start.character + 1,
                endLine: d.range.end.line + 1,
                endColumn: d.range.end.character + 1,
              },
            },
          },
        ],
        partialFingerprints: { 'packagingPlanner/v1': fingerprint },
        // A decision record in the file: code scanning shows it as dismissed, with the team's reason.
        ...(d.accepted !== undefined
          ? { suppressions: [{ kind: 'inSource' as const, justification: d.accepted }] }
          : {}),
        ...(d.feature !== undefined ? { properties: { feature: d.feature } } : {}),
      };
    });
  });
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            ...(options.docsUrl ? { informationUri: options.docsUrl } : {}),
            rules,
          },
        },
        columnKind: 'utf16CodeUnits' as const,
        results,
      },
    ],
  };
}

export function formatSarif(reports: FileReport[], options: Partial<FormatOptions> = {}): string {
  return `${JSON.stringify(toSarif(reports, options), null, 2)}\n`;
}
