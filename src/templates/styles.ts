import type { CellStyle, NumberFormat } from './layout';

/**
 * How each CellStyle and NumberFormat looks, once, for both writers: the .xlsx builder
 * (ExcelJS) and the task pane's template insertion (Office.js `range.format`,
 * `range.numberFormat`). Colours are "#RRGGBB" as Office.js takes them; ExcelJS wants
 * "FFRRGGBB" (see `argb`).
 *
 * The convention is the one finance staff know from budgeting sheets: yellow cells with blue
 * text are typed in, green cells are computed, orange bold cells are totals.
 */
export interface StyleDef {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  /** Font size in points; the workbook default (11) when absent. */
  size?: number;
  /** Thin borders on all four sides. */
  border?: boolean;
  /** A medium top border, for total rows. */
  topRule?: boolean;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle';
  /** Whether the cell stays unlocked when the user protects the sheet. */
  unlocked?: boolean;
}

export const STYLES: Readonly<Record<CellStyle, StyleDef>> = {
  title: { bold: true, size: 14, fontColor: '#1F3864', vertical: 'middle' },
  note: { italic: true, fontColor: '#595959', wrap: true, vertical: 'top' },
  header: { fill: '#D9E1F2', bold: true, border: true, wrap: true, horizontal: 'center', vertical: 'middle' },
  label: { fill: '#F2F2F2', bold: true, border: true, vertical: 'middle' },
  input: { fill: '#FFF2CC', fontColor: '#1F4E79', border: true, vertical: 'middle', unlocked: true },
  formula: { fill: '#E2EFDA', border: true, vertical: 'middle' },
  total: { fill: '#FCE4D6', bold: true, border: true, topRule: true, vertical: 'middle' },
};

/** Excel number-format codes, the same in ExcelJS `numFmt` and Office.js `numberFormat`. */
export const NUMBER_FORMATS: Readonly<Record<NumberFormat, string>> = {
  yuan: '#,##0.00',
  rate: '0.00%',
  date: 'yyyy-mm-dd',
  month: 'yyyy-mm',
  integer: '#,##0',
  text: '@',
};

/** "#FFF2CC" → "FFFFF2CC" (ExcelJS colours carry an alpha byte). */
export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}
