import * as vscode from 'vscode';
import { TEMPLATES, type Template } from '../core/templates';

export const NEW_FILE = 'packagingPlanner.newFile';

/** "Packaging: New Packaging File": pick an archetype, choose where to save it, open it. */
export function registerNewFile(): vscode.Disposable {
  return vscode.commands.registerCommand(NEW_FILE, async (name?: string, target?: vscode.Uri) => {
    const template = typeof name === 'string' ? TEMPLATES.find((t) => t.name === name) : await pickTemplate();
    if (!template) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!folder && !target) {
      // no folder to save into: an untitled YAML document the user saves where they like
      const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: template.text });
      await vscode.window.showTextDocument(doc);
      return doc.uri;
    }
    const uri =
      target ??
      (await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(folder!, 'packaging.yaml'),
        filters: { 'Packaging file': ['yaml', 'yml'] },
        saveLabel: 'Create',
      }));
    if (!uri) return undefined;
    // the save dialog has already asked before replacing an existing file
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(template.text));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    return uri;
  });
}

async function pickTemplate(): Promise<Template | undefined> {
  const picked = await vscode.window.showQuickPick(
    TEMPLATES.map((t) => ({ label: t.title, description: t.name, detail: t.description, template: t })),
    { placeHolder: 'Which kind of product?', matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.template;
}
