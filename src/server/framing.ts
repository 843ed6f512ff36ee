// A watch on the bytes of an LSP stream for framing the protocol library would wait on forever: a header section
// that never ends (a JSON body sent without headers, a header line ended by LF alone) or one without a usable
// Content-Length. The library reports the second itself; nothing reports the first.

const CRLF2 = [13, 10, 13, 10];
const isLetter = (b: number) => (b >= 65 && b <= 90) || (b >= 97 && b <= 122);

export class FramingWatch {
  /** the bytes of the current header section (bounded by `limit`) */
  private header: number[] = [];
  /** how much of "\r\n\r\n" the header section ends with */
  private matched = 0;
  /** body bytes still to come for the current message */
  private body = 0;

  /** `limit`: the most bytes a header section may take (real ones are under 100) */
  constructor(private readonly limit = 4096) {}

  /** Feeds the next chunk; returns what is wrong once the framing is malformed. */
  feed(chunk: Uint8Array): string | undefined {
    let i = 0;
    while (i < chunk.length) {
      if (this.body > 0) {
        const skip = Math.min(this.body, chunk.length - i);
        this.body -= skip;
        i += skip;
        continue;
      }
      const byte = chunk[i++]!;
      // a header section starts with a header name: `{` here is a JSON body sent without headers
      if (this.header.length === 0 && !isLetter(byte))
        return `a message that does not start with a header (Content-Length: N\\r\\n\\r\\n) but with ${JSON.stringify(String.fromCharCode(byte))}`;
      this.header.push(byte);
      this.matched = byte === CRLF2[this.matched] ? this.matched + 1 : byte === 13 ? 1 : 0;
      if (this.matched === 4) {
        const text = String.fromCharCode(...this.header);
        this.header = [];
        this.matched = 0;
        const m = /^content-length:[ \t]*(\d+)[ \t]*$/im.exec(text);
        if (!m) return `a message header without a valid Content-Length: ${JSON.stringify(text.trim())}`;
        this.body = Number(m[1]);
      } else if (this.header.length > this.limit)
        return `no end of the message header ("\\r\\n\\r\\n") in ${this.limit} bytes: is the client sending Content-Length headers?`;
    }
    return undefined;
  }
}
