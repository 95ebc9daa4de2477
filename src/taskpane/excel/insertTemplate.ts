/**
 * Inserts a template into the open workbook through Office.js, from its WorkbookLayout only
 * (src/templates/layout.ts), with the look both writers share (src/templates/styles.ts):
 *
 *   1. the template's sheets are added (one whose name the workbook already has gets
 *      "name (2)", and the template's formulas that refer to it are rewritten);
 *   2. per sheet: values, styles (fills, fonts, borders, alignment, number formats),
 *      drop-down lists, notes, column widths, row heights, merges, freeze panes;
 *   3. THEN every formula, through range.formulas, in the dotted form users type
 *      (`=SUBSIDY.RENTRELIEF(…)`), never the `_xldudf_` form a saved file holds, so Excel
 *      binds each call to the running add-in.
 *
 * Each feature is used only where the Excel in hand has its requirement set; a missing one
 * is skipped and reported, never fatal (ExcelApi 1.1 itself is the one hard requirement).
 */
import type { Bilingual } from '../../engine/errors';
import { address, colLetter, parseAddress, quoteSheet, spillRange } from '../../templates/a1';
import type { CellLayout, SheetLayout, WorkbookLayout } from '../../templates/layout';
import { rewriteOutsideQuotes, unquote } from '../../templates/quoted';
import { NUMBER_FORMATS, STYLES, type StyleDef } from '../../templates/styles';

/** Office.context.requirements.isSetSupported('ExcelApi', version), injected for tests. */
export type Supports = (version: string) => boolean;

export interface Feature {
  id: string;
  /** ExcelApi version that introduced what the feature uses. */
  version: string;
  label: Bilingual;
}

export const FEATURES = {
  sizes: { id: 'sizes', version: '1.2', label: { zh: '列宽和行高', en: 'column widths and row heights' } },
  merges: { id: 'merges', version: '1.2', label: { zh: '合并单元格', en: 'merged cells' } },
  protection: { id: 'protection', version: '1.2', label: { zh: '单元格解锁（保护工作表时可填写）', en: 'unlocked input cells' } },
  freeze: { id: 'freeze', version: '1.7', label: { zh: '冻结窗格', en: 'freeze panes' } },
  validation: { id: 'validation', version: '1.8', label: { zh: '下拉列表（数据验证）', en: 'drop-down lists (data validation)' } },
  notes: { id: 'notes', version: '1.18', label: { zh: '单元格注释', en: 'cell notes' } },
} as const satisfies Record<string, Feature>;

export interface InsertResult {
  /** The sheets added, in the template's order, under the names they got. */
  sheets: string[];
  /** Sheets renamed because the workbook already had one of that name. */
  renamed: Renamed[];
  /** Features the template uses that this Excel lacks: skipped. */
  skipped: Feature[];
  /** Drop-down lists too long for an in-cell list (Excel's 255-character limit), by cell. */
  listsSkipped: string[];
  formulas: number;
}

export class UnsupportedExcelError extends Error {
  constructor() {
    super('ExcelApi 1.1 is not supported');
    this.name = 'UnsupportedExcelError';
  }
}

/** A sheet the workbook already had a sheet of that name for, and the name it was given instead. */
export interface Renamed {
  from: string;
  to: string;
}

const INVALID_SHEET_CHARS = /[\\/?*[\]:]/g;

