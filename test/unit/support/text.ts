import * as assert from 'node:assert/strict';
import { type CheckResult, check } from '../../../src/core/check';
import type { Diagnostic, Range, Span } from '../../../src/core/types';

/**
 * The span of `inner` inside the `nth` (1-based) occurrence of `context` in `text`.
 * Expected anchors are computed from the YAML the test wrote, never copied from the code's output.
 */
export function spanOf(text: string, context: string, inner: string = context, nth = 1): Span {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(context, at + 1);
    assert.ok(at >= 0, `occurrence ${nth} of ${JSON.stringify(context)} not in the text`);
  }
  const off = context.indexOf(inner);
  assert.ok(off >= 0, `${JSON.stringify(inner)} not inside ${JSON.stringify(context)}`);
  return { start: at + off, end: at + off + inner.length };
}

/** 0-based line/character of an offset, counted independently of the core (LF or CRLF). */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

export function rangeOf(text: string, span: Span): Range {
  return { start: positionAt(text, span.start), end: positionAt(text, span.end) };
}

export function only(result: CheckResult, rule: string): Diagnostic[] {
  return result.diagnostics.filter((d) => d.rule === rule);
}

export function rules(result: CheckResult): string[] {
  return result.diagnostics.map((d) => d.rule);
}

export function describeDiagnostics(result: CheckResult, text: string): string {
  return result.diagnostics
    .map(
      (d) => `${d.rule} ${d.severity} ${JSON.stringify(text.slice(d.span.start, d.span.end))} ${d.message}`,
    )
    .join('\n');
}

/** Exactly one diagnostic of `rule`, with this severity, covering exactly `span` (range and offsets). */
export function expectOne(
  result: CheckResult,
  text: string,
  rule: string,
  severity: string,
  span: Span,
): Diagnostic {
  const ds = only(result, rule);
  assert.equal(ds.length, 1, `one ${rule} expected; got:\n${describeDiagnostics(result, text)}`);
  const d = ds[0]!;
  assert.equal(d.severity, severity, `${rule} severity`);
  assert.deepEqual(
    d.span,
    span,
    `${rule} span covers ${JSON.stringify(text.slice(d.span.start, d.span.end))}, expected ${JSON.stringify(text.slice(span.start, span.end))}`,
  );
  assert.deepEqual(d.range, rangeOf(text, span), `${rule} range`);
  assert.ok(d.message.length > 20, `${rule} has a real message`);
  return d;
}

/** Range and span agree with each other and lie inside the text. */
export function assertConsistent(text: string, result: CheckResult): void {
  let prev = -1;
  for (const d of result.diagnostics) {
    assert.ok(
      0 <= d.span.start && d.span.start <= d.span.end && d.span.end <= text.length,
      JSON.stringify(d),
    );
    assert.deepEqual(d.range, rangeOf(text, d.span), `range of ${d.rule} agrees with its span`);
    assert.ok(d.span.start >= prev, 'diagnostics sorted by position');
    prev = d.span.start;
  }
}

/** `check(text)`, its ranges and spans checked for consistency. */
export function checked(text: string): CheckResult {
  const r = check(text);
  assertConsistent(text, r);
  return r;
}

/** The file's findings are exactly these rule ids (any order). */
export function assertRules(text: string, expected: string[]): CheckResult {
  const r = checked(text);
  assert.deepEqual([...rules(r)].sort(), [...expected].sort(), describeDiagnostics(r, text));
  return r;
}
