import fc from 'fast-check';
import type { ArgSpec, FunctionSpec, RawArg } from '../../src/registry/define';
import { FUNCTIONS } from '../../src/registry/registry';
import type { CodeDef } from '../../src/engine/codes';

/** Excel serials of the sweep's span: 2019-12-01 … 2021-01-31. */
export const FIRST_SERIAL = 43800;
export const LAST_SERIAL = 44227;

const serial = fc.integer({ min: FIRST_SERIAL, max: LAST_SERIAL });
const isoOf = (s: number) => new Date((s - 25569) * 86400000).toISOString().slice(0, 10);

/** Every spelling a code type accepts: code, Chinese and English names, aliases. */
function spellings(defs: readonly CodeDef<string>[]): string[] {
  return defs.flatMap((d) => [d.code, d.zh, d.en, ...(d.aliases ?? [])]);
}

/**
 * A well-typed value for an argument, by its declared kind. Cross-argument rules (an end
 * after its start, layoffs ≤ insured) are left to chance on purpose: the property is that
 * whatever the combination, the answer is a clean value or a documented error.
 */
export function validArg(spec: ArgSpec<unknown, unknown>): fc.Arbitrary<RawArg> {
  const type = spec.type as ArgSpec['type'] & { defs?: readonly CodeDef<string>[] };
  let arb: fc.Arbitrary<RawArg>;
  if (type.defs) arb = fc.constantFrom(...spellings(type.defs));
  else {
    switch (type.kind) {
      case 'quantity':
        arb = fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 1e11 }).map((c) => c / 100));
        break;
      case 'count':
        arb = fc.integer({ min: 0, max: 400 });
        break;
      case 'rate':
        arb = fc.integer({ min: 0, max: 1500 }).map((x) => x / 10000);
        break;
      case 'date':
      case 'month':
        arb = fc.oneof(serial, serial.map(isoOf));
        break;
      case 'year':
        arb = fc.integer({ min: 2015, max: 2025 });
        break;
      case 'boolean':
        arb = fc.boolean();
        break;
      case 'pressure':
        arb = fc.constantFrom<RawArg>(0.7, 1.1, 1.3, 2.4, '1.3MPa', '2.4 MPa');
        break;
      case 'policyId':
        arb = fc.constantFrom('000#1', '000#49', '000#67', '001#5', '002#7', '003#2', '004#3', '004#20');
        break;
      case 'text':
        arb = fc.constantFrom(...FUNCTIONS.filter((f) => f.name !== 'EXPLAIN').map((f) => f.name));
        break;
      default:
        throw new Error(`no generator for argument kind ${type.kind}`);
    }
  }
  return spec.optional ? fc.option(arb, { nil: null, freq: 3 }) : arb;
}

/** Arguments for one call of `fn`; EXPLAIN gets a function name and that function's own arguments. */
export function validArgs(fn: FunctionSpec): fc.Arbitrary<RawArg[]> {
  if (fn.name === 'EXPLAIN') {
    const targets = FUNCTIONS.filter((f) => f.name !== 'EXPLAIN');
    return fc.constantFrom(...targets).chain((t) => validArgs(t).map((args) => [t.name, ...args]));
  }
  return fc.tuple(...fn.args.map((a) => validArg(a))) as fc.Arbitrary<RawArg[]>;
}

/** Values no argument of this kind accepts. */
export function invalidValues(spec: ArgSpec<unknown, unknown>): RawArg[] {
  const type = spec.type as ArgSpec['type'] & { defs?: readonly CodeDef<string>[] };
  const hostile: RawArg[] = [[[1, 2], [3, 4]]];
  if (!spec.optional) hostile.push('', null);
  if (type.defs) return [...hostile, 'no-such-code', 5, true];
  switch (type.kind) {
    case 'quantity':
    case 'count':
      return [...hostile, 'abc', '100', -1, NaN, Infinity, -Infinity, 1e300, true];
    case 'rate':
      return [...hostile, 'abc', -0.01, 16, 1.0001, NaN, Infinity, true];
    case 'date':
    case 'month':
      return [...hostile, 'soon', '2020-02-30', '2020-13', -5, NaN, Infinity, true];
    case 'year':
      return [...hostile, 'abc', 20.5, -2020, NaN, true];
    case 'boolean':
      return [...hostile, 'yes', 2, NaN];
    case 'pressure':
      return [...hostile, 'high', -0.7, NaN, true];
    case 'policyId':
      return [...hostile, '999#1', 'abc', 5];
    case 'text':
      return [...hostile, 'NOSUCHFUNCTION', 5];
    default:
      return hostile;
  }
}
