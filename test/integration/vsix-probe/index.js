// extensionTestsPath of the VSIX check (scripts/test-vsix.mjs): the extension under test is NOT loaded
// from sources here but installed from the .vsix with --install-extension; this asserts it activates
// and reports findings in a real VS Code.
const vscode = require('vscode');

async function waitFor(what, probe, ms = 20000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

exports.run = async () => {
  const ext = vscode.extensions.getExtension('packaging-planner.packaging-planner');
  if (!ext) throw new Error('packaging-planner.packaging-planner is not installed');
  if (ext.extensionKind !== vscode.ExtensionKind.Workspace)
    console.log(`extension kind ${ext.extensionKind}`);
  console.log(`installed at ${ext.extensionUri.toString()}`);
  if (/\/test\/|\/src\//.test(ext.extensionUri.path))
    throw new Error('loaded from sources, not from the VSIX');
  const folder = vscode.workspace.workspaceFolders[0].uri;
  const uri = vscode.Uri.joinPath(folder, 'packaging.yaml');
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  await waitFor('activation', () => ext.isActive);
  const rules = await waitFor('diagnostics', () => {
    const ds = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'packaging-planner');
    return ds.length ? ds.map((d) => d.code.value) : undefined;
  });
  console.log(`VSIX extension active; findings on packaging.yaml: ${rules.join(', ')}`);
  if (!rules.includes('gated-growth-driver')) throw new Error(`expected gated-growth-driver, got ${rules}`);
  const commands = await vscode.commands.getCommands(true);
  if (!commands.includes('packagingPlanner.openMatrix')) throw new Error('openMatrix command missing');
};
