import type { CodeDef } from '../engine/codes';
import { dayFromIso, monthFromIso, firstDayOfMonth, serialFromDay } from '../engine/dates';
import { lookupFunction } from '../registry/registry';
import { address, colLetter, colNumber, parseAddress, rangeCells, spillRange } from './a1';
import type { CellLayout, NumberFormat, SheetLayout } from './layout';
import { STYLES } from './styles';

/**
 * The shapes every template shares — title block, header block of labelled inputs, table with
 * header row and total row, section headings, drop-down lists of codes — so that a spec only
 * says what is in its sheet, never how a header row or a total is drawn.
 */

export type Value = string | number | boolean;

/** One sheet under construction. Cells may be placed in any order; two cells on one address is a bug and throws. */
export class SheetBuilder {
  private readonly cells = new Map<string, CellLayout>();
  private readonly reserved = new Set<string>();
  readonly widths: Record<string, number> = {};
  readonly merges: string[] = [];
  /** The first row that scrolls: rows above it stay visible (SheetLayout.freezeRows). */
  freezeRows?: number;
  /** The first column that scrolls, as a number: columns left of it stay visible. */
  freezeColumns?: number;

  constructor(readonly name: string) {}

  put(addr: string, cell: Omit<CellLayout, 'address'>): string {
    const a = addr.replace(/\$/g, '');
    if (this.cells.has(a) || this.reserved.has(a)) throw new Error(`${this.name}!${a} is placed twice`);
    this.cells.set(a, { address: a, ...cell });
    return a;
  }

  /** A formula cell whose result spills over rows × cols: the cells it covers stay empty. */
  spill(addr: string, rows: number, cols: number, cell: Omit<CellLayout, 'address' | 'spill'>): string {
    const range = spillRange(addr, rows, cols);
    for (const c of rangeCells(range).slice(1)) {
      const a = address(c.row, c.col);
      if (this.cells.has(a) || this.reserved.has(a)) throw new Error(`${this.name}!${a} is inside the spill ${range}`);
      this.reserved.add(a);
    }
    return this.put(addr, { ...cell, spill: { rows, cols } });
  }

  width(col: string | number, chars: number): void {
    const letter = typeof col === 'number' ? colLetter(col) : col;
    this.widths[letter] = Math.max(this.widths[letter] ?? 0, chars);
  }

  merge(range: string): void {
    this.merges.push(range);
  }

  freeze(rowsAbove: number, colsLeft = 0): void {
    this.freezeRows = rowsAbove + 1;
    this.freezeColumns = colsLeft > 0 ? colsLeft + 1 : undefined;
  }

  build(): SheetLayout {
    const cells = [...this.cells.values()].sort((x, y) => {
      const p = parseAddress(x.address);
      const q = parseAddress(y.address);
      return p.row - q.row || p.col - q.col;
    });
    const widths = Object.fromEntries(Object.entries(this.widths).sort(([a], [b]) => colNumber(a) - colNumber(b)));
    const rowHeights = this.rowHeights(cells);
    return {
      name: this.name,
      cells,
      widths,
      ...(this.freezeRows ? { freezeRows: this.freezeRows } : {}),
      ...(this.freezeColumns ? { freezeColumns: this.freezeColumns } : {}),
      ...(this.merges.length ? { merges: [...this.merges] } : {}),
      ...(Object.keys(rowHeights).length ? { rowHeights } : {}),
    };
  }

  /**
   * Heights for rows whose wrapped text needs several lines (Excel does not grow a row for a
   * merged cell by itself): the text's width in character units (a CJK character counts two)
   * over the width of its cell or merged range, one line per LINE_HEIGHT points.
   */
  private rowHeights(cells: readonly CellLayout[]): Record<number, number> {
    const heights: Record<number, number> = {};
    const widthOf = (col: number) => this.widths[colLetter(col)] ?? DEFAULT_COLUMN_WIDTH;
    for (const cell of cells) {
      const { row, col } = parseAddress(cell.address);
      const style = STYLES[cell.style];
      if (cell.style === 'title') heights[row] = Math.max(heights[row] ?? 0, TITLE_HEIGHT);
      if (!style.wrap || typeof cell.value !== 'string') continue;
      const merge = this.merges.find((m) => parseAddress(m.split(':')[0]).row === row && parseAddress(m.split(':')[0]).col === col);
      const last = merge ? parseAddress(merge.split(':')[1]).col : col;
      let width = 0;
      for (let c = col; c <= last; c++) width += widthOf(c);
      const lines = cell.value
        .split('\n')
        .reduce((n, line) => n + Math.max(1, Math.ceil(textUnits(line) / Math.max(1, width - 1))), 0);
      if (lines > 1) heights[row] = Math.max(heights[row] ?? 0, lines * LINE_HEIGHT);
    }
    return heights;
  }
}

