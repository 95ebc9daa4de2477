/**
 * Excel's custom-functions metadata (functions.json), generated from the registry so the
 * JSON, the runtime's associations and the engine can never list different functions.
 * Schema: https://developer.microsoft.com/json-schemas/office-js/custom-functions.schema.json
 *
 * Every parameter is declared `type: "any"`: Excel then hands the raw cell value to the
 * engine, which gives its own bilingual #VALUE!/#NUM! message naming the argument, instead
 * of Excel's silent #VALUE! for a type mismatch. Scalars only: a range in a scalar slot is
 * lifted by Excel itself (one call per cell), as for its built-in functions.
 */
import type { FunctionSpec } from '../registry/define';
import { FUNCTIONS } from '../registry/registry';

export type MetadataLanguage = 'en' | 'zh';

export interface CustomFunctionParameter {
  name: string;
  description: string;
  type: 'any';
  dimensionality: 'scalar';
  optional?: true;
  repeating?: true;
}

export interface CustomFunctionResult {
  type?: 'number' | 'string';
  dimensionality: 'scalar' | 'matrix';
}

export interface CustomFunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: CustomFunctionParameter[];
  result: CustomFunctionResult;
}

export interface CustomFunctionsMetadata {
  functions: CustomFunctionMetadata[];
}

/**
 * The id Excel and the runtime share for a function (`CustomFunctions.associate(id, …)`).
 * The same upper-case English name in every language: the name is the public contract and
 * is stored in workbooks as `_xldudf_SUBSIDY_NAME`, so it must not vary with the UI language.
 */
export function functionId(fn: FunctionSpec): string {
  return fn.name.toUpperCase();
}

function resultOf(fn: FunctionSpec): CustomFunctionResult {
  switch (fn.result) {
    case 'table':
      return { dimensionality: 'matrix' };
    case 'text':
      return { type: 'string', dimensionality: 'scalar' };
    case 'money':
    case 'number':
      return { type: 'number', dimensionality: 'scalar' };
  }
}

function functionMetadata(fn: FunctionSpec, lang: MetadataLanguage): CustomFunctionMetadata {
  const id = functionId(fn);
  return {
    id,
    name: id,
    description: fn.description[lang],
    parameters: fn.args.map((arg) => ({
      name: arg.name,
      description: arg.description[lang],
      type: 'any',
      dimensionality: 'scalar',
      ...(arg.optional || arg.repeating ? { optional: true as const } : {}),
      ...(arg.repeating ? { repeating: true as const } : {}),
    })),
    result: resultOf(fn),
  };
}

/** The metadata for one UI language: English for functions.json, Chinese for functions.zh-CN.json. */
export function buildMetadata(lang: MetadataLanguage, functions: readonly FunctionSpec[] = FUNCTIONS): CustomFunctionsMetadata {
  return { functions: functions.map((fn) => functionMetadata(fn, lang)) };
}
