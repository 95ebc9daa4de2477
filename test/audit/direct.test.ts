import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import { AUDIT_HF_CONFIG, directCall } from '../../src/audit/audit';
import { hfLiterals, toHyperFormula } from '../../src/hyperformula/formulaText';
import { registerSubsidyPlugin, runForHyperFormula } from '../../src/hyperformula/plugin';
import { FUNCTIONS } from '../../src/registry/registry';
import { CellError } from 'hyperformula';

/**
 * The audit computes a lone SUBSIDY call over literals and constant cells without building it
 * into HyperFormula. These tests hold that path to HyperFormula's own result, formula by formula.
 */

type Const = number | string | boolean | null;

/** Row 1 holds constants; each formula goes in row 2, computed both ways. */
function both(constants: Const[], formulas: string[]): { hf: unknown; direct: unknown; eligible: boolean }[] {
  registerSubsidyPlugin();
  const row1: RawCellContent[] = constants.map((c) => (typeof c === 'string' ? `'${c}` : c));
  const grid: RawCellContent[][] = [row1, formulas.map((f) => `=${hfLiterals(toHyperFormula(f))}`)];
  const hf = HyperFormula.buildFromSheets({ S: grid }, AUDIT_HF_CONFIG);
  const occupied = new Set(formulas.map((_, i) => 2 * 16_385 + i + 1));
  try {
    return formulas.map((f, i) => {
      const got = hf.getCellValue({ sheet: 0, row: 1, col: i });
      const d = directCall(f, [row1], occupied);
      const out = d ? runForHyperFormula(d.fn, d.args) : undefined;
      return {
        hf: got instanceof DetailedCellError ? { error: got.type, message: got.message } : got,
        direct: out instanceof CellError ? { error: out.type, message: out.message } : out,
        eligible: d !== undefined,
      };
    });
  } finally {
    hf.destroy();
  }
}

const col = (i: number) => String.fromCharCode(65 + i);

describe('direct SUBSIDY calls give what HyperFormula gives', () => {
  test('every registry function on its documented example, by reference and by literal', () => {
    for (const fn of FUNCTIONS) {
      if (fn.result === 'table' || fn.args.some((a) => a.repeating)) continue;
      const ex = fn.example as Const[];
      const refs = ex.map((_, i) => `${col(i)}1`).join(',');
      const literals = ex
        .map((v) => (v === null ? '' : typeof v === 'string' ? `"${v.replace(/"/g, '""')}"` : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v)))
        .join(',');
      const results = both(ex, [`_xldudf_SUBSIDY_${fn.name}(${refs})`, `SUBSIDY.${fn.name}(${literals})`]);
      for (const r of results) {
        expect(r.eligible).toBe(true);
        expect(r.direct).toEqual(r.hf);
      }
    }
  });

  test('empty cells, empty slots, omitted arguments, text that reads as a date or number, booleans, errors', () => {
    const constants: Const[] = [9000, 'small', '2020-03', 0.005, null, '0.16', true, 'weihai', 'soe', '工业', -5];
    const formulas = [
      '_xldudf_SUBSIDY_SOCINSWAIVE(A1,B1,C1,D1)',
      '_xldudf_SUBSIDY_SOCINSWAIVE(A1,B1,C1,D1,E1)', // an empty cell: the default rate
      '_xldudf_SUBSIDY_SOCINSWAIVE(A1,B1,C1,D1,,0.01)', // an empty slot
      '_xldudf_SUBSIDY_SOCINSWAIVE(A1,B1,C1,D1,F1)', // text "0.16"
      '_xldudf_SUBSIDY_SOCINSWAIVE(K1,B1,C1,D1)', // a negative base: #NUM!
      '_xldudf_SUBSIDY_SOCINSWAIVE(A1,H1,C1,D1)', // not a size: #VALUE!
      '_xldudf_SUBSIDY_SOCINSWAIVE(A1,B1,C1)', // a required argument left out
      '_xldudf_SUBSIDY_ONLINETRAINSUBSIDY(1500,40,G1)',
      '_xldudf_SUBSIDY_ONLINETRAINSUBSIDY(1500,40,TRUE())',
      '_xldudf_SUBSIDY_RENTRELIEF(10000,H1,I1,J1)',
      '_xldudf_SUBSIDY_RENTRELIEF(+10000,"weihai","soe","工业",)',
      '_xldudf_SUBSIDY_RENTRELIEF(10000,"qingdao","soe","工业")', // #N/A with its message
      '_xldudf_SUBSIDY_RENTRELIEF(10000,"wei""hai","soe","工业")',
    ];
    const results = both(constants, formulas);
    results.forEach((r, i) => {
      if (i === 6) {
        expect(r.eligible).toBe(false); // HyperFormula's own argument-count error
        return;
      }
      expect([formulas[i], r.eligible]).toEqual([formulas[i], true]);
      expect([formulas[i], r.direct]).toEqual([formulas[i], r.hf]);
    });
  });

  test('anything else goes through HyperFormula', () => {
    const grid: RawCellContent[][] = [[10000, '#N/A', null]];
    const occupied = new Set([1 * 16_385 + 3]);
    for (const f of [
      'ROUND(_xldudf_SUBSIDY_RENTRELIEF(A1,"weihai","soe","工业"),0)',
      '_xldudf_SUBSIDY_RENTRELIEF(A1,"weihai","soe","工业")*2',
      '_xldudf_SUBSIDY_RENTRELIEF(B1,"weihai","soe","工业")', // an error constant
      '_xldudf_SUBSIDY_RENTRELIEF(C1,"weihai","soe","工业")', // a formula cell
      '_xldudf_SUBSIDY_RENTRELIEF(Other!A1,"weihai","soe","工业")',
      '_xldudf_SUBSIDY_RENTRELIEF(A1:A1,"weihai","soe","工业")',
      '_xldudf_SUBSIDY_RENTRELIEF(1E3,"weihai","soe","工业")',
      '_xldudf_SUBSIDY_RENTSCHEDULE(A1,"weihai","soe","工业")', // a spilled table
      '_xldudf_SUBSIDY_RENTRELIEF(A1,"weihai","soe","工业","sme","extra")',
      '_xldudf_SUBSIDY_NOSUCH(A1)',
      'SUM(A1)',
    ]) {
      expect([f, directCall(f, grid, occupied)]).toEqual([f, undefined]);
    }
  });
});
