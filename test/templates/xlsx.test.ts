import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'fs';
import { join } from 'path';
import { address as a1, parseAddress, rangeCells, spillRange } from '../../src/templates/a1';
import type { CellLayout, WorkbookLayout } from '../../src/templates/layout';
import { isError, recalc, type CellValue } from '../../src/templates/recalc';
import { templateLayouts } from '../../src/templates/specs';
import { argb, NUMBER_FORMATS, STYLES } from '../../src/templates/styles';

/** The committed files, read back with ExcelJS as any consumer (the auditor included) reads them. */
const DIR = join(__dirname, '..', '..', 'templates');
const layouts = templateLayouts();
const cases = layouts.map((l) => [l.fileName, l] as const);

async function load(layout: WorkbookLayout): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(DIR, layout.fileName)) as unknown as ArrayBuffer);
  return wb;
}

function cached(v: CellValue): unknown {
  return isError(v) ? { error: v.error } : v;
}

const fillOf = (c: ExcelJS.Cell) => (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe.each(cases)('%s read back with ExcelJS', (_name, layout) => {
  let wb: ExcelJS.Workbook;
  const calc = recalc(layout);
  beforeAll(async () => {
    wb = await load(layout);
  });

  const cells = (pred: (c: CellLayout) => boolean) =>
    layout.sheets.flatMap((s) => s.cells.filter(pred).map((c) => ({ sheet: s.name, cell: c })));

  test('the sheets, in order', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(layout.sheets.map((s) => s.name));
  });

  test("formula cells hold Excel's stored form with the recomputed value cached", () => {
    const formulas = cells((c) => c.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(0);
    for (const { sheet, cell } of formulas) {
      const c = wb.getWorksheet(sheet)!.getCell(cell.address);
      const v = c.value as ExcelJS.CellFormulaValue;
      expect(typeof v.formula).toBe('string');
      expect(v.formula).not.toMatch(/SUBSIDY\./);
      if (/SUBSIDY\./.test(cell.formula!)) expect(v.formula).toMatch(/^_xldudf_SUBSIDY_[A-Z]+\(/);
      const expected = cell.spill ? calc.spills.find((s) => s.sheet === sheet && s.anchor === cell.address)!.values[0][0] : calc.get(sheet, cell.address);
      // cell.result, not cell.value.result: ExcelJS's value object drops a cached 0.
      expect({ at: `${sheet}!${cell.address}`, result: c.result }).toEqual({ at: `${sheet}!${cell.address}`, result: cached(expected) });
    }
  });

  test('input, formula and total cells carry their own fills; number formats are written', () => {
    for (const { sheet, cell } of cells(() => true)) {
      const c = wb.getWorksheet(sheet)!.getCell(cell.address);
      const fill = STYLES[cell.style].fill;
      expect({ at: `${sheet}!${cell.address}`, fill: fillOf(c) }).toEqual({ at: `${sheet}!${cell.address}`, fill: fill ? argb(fill) : undefined });
      if (cell.numberFormat) expect(c.numFmt).toBe(NUMBER_FORMATS[cell.numberFormat]);
      if (cell.style === 'input') expect(c.protection?.locked).toBe(false);
    }
    expect(STYLES.input.fill).not.toBe(STYLES.formula.fill);
    expect(STYLES.total.fill).not.toBe(STYLES.formula.fill);
  });

  test('code cells have their drop-down lists', () => {
    const lists = cells((c) => c.list !== undefined);
    expect(lists.length).toBeGreaterThan(0);
    for (const { sheet, cell } of lists) {
      const dv = wb.getWorksheet(sheet)!.getCell(cell.address).dataValidation;
      expect(dv?.type).toBe('list');
      expect(dv?.formulae).toEqual([`"${cell.list!.join(',')}"`]);
    }
  });

  test('panes are frozen where the layout says', () => {
    for (const sheet of layout.sheets) {
      const [view] = wb.getWorksheet(sheet.name)!.views as ExcelJS.WorksheetViewFrozen[];
      expect(sheet.freezeRows).toBeGreaterThan(1);
      expect(view.state).toBe('frozen');
      expect(view.ySplit).toBe(sheet.freezeRows! - 1);
      expect(view.xSplit).toBe((sheet.freezeColumns ?? 1) - 1);
    }
  });

  test('column widths and merges are written', () => {
    for (const sheet of layout.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      for (const [col, w] of Object.entries(sheet.widths)) expect(ws.getColumn(col).width).toBe(w);
      for (const m of sheet.merges ?? []) {
        const [first, last] = m.split(':');
        const p = parseAddress(last);
        expect(ws.getCell(p.row, p.col).isMerged).toBe(true);
        expect(ws.getCell(p.row, p.col).master.address).toBe(first);
      }
    }
  });
});

describe('spilled RENTSCHEDULE in the .xlsx', () => {
  const layout = layouts.find((l) => l.id === 'rent')!;
  const sheet = layout.sheets.find((s) => s.cells.some((c) => c.spill))!;
  const anchor = sheet.cells.find((c) => c.spill)!;
  const range = spillRange(anchor.address, anchor.spill!.rows, anchor.spill!.cols);

  test('the anchor is an array formula over the spill range and every covered cell carries its value', async () => {
    const wb = await load(layout);
    const ws = wb.getWorksheet(sheet.name)!;
    const v = ws.getCell(anchor.address).value as ExcelJS.CellFormulaValue & { shareType?: string; ref?: string };
    expect(v.shareType).toBe('array');
    expect(v.ref).toBe(range);
    const spill = recalc(layout).spills[0];
    const { row: top, col: left } = parseAddress(anchor.address);
    for (const p of rangeCells(range)) {
      if (p.row === top && p.col === left) continue;
      expect({ at: a1(p.row, p.col), v: ws.getCell(p.row, p.col).value }).toEqual({ at: a1(p.row, p.col), v: spill.values[p.row - top][p.col - left] });
    }
  });

  test('the anchor is marked as a dynamic array (cm="1" → XLDAPR metadata), the part registered', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(DIR, layout.fileName)));
    const sheets = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    const withAnchor = sheets.filter((x) => x.includes(`<f t="array" ref="${range}">`));
    expect(withAnchor).toHaveLength(1);
    expect(withAnchor[0]).toMatch(new RegExp(`<c r="${anchor.address}" cm="1"[^>]*><f t="array" ref="${range}">_xldudf_SUBSIDY_RENTSCHEDULE\\(`));
    const metadata = await zip.file('xl/metadata.xml')!.async('string');
    expect(metadata).toMatch(/<metadataType name="XLDAPR"[^>]*\/>/);
    expect(metadata).toContain('<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/>');
    expect(metadata).toContain('<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>');
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain(
      '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/>',
    );
    expect(await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).toMatch(/relationships\/sheetMetadata" Target="metadata.xml"/);
  });

  test('workbooks without a spill get no metadata part', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(DIR, layouts.find((l) => l.id === 'steam')!.fileName)));
    expect(zip.file('xl/metadata.xml')).toBeNull();
  });

  test('every zip entry has the fixed timestamp', async () => {
    for (const l of layouts) {
      const zip = await JSZip.loadAsync(readFileSync(join(DIR, l.fileName)));
      for (const f of Object.values(zip.files)) expect(f.date.toISOString()).toBe('2020-02-29T00:00:00.000Z');
    }
  });
});
