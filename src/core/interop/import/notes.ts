// What the import tells the user beside the file: one line per warning, and kinds of notes (one line per kind,
// naming its elements) summarised at the end.

export class Notes {
  /** lines said once, in order, before the kinds */
  private readonly lines: string[] = [];
  /** kind -> the elements it names, in the order met */
  private readonly kinds = new Map<string, string[]>();

  warn(line: string): void {
    this.lines.push(line);
  }

  /** One element of a kind of note ("features no plan enables", `fk`). */
  note(kind: string, item: string): void {
    const list = this.kinds.get(kind);
    if (list) list.push(item);
    else this.kinds.set(kind, [item]);
  }

  /** How many elements a kind names so far (0 when none). */
  count(kind: string): number {
    return this.kinds.get(kind)?.length ?? 0;
  }

  /** The warnings, then one line per kind: "3 kind: a, b, c". */
  all(): string[] {
    const out = [...this.lines];
    for (const [kind, items] of this.kinds) out.push(`${items.length} ${kind}: ${preview(items)}`);
    return out;
  }
}

export function preview(list: string[], max = 5): string {
  return list.length <= max
    ? list.join(', ')
    : `${list.slice(0, max).join(', ')} and ${list.length - max} more`;
}
