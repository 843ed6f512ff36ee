// The server's end of stdout: each JSON-RPC message written as one string (header and body), in the order sent.
import type { Writable } from 'node:stream';
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

/**
 * vscode-jsonrpc's StreamMessageWriter encodes each message into a Buffer first: for a 5,000-feature file that is
 * a 1 MB allocation outside the V8 heap per keystroke's publish, freed only when a young collection finds its
 * Buffer dead, and the process's resident set swelled by several of them while typing (issue 23). A string handed
 * to the stream is encoded by Node into memory it frees as soon as the bytes are written.
 */
export class StringMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  constructor(private readonly stream: Writable) {
    super();
    stream.on('error', (e: Error) => this.fireError(e));
    stream.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    let body: string;
    try {
      body = serialize(msg);
    } catch (e) {
      this.fireError(e, msg, ++this.errors);
      return Promise.reject(e);
    }
    // two writes, not one concatenated string: that would be flattened into another copy of the body
    this.stream.write(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n`, 'ascii');
    return new Promise((resolve, reject) => {
      this.stream.write(body, 'utf8', (e) => {
        if (!e) return resolve();
        this.fireError(e, msg, ++this.errors);
        reject(e);
      });
    });
  }

  end(): void {
    this.stream.end();
  }
}

/**
 * The JSON of each diagnostic written before, by object: the server hands the same diagnostic objects to every
 * publish whose finding did not change (diagnostics.ts), so a keystroke's 2,000-finding publish re-serializes
 * only the few that are new instead of ~700 KB of JSON.
 */
const FRAGMENTS = new WeakMap<object, string>();

/** JSON.stringify(msg), exactly, with a `params.diagnostics` list assembled from the fragments of its objects. */
export function serialize(msg: Message): string {
  const params = (msg as { params?: unknown }).params;
  const list =
    params !== null && typeof params === 'object'
      ? (params as { diagnostics?: unknown }).diagnostics
      : undefined;
  if (!Array.isArray(list) || list.length < 32) return JSON.stringify(msg);
  const parts = new Array<string>(list.length);
  for (let i = 0; i < list.length; i++) {
    const d: unknown = list[i];
    if (d === null || typeof d !== 'object' || Array.isArray(d)) {
      parts[i] = JSON.stringify(d) ?? 'null';
      continue;
    }
    let json = FRAGMENTS.get(d);
    if (json === undefined) {
      json = JSON.stringify(d);
      FRAGMENTS.set(d, json);
    }
    parts[i] = json;
  }
  // the message with an empty list in the same place (spread keeps the key order), then the list spliced in
  const shell = JSON.stringify({ ...msg, params: { ...(params as object), diagnostics: [] } });
  const at = shell.indexOf('"diagnostics":[]');
  if (at < 0) return JSON.stringify(msg);
  const cut = at + '"diagnostics":['.length;
  return `${shell.slice(0, cut)}${parts.join(',')}${shell.slice(cut)}`;
}
