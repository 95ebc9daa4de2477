import type { ArgType, Scalar } from '../engine/args';
import { SubsidyError, valueError, type Bilingual } from '../engine/errors';
import { roundYuan, type Dec } from '../engine/money';
import { Trace, type Step } from '../engine/trace';

/** A cell of a spilled result. */
export type Cell = number | string;
export type Table = Cell[][];

/** What a function returns, which decides how adapters show it and whether the final rounding applies. */
export type ResultKind = 'money' | 'number' | 'text' | 'table';

export type Group = 'social' | 'employment' | 'rent' | 'finance' | 'utilities' | 'tax' | 'catalogue';

/** What an adapter passes for one argument: a scalar, null/undefined when omitted, or a range. */
export type RawArg = Scalar | null | undefined | RawArg[][];

export interface ArgSpec<T = unknown, V = T> {
  name: string;
  type: ArgType<T>;
  description: Bilingual;
  optional: boolean;
  /** Applied when the argument is omitted (Excel passes null; TypeScript defaults never apply). */
  defaultValue?: T;
  /** How the default is described in docs and explanations. */
  defaultText?: Bilingual;
  repeating?: boolean;
  /** Phantom: the value the calculator receives (T, or T | null for an optional argument without default). */
  readonly _value?: V;
}

export function required<T>(name: string, type: ArgType<T>, description: Bilingual): ArgSpec<T, T> {
  return { name, type, description, optional: false };
}

export function optional<T>(name: string, type: ArgType<T>, description: Bilingual): ArgSpec<T, T | null> {
  return { name, type, description, optional: true };
}

export function withDefault<T>(
  name: string,
  type: ArgType<T>,
  description: Bilingual,
  defaultValue: T,
  defaultText: Bilingual,
): ArgSpec<T, T> {
  return { name, type, description, optional: true, defaultValue, defaultText };
}

/** A trailing argument that may repeat (EXPLAIN's args…); the calculator receives the raw values. */
export function repeating(name: string, description: Bilingual): ArgSpec<RawArg, RawArg[]> {
  const passThrough: ArgType<RawArg> = {
    kind: 'any',
    accepts: { zh: '任意值', en: 'any value' },
    parse: (raw) => raw,
    show: (v) => (typeof v === 'number' || typeof v === 'string' ? v : String(v)),
  };
  return { name, type: passThrough, description, optional: true, repeating: true };
}

type Values<A extends readonly ArgSpec<any, any>[]> = {
  [K in keyof A]: A[K] extends ArgSpec<any, infer V> ? V : never;
};

export type Computed = Dec | number | string | Table;

export interface FunctionSpec {
  name: string;
  group: Group;
  description: Bilingual;
  /** What the result is, in words, for docs ("元", "年份"). */
  returns: Bilingual;
  result: ResultKind;
  args: readonly ArgSpec<any, any>[];
  /** Seed clauses (`NNN#item`) and external rules the function implements. */
  sources: readonly string[];
  /** Arguments of one worked example, for the generated reference (its value is computed, never written down). */
  example: readonly RawArg[];
  /**
   * For a table result: its rows and columns, given the arguments that are literals in the
   * formula (undefined where an argument is a reference or expression). Spreadsheet engines
   * size a spill before computing it, so this must be an upper bound.
   */
  tableShape?(literals: readonly (RawArg | undefined)[]): { rows: number; cols: number };
  /** Reads the policy catalogue, which the Excel start-up bundle loads only on first use. */
  usesCatalogue?: boolean;
  /** Shows argument descriptions (EXPLAIN's input steps), which the browser build loads on first use (docTexts.ts). */
  usesDocTexts?: boolean;
  compute(values: readonly unknown[], trace: Trace): Computed;
}

export function defineFunction<A extends readonly ArgSpec<any, any>[]>(spec: {
  name: string;
  group: Group;
  description: Bilingual;
  returns: Bilingual;
  result: ResultKind;
  args: readonly [...A];
  sources: readonly string[];
  example: readonly RawArg[];
  tableShape?(literals: readonly (RawArg | undefined)[]): { rows: number; cols: number };
  usesCatalogue?: boolean;
  usesDocTexts?: boolean;
  compute(values: Values<A>, trace: Trace): Computed;
}): FunctionSpec {
  return spec as unknown as FunctionSpec;
}

