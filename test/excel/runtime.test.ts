/**
 * The Excel runtime entry (src/excel/functions.ts) against a fake CustomFunctions global:
 * what it associates, and how Excel's arguments and the engine's errors cross the door.
 */
import { defineFunction, evaluate, repeating, required, type FunctionSpec, type RawArg } from '../../src/registry/define';
import { FUNCTIONS } from '../../src/registry/registry';
import { toCellValue } from '../../src/registry/results';
import { quantity, YUAN } from '../../src/engine/args';

class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

type Impl = (...args: unknown[]) => unknown;
const associated = new Map<string, Impl>();
const calls: string[] = [];
let runtime: typeof import('../../src/excel/functions');

beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    associate(id: string, impl: Impl) {
      calls.push(id);
      associated.set(id, impl);
    },
    Error: FakeCustomFunctionsError,
    ErrorCode,
  };
  jest.isolateModules(() => {
    runtime = require('../../src/excel/functions');
  });
});

afterAll(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

function call(id: string, ...args: unknown[]): unknown {
  const impl = associated.get(id);
  if (!impl) throw new Error(`${id} is not associated`);
  return impl(...args);
}

/** The error a call throws; fails if it returns. */
function thrown(id: string, ...args: unknown[]): FakeCustomFunctionsError {
  let result: unknown;
  try {
    result = call(id, ...args);
  } catch (e) {
    expect(e).toBeInstanceOf(FakeCustomFunctionsError);
    return e as FakeCustomFunctionsError;
  }
  throw new Error(`expected ${id} to throw, got ${JSON.stringify(result)}`);
}

/** A function's example as Excel passes it: a repeating argument's values arrive as one array. */
function asExcelArgs(fn: FunctionSpec, raw: readonly RawArg[]): unknown[] {
  const at = fn.args.findIndex((a) => a.repeating);
  if (at < 0) return [...raw, ...Array(Math.max(0, fn.args.length - raw.length)).fill(null)];
  const fixed = [...raw.slice(0, at), ...Array(Math.max(0, at - raw.length)).fill(null)];
  return [...fixed, raw.slice(at)];
}

describe('src/excel/functions.ts', () => {
  test('associates every registry function exactly once, by its metadata id, and nothing else', () => {
    expect(calls.length).toBe(FUNCTIONS.length);
    expect([...calls].sort()).toEqual(FUNCTIONS.map((fn) => fn.name.toUpperCase()).sort());
    expect(new Set(calls).size).toBe(calls.length);
  });

  test('every function gives, for its documented example, what the engine gives', async () => {
    for (const fn of FUNCTIONS) {
      const expected = toCellValue(fn, evaluate(fn, fn.example).value);
      // Catalogue functions and EXPLAIN return a Promise: they first load their chunk.
      const value = await call(fn.name.toUpperCase(), ...asExcelArgs(fn, fn.example));
      expect({ fn: fn.name, value }).toEqual({ fn: fn.name, value: expected });
    }
  });

  test('only the functions that need a chunk (the catalogue, the documentation texts) are asynchronous', () => {
    for (const fn of FUNCTIONS) {
      const result = call(fn.name.toUpperCase(), ...asExcelArgs(fn, fn.example));
      expect({ fn: fn.name, async: result instanceof Promise }).toEqual({ fn: fn.name, async: Boolean(fn.usesCatalogue || fn.usesDocTexts) });
    }
    expect(FUNCTIONS.filter((fn) => fn.usesDocTexts).map((fn) => fn.name)).toEqual(['EXPLAIN']);
  });

  test('STEAMPRICE(0.7, "2020-03-01") is 168', () => {
    expect(call('STEAMPRICE', 0.7, '2020-03-01')).toBe(168);
  });

  test('RENTRELIEF(10000, "weihai", "soe", "工业") is 30000', () => {
    expect(call('RENTRELIEF', 10000, 'weihai', 'soe', '工业', null)).toBe(30000);
  });

  test('RENTSCHEDULE spills a 7 × 5 array of numbers and text', () => {
    const table = call('RENTSCHEDULE', 10000, 'weihai', 'city-soe', '餐饮', null) as unknown[][];
    expect(Array.isArray(table)).toBe(true);
    expect(table).toHaveLength(7);
    for (const row of table) {
      expect(row).toHaveLength(5);
      for (const cell of row) expect(['number', 'string']).toContain(typeof cell);
    }
  });

  test('Excel dates arrive as serial numbers', () => {
    // 43891 = 2020-03-01 in Excel's 1900 date system.
    expect(call('STEAMPRICE', 0.7, 43891)).toBe(call('STEAMPRICE', 0.7, '2020-03-01'));
  });

  test('an unpriced pressure is #N/A (notAvailable) with a message naming the argument', () => {
    const e = thrown('STEAMPRICE', 0.9, null);
    expect(e.code).toBe(ErrorCode.notAvailable);
    expect(e.message).toContain('pressure');
  });

  test('negative money is #NUM! (invalidNumber); an unknown code is #VALUE! (invalidValue)', () => {
    const num = thrown('RENTRELIEF', -1, 'weihai', 'soe', '工业', null);
    expect(num.code).toBe(ErrorCode.invalidNumber);
    expect(num.message).toContain('monthlyRent');
    const value = thrown('RENTRELIEF', 10000, 'atlantis', 'soe', '工业', null);
    expect(value.code).toBe(ErrorCode.invalidValue);
    expect(value.message).toContain('region');
  });

  test('a missing required argument is #VALUE! naming it', () => {
    const e = thrown('RENTRELIEF', null, 'weihai', 'soe', '工业', null);
    expect(e.code).toBe(ErrorCode.invalidValue);
    expect(e.message).toContain('monthlyRent');
  });

  test('null for an omitted optional argument applies its default, as do missing trailing arguments', () => {
    expect(call('STEAMPRICE', 0.7, null)).toBe(call('STEAMPRICE', 0.7));
    expect(call('RENTRELIEF', 10000, 'weihai', 'soe', '工业', null)).toBe(call('RENTRELIEF', 10000, 'weihai', 'soe', '工业', 'sme'));
  });

  test('a one-cell range reads as its value; a larger range in a scalar slot is #VALUE!', () => {
    expect(call('STEAMPRICE', [[0.7]], '2020-03-01')).toBe(168);
    expect(thrown('STEAMPRICE', [[0.7, 1.1]], '2020-03-01').code).toBe(ErrorCode.invalidValue);
  });

  test('an engine defect is #VALUE! saying so, not a policy answer', () => {
    const broken = defineFunction({
      name: 'BROKEN',
      group: 'tax',
      description: { zh: '故障', en: 'broken' },
      returns: { zh: '元', en: 'yuan' },
      result: 'money',
      args: [required('x', quantity(YUAN), { zh: 'x', en: 'x' })] as const,
      sources: [],
      example: [1],
      compute() {
        throw new TypeError('boom');
      },
    });
    let error: unknown;
    try {
      runtime.excelImplementation(broken)(1);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FakeCustomFunctionsError);
    expect((error as FakeCustomFunctionsError).code).toBe(ErrorCode.invalidValue);
    expect((error as FakeCustomFunctionsError).message).toMatch(/internal error.*boom/);
  });

  test('a repeating argument arrives as one array and is spread into the raw argument list', () => {
    const seen: unknown[][] = [];
    const spy = defineFunction({
      name: 'SPY',
      group: 'catalogue',
      description: { zh: '探针', en: 'spy' },
      returns: { zh: '个数', en: 'count' },
      result: 'number',
      args: [required('first', quantity(YUAN), { zh: 'a', en: 'a' }), repeating('rest', { zh: 'b', en: 'b' })] as const,
      sources: [],
      example: [1, 2, 3],
      compute([, rest]) {
        seen.push(rest);
        return rest.length;
      },
    });
    const impl = runtime.excelImplementation(spy);
    expect(impl(1, [2, 'x', null])).toBe(3);
    expect(seen[0]).toEqual([2, 'x', null]);
    expect(runtime.rawArguments(spy, [1, [2, 3]])).toEqual([1, 2, 3]);
    expect(runtime.rawArguments(spy, [1, null])).toEqual([1]);
    expect(runtime.rawArguments(spy, [1, []])).toEqual([1]);
    expect(runtime.rawArguments(spy, [1])).toEqual([1]);
  });

  test('without CustomFunctions.Error (a host older than CustomFunctionsRuntime 1.2) errors still throw', () => {
    const g = globalThis as { CustomFunctions: { Error?: unknown } };
    const saved = g.CustomFunctions.Error;
    delete g.CustomFunctions.Error;
    try {
      expect(() => call('STEAMPRICE', 0.9)).toThrow(/pressure/);
    } finally {
      g.CustomFunctions.Error = saved;
    }
  });
});
