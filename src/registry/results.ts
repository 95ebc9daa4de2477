import { SubsidyError, type ErrorCode } from '../engine/errors';
import type { Evaluation, FunctionSpec, Table } from './define';

/** A result as a spreadsheet holds it: decimals become numbers only here, at the door. */
export function toCellValue(fn: FunctionSpec, value: Evaluation['value']): number | string | Table {
  if (fn.result === 'table') return value as Table;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (Array.isArray(value)) throw new Error(`${fn.name} returned a table but is declared ${fn.result}`);
  return value.toNumber();
}

/**
 * Any failure as an Excel error code and message. A SubsidyError carries its own; anything
 * else is a defect in the engine and says so, rather than passing for a policy answer.
 */
export function toErrorParts(e: unknown): { code: ErrorCode; message: string } {
  if (e instanceof SubsidyError) return { code: e.code, message: e.message };
  const detail = e instanceof Error ? e.message : String(e);
  return { code: '#VALUE!', message: `内部错误，请报告 | internal error, please report: ${detail}` };
}
