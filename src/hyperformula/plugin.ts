import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ConfigParams,
  type ImplementedFunctions,
} from 'hyperformula';
import { SubsidyError } from '../engine/errors';
import { evaluate, type FunctionSpec, type RawArg } from '../registry/define';
import { FUNCTIONS, NAMESPACE } from '../registry/registry';
import { toCellValue, toErrorParts } from '../registry/results';

const ERROR_TYPES: Record<SubsidyError['code'], ErrorType> = {
  '#VALUE!': ErrorType.VALUE,
  '#NUM!': ErrorType.NUM,
  '#N/A': ErrorType.NA,
};

/** HyperFormula's scalars (rich numbers such as DATE()'s result carry `val`) as plain engine input. */
function toRaw(value: unknown): RawArg {
  if (value === undefined || value === EmptyValue) return null;
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(toRaw));
  if (typeof value === 'object' && value !== null && 'val' in value) return (value as { val: number }).val;
  return value as RawArg;
}

/**
 * Runs one registry function for HyperFormula. Every failure becomes a CellError: an
 * exception escaping a plugin would abort HyperFormula's whole build.
 */
export function runForHyperFormula(fn: FunctionSpec, args: unknown[]): unknown {
  try {
    const { value } = evaluate(fn, args.map(toRaw));
    const cell = toCellValue(fn, value);
    if (Array.isArray(cell)) return SimpleRangeValue.onlyValues(cell);
    return cell;
  } catch (e) {
    const { code, message } = toErrorParts(e);
    return new CellError(ERROR_TYPES[code], message);
  }
}

const methodName = (fn: FunctionSpec) => `subsidy_${fn.name}`;
const sizeMethodName = (fn: FunctionSpec) => `subsidy_size_${fn.name}`;

function metadataFor(fn: FunctionSpec): ImplementedFunctions[string] {
  const repeats = fn.args.some((a) => a.repeating);
  return {
    method: methodName(fn),
    // NOERROR: an error arriving from another cell propagates, as in Excel.
    parameters: fn.args.map((a) => ({ argumentType: FunctionArgumentType.NOERROR, optionalArg: a.optional })),
    ...(repeats ? { repeatLastArgs: 1 } : {}),
    ...(fn.result === 'table' ? { sizeOfResultArrayMethod: sizeMethodName(fn), vectorizationForbidden: true } : {}),
  };
}

/** The literal value of an argument's AST where it is one (for array size prediction), else undefined. */
function literalOf(ast: { type?: string; value?: unknown }): RawArg | undefined {
  if (ast.type === 'NUMBER' || ast.type === 'STRING') return ast.value as RawArg;
  if (ast.type === 'EMPTY') return null;
  return undefined;
}

class SubsidyPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    FUNCTIONS.map((fn) => [`${NAMESPACE}.${fn.name}`, metadataFor(fn)]),
  );
}

for (const fn of FUNCTIONS) {
  const proto = SubsidyPlugin.prototype as unknown as Record<string, unknown>;
  proto[methodName(fn)] = function (this: any, ast: any, state: any) {
    return this.runFunction(ast.args, state, this.metadata(`${NAMESPACE}.${fn.name}`), (...args: unknown[]) =>
      runForHyperFormula(fn, args),
    );
  };
  if (fn.result === 'table') {
    proto[sizeMethodName(fn)] = function (ast: { args: { type?: string; value?: unknown }[] }) {
      const shape = fn.tableShape?.(ast.args.map(literalOf));
      return shape ? new ArraySize(shape.cols, shape.rows) : ArraySize.error();
    };
  }
}

let registered = false;

/** Registers the SUBSIDY plugin once per process, with a translation entry for every function. */
export function registerSubsidyPlugin(): void {
  if (registered) return;
  const names = Object.fromEntries(FUNCTIONS.map((fn) => [`${NAMESPACE}.${fn.name}`, `${NAMESPACE}.${fn.name}`]));
  HyperFormula.registerFunctionPlugin(SubsidyPlugin, { enGB: names });
  registered = true;
}

/**
 * Engine settings shared by `subsidy eval`, the templates and `subsidy audit`. HyperFormula
 * is used under its GPLv3 licence key; maxRows is raised from the 40,000 default to Excel's
 * limit. precisionRounding: HyperFormula rounds every number it hands out to
 * precisionRounding + 1 significant digits, and its default 10 turned a waiver of
 * 2,183,950,597.63 into 2,183,950,597.6; 14 keeps the cents of any amount up to 10^12 while
 * still hiding binary noise in the 17th digit.
 */
export const HF_CONFIG: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3',
  maxRows: 1_048_576,
  maxColumns: 16_384,
  useArrayArithmetic: false,
  precisionRounding: 14,
};
