// The status bar item of the active packaging file: the server's totals of its current version (the numbers the
// matrix and "Check All" say too), and, once, that the Problems panel lists only the first 1,000 of them.
import * as vscode from 'vscode';
import { type FindingTotals, findingsLabel, totalsNotice } from '../core/totals';
import type { DiagnosticsManager } from './diagnostics';
import { PROBLEMS_LIMIT } from './server';

/** The item's text and tooltip for `t`. */
export function statusText(t: FindingTotals): { text: string; tooltip: string } {
  const notice = totalsNotice(t, PROBLEMS_LIMIT);
  const parts = [`${t.errors} errors`, `${t.warnings} warnings`, `${t.infos} infos`];
  const accepted = t.accepted ? `; ${t.accepted} accepted (not counted)` : '';
  return {
    text: notice ? `$(warning) ${notice}` : `$(checklist) ${findingsLabel(t.open)}`,
    tooltip: `Packaging Planner: ${parts.join(', ')}${accepted}`,
  };
}

/** The item; `text()` is what it shows now (undefined when hidden), for the integration tests. */
export function registerStatus(diagnostics: DiagnosticsManager): vscode.Disposable & {
  text(): string | undefined;
} {
  let shown: string | undefined;
  const item = vscode.window.createStatusBarItem(
    'packagingPlanner.findings',
    vscode.StatusBarAlignment.Left,
    10,
  );
  item.name = 'Packaging Planner findings';
  item.command = 'workbench.actions.view.problems';
  const update = () => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const t = uri === undefined ? undefined : diagnostics.totals.get(uri);
    if (!t) {
      shown = undefined;
      item.hide();
      return;
    }
    const { text, tooltip } = statusText(t);
    shown = text;
    item.text = text;
    item.tooltip = tooltip;
    item.show();
  };
  update();
  const disposable = vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    diagnostics.onDidPublish(update),
  );
  return { dispose: () => disposable.dispose(), text: () => shown };
}
