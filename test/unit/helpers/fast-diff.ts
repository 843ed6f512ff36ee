import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from 'yaml';
import { fastParse, PARSE_OPTIONS } from '../../../src/core/yaml/fast-parse';
import { toPlain } from '../../../src/core/yaml/parse';
import { treeDiff } from './yaml-diff';

/**
 * The differential harness of the one-pass reader: whenever it returns a document, yaml must read the text
 * without error or warning, and the two documents must be equal (every node's class, range, type, value,
 * source), the plain values toPlain's. `taken` says whether the reader returned one (false: it bailed).
 */
export function compareWithYaml(text: string): { taken: boolean; problem?: string } {
  const fast = fastParse(text);
  if (!fast) return { taken: false };
  const slow = parseDocument(text, PARSE_OPTIONS);
  if (slow.errors.length || slow.warnings.length)
    return { taken: true, problem: `yaml reports ${[...slow.errors, ...slow.warnings][0]!.code}` };
  const diff = treeDiff(fast.doc, slow);
  if (diff) return { taken: true, problem: diff };
  let plain: unknown;
  try {
    plain = toPlain(slow, slow.contents);
  } catch (e) {
    return { taken: true, problem: `toPlain: ${(e as Error).message}` };
  }
  if (!isDeepStrictEqual(fast.plain, plain)) return { taken: true, problem: 'plain values' };
  return { taken: true };
}

/** A YAML text wrapped as (part of) a packaging file in several ways: name → text. */
export function wrappings(yaml: string): [string, string][] {
  const lines = yaml.replace(/\r?\n$/, '').split(/\r?\n/);
  const indent = (pad: string, first: string) =>
    lines.map((l, i) => (i === 0 ? first + l : l === '' ? '' : pad + l)).join('\n');
  const head = 'version: 1\nproduct:\n  name: Acme\n';
  const out: [string, string][] = [
    ['raw', yaml],
    ['after a head', head + yaml],
    ['under a key', `${head}features:\n${indent('  ', '  ')}\n`],
    ['as a list item', `${head}features:\n${indent('    ', '  - ')}\n`],
    ['as a value', `${head}notes: ${indent('  ', '')}\nplans: []\n`],
  ];
  for (const [name, text] of [...out]) out.push([`${name}, CRLF`, text.replace(/\r?\n/g, '\r\n')]);
  return out;
}
