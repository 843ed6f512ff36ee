// The matrix webview's HTML page. No `vscode` import, so the browser tests serve the very same page.
// CSP: nothing by default; scripts only with this page's nonce; styles and fonts only from the webview's own
// resource origin (`cspSource`). No inline style, no inline handler, no eval.

export interface MatrixHtmlOptions {
  /** `webview.cspSource` */
  cspSource: string;
  /** fresh per page load */
  nonce: string;
  /** URIs (as strings) of dist/webview/matrix.js, matrix.css and codicon.css */
  scriptUri: string;
  styleUri: string;
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
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `img-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
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
<link rel="stylesheet" href="${attr(o.codiconUri)}" id="vscode-codicon-stylesheet">
<link rel="stylesheet" href="${attr(o.styleUri)}">
<title>Packaging Matrix</title>
</head>
<body${o.bodyClass ? ` class="${attr(o.bodyClass)}"` : ''}>
<main id="app"></main>
${preludes.join('\n')}
<script nonce="${nonce}" src="${attr(o.scriptUri)}"></script>
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
