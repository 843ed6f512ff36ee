// The server in a web worker (vscode.dev, or any page): LSP over postMessage. No Node built-ins, no rule
// pages (hovers name `packaging-planner explain RULE` instead of quoting the page).
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from './server';

// the worker's global scope (the project's lib is DOM, not WebWorker)
const scope = self as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
startServer(connection);
