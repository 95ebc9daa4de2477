import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { address as a1, parseAddress, rangeCells, spillRange } from './a1';
import { toXlsxFormula } from './formulaText';
import type { CellLayout, SheetLayout, WorkbookLayout } from './layout';
import { isError, recalc, type CellValue, type Recalc } from './recalc';
import { argb, NUMBER_FORMATS, STYLES } from './styles';

/**
 * WorkbookLayout → .xlsx bytes, the way Excel itself would save the workbook:
 *
 * - formulas in Excel's stored form, `_xldudf_SUBSIDY_NAME(...)` (nested calls too), each with
 *   its cached result from the headless recalculation, so the file reads correctly before
 *   the add-in loads (and Excel, not told to recalculate on load, keeps those values);
 * - a spilled result (RENTSCHEDULE) as Excel 365 stores a dynamic array: the anchor holds
 *   `<f t="array" ref="A20:E26">` and `cm="1"`, pointing at the XLDAPR dynamic-array
 *   metadata in xl/metadata.xml; every covered cell carries its cached value. ExcelJS writes
 *   the array formula and the values; it knows nothing of cell metadata, so the cm attribute
 *   and metadata part are added when the package is normalised. Without them Excel would
 *   open the anchor as a legacy CSE array {=…} of fixed size — still correct, not resizable;
 * - deterministic bytes: fixed document dates, and the zip re-packed with fixed entry
 *   timestamps and fixed compression, so a rebuild from the same layout is byte-identical.
 */

/** The documents' creation and modification date: 2020-02-29, the date of seed 000. */
export const FIXED_DATE = new Date(Date.UTC(2020, 1, 29, 0, 0, 0));
export const CREATOR = 'shandong-subsidy-excel';

export interface BuildOptions {
  /** Write even if some formula comes out as an error (the template builder never does). */
  allowErrors?: boolean;
}

/** The .xlsx bytes of a layout; `calc` defaults to recomputing the layout. */
export async function buildXlsx(layout: WorkbookLayout, calc: Recalc = recalc(layout), options: BuildOptions = {}): Promise<Buffer> {
  if (calc.errors.length && !options.allowErrors) {
    const list = calc.errors.map((e) => `${e.sheet}!${e.address} ${e.formula}: ${e.error}`).join('\n');
    throw new Error(`${layout.fileName}: formulas with errors:\n${list}`);
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.title = layout.title.zh;
  wb.subject = layout.title.en;

  const anchors = new Map<string, string[]>();
  for (const sheet of layout.sheets) {
    const list = writeSheet(wb, sheet, calc);
    if (list.length) anchors.set(sheet.name, list);
  }
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  return normalisePackage(raw, anchors);
}

function excelValue(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (isError(v)) return { error: v.error as ExcelJS.CellErrorValue['error'] };
  return v;
}

function applyStyle(cell: ExcelJS.Cell, layout: Pick<CellLayout, 'style' | 'numberFormat'>): void {
  const s = STYLES[layout.style];
  const font: Partial<ExcelJS.Font> = {};
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.size) font.size = s.size;
  if (s.fontColor) font.color = { argb: argb(s.fontColor) };
  if (Object.keys(font).length) cell.font = font;
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.border || s.topRule) {
    const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
    cell.border = {
      top: s.topRule ? { style: 'medium', color: { argb: 'FF808080' } } : thin,
      left: thin,
      bottom: thin,
      right: thin,
    };
  }
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.wrap) alignment.wrapText = true;
  if (s.horizontal) alignment.horizontal = s.horizontal;
  if (s.vertical) alignment.vertical = s.vertical;
  if (Object.keys(alignment).length) cell.alignment = alignment;
  if (layout.numberFormat) cell.numFmt = NUMBER_FORMATS[layout.numberFormat];
  if (s.unlocked) cell.protection = { locked: false };
}