/** `name (2)`, `name (3)`, … the first not taken (case-insensitive), within Excel's 31 characters. */
export function freeSheetName(name: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.replace(INVALID_SHEET_CHARS, '_').slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * Rewrites the sheet references of a formula (`'说明'!A1` or `说明!A1`) by `names`, leaving
 * string literals alone.
 */
export function renameInFormula(formula: string, names: ReadonlyMap<string, string>): string {
  if (!names.size) return formula;
  const sheetName = (name: string, written: string): string => {
    const to = names.get(name.toLowerCase());
    return to !== undefined ? quoteSheet(to) : written;
  };
  return rewriteOutsideQuotes(
    formula,
    (i) => {
      const m = /^[^\s'"!,()+\-*/^&=<>;:{}%]+(?=!)/.exec(formula.slice(i));
      if (!m || /[A-Za-z0-9_.\u0080-\uffff]/.test(formula[i - 1] ?? '')) return undefined;
      return [sheetName(m[0], m[0]), m[0].length];
    },
    (run, end) => (run[0] === "'" && formula[end] === '!' ? sheetName(unquote(run), run) : run),
  );
}

/**
 * The layout with every sheet whose name is taken in the workbook renamed (`说明` → `说明 (2)`)
 * and the formulas that refer to it rewritten: several templates share sheet names (each has
 * its 说明; the 汇总 workbook holds the claim sheets), so inserting a second one must not fail.
 */
export function withFreeSheetNames(layout: WorkbookLayout, existing: Iterable<string>): { layout: WorkbookLayout; renamed: Renamed[] } {
  const taken = new Set([...existing].map((n) => n.toLowerCase()));
  const names = new Map<string, string>();
  const renamed: Renamed[] = [];
  for (const sheet of layout.sheets) {
    if (taken.has(sheet.name.toLowerCase())) {
      const to = freeSheetName(sheet.name, new Set([...taken, ...layout.sheets.map((s) => s.name.toLowerCase())]));
      names.set(sheet.name.toLowerCase(), to);
      renamed.push({ from: sheet.name, to });
      taken.add(to.toLowerCase());
    }
  }
  if (!renamed.length) return { layout, renamed };
  return {
    renamed,
    layout: {
      ...layout,
      sheets: layout.sheets.map((s) => ({
        ...s,
        name: names.get(s.name.toLowerCase()) ?? s.name,
        cells: s.cells.map((c) => (c.formula === undefined ? c : { ...c, formula: renameInFormula(c.formula, names) })),
      })),
    },
  };
}

const BORDER_GREY = '#BFBFBF';
const RULE_GREY = '#808080';
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/** Excel column width in characters → Office.js columnWidth in points (Calibri 11: 7 px a character + 5 px padding; 0.75 pt a pixel). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * A text constant Excel would read as something else when written through range.values
 * ("2020-03" as a date, "1,000" as a number, "=x" as a formula) gets the apostrophe prefix,
 * as a user typing it would; the .xlsx writer stores the same cells as plain text.
 */
export function textForValues(s: string): string {
  if (/^[=+\-@']/.test(s) || /^\s*(true|false)\s*$/i.test(s) || /^[\d\s.,%/:\-年月日$¥€()]+$/.test(s)) return `'${s}`;
  return s;
}

function applyStyle(range: Excel.Range, s: StyleDef, numberFormat: string | undefined, supports: Supports): void {
  const f = range.format;
  if (s.fill) f.fill.color = s.fill;
  if (s.fontColor) f.font.color = s.fontColor;
  if (s.bold) f.font.bold = true;
  if (s.italic) f.font.italic = true;
  if (s.size) f.font.size = s.size;
  if (s.border || s.topRule) {
    for (const edge of EDGES) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      if (edge === 'EdgeTop' && s.topRule) {
        b.weight = 'Medium';
        b.color = RULE_GREY;
      } else {
        b.weight = 'Thin';
        b.color = BORDER_GREY;
      }
    }
  }
  if (s.wrap) f.wrapText = true;
  if (s.horizontal) f.horizontalAlignment = s.horizontal === 'left' ? 'Left' : s.horizontal === 'center' ? 'Center' : 'Right';
  if (s.vertical) f.verticalAlignment = s.vertical === 'top' ? 'Top' : 'Center';
  if (numberFormat) range.numberFormat = [[numberFormat]];
  if (s.unlocked && supports(FEATURES.protection.version)) f.protection.locked = false;
}

function shift(anchor: string, dRow: number, dCol: number): string {
  const { row, col } = parseAddress(anchor);
  return address(row + dRow, col + dCol);
}

/** The features a layout needs, to report only what it would miss. */
export function featuresUsed(layout: WorkbookLayout): Feature[] {
  const used = new Set<Feature>();
  for (const s of layout.sheets) {
    if (Object.keys(s.widths).length || Object.keys(s.rowHeights ?? {}).length) used.add(FEATURES.sizes);
    if (s.merges?.length) used.add(FEATURES.merges);
    if ((s.freezeRows ?? 1) > 1 || (s.freezeColumns ?? 1) > 1) used.add(FEATURES.freeze);
    for (const c of s.cells) {
      if (c.list?.length) used.add(FEATURES.validation);
      if (c.comment) used.add(FEATURES.notes);
      if (STYLES[c.style].unlocked) used.add(FEATURES.protection);
    }
  }
  return Object.values(FEATURES).filter((f) => used.has(f));
}

const LIST_ERROR = {
  title: '不在列表中',
  message: '请从下拉列表中选择；函数也接受英文代码和常见简称。',
};

/** Writes one sheet's values, styles, lists, notes, sizes, merges and freeze panes (no formulas). */
function writeSheet(ws: Excel.Worksheet, sheet: SheetLayout, supports: Supports, result: InsertResult): void {
  if (supports(FEATURES.sizes.version)) {
    for (const [col, chars] of Object.entries(sheet.widths)) ws.getRange(`${col}:${col}`).format.columnWidth = widthPoints(chars);
    for (const [row, points] of Object.entries(sheet.rowHeights ?? {})) ws.getRange(`${row}:${row}`).format.rowHeight = points;
  }
  for (const cell of sheet.cells) writeCell(ws, sheet.name, cell, supports, result);
  if (supports(FEATURES.merges.version)) {
    for (const range of sheet.merges ?? []) {
      const first = range.split(':')[0];
      const master = sheet.cells.find((c) => c.address === first);
      const r = ws.getRange(range);
      // The merged area takes the master cell's look, as the .xlsx writer gives it.
      if (master) applyStyle(r, STYLES[master.style], undefined, supports);
      r.merge(false);
    }
  }
  if (supports(FEATURES.freeze.version)) {
    const rows = (sheet.freezeRows ?? 1) - 1;
    const cols = (sheet.freezeColumns ?? 1) - 1;
    if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRange(`A1:${colLetter(cols)}${rows}`));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else if (cols > 0) ws.freezePanes.freezeColumns(cols);
  }
}

function writeCell(ws: Excel.Worksheet, sheetName: string, cell: CellLayout, supports: Supports, result: InsertResult): void {
  const range = ws.getRange(cell.address);
  if (cell.formula === undefined && cell.value !== undefined) {
    range.values = [[typeof cell.value === 'string' ? textForValues(cell.value) : cell.value]];
  }
  applyStyle(range, STYLES[cell.style], cell.numberFormat ? NUMBER_FORMATS[cell.numberFormat] : undefined, supports);
  if (cell.spill) {
    // The spilled area looks computed; its columns take their formats from the second row on (the first is a header).
    const area = ws.getRange(spillRange(cell.address, cell.spill.rows, cell.spill.cols));
    applyStyle(area, STYLES.formula, undefined, supports);
    (cell.spillFormats ?? []).forEach((fmt, i) => {
      if (!fmt || cell.spill!.rows < 2) return;
      const top = shift(cell.address, 1, i);
      const bottom = shift(cell.address, cell.spill!.rows - 1, i);
      ws.getRange(`${top}:${bottom}`).numberFormat = Array.from({ length: cell.spill!.rows - 1 }, () => [NUMBER_FORMATS[fmt]]);
    });
  }
  if (cell.list?.length && supports(FEATURES.validation.version)) {
    const source = cell.list.join(',');
    if (source.length > 255 || cell.list.some((x) => x.includes(','))) {
      result.listsSkipped.push(`${sheetName}!${cell.address}`);
    } else {
      range.dataValidation.rule = { list: { inCellDropDown: true, source } };
      range.dataValidation.errorAlert = { showAlert: true, style: 'Warning', title: LIST_ERROR.title, message: LIST_ERROR.message };
    }
  }
  if (cell.comment && supports(FEATURES.notes.version)) ws.notes.add(cell.address, cell.comment);
}

/** Inserts `layout` into the workbook of `context`. */
export async function insertTemplate(context: Excel.RequestContext, template: WorkbookLayout, supports: Supports): Promise<InsertResult> {
  if (!supports('1.1')) throw new UnsupportedExcelError();
  const result: InsertResult = {
    sheets: [],
    renamed: [],
    skipped: featuresUsed(template).filter((f) => !supports(f.version)),
    listsSkipped: [],
    formulas: 0,
  };

  const existing = context.workbook.worksheets;
  existing.load('items/name');
  await context.sync();
  const free = withFreeSheetNames(template, existing.items.map((w) => w.name));
  const layout = free.layout;
  result.renamed = free.renamed;
  result.sheets = layout.sheets.map((s) => s.name);

  // 1. Every sheet first: formulas on one sheet refer to the others.
  const added = layout.sheets.map((s) => {
    const ws = context.workbook.worksheets.add(s.name);
    return { ws, sheet: s };
  });
  await context.sync();

  // 2. Values, styles, lists, sizes, merges, freeze panes: one batch per sheet.
  for (const { ws, sheet } of added) {
    if (supports('1.6')) context.application.suspendApiCalculationUntilNextSync();
    writeSheet(ws, sheet, supports, result);
    await context.sync();
  }

  // 3. Then the formulas, dotted form, through range.formulas.
  for (const { ws, sheet } of added) {
    for (const cell of sheet.cells) {
      if (cell.formula === undefined) continue;
      ws.getRange(cell.address).formulas = [[`=${cell.formula.replace(/^=/, '')}`]];
      result.formulas++;
    }
  }
  if (added.length) added[0].ws.activate();
  await context.sync();
  return result;
}
