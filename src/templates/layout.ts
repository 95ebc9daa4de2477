/**
 * The concrete form of a template: every cell to write, with its style. One TemplateSpec
 * (src/templates/specs/*) becomes one WorkbookLayout, and two writers consume it: the .xlsx
 * builder (ExcelJS, with `_xldudf_` formulas and cached values) and the task pane's
 * "insert template" (Office.js, formulas through range.formulas). Neither writer decides
 * anything about content; both only translate this shape.
 */

/** How a cell looks and whether a user is meant to type in it. */
export type CellStyle =
  | 'title' // the sheet's heading
  | 'note' // explanatory text
  | 'header' // column headers
  | 'label' // a row label in a header block
  | 'input' // a cell the user fills (sample values they overwrite)
  | 'formula' // computed by a SUBSIDY or native formula: not to be typed over
  | 'total'; // a total row or cell

export type NumberFormat = 'yuan' | 'rate' | 'date' | 'month' | 'integer' | 'text';

export interface CellLayout {
  /** A1 address on its sheet, e.g. "C5". */
  address: string;
  /** A constant: text, number, boolean. */
  value?: string | number | boolean;
  /**
   * A formula in the dotted form users type, without the leading "=":
   * `SUBSIDY.SOCINSWAIVE(B5,$C$2,D$4,E5)`. Writers translate it (`_xldudf_SUBSIDY_…` in .xlsx).
   */
  formula?: string;
  /** The cell is the anchor of a spilled (dynamic-array) result of this many rows × cols. */
  spill?: { rows: number; cols: number };
  /**
   * Optional: number formats of the spilled columns, left to right (the anchor's column
   * first); the writer applies them to the whole spill range. Absent entries: General.
   */
  spillFormats?: readonly (NumberFormat | null)[];
  style: CellStyle;
  numberFormat?: NumberFormat;
  /** A drop-down of accepted codes (region, size, industry, landlord…). */
  list?: readonly string[];
  /** A cell comment / tooltip shown to the user. */
  comment?: string;
}

export interface SheetLayout {
  name: string;
  cells: CellLayout[];
  /** Column widths in characters, by column letter. */
  widths: Record<string, number>;
  /** Rows above this (1-based) and columns left of `freezeColumns` stay visible when scrolling. */
  freezeRows?: number;
  freezeColumns?: number;
  /** Merged ranges such as "A1:H1". */
  merges?: string[];
  /**
   * Optional: row heights in points by row number, for rows whose wrapped text (notes, long
   * headers, merged explanations) needs more than one line. Other rows keep Excel's default.
   */
  rowHeights?: Record<number, number>;
}

export interface WorkbookLayout {
  /** Stable id, e.g. "socins". */
  id: string;
  /** File name of the built workbook, e.g. "社保减免测算表.xlsx". */
  fileName: string;
  title: { zh: string; en: string };
  sheets: SheetLayout[];
  /** Cells whose values are the template's totals, for `npm run demo` and the 汇总 sheet: label → "Sheet!A1". */
  totals: { label: string; ref: string }[];
}
