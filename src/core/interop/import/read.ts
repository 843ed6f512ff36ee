import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';

// Reading a Pricing2Yaml source (syntax 1.x–3.x): parse, reject what is not Pricing2Yaml, and read its values
// (numbers with underscores or `$`, `.inf`, 3.1 price formulas, `{value: X}` overrides).

/** The input is not a Pricing2Yaml file at all (the CLI turns this into exit 2). */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** A number at or above this means "unlimited" in the source (1e9, 1e12, ...). */
export const UNLIMITED_SENTINEL = 1e9;

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Obj = { [k: string]: Json };

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function asObj(v: Json | undefined): Obj {
  return isObj(v) ? v : Object.create(null);
}

export const has = (o: Obj, k: string): boolean => Object.hasOwn(o, k);

/** The parts of a source the import reads, each a prototype-free mapping (empty when absent). */
export interface Source {
  root: Obj;
  features: Obj;
  usageLimits: Obj;
  plans: Obj;
  addOns: Obj;
  variables: Obj;
}

/**
 * The parsed source with no prototype on any object: a feature or plan named `constructor`, `toString` or
 * `hasOwnProperty` is data, never a property of Object.prototype (`in` and `[]` look at own keys only).
 * In place, each node once: YAML aliases share nodes, and copying them (as before) expanded a "billion
 * laughs" source exponentially (8 levels of 10 took 17 s); it also saves a copy of every file.
 */
function dropPrototypes(root: Json): void {
  const seen = new Set<object>();
  // Iterative: a deeply nested source must not overflow the stack here.
  const stack: Json[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const c of node) if (typeof c === 'object' && c !== null) stack.push(c);
    } else {
      Object.setPrototypeOf(node, null);
      for (const k in node) {
        const c = node[k];
        if (typeof c === 'object' && c !== null) stack.push(c!);
      }
    }
  }
}

/** Parses the text; throws ImportError (one line) when it is not a Pricing2Yaml file. */
export function readSource(text: string): Source {
  if (text.includes('\u0000')) throw new ImportError('not a text file');
  // js-yaml for the input: ~10x faster than `yaml` on the corpus (the import + check budget is 3 s for
  // 238 files) and we need no positions from it. Core schema; 1_000_000 is handled by toNumber.
  let data: unknown;
  try {
    data = loadYaml(text, { schema: CORE_SCHEMA, json: true });
  } catch (e) {
    const ex = e as { reason?: string; mark?: { line: number }; message?: string };
    const line = ex.mark ? ` at line ${ex.mark.line + 1}` : '';
    throw new ImportError(`invalid YAML${line}: ${(ex.reason ?? ex.message ?? String(e)).split('\n')[0]}`);
  }
  if (!isObj(data)) throw new ImportError('not a Pricing2Yaml file: the top level is not a mapping');
  dropPrototypes(data);
  if (!('features' in data) || !('saasName' in data || 'plans' in data)) {
    throw new ImportError('not a Pricing2Yaml file: no `saasName`/`plans` and `features`');
  }
  if (data.features !== null && !isObj(data.features))
    throw new ImportError('not a Pricing2Yaml file: `features` is not a mapping');
  return {
    root: data,
    features: asObj(data.features),
    usageLimits: asObj(data.usageLimits),
    plans: asObj(data.plans),
    addOns: asObj(data.addOns),
    variables: asObj(data.variables),
  };
}

const INF = /^[-+]?\.inf$/i;
const DECIMAL = /^[-+]?(\d[\d_]*)?(\.[\d_]*)?([eE][-+]?\d+)?$/;
const DIGIT = /\d/;

/** Numbers as Pricing2Yaml writes them: plain, `.inf`, YAML 1.1 underscores (`1_000_000`), "$10". */
export function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isNaN(v) ? undefined : v;
  if (typeof v !== 'string') return undefined;
  const s = v.trim().replace(/^\$/, '');
  if (INF.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (DECIMAL.test(s) && DIGIT.test(s)) {
    const n = Number(s.replace(/_/g, ''));
    return Number.isNaN(n) ? undefined : n;
  }
  return undefined;
}

