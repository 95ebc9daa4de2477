/**
 * The Excel adapter: what Excel loads at start-up (functions.js, in the shared runtime).
 * It associates every registry function with the id functions.json declares for it, turns
 * Excel's arguments into the engine's raw arguments, and the engine's errors into
 * CustomFunctions.Error. Everything else happens in the engine, exactly as for the
 * HyperFormula adapter (src/hyperformula/plugin.ts), so both give the same cent.
 *
 * Keep this file's import graph small: it is the start-up code path.
 */
import type { FunctionSpec, RawArg, Table } from '../registry/define';
import { evaluate } from '../registry/define';
import { FUNCTIONS } from '../registry/registry';
import { toCellValue, toErrorParts } from '../registry/results';
import type { ErrorCode } from '../engine/errors';
import { functionId } from './metadata';
import { loadPolicyRecords } from '../catalogue/records';
import { loadDocTexts } from '../registry/docTexts';

/** CustomFunctions.ErrorCode's member for each of the engine's codes. Only #VALUE! and #N/A show their message in Excel. */
const EXCEL_ERROR_CODES = {
  '#VALUE!': 'invalidValue',
  '#N/A': 'notAvailable',
  '#NUM!': 'invalidNumber',
} as const satisfies Record<ErrorCode, keyof typeof CustomFunctions.ErrorCode>;

/**
 * Excel's arguments in declaration order as the engine's raw list. Omitted optionals
 * arrive as null (kept: the engine applies the documented default); a repeating argument
 * arrives as one array of its repetitions, which is spread into the list.
 */
export function rawArguments(fn: FunctionSpec, excelArgs: readonly unknown[]): RawArg[] {
  const raw: RawArg[] = [];
  fn.args.forEach((spec, i) => {
    const value = excelArgs[i];
    if (spec.repeating) {
      if (Array.isArray(value)) raw.push(...(value as RawArg[]));
      else if (value !== null && value !== undefined) raw.push(value as RawArg);
    } else {
      raw.push(value === undefined ? null : (value as RawArg));
    }
  });
  return raw;
}

function excelError(e: unknown): CustomFunctions.Error | Error {
  const { code, message } = toErrorParts(e);
  // CustomFunctions.Error needs CustomFunctionsRuntime 1.2; a plain Error still shows #VALUE!.
  if (typeof CustomFunctions === 'undefined' || typeof CustomFunctions.Error !== 'function') return new Error(message);
  // The enum's values are Excel's own error strings, which are also the engine's codes.
  const excelCode = CustomFunctions.ErrorCode?.[EXCEL_ERROR_CODES[code]] ?? (code as CustomFunctions.ErrorCode);
  return new CustomFunctions.Error(excelCode, message);
}

type Result = number | string | Table;

/**
 * One registry function as Excel calls it. Errors are thrown, as Excel expects. A function
 * that reads the policy catalogue or the documentation texts first awaits their chunks
 * (custom functions may return a Promise), so the start-up bundle carries neither.
 */
export function excelImplementation(fn: FunctionSpec): (...args: unknown[]) => Result | Promise<Result> {
  const run = (excelArgs: unknown[]): Result => {
    try {
      return toCellValue(fn, evaluate(fn, rawArguments(fn, excelArgs)).value);
    } catch (e) {
      throw excelError(e);
    }
  };
  const loads = [fn.usesCatalogue && loadPolicyRecords, fn.usesDocTexts && loadDocTexts].filter((l): l is () => Promise<void> => !!l);
  if (loads.length) return async (...excelArgs) => (await Promise.all(loads.map((load) => load())), run(excelArgs));
  return (...excelArgs) => run(excelArgs);
}

/** Associates every registry function; returns the ids associated. */
export function associateAll(): string[] {
  const ids: string[] = [];
  for (const fn of FUNCTIONS) {
    const id = functionId(fn);
    CustomFunctions.associate(id, excelImplementation(fn));
    ids.push(id);
  }
  return ids;
}

// Outside Excel (the task pane opened in a plain browser) there is no CustomFunctions global.
if (typeof CustomFunctions !== 'undefined') associateAll();
