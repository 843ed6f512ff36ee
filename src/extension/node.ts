// The desktop (and VS Code server) entry: the language server runs in its own Node process over IPC.
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { activateWith, type PackagingPlannerApi } from './extension';

export type { PackagingPlannerApi };

export function activate(context: vscode.ExtensionContext): PackagingPlannerApi {
  const module = context.asAbsolutePath('dist/server.js');
  return activateWith(
    context,
    (options) =>
      new LanguageClient(
        'packagingPlanner',
        'Packaging Planner',
        {
          // gc for the server's collector (src/server/memory.ts); without the flag it enables it at runtime
          run: { module, transport: TransportKind.ipc, options: { execArgv: ['--expose-gc'] } },
          debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--expose-gc'] } },
        },
        options,
      ),
  );
}

export function deactivate(): void {}
