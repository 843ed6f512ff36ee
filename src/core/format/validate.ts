import { type Document, isAlias, isMap, isSeq, type Node, type Pair } from 'yaml';
import * as z from 'zod/mini';
import type { Span } from '../types';
import { keyName, pairOf, resolveAlias, Underflow } from '../yaml/parse';
import { closest } from './closest';
import { AddOnSchema, FeatureSchema, PackagingSchema, PlanSchema, RULE_IDS, STRUCTURE_RULES } from './schema';

export type PathSeg = string | number;

export interface SchemaProblem {
  message: string;
  span: Span;
  path: PathSeg[];
  suggestion?: string;
}

interface Located {
  node: Node | undefined;
  /** the pair holding `node` as its value, when it sits in a map */
  pair: Pair<Node, Node> | undefined;
}

/** Walks YAML nodes along a zod issue path (aliases resolved). */
export function locate(doc: Document.Parsed, path: readonly PathSeg[]): Located[] {
  const chain: Located[] = [{ node: doc.contents ?? undefined, pair: undefined }];
  let cur: unknown = doc.contents;
  for (const seg of path) {
    if (isAlias(cur)) cur = resolveAlias(doc, cur);
    if (typeof seg === 'number' && isSeq(cur)) {
      cur = cur.items[seg];
      chain.push({ node: cur as Node, pair: undefined });
    } else if (isMap(cur)) {
      const p = pairOf(cur, String(seg));
      if (!p) break;
      cur = p.value;
      chain.push({ node: (p.value ?? undefined) as Node | undefined, pair: p });
    } else break;
  }
  return chain;
}

// biome-ignore lint/suspicious/noExplicitAny: zod internals are walked generically
type AnyDef = any;

/** The zod schema at a data path, optionals and wrappers unwrapped. */
function schemaAt(path: readonly PathSeg[]): AnyDef | undefined {
  let s: AnyDef = PackagingSchema;
  for (const seg of path) {
    s = unwrap(s);
    const def = s?._zod?.def;
    if (!def) return undefined;
    if (def.type === 'object') s = def.shape[seg];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else return undefined;
  }
  return unwrap(s);
}

function unwrap(s: AnyDef): AnyDef {
  while (s?._zod?.def && (s._zod.def.type === 'optional' || s._zod.def.type === 'nullable'))
    s = s._zod.def.innerType;
  return s;
}

function describe(s: AnyDef): string | undefined {
  return s ? (z.globalRegistry.get(s) as { description?: string } | undefined)?.description : undefined;
}

function knownKeys(path: readonly PathSeg[]): string[] {
  const s = schemaAt(path);
  return s?._zod?.def?.type === 'object' ? Object.keys(s._zod.def.shape) : [];
}

function repr(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (v instanceof Underflow)
    return `${v.literal} (a number too close to 0 to be represented: it would read as 0)`;
  if (typeof v === 'number' && !Number.isFinite(v))
    return Number.isNaN(v)
      ? '.nan (not a number)'
      : `${v > 0 ? '' : '-'}.inf (infinity, not a usable number)`;
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}" (text)`;
  if (typeof v === 'number' || typeof v === 'boolean')
    return `${v} (${typeof v === 'number' ? 'a number' : 'true/false'})`;
  if (Array.isArray(v)) return 'a list';
  return 'a map';
}

function where(path: readonly PathSeg[], root: unknown): string {
  if (path.length === 0) return 'the file';
  const parts: string[] = [];
  let cur: unknown = root;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const next = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg as string] : undefined;
    if (typeof seg === 'number') {
      const id =
        next && typeof next === 'object' && typeof (next as Record<string, unknown>).id === 'string'
          ? ` "${(next as Record<string, unknown>).id}"`
          : ` #${seg + 1}`;
      const parent = path[i - 1];
      const label =
        parent === 'plans'
          ? 'plan'
          : parent === 'features'
            ? 'feature'
            : parent === 'addOns'
              ? 'add-on'
              : 'item';
      // plans › #2 reads "plan #2"; other lists keep their name: "freemiumGoals › item #2".
      if (label !== 'item') parts.pop();
      parts.push(`${label}${id}`);
    } else parts.push(String(seg));
    cur = next;
  }
  return parts.join(' › ');
}

