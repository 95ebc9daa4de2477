import { DetailedCellError, HyperFormula } from 'hyperformula';
import { HF_CONFIG, registerSubsidyPlugin } from './plugin';
import { hfLiterals, toHyperFormula } from './formulaText';

export type EvalValue = number | string | boolean | null | EvalValue[][];

/** One formula's outcome, in the CLI's JSON contract: a value, or "#CODE message". */
export type EvalResult = { formula: string; value: EvalValue } | { formula: string; error: string };

function errorText(e: DetailedCellError): string {
  return e.message ? `${e.value} ${e.message}` : e.value;
}

function cellOut(v: unknown): EvalValue | DetailedCellError {
  if (v instanceof DetailedCellError) return v;
  if (v === undefined || v === null) return null;
  return v as EvalValue;
}

/**
 * Evaluates formulas in one HyperFormula workbook, each on its own sheet at A1 so that a
 * spilled result never runs into the next formula. One workbook means DATE(), nesting and
 * empty argument slots behave as they do in Excel. Literals Excel reads and HyperFormula
 * does not ("a""b", 1.5E+3) are rewritten to the same values first.
 */
export function evaluateFormulas(formulas: readonly string[]): EvalResult[] {
  registerSubsidyPlugin();
  const sheets: Record<string, string[][]> = {};
  formulas.forEach((f, i) => {
    const text = f.trim().startsWith('=') ? f.trim() : `=${f.trim()}`;
    sheets[`F${i + 1}`] = [[hfLiterals(toHyperFormula(text))]];
  });
  const hf = HyperFormula.buildFromSheets(sheets, HF_CONFIG);
  try {
    return formulas.map((formula, i) => {
      const sheet = hf.getSheetId(`F${i + 1}`)!;
      const address = { sheet, row: 0, col: 0 };
      const anchor = hf.getCellValue(address);
      if (anchor instanceof DetailedCellError) return { formula, error: errorText(anchor) };
      if (hf.isCellPartOfArray(address)) {
        const range = hf.getSheetDimensions(sheet);
        const values = hf.getSheetValues(sheet).slice(0, range.height).map((row) => row.map(cellOut));
        const err = values.flat().find((v): v is DetailedCellError => v instanceof DetailedCellError);
        if (err) return { formula, error: errorText(err) };
        return { formula, value: trimTable(values as EvalValue[][]) };
      }
      return { formula, value: cellOut(anchor) as EvalValue };
    });
  } finally {
    hf.destroy();
  }
}

/** Drops the empty padding rows and columns HyperFormula adds when a spill is smaller than predicted. */
function trimTable(rows: EvalValue[][]): EvalValue[][] {
  const kept = rows.filter((r) => r.some((v) => v !== null && v !== ''));
  const width = Math.max(0, ...kept.map((r) => {
    let w = r.length;
    while (w > 0 && (r[w - 1] === null || r[w - 1] === '')) w--;
    return w;
  }));
  return kept.map((r) => r.slice(0, width));
}