const DEFAULT_COLUMN_WIDTH = 9;
const LINE_HEIGHT = 16;
const TITLE_HEIGHT = 24;

/** Display width of text in Excel's character units: wide (CJK, full-width) characters count two. */
function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return units;
}

// ─────────────────────────── values ───────────────────────────

/** An ISO date as the Excel serial a template stores (shown with the `date` format). */
export function excelDate(iso: string): number {
  return serialFromDay(dayFromIso(iso));
}

/** An ISO month as the serial of its first day (shown with the `month` format). */
export function excelMonth(iso: string): number {
  return serialFromDay(firstDayOfMonth(monthFromIso(iso)));
}

/** A drop-down list from a registry code table: the Chinese names, which every code argument accepts. */
export function codeList(defs: readonly CodeDef<string>[]): string[] {
  return defs.map((d) => d.zh);
}

/** TRUE/FALSE, for a boolean argument. */
export const BOOLEAN_LIST: readonly string[] = ['TRUE', 'FALSE'];

/**
 * A cell comment for an input that feeds a function argument, from the registry: the
 * argument's meaning and what it accepts, so a tooltip cannot drift from the function.
 */
export function argNote(functionName: string, argName: string): string {
  const fn = lookupFunction(functionName);
  const arg = fn?.args.find((a) => a.name === argName);
  if (!fn || !arg) throw new Error(`no argument ${argName} of ${functionName}`);
  return `${fn.name}.${arg.name}：${arg.description.zh}。可填：${arg.type.accepts.zh}`;
}

// ─────────────────────────── blocks ───────────────────────────

/** The sheet's title on row 1 and explanatory lines under it, each merged across `width` columns. Returns the next free row. */
export function titleBlock(sb: SheetBuilder, title: string, lines: readonly string[], width: number): number {
  const last = colLetter(Math.max(width, 1));
  sb.put('A1', { value: title, style: 'title' });
  if (width > 1) sb.merge(`A1:${last}1`);
  let row = 2;
  for (const line of lines) {
    sb.put(`A${row}`, { value: line, style: 'note' });
    if (width > 1) sb.merge(`A${row}:${last}${row}`);
    row++;
  }
  return row;
}

/** A heading for one section of a sheet ("一、稳岗返还"), merged across `width` columns. */
export function sectionHeading(sb: SheetBuilder, row: number, text: string, width: number): void {
  sb.put(`A${row}`, { value: text, style: 'label' });
  if (width > 1) sb.merge(`A${row}:${colLetter(width)}${row}`);
}

export interface Field {
  key: string;
  label: string;
  /** An input's sample value; absent for a formula. */
  value?: Value;
  formula?: (refs: Record<string, string>) => string;
  format?: NumberFormat;
  list?: readonly string[];
  comment?: string;
}

/**
 * Labelled single values, one per row: the label in column A, the cell in column B. Returns
 * each field's absolute address ("$B$4") by key, for formulas elsewhere, and the next free row.
 */
export function fieldBlock(sb: SheetBuilder, top: number, fields: readonly Field[]): { refs: Record<string, string>; next: number } {
  const refs: Record<string, string> = {};
  fields.forEach((f, i) => {
    refs[f.key] = `$B$${top + i}`;
  });
  fields.forEach((f, i) => {
    const row = top + i;
    sb.put(`A${row}`, { value: f.label, style: 'label' });
    const cell: Omit<CellLayout, 'address'> = f.formula
      ? { formula: f.formula(refs), style: 'formula' }
      : { ...(f.value !== undefined ? { value: f.value } : {}), style: 'input' };
    sb.put(`B${row}`, {
      ...cell,
      ...(f.format ? { numberFormat: f.format } : {}),
      ...(f.list ? { list: f.list } : {}),
      ...(f.comment ? { comment: f.comment } : {}),
    });
  });
  return { refs, next: top + fields.length };
}

/** The row a table formula is written for: addresses of the other columns in the same row. */
export interface RowContext {
  row: number;
  /** "C12" */
  cell(key: string): string;
  /** "$C12": the column fixed, for a formula copied across. */
  fixed(key: string): string;
  /** The column's header cell with the row fixed, "C$11" (a month header the formula reads). */
  header(key: string): string;
}

export interface Column {
  key: string;
  /** Header text, or a header value (a month serial shown with its format). */
  header: string | { value: number; format: NumberFormat };
  width?: number;
  comment?: string;
  format?: NumberFormat;
  list?: readonly string[];
  /** A computed column; without it the column is an input filled from the sample rows. */
  formula?: (r: RowContext) => string;
  /** A column of fixed labels (from the rows, like inputs) that the user is not meant to change. */
  constant?: boolean;
  /** Summed in the total row. */
  total?: boolean;
}