export interface Evaluation {
  value: Dec | number | string | Table;
  steps: Step[];
}

const SCALAR_EXPECTED: Bilingual = { zh: '单个值（不是区域）', en: 'a single value, not a range' };
const REQUIRED: Bilingual = { zh: '必填值（不能省略或为空）', en: 'a value (it may not be omitted or empty)' };

/**
 * The one path every door takes into the engine: coerce each raw argument by its declared
 * type, compute, and round a money result once, half-up to 0.01, as a named step.
 */
export function evaluate(fn: FunctionSpec, raw: readonly RawArg[], recording = false): Evaluation {
  const trace = new Trace(recording);
  const values: unknown[] = [];
  fn.args.forEach((spec, i) => {
    if (spec.repeating) {
      values.push(raw.slice(i));
      return;
    }
    const value = coerce(spec, raw[i]);
    if (recording && value !== null) trace.add(inputLabel(spec), spec.type.show(value), inputRule(spec, raw[i]));
    values.push(value);
  });
  if (!fn.args.some((a) => a.repeating) && raw.length > fn.args.length) {
    const extra = raw.slice(fn.args.length).some((r) => !isOmitted(r));
    if (extra) {
      throw new SubsidyError('#VALUE!', {
        zh: `${fn.name} 最多接受 ${fn.args.length} 个参数，收到 ${raw.length} 个`,
        en: `${fn.name} takes at most ${fn.args.length} arguments, got ${raw.length}`,
      });
    }
  }
  const computed = fn.compute(values, trace);
  if (fn.result !== 'money') return { value: computed, steps: trace.steps };
  const amount = computed as Dec;
  const rounded = roundYuan(amount);
  trace.add(
    { zh: '结果（四舍五入到分）', en: 'result (rounded half-up to 0.01)' },
    rounded,
    amount.equals(rounded)
      ? { zh: `${amount.toString()}，无需舍入`, en: `${amount.toString()}, no rounding needed` }
      : { zh: `${amount.toString()} 四舍五入到 0.01 元`, en: `${amount.toString()} rounded half-up to 0.01 yuan` },
  );
  return { value: rounded, steps: trace.steps };
}

function inputLabel(spec: ArgSpec<any, any>): Bilingual {
  // Blank only while the browser's texts are still loading (docTexts.ts), for callers that did not wait.
  const d = spec.description;
  return {
    zh: d.zh ? `输入 ${spec.name}（${d.zh}）` : `输入 ${spec.name}`,
    en: d.en ? `input ${spec.name} (${d.en})` : `input ${spec.name}`,
  };
}

function inputRule(spec: ArgSpec<any, any>, raw: RawArg): Bilingual {
  if (!isOmitted(raw)) return { zh: '用户输入', en: 'as entered' };
  const d = spec.defaultText;
  return d?.zh ? { zh: `省略，取默认值：${d.zh}`, en: `omitted; default: ${d.en}` } : { zh: '省略，取默认值', en: 'omitted; default' };
}

function isOmitted(raw: RawArg): boolean {
  return raw === null || raw === undefined || raw === '';
}

function coerce(spec: ArgSpec<any, any>, raw: RawArg): unknown {
  let r = raw;
  if (Array.isArray(r)) {
    // A one-cell range is that cell's value, as Excel itself reads =SUBSIDY.X(A1:A1).
    if (r.length === 1 && Array.isArray(r[0]) && r[0].length === 1) r = r[0][0];
    else throw valueError(spec.name, SCALAR_EXPECTED, r);
  }
  if (isOmitted(r)) {
    if (!spec.optional) throw valueError(spec.name, REQUIRED);
    return spec.defaultValue === undefined ? null : spec.defaultValue;
  }
  return spec.type.parse(r as Scalar, spec.name);
}
