/**
 * The 核对 (check) tab's Excel side: reads the selected cells' formulas and values, reads
 * every cell those formulas refer to (same or other sheet), recomputes each SUBSIDY call
 * with the engine (recompute.ts, pure) and marks the cells whose value differs from the
 * engine's, rounded to the cent.
 *
 * Office.js used: getSelectedRange, Range.formulas/values/valueTypes, Worksheet.getRange,
 * worksheets.items (ExcelApi 1.1); Range.getIntersectionOrNullObject + getUsedRange to
 * trim a huge selection (1.4, else the selection is refused as too large).
 */
import { loadPolicyRecords } from '../../catalogue/records';
import { lookupFunction } from '../../registry/registry';
import { address } from '../../templates/a1';
import { FormulaSyntaxError, parseFormula, referencesOf } from './formulaArgs';
import { checkFormula, type CellContent, type CellShown, type FormulaCheck } from './recompute';
import type { Supports } from './insertTemplate';

export interface CellCheck {
  sheet: string;
  /** A1 address on its sheet. */
  address: string;
  shown: CellShown;
  check: FormulaCheck;
}

export interface CheckReport {
  /** The selection's address as Excel gives it ("Sheet1!A1:C9"). */
  range: string;
  cells: CellCheck[];
  /** More SUBSIDY formulas than MAX_FORMULAS were selected: only the first were checked. */
  truncated: boolean;
}

export const MAX_FORMULAS = 500;
/** Beyond this many cells the selection is trimmed to the used range first. */
export const MAX_SELECTED_CELLS = 50000;

/** The fill that marks a differing cell (Excel's "bad" light red). */
export const MARK_FILL = '#FFC7CE';

export class SelectionTooLargeError extends Error {
  constructor(readonly cells: number) {
    super(`selection of ${cells} cells is too large`);
    this.name = 'SelectionTooLargeError';
  }
}

const key = (sheet: string, address: string) => `${sheet.toLowerCase()}!${address}`;

/** Reads and checks the selected cells. */
export async function checkSelection(context: Excel.RequestContext, supports: Supports): Promise<CheckReport> {
  let range = context.workbook.getSelectedRange();
  range.load('address, rowCount, columnCount');
  await context.sync();
  if (range.rowCount * range.columnCount > MAX_SELECTED_CELLS) {
    if (!supports('1.4')) throw new SelectionTooLargeError(range.rowCount * range.columnCount);
    const trimmed = range.getIntersectionOrNullObject(range.worksheet.getUsedRange(true));
    trimmed.load('isNullObject, rowCount, columnCount');
    await context.sync();
    if (trimmed.isNullObject) return { range: range.address, cells: [], truncated: false };
    if (trimmed.rowCount * trimmed.columnCount > MAX_SELECTED_CELLS) throw new SelectionTooLargeError(trimmed.rowCount * trimmed.columnCount);
    range = trimmed;
  }
  const ws = range.worksheet;
  range.load('address, formulas, values, valueTypes, rowIndex, columnIndex');
  ws.load('name');
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();

  // The SUBSIDY formulas of the selection, in reading order.
  type Found = { address: string; formula: string; shown: CellShown };
  const found: Found[] = [];
  let truncated = false;
  range.formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      if (typeof f !== 'string' || !f.startsWith('=') || !/SUBSIDY/i.test(f)) return;
      if (found.length >= MAX_FORMULAS) {
        truncated = true;
        return;
      }
      found.push({
        address: address(range.rowIndex + r + 1, range.columnIndex + c + 1),
        formula: f,
        shown: { value: range.values[r][c] as CellShown['value'], type: range.valueTypes[r][c] },
      });
    }),
  );

  // Every cell they refer to, read in one batch.
  const existing = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s]));
  const refs = new Map<string, Excel.Range>();
  for (const f of found) {
    let tree;
    try {
      tree = parseFormula(f.formula);
    } catch (e) {
      if (e instanceof FormulaSyntaxError) continue;
      throw e;
    }
    for (const ref of referencesOf(tree)) {
      const sheetName = ref.sheet ?? ws.name;
      const k = key(sheetName, ref.address);
      const sheet = existing.get(sheetName.toLowerCase());
      if (refs.has(k) || !sheet) continue;
      const cell = (ref.sheet ? sheet : ws).getRange(ref.address);
      cell.load('values, valueTypes');
      refs.set(k, cell);
    }
  }
  if (found.some((f) => usesCatalogue(f.formula))) await loadPolicyRecords();
  if (refs.size) await context.sync();

  const lookup = (sheet: string | undefined, address: string): CellContent => {
    const cell = refs.get(key(sheet ?? ws.name, address));
    if (!cell) return undefined;
    const value = cell.values[0][0] as string | number | boolean;
    const type = cell.valueTypes[0][0];
    if (type === 'Error') return { error: String(value) };
    if (type === 'Empty' || value === '') return { empty: true };
    return { value };
  };

  const cells: CellCheck[] = [];
  for (const f of found) {
    const check = checkFormula(f.formula, f.shown, lookup);
    if (check) cells.push({ sheet: ws.name, address: f.address, shown: f.shown, check });
  }
  return { range: range.address, cells, truncated };
}

function usesCatalogue(formula: string): boolean {
  for (const m of formula.matchAll(/SUBSIDY[._]([A-Z][A-Z0-9]*)/gi)) {
    if (lookupFunction(m[1])?.usesCatalogue) return true;
  }
  return false;
}

/** Fills previously changed by markCells, to put back: "sheet!A1" → the original fill ('' = none). */
const originalFills = new Map<string, { sheet: string; address: string; color: string }>();

/** Fills the differing cells red, remembering each cell's fill for clearMarks. */
export async function markCells(context: Excel.RequestContext, cells: readonly { sheet: string; address: string }[]): Promise<void> {
  const pending: { sheet: string; address: string; fill: Excel.RangeFill }[] = [];
  for (const c of cells) {
    const k = key(c.sheet, c.address);
    if (originalFills.has(k)) continue;
    const fill = context.workbook.worksheets.getItem(c.sheet).getRange(c.address).format.fill;
    fill.load('color');
    pending.push({ ...c, fill });
  }
  await context.sync();
  for (const p of pending) {
    originalFills.set(key(p.sheet, p.address), { sheet: p.sheet, address: p.address, color: p.fill.color ?? '' });
  }
  for (const c of cells) context.workbook.worksheets.getItem(c.sheet).getRange(c.address).format.fill.color = MARK_FILL;
  await context.sync();
}

/** Puts back the fills markCells changed. */
export async function clearMarks(context: Excel.RequestContext): Promise<number> {
  const all = [...originalFills.values()];
  for (const o of all) {
    const fill = context.workbook.worksheets.getItem(o.sheet).getRange(o.address).format.fill;
    // Excel reports "no fill" as #FFFFFF or null; clear() removes the fill entirely.
    if (!o.color || o.color.toUpperCase() === '#FFFFFF') fill.clear();
    else fill.color = o.color;
  }
  await context.sync();
  originalFills.clear();
  return all.length;
}

/** Selects a cell (the report's "select" links). */
export async function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
}

/** The cells a report marks: those that differ. */
export function differing(report: CheckReport): { sheet: string; address: string }[] {
  return report.cells.filter((c) => c.check.verdict.kind === 'differ').map((c) => ({ sheet: c.sheet, address: c.address }));
}
