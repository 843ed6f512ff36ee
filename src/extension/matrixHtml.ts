// The matrix webview's HTML page. No `vscode` import, so the browser tests serve the very same page.
// CSP: nothing by default; scripts and the one inline stylesheet only with this page's nonce; other styles and
// fonts only from the webview's own resource origin (`cspSource`). No inline style attribute, no inline handler,
// no eval.
//
// The bundle and its stylesheet are written into the page: VS Code fetches each resource of a webview through its
// service worker and the window (a round trip each, 100–250 ms for these three in parallel on a first open), and a
// stylesheet link in <head> holds the script back until it has loaded. Only the codicon stylesheet stays a link
// (the icon components clone it by its id), after the script: the script runs and says `ready` without waiting for it.

import { PROTOCOL_VERSION } from '../protocol';

export interface MatrixHtmlOptions {
  /** `webview.cspSource` */
  cspSource: string;
  /** fresh per page load */
  nonce: string;
  /** the text of dist/webview/matrix.js and matrix.css, written into the page */
  script: string;
  style: string;
  /** URI (as a string) of dist/webview/codicon.css */
  codiconUri: string;
  /** extra nonce'd scripts run before the bundle (the browser tests' stand-in for acquireVsCodeApi) */
  preludeScripts?: string[];
  /** body class VS Code sets for the theme; the real webview host sets it itself */
  bodyClass?: string;
}

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function matrixCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    `img-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

/**
 * `text` safe inside a <script> or <style> element: no `</script` or `</style` ends it early (in both languages
 * the escaped slash reads as a slash where such text can occur: in a string, a regex or a comment).
 */
function rawText(text: string): string {
  return text.replace(/<\/(script|style)/gi, '<\\/$1');
}

/**
 * Runs before the bundle: says `ready` at once, so the host's model is on its way while the bundle compiles and
 * runs (~30-40 ms of a first open), and keeps what arrives meanwhile for it (`EarlyStart` in webview/state.ts).
 */
export function earlyScript(): string {
  return `(() => {
  const api = acquireVsCodeApi();
  const early = [];
  const keep = (e) => early.push(e.data);
  addEventListener('message', keep);
  api.postMessage({ type: 'ready', protocol: ${PROTOCOL_VERSION} });
  window.__matrixEarly = { api, take() { removeEventListener('message', keep); return early.splice(0); } };
})();`;
}

export function matrixHtml(o: MatrixHtmlOptions): string {
  const nonce = attr(o.nonce);
  const preludes = (o.preludeScripts ?? []).map(
    (src) => `<script nonce="${nonce}" src="${attr(src)}"></script>`,
  );
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(matrixCsp(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">${rawText(o.style)}</style>
<title>Packaging Matrix</title>
</head>
<body${o.bodyClass ? ` class="${attr(o.bodyClass)}"` : ''}>
<main id="app"></main>
${preludes.join('\n')}
<script nonce="${nonce}">${earlyScript()}</script>
<script nonce="${nonce}">${rawText(o.script)}</script>
<link rel="stylesheet" href="${attr(o.codiconUri)}" id="vscode-codicon-stylesheet">
</body>
</html>
`;
}

/** A nonce from a CSPRNG (Web Crypto exists in Node 20 and in browsers). */
export function makeNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}
