/**
 * Headless recalculation: a sheet of N rows of =SUBSIDY.SOCINSWAIVE(...) (and of
 * =SUBSIDY.RENTRELIEF(...)) against the same sheet computed by an equivalent native
 * formula, in HyperFormula: build + full recalculation time, heap, and the ratio.
 * Each sheet is built in its own child process so heap figures do not mix; the heap is what
 * the built sheet retains (after a GC).
 * Run: npx ts-node --transpile-only bench/recalc.ts [rows] [repeats]
 */
import { median, runChild } from './child';

export interface RecalcRow {
  case: string;
  rows: number;
  subsidySeconds: number;
  nativeSeconds: number;
  ratio: number;
  subsidyHeapMiB: number;
  nativeHeapMiB: number;
}

type Kind = 'socins' | 'rent';

/** 2020-02-01 … 2020-06-30 and 2020-04-30 as serials, for the native twins' windows. */
const FEB1 = 43862;
const APR30 = 43951;
const JUN30 = 44012;

function sheet(kind: Kind, native: boolean, rows: number): (string | number)[][] {
  const data: (string | number)[][] = [];
  for (let i = 0; i < rows; i++) {
    const r = i + 1;
    if (kind === 'socins') {
      const base = 3000 + (i % 500) * 17.31;
      const size = i % 7 === 0 ? 'large' : 'small';
      const month = 43831 + (i % 12) * 30; // spread over 2020
      const formula = native
        ? `=ROUND(A${r}*(0.16+0.007+D${r})*IF(B${r}="large",IF(AND(C${r}>=${FEB1},C${r}<=${APR30}),0.5,0),IF(AND(C${r}>=${FEB1},C${r}<=${JUN30}),1,0)),2)`
        : `=SUBSIDY.SOCINSWAIVE(A${r},B${r},C${r},D${r})`;
      data.push([base, size, month, 0.005, formula]);
    } else {
      const rent = 2000 + (i % 300) * 33.33;
      // Weihai SOE landlord: 2 months free + 2 months half, each month rounded to the cent.
      const formula = native
        ? `=IF(AND(B${r}="weihai",C${r}="soe"),ROUND(A${r},2)*2+ROUND(A${r}*0.5,2)*2,0)`
        : `=SUBSIDY.RENTRELIEF(A${r},B${r},C${r},D${r})`;
      data.push([rent, 'weihai', 'soe', '工业', formula]);
    }
  }
  return data;
}

function child(kind: Kind, native: boolean, rows: number): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { HyperFormula } = require('hyperformula');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { HF_CONFIG, registerSubsidyPlugin } = require('../src/hyperformula/plugin');
  registerSubsidyPlugin();
  const data = sheet(kind, native, rows);
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  const hf = HyperFormula.buildFromSheets({ S: data }, HF_CONFIG);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  // What the built sheet keeps, not the garbage its build happened to leave behind.
  global.gc?.();
  const heap = process.memoryUsage().heapUsed - heap0;
  // Read a few cells back so the comparison is of sheets that computed the same thing.
  const sample = [0, 1, 7, rows - 1].map((r) => hf.getCellValue({ sheet: 0, row: r, col: 4 }));
  process.stdout.write(JSON.stringify({ seconds, heapMiB: heap / 2 ** 20, sample }));
}

interface Measure {
  seconds: number;
  heapMiB: number;
  sample: unknown[];
}

function measure(kind: Kind, native: boolean, rows: number): Measure {
  return runChild(__filename, [kind, native ? 'native' : 'subsidy', String(rows)], ['--expose-gc', '--max-old-space-size=4096']);
}

/** Each sheet `repeats` times, SUBSIDY and native in turn; medians. */
export function benchRecalc(rows = 100_000, repeats = 3): RecalcRow[] {
  return (['socins', 'rent'] as Kind[]).map((kind) => {
    const s: Measure[] = [];
    const n: Measure[] = [];
    for (let i = 0; i < repeats; i++) {
      s.push(measure(kind, false, rows));
      n.push(measure(kind, true, rows));
    }
    if (JSON.stringify(s[0].sample) !== JSON.stringify(n[0].sample)) {
      throw new Error(`${kind}: the SUBSIDY and native sheets disagree: ${JSON.stringify(s[0].sample)} vs ${JSON.stringify(n[0].sample)}`);
    }
    const subsidySeconds = median(s.map((m) => m.seconds));
    const nativeSeconds = median(n.map((m) => m.seconds));
    return {
      case: kind === 'socins' ? 'SOCINSWAIVE' : 'RENTRELIEF',
      rows,
      subsidySeconds,
      nativeSeconds,
      ratio: subsidySeconds / nativeSeconds,
      subsidyHeapMiB: median(s.map((m) => m.heapMiB)),
      nativeHeapMiB: median(n.map((m) => m.heapMiB)),
    };
  });
}

if (require.main === module) {
  if (process.argv[2] === '--child') child(process.argv[3] as Kind, process.argv[4] === 'native', Number(process.argv[5]));
  else console.table(benchRecalc(Number(process.argv[2] ?? 100_000), Number(process.argv[3] ?? 3)));
}