/** Writes one sheet; returns the addresses of its spill anchors. */
function writeSheet(wb: ExcelJS.Workbook, sheet: SheetLayout, calc: Recalc): string[] {
  const frozen = (sheet.freezeRows ?? 1) > 1 || (sheet.freezeColumns ?? 1) > 1;
  const ws = wb.addWorksheet(sheet.name, {
    views: frozen
      ? [
          {
            state: 'frozen',
            xSplit: (sheet.freezeColumns ?? 1) - 1,
            ySplit: (sheet.freezeRows ?? 1) - 1,
            topLeftCell: a1(sheet.freezeRows ?? 1, sheet.freezeColumns ?? 1),
            activeCell: 'A1',
          },
        ]
      : [{ state: 'normal', activeCell: 'A1' }],
  });
  for (const [letter, width] of Object.entries(sheet.widths)) ws.getColumn(letter).width = width;
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) ws.getRow(Number(row)).height = height;

  const anchors: string[] = [];
  for (const cell of sheet.cells) {
    const c = ws.getCell(cell.address);
    if (cell.formula !== undefined) {
      const formula = toXlsxFormula(cell.formula);
      if (cell.spill) {
        const spill = calc.spills.find((s) => s.sheet === sheet.name && s.anchor === cell.address);
        if (!spill) throw new Error(`${sheet.name}!${cell.address}: no spilled values`);
        c.value = { formula, result: excelValue(spill.values[0][0]), shareType: 'array', ref: spill.range } as ExcelJS.CellValue;
        writeSpill(ws, cell, spill.values);
        anchors.push(cell.address);
      } else {
        c.value = { formula, result: excelValue(calc.get(sheet.name, cell.address)) } as ExcelJS.CellValue;
      }
    } else if (cell.value !== undefined) {
      c.value = cell.value;
    }
    applyStyle(c, cell);
    if (cell.list) {
      c.dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${cell.list.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: '不在列表中',
        error: '请从下拉列表中选择；函数也接受英文代码和常见简称。',
      };
    }
    if (cell.comment) c.note = cell.comment;
  }
  for (const range of sheet.merges ?? []) {
    const [first] = range.split(':');
    const master = sheet.cells.find((x) => x.address === first);
    if (master) {
      for (const p of rangeCells(range).slice(1)) applyStyle(ws.getCell(p.row, p.col), { style: master.style });
    }
    ws.mergeCells(range);
  }
  return anchors;
}

/** The cached values of the cells a spill covers (the anchor's own value is its formula's result). */
function writeSpill(ws: ExcelJS.Worksheet, anchor: CellLayout, values: CellValue[][]): void {
  const { row: top, col: left } = parseAddress(anchor.address);
  for (const p of rangeCells(spillRange(anchor.address, anchor.spill!.rows, anchor.spill!.cols))) {
    const fmt = anchor.spillFormats?.[p.col - left] ?? undefined;
    const c = ws.getCell(p.row, p.col);
    if (p.row !== top || p.col !== left) c.value = excelValue(values[p.row - top]?.[p.col - left] ?? null);
    // The header row of a spilled table reads as text; the format applies from the second row.
    applyStyle(c, { style: 'formula', ...(fmt && p.row !== top ? { numberFormat: fmt } : {}) });
  }
}

const METADATA_PART = 'xl/metadata.xml';

/** The dynamic-array cell metadata Excel writes: one XLDAPR block, referenced by cm="1". */
const DYNAMIC_ARRAY_METADATA =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>' +
  '</metadata>';

/** The worksheet part of each sheet name, from xl/workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, '').replace(/^\//, ''));
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    if (name && rid && targets.has(rid)) out.set(unescapeXml(name), `xl/${targets.get(rid)}`);
  }
  return out;
}

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/**
 * Re-packs the package deterministically (every entry dated FIXED_DATE, DEFLATE level 6,
 * ExcelJS's entry order) and adds the dynamic-array metadata for spill anchors.
 */
export async function normalisePackage(raw: Buffer, anchors: ReadonlyMap<string, readonly string[]> = new Map()): Promise<Buffer> {
  const zip = await JSZip.loadAsync(raw);
  const parts = new Map<string, string | Uint8Array>();
  const names: string[] = [];
  zip.forEach((path, entry) => {
    if (!entry.dir) names.push(path);
  });
  for (const name of names) {
    const isXml = /\.(xml|rels|vml)$/.test(name);
    parts.set(name, isXml ? await zip.file(name)!.async('string') : await zip.file(name)!.async('uint8array'));
  }
  if (anchors.size) {
    const bySheet = await sheetParts(zip);
    for (const [sheet, list] of anchors) {
      const part = bySheet.get(sheet);
      if (!part || !parts.has(part)) throw new Error(`no worksheet part for ${sheet}`);
      let xml = parts.get(part) as string;
      for (const addr of list) {
        const re = new RegExp(`<c r="${addr}"(?=[\\s>/])`);
        if (!re.test(xml)) throw new Error(`${sheet}!${addr}: anchor cell not found in ${part}`);
        xml = xml.replace(re, `<c r="${addr}" cm="1"`);
      }
      parts.set(part, xml);
    }
    parts.set(METADATA_PART, DYNAMIC_ARRAY_METADATA);
    names.push(METADATA_PART);
    const types = parts.get('[Content_Types].xml') as string;
    parts.set(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/></Types>',
      ),
    );
    const rels = parts.get('xl/_rels/workbook.xml.rels') as string;
    parts.set(
      'xl/_rels/workbook.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdMetadata1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" Target="metadata.xml"/></Relationships>',
      ),
    );
  }
  const out = new JSZip();
  for (const name of names) out.file(name, parts.get(name)!, { date: FIXED_DATE, createFolders: false });
  return out.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  });
}
