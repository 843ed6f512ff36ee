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
      body = JSON.stringify(msg);
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
