import fc from 'fast-check';
import { Dec } from '../../src/engine/money';
import { SubsidyError } from '../../src/engine/errors';
import { evaluate, type FunctionSpec, type RawArg } from '../../src/registry/define';
import { FUNCTIONS } from '../../src/registry/registry';
import { toCellValue } from '../../src/registry/results';
import { invalidValues, validArgs } from './arbitraries';

// Seeded, so a failure reproduces: FC_SEED=<n> to explore further.
const SEED = Number(process.env.FC_SEED ?? 20200201);
const RUNS = Number(process.env.FC_RUNS ?? 300);
fc.configureGlobal({ seed: SEED, numRuns: RUNS });

type Outcome = { ok: true; value: unknown } | { ok: false; error: SubsidyError };

function run(fn: FunctionSpec, args: RawArg[]): Outcome {
  try {
    return { ok: true, value: toCellValue(fn, evaluate(fn, args).value) };
  } catch (e) {
    // Anything but a SubsidyError is an exception escaping to Excel: the property fails.
    if (e instanceof SubsidyError) return { ok: false, error: e };
    throw e;
  }
}

/** A result a spreadsheet may show: finite money ≥ 0 with at most two decimals, a label, a table. */
function isCleanValue(fn: FunctionSpec, v: unknown): boolean {
  switch (fn.result) {
    case 'money':
      return typeof v === 'number' && Number.isFinite(v) && v >= 0 && new Dec(v).decimalPlaces() <= 2;
    case 'number':
      return typeof v === 'number' && Number.isInteger(v);
    case 'text':
      // ENTSIZE's labels feed every size argument; other text (POLICY fields) may be empty.
      return fn.name === 'ENTSIZE' ? ['大型', '中型', '小型', '微型'].includes(v as string) : typeof v === 'string';
    case 'table':
      return (
        Array.isArray(v) &&
        v.length > 0 &&
        v.every((r) => Array.isArray(r) && r.length === (v[0] as unknown[]).length) &&
        v.flat().every((c) => typeof c === 'string' || (typeof c === 'number' && Number.isFinite(c)))
      );
  }
}

function isDocumentedError(e: SubsidyError): boolean {
  return ['#VALUE!', '#NUM!', '#N/A'].includes(e.code) && e.zh.length > 0 && e.en.length > 0;
}

describe.each(FUNCTIONS.map((fn) => [fn.name, fn] as const))('%s', (_name, fn) => {
  test('valid inputs give a clean value or a documented error, never NaN or an exception; most give a value', () => {
    let values = 0;
    let calls = 0;
    fc.assert(
      fc.property(validArgs(fn), (args) => {
        calls++;
        const out = run(fn, args);
        if (out.ok) {
          values++;
          return isCleanValue(fn, out.value);
        }
        // A cross-argument rule (end before start, layoffs > insured) may refuse a
        // random combination, but only with a documented error that names its argument.
        return isDocumentedError(out.error) && (out.error.code === '#N/A' || out.error.arg !== undefined);
      }),
    );
    // Not vacuous: random well-typed calls are answered with a value often enough to mean
    // something (cross-argument rules such as BRIDGEFEE's 15-day limit refuse many).
    expect(values / calls).toBeGreaterThan(0.05);
  });

  // The documented example is a call every other argument of which is acceptable, so an
  // error can only come from the one argument made bad.
  const example = [...fn.example, ...Array(Math.max(0, fn.args.length - fn.example.length)).fill(null)];
  const positions = fn.args.map((a, i) => [a, i] as const).filter(([a]) => !a.repeating);
  test.each(positions.map(([a, i]) => [a.name, i] as const))('a bad %s is refused with an error naming it', (argName, i) => {
    const bad = invalidValues(fn.args[i]);
    fc.assert(
      fc.property(fc.constantFrom(...bad), (badValue) => {
        const call = [...example];
        call[i] = badValue;
        const out = run(fn, call);
        if (out.ok) return false;
        return isDocumentedError(out.error) && out.error.arg === argName;
      }),
      { numRuns: bad.length * 3 },
    );
  });
});
