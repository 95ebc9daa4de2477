/**
 * Engine throughput: calls per second of every registry function (its documented example,
 * 100,000 calls through `evaluate`, explanation off), and the same calculators with plain
 * floats behind the money API (bench/floatMoney.ts) — the price of decimal money as a ratio.
 * Run: npx ts-node --transpile-only bench/engine.ts [calls]   (or as part of npm run bench)
 */
import { runChild } from './child';

export interface EngineRow {
  fn: string;
  decimalPerSec: number;
  floatPerSec: number;
  ratio: number;
}

/** Runs in a child: loads the registry (with floats swapped in when asked) and times each example. */
function child(calls: number, floats: boolean): void {
  if (floats) {
    const moneyPath = require.resolve('../src/engine/money');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const floatMoney = require('./floatMoney');
    require.cache[moneyPath] = { id: moneyPath, filename: moneyPath, loaded: true, exports: floatMoney } as NodeModule;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { FUNCTIONS } = require('../src/registry/registry');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { evaluate } = require('../src/registry/define');
  const out: Record<string, number> = {};
  for (const fn of FUNCTIONS) {
    const args = fn.example;
    for (let i = 0; i < Math.min(2000, calls); i++) evaluate(fn, args); // warm up
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) evaluate(fn, args);
    const ns = Number(process.hrtime.bigint() - t0);
    out[fn.name] = calls / (ns / 1e9);
  }
  process.stdout.write(JSON.stringify(out));
}

export function benchEngine(calls = 100_000): EngineRow[] {
  const run = (floats: boolean) => runChild<Record<string, number>>(__filename, [String(calls), floats ? 'float' : 'decimal']);
  const decimal = run(false);
  const float = run(true);
  return Object.keys(decimal).map((fn) => ({
    fn,
    decimalPerSec: decimal[fn],
    floatPerSec: float[fn],
    ratio: float[fn] / decimal[fn],
  }));
}

if (require.main === module) {
  if (process.argv[2] === '--child') child(Number(process.argv[3]), process.argv[4] === 'float');
  else {
    const rows = benchEngine(Number(process.argv[2] ?? 100_000));
    console.table(rows.map((r) => ({ function: r.fn, 'decimal calls/s': Math.round(r.decimalPerSec), 'float calls/s': Math.round(r.floatPerSec), 'float/decimal': r.ratio.toFixed(2) })));
  }
}
