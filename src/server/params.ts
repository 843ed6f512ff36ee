// Request parameters checked at the server's boundary: a malformed request gets InvalidParams (-32602) with what
// is wrong, never an internal error from deep inside a handler.
import { ErrorCodes, type Position, type Range, ResponseError } from 'vscode-languageserver';

export const invalidParams = (message: string) => new ResponseError(ErrorCodes.InvalidParams, message);

export const isRec = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** `p.textDocument.uri`. */
export function uriOf(p: unknown): string {
  const td = isRec(p) ? p.textDocument : undefined;
  if (!isRec(td) || !isId(td.uri)) throw invalidParams('textDocument.uri: a document uri is needed.');
  return td.uri;
}

/** `p.textDocument.version`: the version the client computed its request against. */
export function versionOf(p: unknown): number {
  const td = isRec(p) ? p.textDocument : undefined;
  if (!isRec(td) || typeof td.version !== 'number' || !Number.isInteger(td.version))
    throw invalidParams('textDocument.version: an integer document version is needed.');
  return td.version;
}

export function isPosition(v: unknown): v is Position {
  return isRec(v) && isIndex(v.line) && isIndex(v.character);
}

/** `p[key]` as a position: a line and a character, integers from 0. */
export function positionOf(p: unknown, key = 'position'): Position {
  const v = isRec(p) ? p[key] : undefined;
  if (!isPosition(v)) throw invalidParams(`${key}: a line and a character (integers from 0) are needed.`);
  return v;
}

export function isRange(v: unknown): v is Range {
  return isRec(v) && isPosition(v.start) && isPosition(v.end);
}

export function rangeOf(p: unknown, key = 'range'): Range {
  const v = isRec(p) ? p[key] : undefined;
  if (!isRange(v)) throw invalidParams(`${key}: a start and an end position are needed.`);
  return v;
}

/** `p[key]` as a non-empty string (a feature or plan id, a name). */
export function idOf(p: unknown, key: string): string {
  const v = isRec(p) ? p[key] : undefined;
  if (!isId(v)) throw invalidParams(`${key}: a non-empty string is needed.`);
  return v;
}

/** An optional field of `p`: absent, or what `ok` accepts. */
export function optional<T>(
  p: unknown,
  key: string,
  ok: (v: unknown) => v is T,
  what: string,
): T | undefined {
  const v = isRec(p) ? p[key] : undefined;
  if (v === undefined) return undefined;
  if (!ok(v)) throw invalidParams(`${key}: ${what}.`);
  return v;
}

export const isInteger = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