function spanOfLocated(l: Located | undefined, useKey: boolean): Span | undefined {
  if (!l) return undefined;
  const n = useKey && l.pair ? (l.pair.key as Node) : l.node;
  const r = n?.range;
  // An empty value (`product:` with nothing after it) has no width: point at its key instead.
  if (r && r[1] > r[0]) return { start: r[0], end: r[1] };
  const k = l.pair?.key as Node | undefined;
  if (k?.range) return { start: k.range[0], end: k.range[1] };
  return undefined;
}

/** For a missing key: the parent object's key, or for a list item its first key, or the file start. */
function anchorForParent(chain: Located[], doc: Document.Parsed): Span {
  for (let i = chain.length - 1; i >= 0; i--) {
    const l = chain[i]!;
    if (l.pair?.key && (l.pair.key as Node).range) {
      const r = (l.pair.key as Node).range!;
      return { start: r[0], end: r[1] };
    }
    if (isMap(l.node) && l.node.items.length > 0) {
      const k = l.node.items[0]!.key as Node;
      if (k?.range) return { start: k.range[0], end: k.range[1] };
    }
    if (l.node?.range) return { start: l.node.range[0], end: l.node.range[0] };
  }
  const r = doc.contents?.range;
  return r ? { start: r[0], end: r[0] } : { start: 0, end: 0 };
}

export function validate(
  doc: Document.Parsed,
  plain: unknown,
): { data: z.infer<typeof PackagingSchema> | undefined; problems: SchemaProblem[] } {
  if (plain === null || plain === undefined) {
    return {
      data: undefined,
      problems: [
        {
          message:
            'The file is empty. A packaging file needs `version: 1`, `product`, `plans` and `features`.',
          span: { start: 0, end: 0 },
          path: [],
        },
      ],
    };
  }
  const res = PackagingSchema.safeParse(plain, { reportInput: true });
  if (res.success) return { data: res.data, problems: [] };
  const problems: SchemaProblem[] = [];
  for (const issue of res.error.issues) problems.push(...toProblems(doc, plain, issue));
  return { data: undefined, problems };
}

const ITEM_SCHEMAS = { plans: PlanSchema, addOns: AddOnSchema, features: FeatureSchema } as const;

/**
 * The problems `validate` reports under `[list, index]`, from that one element (incremental re-check): each
 * element's schema reads nothing outside it.
 */
export function validateItem(
  doc: Document.Parsed,
  root: unknown,
  list: keyof typeof ITEM_SCHEMAS,
  index: number,
): SchemaProblem[] {
  const plain = (root as Record<string, unknown[]>)[list]![index];
  const res = ITEM_SCHEMAS[list].safeParse(plain, { reportInput: true });
  if (res.success) return [];
  const problems: SchemaProblem[] = [];
  for (const issue of res.error.issues)
    problems.push(
      ...toProblems(doc, root, { ...issue, path: [list, index, ...issue.path] } as z.core.$ZodIssue),
    );
  return problems;
}

function keyIndex(map: unknown): Map<string, Pair<Node, Node>> {
  const out = new Map<string, Pair<Node, Node>>();
  if (!isMap(map)) return out;
  for (const p of map.items as Pair<Node, Node>[]) {
    const k = p.key as unknown;
    const name = keyName(k) ?? 'null';
    if (!out.has(name)) out.set(name, p);
  }
  return out;
}