export interface TableSpec {
  /** Row of the column headers. */
  top: number;
  columns: readonly Column[];
  /** Sample rows a user overwrites: input column key → value. */
  rows: readonly Record<string, Value | undefined>[];
  /** Header groups on the row above the headers, merged across their columns. */
  groups?: readonly { from: string; to: string; text: string }[];
  /** Label of the total row, written in the first column; no total row when null. */
  totalLabel?: string | null;
}

export interface TableRefs {
  headerRow: number;
  firstRow: number;
  lastRow: number;
  /** The total row, or undefined when the table has none. */
  totalRow?: number;
  /** Column letter by key. */
  col(key: string): string;
  /** A total cell ("N14") by column key. */
  total(key: string): string;
  /** The first row after the table. */
  next: number;
}

/** A table: header row (and header groups), one row per sample, and a total row of SUM()s. */
export function table(sb: SheetBuilder, spec: TableSpec): TableRefs {
  const letters = new Map(spec.columns.map((c, i) => [c.key, colLetter(i + 1)]));
  const col = (key: string): string => {
    const l = letters.get(key);
    if (!l) throw new Error(`${sb.name}: no column ${key}`);
    return l;
  };
  const headerRow = spec.top;
  if (spec.groups?.length) {
    const g = headerRow - 1;
    for (const grp of spec.groups) {
      sb.put(`${col(grp.from)}${g}`, { value: grp.text, style: 'header' });
      if (grp.from !== grp.to) sb.merge(`${col(grp.from)}${g}:${col(grp.to)}${g}`);
    }
  }
  for (const c of spec.columns) {
    const h = typeof c.header === 'string' ? { value: c.header } : { value: c.header.value, numberFormat: c.header.format };
    sb.put(`${col(c.key)}${headerRow}`, { ...h, style: 'header', ...(c.comment ? { comment: c.comment } : {}) });
    if (c.width) sb.width(col(c.key), c.width);
  }
  const firstRow = headerRow + 1;
  spec.rows.forEach((sample, i) => {
    const row = firstRow + i;
    const ctx: RowContext = {
      row,
      cell: (key) => `${col(key)}${row}`,
      fixed: (key) => `$${col(key)}${row}`,
      header: (key) => `${col(key)}$${headerRow}`,
    };
    for (const c of spec.columns) {
      const fmt = c.format ? { numberFormat: c.format } : {};
      if (c.formula) {
        sb.put(`${col(c.key)}${row}`, { formula: c.formula(ctx), style: 'formula', ...fmt });
      } else {
        const v = sample[c.key];
        sb.put(`${col(c.key)}${row}`, {
          ...(v !== undefined ? { value: v } : {}),
          style: c.constant ? 'label' : 'input',
          ...fmt,
          ...(c.list ? { list: c.list } : {}),
        });
      }
    }
  });
  const lastRow = firstRow + spec.rows.length - 1;
  let totalRow: number | undefined;
  if (spec.totalLabel !== null) {
    totalRow = lastRow + 1;
    spec.columns.forEach((c, i) => {
      const a = `${col(c.key)}${totalRow}`;
      if (i === 0) sb.put(a, { value: spec.totalLabel ?? '合计', style: 'total' });
      else if (c.total) sb.put(a, { formula: `SUM(${col(c.key)}${firstRow}:${col(c.key)}${lastRow})`, style: 'total', ...(c.format ? { numberFormat: c.format } : {}) });
      else sb.put(a, { style: 'total' });
    });
  }
  return {
    headerRow,
    firstRow,
    lastRow,
    totalRow,
    col,
    total: (key) => {
      if (totalRow === undefined) throw new Error(`${sb.name}: the table has no total row`);
      if (!spec.columns.find((c) => c.key === key)?.total) throw new Error(`${sb.name}: column ${key} is not totalled`);
      return `${col(key)}${totalRow}`;
    },
    next: (totalRow ?? lastRow) + 1,
  };
}

/** One labelled total cell: label in `labelCol`, the value (a formula) next to it. Returns the value's address. */
export function totalCell(sb: SheetBuilder, row: number, label: string, formula: string, labelCol = 1, format: NumberFormat = 'yuan'): string {
  sb.put(`${colLetter(labelCol)}${row}`, { value: label, style: 'total' });
  return sb.put(`${colLetter(labelCol + 1)}${row}`, { formula, style: 'total', numberFormat: format });
}

/**
 * Sections stacked down a sheet, each a heading and a table with its own subtotal row, one
 * blank row between them. Returns each section's table, in order.
 */
export function sections(
  sb: SheetBuilder,
  top: number,
  width: number,
  list: readonly { heading: string; table: Omit<TableSpec, 'top'> }[],
): TableRefs[] {
  const out: TableRefs[] = [];
  let row = top;
  for (const s of list) {
    sectionHeading(sb, row, s.heading, width);
    const t = table(sb, { ...s.table, top: row + 1 });
    out.push(t);
    row = t.next + 1;
  }
  return out;
}
