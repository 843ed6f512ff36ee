import { TextDocumentContentChangeEvent, type TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextChange } from '../core/incremental';

interface Step {
  from: number;
  to: number;
  /** undefined when the client replaced the whole text */
  changes: TextChange[] | undefined;
}

/** Past this many unread steps a document's log is dropped: the next check compares the texts instead. */
const MAX_STEPS = 500;

/**
 * The content changes that turned each document version into the next, as offsets, for the incremental re-check
 * (Analyses): `TextDocuments` applies them and keeps only the result.
 */
export class ChangeLog {
  private readonly log = new Map<string, Step[]>();

  /** `stale` hears of a change that does not move the version forward: it is dropped, not applied. */
  constructor(private readonly stale?: (uri: string, version: number, current: number) => void) {}

  /** A `TextDocuments` configuration that records every update before applying it. */
  readonly documents: TextDocumentsConfiguration<TextDocument> = {
    create: (uri, languageId, version, content) => {
      this.log.delete(uri);
      return TextDocument.create(uri, languageId, version, content);
    },
    update: (doc, events, version) => {
      const from = doc.version;
      // versions only move forward: an older (or repeated) change was computed against another text
      if (!(version > from)) {
        this.stale?.(doc.uri, version, from);
        return doc;
      }
      let changes: TextChange[] | undefined = [];
      // One event at a time: each one's range is in the text the earlier ones left.
      for (const e of events) {
        if (changes && TextDocumentContentChangeEvent.isIncremental(e))
          changes.push({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), text: e.text });
        else changes = undefined;
        doc = TextDocument.update(doc, [e], version);
      }
      const steps = this.log.get(doc.uri) ?? [];
      if (steps.length >= MAX_STEPS) steps.length = 0;
      steps.push({ from, to: version, changes });
      this.log.set(doc.uri, steps);
      return doc;
    },
  };

  /**
   * The changes from version `from` to version `to`, in order; undefined when some step is unknown (a whole-text
   * replace, a gap). Steps up to `to` are then forgotten: versions only move forward.
   */
  take(uri: string, from: number, to: number): TextChange[] | undefined {
    const steps = this.log.get(uri) ?? [];
    const out: TextChange[] = [];
    let at = from;
    let known = true;
    for (const s of steps) {
      if (s.to <= from || s.from >= to) continue;
      if (s.from !== at || !s.changes) known = false;
      else out.push(...s.changes);
      at = s.to;
    }
    this.log.set(
      uri,
      steps.filter((s) => s.to > to),
    );
    return known && at === to ? out : undefined;
  }

  forget(uri: string): void {
    this.log.delete(uri);
  }
}
