/**
 * The calculator form of a registry function, as data: one field per argument with its
 * control (number, rate, date, month, checkbox, drop-down of codes, text, or an argument
 * list for a repeating argument), and the conversions both ways between what the user
 * typed, the engine's raw arguments and the formula text Excel gets. Pure: the DOM view
 * (calcView.ts) renders this; unit tests check it for every function.
 */
import type { Bilingual } from '../../engine/errors';
import type { ArgSpec, FunctionSpec, RawArg } from '../../registry/define';
import { FUNCTIONS, NAMESPACE } from '../../registry/registry';
import { FormulaSyntaxError, parseArgumentList, resolveArgument } from '../excel/formulaArgs';

export type Control = 'number' | 'rate' | 'date' | 'month' | 'checkbox' | 'select' | 'text' | 'args';

export interface CodeOption {
  value: string;
  zh: string;
  en: string;
  /** Other spellings the engine accepts (for matching examples and pasted values). */
  aliases?: readonly string[];
}

export interface FieldModel {
  name: string;
  description: Bilingual;
  /** The argument type's kind (quantity, count, rate, date, month, year, boolean, text, region, …). */
  kind: string;
  control: Control;
  optional: boolean;
  repeating: boolean;
  unit?: Bilingual;
  /** What the argument accepts, in words (undefined when it cannot be known before the catalogue loads). */
  accepts?: Bilingual;
  defaultText?: Bilingual;
  /** For a checkbox: the value an omitted argument takes. */
  defaultChecked?: boolean;
  options?: CodeOption[];
}

export interface FormModel {
  name: string;
  description: Bilingual;
  returns: Bilingual;
  fields: FieldModel[];
}

/** What a control holds: text for inputs and drop-downs, a boolean for a checkbox. */
export type InputValue = string | boolean;

const NUMERIC_KINDS = new Set(['quantity', 'count', 'year', 'pressure']);

function controlOf(spec: ArgSpec<any, any>): Control {
  if (spec.repeating) return 'args';
  const type = spec.type as { kind: string; defs?: unknown };
  if (Array.isArray(type.defs)) return 'select';
  switch (type.kind) {
    case 'quantity':
    case 'count':
    case 'year':
      return 'number';
    case 'rate':
      return 'rate';
    case 'date':
      return 'date';
    case 'month':
      return 'month';
    case 'boolean':
      return 'checkbox';
    default:
      return NUMERIC_KINDS.has(type.kind) ? 'number' : 'text';
  }
}

function acceptsOf(spec: ArgSpec<any, any>): Bilingual | undefined {
  try {
    // The policy-id type reads the catalogue to say which ids exist; before it loads, say nothing.
    return spec.type.accepts;
  } catch {
    return undefined;
  }
}

export function fieldModel(spec: ArgSpec<any, any>): FieldModel {
  const control = controlOf(spec);
  const type = spec.type as {
    kind: string;
    unit?: Bilingual;
    defs?: readonly { code: string; zh: string; en: string; aliases?: readonly string[] }[];
  };
  const field: FieldModel = {
    name: spec.name,
    description: spec.description,
    kind: type.kind,
    control,
    optional: spec.optional,
    repeating: spec.repeating === true,
    unit: type.unit,
    accepts: acceptsOf(spec),
    defaultText: spec.defaultText,
  };
  if (control === 'select') field.options = type.defs!.map((d) => ({ value: d.code, zh: d.zh, en: d.en, aliases: d.aliases }));
  if (control === 'checkbox') field.defaultChecked = spec.defaultValue === true;
  return field;
}

export function formModel(fn: FunctionSpec): FormModel {
  const fields = fn.args.map(fieldModel);
  if (fn.name === 'EXPLAIN' && fields[0]?.control === 'text') {
    // EXPLAIN's first argument names a function: offer the registry's names.
    fields[0] = {
      ...fields[0],
      control: 'select',
      options: FUNCTIONS.filter((f) => f.name !== 'EXPLAIN').map((f) => ({ value: f.name, zh: f.name, en: f.name })),
    };
  }
  return { name: fn.name, description: fn.description, returns: fn.returns, fields };
}

/** "10,000" / "１２.５" / " 3e3 " → a number; anything else stays text (the engine then names the argument). */
export function numberFromText(text: string): number | string {
  const s = text.normalize('NFKC').replace(/[,\s]/g, '');
  return /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i.test(s) ? Number(s) : text.trim();
}