/** 3.1 price formulas: `#base * 2` with `variables: {base: 10}`; numbers, + - * / and parentheses only. */
export function evalPrice(expr: string, variables: Obj): number | undefined {
  let s = expr;
  const names = Object.keys(variables).sort((a, b) => b.length - a.length);
  for (const n of names) {
    const v = toNumber(variables[n]);
    if (v === undefined) continue;
    s = s.split(`#${n}`).join(`(${v})`);
  }
  if (s.includes('#')) return undefined;
  const toks = s.match(/\d+(?:\.\d+)?|[-+*/()]|\S/g) ?? [];
  let i = 0;
  const peek = () => toks[i];
  const num = (): number => {
    const t = toks[i++];
    if (t === '(') {
      const v = sum();
      if (toks[i++] !== ')') throw new Error('paren');
      return v;
    }
    if (t === '-') return -num();
    if (t === '+') return num();
    const n = Number(t);
    if (t === undefined || Number.isNaN(n)) throw new Error('token');
    return n;
  };
  const prod = (): number => {
    let v = num();
    while (peek() === '*' || peek() === '/') v = toks[i++] === '*' ? v * num() : v / num();
    return v;
  };
  const sum = (): number => {
    let v = prod();
    while (peek() === '+' || peek() === '-') v = toks[i++] === '+' ? v + prod() : v - prod();
    return v;
  };
  try {
    const v = sum();
    return i === toks.length && Number.isFinite(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

export interface Price {
  price: number | 'contact-sales';
  /** a note when the source price was not a plain number */
  note?: string;
  /** 3.1 `custom: true` beside a list price: sold through sales */
  salesAssisted?: boolean;
}

const FREE_WORD = /^\s*free\s*$/i;
const SALES_WORDS = /^\s*(contact|let'?s talk|custom|get a quote|request|see rates|call)/i;

/** A plan's or add-on's price; what is not a number >= 0 becomes contact-sales (with a note when unexpected). */
export function priceOf(entry: Obj, variables: Obj): Price {
  // 1.x wrote monthlyPrice/annualPrice; 2.x and 3.x write price.
  const raw = entry.price ?? entry.monthlyPrice ?? entry.annualPrice;
  // "Free" is a price of 0 (a $0 add-on is an add-on, r3)
  let n = typeof raw === 'string' && FREE_WORD.test(raw) ? 0 : toNumber(raw);
  let note: string | undefined;
  if (n === undefined && typeof raw === 'string' && raw.includes('#')) {
    n = evalPrice(raw, variables);
    note = n === undefined ? `price formula "${raw}" could not be evaluated: contact-sales` : undefined;
  }
  const custom = entry.custom === true;
  if (n !== undefined && Number.isFinite(n) && n >= 0)
    return custom ? { price: n, salesAssisted: true } : { price: n };
  if (note === undefined && typeof raw === 'string' && !SALES_WORDS.test(raw))
    note = `price "${raw}" is not a number: contact-sales`;
  if (note === undefined && raw === undefined) note = 'no price in the source: contact-sales';
  return note ? { price: 'contact-sales', note } : { price: 'contact-sales' };
}

/** A plan's or add-on's override of a feature/limit: `{value: X}` (2.x) or a bare X. Own keys only: ids are data. */
export function overrideOf(map: Obj, key: string): { found: boolean; value: Json } {
  if (!has(map, key)) return { found: false, value: null };
  const v = map[key] ?? null;
  if (isObj(v) && has(v, 'value')) return { found: true, value: v.value ?? null };
  if (v === null) return { found: false, value: null };
  return { found: true, value: v };
}

const FALSE_WORDS = /^(false|no|none)$/i;

/** Whether a feature value turns the feature on: true, a number > 0, a non-empty list or text. */
export function truthy(v: Json): boolean {
  if (typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.length > 0;
  const n = toNumber(v);
  if (n !== undefined) return n > 0;
  if (typeof v === 'string') return v.trim() !== '' && !FALSE_WORDS.test(v.trim());
  return false;
}

/** The strings of a list value (`dependsOn: [a, b]`); anything else is no list. */
export function stringList(v: Json | undefined): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
