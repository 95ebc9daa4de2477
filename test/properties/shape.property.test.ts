import fc from 'fast-check';
import { SubsidyError } from '../../src/engine/errors';
import type { RawArg } from '../../src/registry/define';
import { calc } from '../helpers';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20200201), numRuns: Number(process.env.FC_RUNS ?? 300) });

/** An amount in yuan with cents, up to 10 million. */
const amount = fc.integer({ min: 0, max: 1_000_000_000 }).map((c) => c / 100);

function value(name: string, args: RawArg[]): number {
  return calc(name, ...args) as number;
}

/** `at` is the position of the amount the result is a share of; `args` a valid call around it. */
interface Shaped {
  fn: string;
  at: number;
  args: RawArg[];
}

function withAmount(s: Shaped, x: number): RawArg[] {
  const a = [...s.args];
  a[s.at] = x;
  return a;
}

// Plain rates: the result is the amount × a fixed factor, rounded once, so f(k·x) and
// k·f(x) differ by at most the rounding of each side: ½ cent × (k + 1).
const LINEAR: Shaped[] = [
  { fn: 'SOCINSWAIVE', at: 0, args: [0, 'small', '2020-03', 0.005] },
  { fn: 'SOCINSWAIVE', at: 0, args: [0, 'large', '2020-04', 0.012, 0.16, 0.007] },
  { fn: 'MEDINSCUT', at: 0, args: [0, '2020-07'] },
  { fn: 'HOUSINGFUNDSAVING', at: 0, args: [0, 0.12, 3] },
  { fn: 'LATEFEEWAIVED', at: 0, args: [0, '2020-03-15', '2020-05-01'] },
  { fn: 'STABILITYREFUND', at: 0, args: [0, 200, 5] },
  { fn: 'LOANSUBSIDY', at: 0, args: [0, 0.025, '2020-03-01', '2020-09-01'] },
  { fn: 'IMPORTINTEREST', at: 0, args: [0, '2020-02-10', '2020-05-10'] },
  { fn: 'BRIDGEFEE', at: 0, args: [0, 10] },
  { fn: 'BRIDGESAVING', at: 0, args: [0, 15] },
  { fn: 'POWERRELIEF', at: 0, args: [0, '2020-05'] },
  { fn: 'WATERRELIEF', at: 0, args: [0, '2020-02', '零售'] },
  { fn: 'TRANSFERPOWERREFUND', at: 0, args: [0, 1.2, '2020-04'] },
  { fn: 'GASRELIEF', at: 0, args: [0, '餐饮'] },
  { fn: 'DEPOSITREFUND', at: 0, args: [0] },
  { fn: 'FEEDISCOUNT', at: 0, args: [0] },
  { fn: 'UNEMPBENEFIT', at: 0, args: [0] },
  { fn: 'INTERNSUBSIDY', at: 0, args: [0, 6] },
  { fn: 'STEAMBILL', at: 1, args: [0.7, 0, '2020-01-15', '2020-02-14'] },
  { fn: 'STEAMRELIEF', at: 1, args: [1.3, 0, '2020-01-20', '2020-02-20'] },
  { fn: 'DEMANDRELIEF', at: 2, args: [1200, 1000, 0] },
];

// Shares with a cap, a tier or a per-month rounding: never decreasing in the amount.
const MONOTONE: Shaped[] = [
  ...LINEAR,
  { fn: 'RENTRELIEF', at: 0, args: [0, 'weihai', 'city-soe', '餐饮'] },
  { fn: 'RENTRELIEF', at: 0, args: [0, 'liaocheng', 'park', '工业'] },
  { fn: 'INCUBATORSUBSIDY', at: 0, args: [0, 'province'] },
  { fn: 'INCUBATORSUBSIDY', at: 0, args: [0, 'city'] },
  { fn: 'LOGISTICSSUBSIDY', at: 0, args: [0, 'cross'] },
  { fn: 'TECHTRANSFERTAX', at: 0, args: [0] },
  { fn: 'ONLINETRAINSUBSIDY', at: 0, args: [0, 40, true] },
  { fn: 'DISABLEDLEVY', at: 2, args: [200, 1, 0] },
  { fn: 'RISKCOMP', at: 0, args: [0, 'province', 'weihai', 10_000_000] },
];

describe('relief is monotone in the amount it is a share of', () => {
  test.each(MONOTONE.map((s) => [`${s.fn}(${s.args.map(String).join(',')})`, s] as const))('%s', (_n, s) => {
    fc.assert(
      fc.property(amount, amount, (x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        return value(s.fn, withAmount(s, lo)) <= value(s.fn, withAmount(s, hi));
      }),
    );
  });
});

describe('a plain rate scales linearly (to the rounding)', () => {
  test.each(LINEAR.map((s) => [`${s.fn}(${s.args.map(String).join(',')})`, s] as const))('%s', (_n, s) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }).map((c) => c / 100), fc.integer({ min: 2, max: 9 }), (x, k) => {
        const once = value(s.fn, withAmount(s, x));
        const scaled = value(s.fn, withAmount(s, Math.round(x * k * 100) / 100));
        return Math.abs(scaled - k * once) <= 0.005 * (k + 1) + 1e-9;
      }),
    );
  });
});

describe('caps are never exceeded', () => {
  const CAPPED: { fn: string; cap: number; args: fc.Arbitrary<RawArg[]> }[] = [
    // 000#41: at most 500,000 per enterprise.
    { fn: 'SPRINGWORKSUBSIDY', cap: 500_000, args: fc.tuple(fc.integer({ min: 0, max: 100_000 })) },
    // 000#21: at most 500,000 per enterprise.
    { fn: 'LOGISTICSSUBSIDY', cap: 500_000, args: fc.tuple(amount, fc.constantFrom('in', 'cross')) },
    // 000#23: 500,000 province, 200,000 city.
    { fn: 'INCUBATORSUBSIDY', cap: 500_000, args: fc.tuple(amount, fc.constant('province')) },
    { fn: 'INCUBATORSUBSIDY', cap: 200_000, args: fc.tuple(amount, fc.constant('city')) },
    // 000#26: 300 × at most 100 staff × at most 3 months = 90,000.
    { fn: 'STAFFSUBSIDY', cap: 90_000, args: fc.tuple(fc.constantFrom('餐饮', '住宿', '批发', '零售'), amount, fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 24 })) },
    // 000#40: 3,000,000 for a small enterprise, 450,000 for a partnership.
    { fn: 'STARTUPLOANMAX', cap: 3_000_000, args: fc.tuple(fc.constant('enterprise'), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 5000 })) },
    { fn: 'STARTUPLOANMAX', cap: 450_000, args: fc.tuple(fc.constant('partnership'), fc.integer({ min: 0, max: 50 })) },
    // 000#24: at most one year: principal × rate × 50% × 366/360 at the very most.
    {
      fn: 'LOANSUBSIDY',
      cap: 1_000_000 * 0.1 * 0.5 * (366 / 360),
      args: fc.tuple(fc.constant(1_000_000), fc.constant(0.1), fc.integer({ min: 43831, max: 44196 }), fc.integer({ min: 43831, max: 45000 })),
    },
  ];
  test.each(CAPPED.map((c) => [`${c.fn} ≤ ${c.cap}`, c] as const))('%s', (_n, c) => {
    fc.assert(
      fc.property(c.args, (args) => {
        try {
          return value(c.fn, args) <= c.cap + 1e-9;
        } catch (e) {
          // A refused combination (more new hires than staff, end before start) caps nothing.
          return e instanceof SubsidyError;
        }
      }),
    );
  });
});