/** "16%" → 0.16 (exactly as Excel reads it), "0.16" → 0.16. */
export function rateFromText(text: string): number | string {
  const s = text.normalize('NFKC').replace(/[,\s]/g, '');
  const pct = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+))%$/.exec(s);
  if (pct) return Number(`${pct[1]}e-2`);
  return numberFromText(text);
}

export class ArgsListError extends Error {
  constructor(
    readonly field: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** A repeating argument's text ("0.7, 300, \"2020-01-15\"") as values: literals only. */
export function argsFromText(field: string, text: string): RawArg[] {
  let exprs;
  try {
    exprs = parseArgumentList(text);
  } catch (e) {
    throw new ArgsListError(field, e instanceof FormulaSyntaxError ? e.message : String(e));
  }
  return exprs.map((x) => {
    const r = resolveArgument(x, () => undefined, () => ({ kind: 'unsupported', text: x.text }));
    if (r.kind !== 'value') throw new ArgsListError(field, x.text);
    return r.value;
  });
}

/** One field's input as the engine's raw argument (null when left empty). */
export function rawFromInput(field: FieldModel, input: InputValue | undefined): RawArg {
  if (field.control === 'checkbox') {
    const checked = input === true;
    // An optional checkbox left at its default is "omitted", so the explanation says "default".
    if (field.optional && checked === (field.defaultChecked ?? false)) return null;
    return checked;
  }
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '') return null;
  switch (field.control) {
    case 'number':
      return numberFromText(text);
    case 'rate':
      return rateFromText(text);
    default:
      return text;
  }
}

/** The engine's raw arguments for a form's inputs (a repeating argument's values are spread). */
export function rawArgs(model: FormModel, inputs: readonly (InputValue | undefined)[]): RawArg[] {
  const raw: RawArg[] = [];
  model.fields.forEach((f, i) => {
    if (f.repeating) raw.push(...argsFromText(f.name, typeof inputs[i] === 'string' ? (inputs[i] as string) : ''));
    else raw.push(rawFromInput(f, inputs[i]));
  });
  return raw;
}

/** Whether every required field has a value (the form computes only then). */
export function requiredFilled(model: FormModel, inputs: readonly (InputValue | undefined)[]): boolean {
  return model.fields.every((f, i) => f.optional || f.control === 'checkbox' || (typeof inputs[i] === 'string' && (inputs[i] as string).trim() !== ''));
}

/** One argument as formula text: "text" quoted with "" doubled, TRUE/FALSE, numbers as typed; empty when omitted. */
export function literal(v: RawArg): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return `"${v.replace(/"/g, '""')}"`;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(v);
  throw new Error('a range cannot be written as a literal');
}

/** The formula Excel gets for these raw arguments: `=SUBSIDY.NAME(a,b,,d)`, trailing omissions dropped. */
export function formulaFor(name: string, raw: readonly RawArg[]): string {
  const parts = raw.map(literal);
  while (parts.length && parts[parts.length - 1] === '') parts.pop();
  return `=${NAMESPACE}.${name}(${parts.join(',')})`;
}

/** A raw example value as what the form's control shows (the "fill example" button). */
export function inputFromRaw(field: FieldModel, v: RawArg): InputValue {
  if (field.control === 'checkbox') return v === true || v === 1;
  if (v === null || v === undefined) return '';
  if (field.control === 'rate' && typeof v === 'number') return `${Number((v * 100).toPrecision(12))}%`;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (field.control === 'select' && typeof v === 'string') {
    // The example may use a Chinese name or alias ("工业"); the drop-down holds codes.
    const folded = fold(v);
    const hit = field.options?.find((o) => [o.value, o.zh, o.en, ...(o.aliases ?? [])].some((s) => fold(s) === folded));
    return hit ? hit.value : v;
  }
  return String(v);
}

function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s\-_、，,·.]/g, '');
}

/** The form inputs of a function's documented example. */
export function exampleInputs(fn: FunctionSpec, model: FormModel = formModel(fn)): InputValue[] {
  return model.fields.map((f, i) => {
    if (f.repeating) return fn.example.slice(i).map(literal).join(', ');
    return inputFromRaw(f, fn.example[i]);
  });
}
