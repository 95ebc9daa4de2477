import { DetailedCellError, HyperFormula } from 'hyperformula';
import { HF_CONFIG, registerSubsidyPlugin } from '../hyperformula/plugin';
import { toHyperFormula } from '../hyperformula/formulaText';
import { parseAddress, splitRef, spillRange, rangeCells, address as a1 } from './a1';
import type { CellLayout, WorkbookLayout } from './layout';

/**
 * Recomputes a template headlessly: the layout becomes one HyperFormula workbook (formulas
 * through `toHyperFormula`, so the same text Excel would hold), every cell is read back.
 * The .xlsx builder takes its cached values from here, the demo its totals, the tests their
 * expectations.
 */

export type CellValue = number | string | boolean | null | { error: string; message?: string };

export interface FormulaResult {
  sheet: string;
  address: string;
  formula: string;
  value: CellValue;
}

export interface SpillResult {
  sheet: string;
  anchor: string;
  /** "A20:E26" */
  range: string;
  values: CellValue[][];
}

export interface Recalc {
  /** The value of a cell (a constant or a computed one); null for an empty cell. */
  get(sheet: string, address: string): CellValue;
  /** The value of a "Sheet!A1" reference, as WorkbookLayout.totals holds them. */
  ref(ref: string): CellValue;
  /** Every formula cell with its value, in layout order. */
  formulas: FormulaResult[];
  /** Every spilled block: anchor and the values of all the cells it covers (anchor included). */
  spills: SpillResult[];
  /** The formula and spilled cells that came out as errors. */
  errors: (FormulaResult & { error: string })[];
}

export function isError(v: CellValue): v is { error: string; message?: string } {
  return typeof v === 'object' && v !== null;
}

function fromHf(v: unknown): CellValue {
  if (v instanceof DetailedCellError) return { error: v.value, ...(v.message ? { message: v.message } : {}) };
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** What HyperFormula is given for one layout cell. */
function hfContent(cell: CellLayout): string | number | boolean | null {
  if (cell.formula !== undefined) return `=${toHyperFormula(cell.formula)}`;
  if (cell.value === undefined) return null;
  // A text HyperFormula would read as a number, date or formula stays text ("'" forces it).
  if (typeof cell.value === 'string' && /^[=+\-\d.'"]/.test(cell.value)) return `'${cell.value}`;
  return cell.value;
}

export function recalc(layout: WorkbookLayout): Recalc {
  registerSubsidyPlugin();
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const sheet of layout.sheets) {
    const grid: (string | number | boolean | null)[][] = [];
    for (const cell of sheet.cells) {
      const { row, col } = parseAddress(cell.address);
      while (grid.length < row) grid.push([]);
      const r = grid[row - 1];
      while (r.length < col) r.push(null);
      r[col - 1] = hfContent(cell);
    }
    sheets[sheet.name] = grid;
  }
  const hf = HyperFormula.buildFromSheets(sheets, HF_CONFIG);
  const snapshot = new Map<string, CellValue[][]>();
  try {
    for (const sheet of layout.sheets) {
      const id = hf.getSheetId(sheet.name)!;
      snapshot.set(sheet.name, hf.getSheetValues(id).map((row) => row.map(fromHf)));
    }
  } finally {
    hf.destroy();
  }

  const get = (sheet: string, addr: string): CellValue => {
    const grid = snapshot.get(sheet);
    if (!grid) throw new Error(`recalc: no sheet ${sheet}`);
    const { row, col } = parseAddress(addr);
    return grid[row - 1]?.[col - 1] ?? null;
  };

  const formulas: FormulaResult[] = [];
  const spills: SpillResult[] = [];
  const errors: (FormulaResult & { error: string })[] = [];
  for (const sheet of layout.sheets) {
    for (const cell of sheet.cells) {
      if (cell.formula === undefined) continue;
      const value = get(sheet.name, cell.address);
      const result = { sheet: sheet.name, address: cell.address, formula: cell.formula, value };
      formulas.push(result);
      if (isError(value)) errors.push({ ...result, error: `${value.error} ${value.message ?? ''}`.trim() });
      if (cell.spill) {
        const range = spillRange(cell.address, cell.spill.rows, cell.spill.cols);
        const { row: top, col: left } = parseAddress(cell.address);
        const values: CellValue[][] = [];
        for (const p of rangeCells(range)) {
          const v = get(sheet.name, a1(p.row, p.col));
          (values[p.row - top] ??= [])[p.col - left] = v;
          if (isError(v) && (p.row !== top || p.col !== left)) {
            errors.push({ ...result, address: a1(p.row, p.col), value: v, error: `${v.error} ${v.message ?? ''}`.trim() });
          }
        }
        spills.push({ sheet: sheet.name, anchor: cell.address, range, values });
      }
    }
  }
  return {
    get,
    ref: (ref) => {
      const { sheet, address } = splitRef(ref);
      return get(sheet, address);
    },
    formulas,
    spills,
    errors,
  };
}
