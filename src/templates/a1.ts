/**
 * A1 addresses: column letters ↔ numbers, cell and range text, sheet-qualified references.
 * Small and pure, shared by the template specs, the recalculation and the writers.
 */
import { unquote } from './quoted';

/** 1 → "A", 27 → "AA". */
export function colLetter(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new Error(`column number must be ≥ 1: ${col}`);
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 1, "AA" → 27. */
export function colNumber(letters: string): number {
  if (!/^[A-Z]+$/.test(letters)) throw new Error(`not column letters: ${letters}`);
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface CellPos {
  /** 1-based row. */
  row: number;
  /** 1-based column. */
  col: number;
}

/** "B12" (dollar signs allowed) → { row: 12, col: 2 }. */
export function parseAddress(address: string): CellPos {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`not an A1 address: ${address}`);
  return { row: Number(m[2]), col: colNumber(m[1]) };
}

/** { row: 12, col: 2 } → "B12"; absolute parts get a "$". */
export function address(row: number, col: number, abs: { row?: boolean; col?: boolean } = {}): string {
  return `${abs.col ? '$' : ''}${colLetter(col)}${abs.row ? '$' : ''}${row}`;
}

/** "$B$12" / "B$12" → "B12". */
export function relative(addr: string): string {
  return addr.replace(/\$/g, '');
}

/** "B5" → "$B$5". */
export function absolute(addr: string): string {
  const { row, col } = parseAddress(addr);
  return address(row, col, { row: true, col: true });
}

/** The cells of "A1:C2", row by row. */
export function rangeCells(range: string): CellPos[] {
  const [a, b = a] = range.split(':');
  const p = parseAddress(a);
  const q = parseAddress(b);
  const out: CellPos[] = [];
  for (let r = Math.min(p.row, q.row); r <= Math.max(p.row, q.row); r++) {
    for (let c = Math.min(p.col, q.col); c <= Math.max(p.col, q.col); c++) out.push({ row: r, col: c });
  }
  return out;
}

/** The range a spill of rows × cols anchored at `anchor` covers: "A20:E26". */
export function spillRange(anchor: string, rows: number, cols: number): string {
  const { row, col } = parseAddress(anchor);
  return `${address(row, col)}:${address(row + rows - 1, col + cols - 1)}`;
}

/** A sheet name as a formula writes it: always quoted ('社保减免'!A1 is valid everywhere), ' doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "社保减免!N14" (the form WorkbookLayout.totals uses) → { sheet, address }. */
export function splitRef(ref: string): { sheet: string; address: string } {
  const i = ref.lastIndexOf('!');
  if (i < 0) throw new Error(`not a sheet-qualified reference: ${ref}`);
  let sheet = ref.slice(0, i);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = unquote(sheet);
  return { sheet, address: relative(ref.slice(i + 1)) };
}

/** A totals-style reference "Sheet!A1" as formula text: "'Sheet'!$A$1". */
export function formulaRef(ref: string): string {
  const { sheet, address: a } = splitRef(ref);
  return `${quoteSheet(sheet)}!${absolute(a)}`;
}