function toProblems(doc: Document.Parsed, root: unknown, issue: z.core.$ZodIssue): SchemaProblem[] {
  const path = issue.path as PathSeg[];
  const chain = locate(doc, path);
  const found = chain.length === path.length + 1;
  const at = where(path, root);
  const last = path[path.length - 1];
  const parentAt = path.length > 1 ? ` in ${where(path.slice(0, -1), root)}` : '';
  const field = last === undefined ? 'The file' : typeof last === 'number' ? at : `\`${last}\`${parentAt}`;

  if (issue.code === 'unrecognized_keys') {
    const inAccept = last === 'accept';
    // An `accept` map may name any rule except the ones that cannot be accepted.
    const known = knownKeys(path);
    const container = found ? chain[chain.length - 1]!.node : undefined;
    // One index of the map's keys, not a scan per unknown key (16,000 of them must stay linear).
    const pairs = keyIndex(container);
    // Renaming to a key the map already has would make a duplicate key: never suggest one.
    const free = known.filter((k) => !pairs.has(k));
    return issue.keys.map((key) => {
      const p = pairs.get(key);
      const r = (p?.key as Node | undefined)?.range;
      const notAcceptable = inAccept && (RULE_IDS as readonly string[]).includes(key);
      const suggestion = notAcceptable ? undefined : closest(key, free);
      const hint = suggestion
        ? ` Did you mean \`${suggestion}\`?`
        : inAccept
          ? ''
          : ` Known keys: ${known.join(', ')}.`;
      const message = notAcceptable
        ? `\`${key}\` findings cannot be accepted: ${key === 'unused-accept' ? 'remove the unused entry instead' : 'a structure error keeps the file from being read as written, so fix it'}.`
        : inAccept
          ? `Unknown rule \`${key}\` in ${at}: an \`accept\` entry names a rule id.${hint}`
          : last === 'rules' && path.length === 1
            ? `Unknown rule \`${key}\` in \`rules\`.${hint}`
            : `Unknown key \`${key}\` in ${at}.${hint}`;
      return {
        message,
        span: r ? { start: r[0], end: r[1] } : anchorForParent(chain, doc),
        path: [...path, key],
        ...(suggestion ? { suggestion } : {}),
      };
    });
  }

  const input = (issue as { input?: unknown }).input;
  if (issue.code === 'custom' && !found) {
    // A cross-field check on an element whose anchor key is missing (e.g. plan/addOn on a feature with no id).
    return [{ message: `${issue.message}.`, span: anchorForParent(chain, doc), path }];
  }
  if (!found || (issue.code === 'invalid_type' && input === undefined)) {
    // A required key is missing: point at the parent object's key.
    const parentChain = found ? chain.slice(0, -1) : chain;
    const parentPath = path.slice(0, -1);
    return [
      {
        // the key's description is a noun phrase ("The product this file packages"): an aside, not a sentence
        message: `Missing required key \`${String(last)}\` in ${where(parentPath, root)}${aside(describe(schemaAt(path)))}.`,
        span: anchorForParent(parentChain, doc),
        path,
      },
    ];
  }

  const span = spanOfLocated(chain[chain.length - 1], false) ?? anchorForParent(chain, doc);
  const expected = describe(schemaAt(path));
  const got = repr(input);
  let message: string;
  let suggestion: string | undefined;
  switch (issue.code) {
    case 'invalid_value': {
      const values = issue.values.map(String);
      if (path[0] === 'rules' && (STRUCTURE_RULES as readonly string[]).includes(String(last)))
        message = `\`${String(last)}\` keeps the file readable, so the file cannot set it below error; got ${got}. Lower it in the editor settings or on the command line instead.`;
      else if (values.length === 1) message = `${field} must be ${values[0]}; got ${got}.`;
      else {
        suggestion = typeof input === 'string' ? closest(input, values) : undefined;
        message = `${field} must be one of ${values.join(', ')}; got ${got}.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`;
      }
      break;
    }
    case 'invalid_format':
      message = `${field} is not valid: ${issue.message}; got ${got}.`;
      if (typeof input === 'string' && /^[A-Za-z]/.test(input)) {
        const slug = input
          .toLowerCase()
          .replace(/[^a-z0-9-]+/g, '-')
          .replace(/^-+|-+$/g, '');
        if (/^[a-z][a-z0-9-]*$/.test(slug)) {
          suggestion = slug;
          message += ` Try \`${slug}\`.`;
        }
      }
      break;
    case 'too_small':
      message =
        issue.origin === 'array'
          ? `${field} needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}.`
          : issue.origin === 'string'
            ? `${field} must not be empty.`
            : `${field} must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}; got ${got}.`;
      break;
    case 'custom':
      message = `${issue.message}.`;
      break;
    case 'invalid_type':
      message = `${field} must be ${TYPE_NAMES[issue.expected] ?? issue.expected}; got ${got}.`;
      break;
    default:
      message = `${field} must be ${lowerFirst(expected) ?? 'of another type'}; got ${got}.`;
  }
  return [{ message, span, path, ...(suggestion ? { suggestion } : {}) }];
}

const TYPE_NAMES: Record<string, string> = {
  boolean: 'true or false',
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  object: 'a map',
  array: 'a list',
};

function aside(description: string | undefined): string {
  const d = description?.trim().replace(/\.$/, '');
  return d ? ` (${lowerFirst(d)})` : '';
}

function lowerFirst(s: string | undefined): string | undefined {
  return s ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** True when `path` (from a problem) lies inside the element `prefix`. */
export function within(path: readonly PathSeg[], prefix: readonly PathSeg[]): boolean {
  if (path.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}
