import { SubsidyError } from '../src/engine/errors';
import { evaluate, type RawArg, type Evaluation } from '../src/registry/define';
import { lookupFunction } from '../src/registry/registry';
import { toCellValue } from '../src/registry/results';
import { evaluateFormulas, type EvalResult } from '../src/hyperformula/evalFormulas';

/** Runs a registry function through the engine (the path every adapter takes) and returns the cell value. */
export function calc(name: string, ...args: RawArg[]): number | string | (number | string)[][] {
  const fn = lookupFunction(name);
  if (!fn) throw new Error(`no function ${name}`);
  return toCellValue(fn, evaluate(fn, args).value);
}

/** The full evaluation with its explanation steps. */
export function explain(name: string, ...args: RawArg[]): Evaluation {
  const fn = lookupFunction(name);
  if (!fn) throw new Error(`no function ${name}`);
  return evaluate(fn, args, true);
}

/** The error a call raises: its Excel code, message and argument. Fails the test if the call succeeds. */
export function calcError(name: string, ...args: RawArg[]): { code: string; message: string; arg?: string } {
  try {
    const v = calc(name, ...args);
    throw new Error(`expected ${name} to fail, got ${JSON.stringify(v)}`);
  } catch (e) {
    if (e instanceof SubsidyError) return { code: e.code, message: e.message, arg: e.arg };
    throw e;
  }
}

/** Evaluates formulas headlessly exactly as `subsidy eval` does. */
export function hf(...formulas: string[]): EvalResult[] {
  return evaluateFormulas(formulas);
}

/** One formula's value through HyperFormula; throws with the error text if it errs. */
export function hfValue(formula: string): unknown {
  const [r] = evaluateFormulas([formula]);
  if ('error' in r) throw new Error(r.error);
  return r.value;
}
