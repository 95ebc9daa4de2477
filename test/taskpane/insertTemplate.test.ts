/**
 * Template insertion through Office.js (src/taskpane/excel/insertTemplate.ts) against
 * office-addin-mock: sheets first, then values/styles/lists/sizes/merges/freeze panes, THEN
 * the formulas in the dotted form; features this Excel lacks are skipped and reported.
 */
import type { WorkbookLayout } from '../../src/templates/layout';
import { templateLayouts } from '../../src/templates/specs/index';
import { NUMBER_FORMATS, STYLES } from '../../src/templates/styles';
import {
  FEATURES,
  featuresUsed,
  freeSheetName,
  insertTemplate,
  renameInFormula,
  textForValues,
  UnsupportedExcelError,
  widthPoints,
  withFreeSheetNames,
} from '../../src/taskpane/excel/insertTemplate';
import { FakeExcel, supportsUpTo } from './officeMock';

/** A small layout with one of everything the inserter handles. */
const FIXTURE: WorkbookLayout = {
  id: 'fixture',
  fileName: 'fixture.xlsx',
  title: { zh: '测试模板', en: 'Fixture' },
  sheets: [
    {
      name: '说明',
      cells: [
        { address: 'A1', value: '测试模板', style: 'title' },
        { address: 'A2', value: '说明文字', style: 'note' },
      ],
      widths: { A: 60 },
      merges: ['A2:D2'],
      rowHeights: { 2: 45 },
    },
    {
      name: '房租减免',
      cells: [
        { address: 'A1', value: '房租减免', style: 'title' },
        { address: 'A3', value: '月租金（元）', style: 'header' },
        { address: 'B3', value: '地区', style: 'header' },
        { address: 'A4', value: 10000, style: 'input', numberFormat: 'yuan', comment: '填写月租金' },
        { address: 'B4', value: 'weihai', style: 'input', list: ['weihai', 'liaocheng', 'qingdao', 'jining', 'shandong'] },
        { address: 'C4', value: '2020-03', style: 'input', numberFormat: 'text' },
        { address: 'D4', formula: 'SUBSIDY.RENTRELIEF(A4,B4,"soe","工业")', style: 'formula', numberFormat: 'yuan' },
        { address: 'E4', formula: "SUM('说明'!A9,D4)", style: 'total', numberFormat: 'yuan' },
        {
          address: 'A6',
          formula: 'SUBSIDY.RENTSCHEDULE(A4,B4,"soe","工业")',
          style: 'formula',
          spill: { rows: 7, cols: 5 },
          spillFormats: [null, 'yuan', 'rate', 'yuan', 'yuan'],
        },
      ],
      widths: { A: 14, B: 12 },
      freezeRows: 4,
      freezeColumns: 2,
    },
  ],
  totals: [{ label: '房租减免', ref: '房租减免!D4' }],
};

const ALL = supportsUpTo('1.18');

test('sheets first, then values and styles, THEN formulas in the dotted form (never _xldudf_)', async () => {
  const xl = new FakeExcel({ Sheet1: {} });
  const result = await insertTemplate(xl.context(), FIXTURE, ALL);
  expect(xl.added).toEqual(['说明', '房租减免']);
  expect(result).toMatchObject({ sheets: ['说明', '房租减免'], renamed: [], skipped: [], formulas: 3 });

  const formulaWrites = xl.writes.filter((w) => w.path === 'formulas');
  expect(formulaWrites.map((w) => [w.target, w.value])).toEqual([
    ['房租减免!D4', [['=SUBSIDY.RENTRELIEF(A4,B4,"soe","工业")']]],
    ['房租减免!E4', [["=SUM('说明'!A9,D4)"]]],
    ['房租减免!A6', [['=SUBSIDY.RENTSCHEDULE(A4,B4,"soe","工业")']]],
  ]);
  expect(JSON.stringify(xl.writes)).not.toContain('_xldudf_');
  // Every formula goes in after every other write, in a later batch than the sheets were added in.
  const lastOther = Math.max(...xl.writes.filter((w) => w.path !== 'formulas').map((w) => w.seq));
  expect(Math.min(...formulaWrites.map((w) => w.seq))).toBeGreaterThan(lastOther);
  const addSync = Math.max(...xl.callsOf('add').map((c) => c.sync));
  expect(Math.min(...formulaWrites.map((w) => w.sync))).toBeGreaterThan(addSync);
  // …and formula cells get no value written.
  expect(xl.written('房租减免!D4', 'values')).toEqual([]);
});

test('values, with text that Excel would re-read (2020-03) kept as text', async () => {
  const xl = new FakeExcel();
  await insertTemplate(xl.context(), FIXTURE, ALL);
  expect(xl.written('房租减免!A4', 'values')).toEqual([[[10000]]]);
  expect(xl.written('房租减免!B4', 'values')).toEqual([[['weihai']]]);
  expect(xl.written('房租减免!C4', 'values')).toEqual([[["'2020-03"]]]);
  expect(textForValues('000#49')).toBe('000#49');
  expect(textForValues('=1+1')).toBe("'=1+1");
  expect(textForValues('1,000')).toBe("'1,000");
  expect(textForValues('TRUE')).toBe("'TRUE");
  expect(textForValues('月租金（元）')).toBe('月租金（元）');
});

test('styles from the shared style table: fill, font, borders, alignment, number formats, unlocked inputs', async () => {
  const xl = new FakeExcel();
  await insertTemplate(xl.context(), FIXTURE, ALL);
  const input = STYLES.input;
  expect(xl.written('房租减免!A4', 'format.fill.color')).toEqual([input.fill]);
  expect(xl.written('房租减免!A4', 'format.font.color')).toEqual([input.fontColor]);
  expect(xl.written('房租减免!A4', 'numberFormat')).toEqual([[[NUMBER_FORMATS.yuan]]]);
  expect(xl.written('房租减免!A4', 'format.protection.locked')).toEqual([false]);
  expect(xl.written('房租减免!A1', 'format.font.bold')).toEqual([true]);
  expect(xl.written('房租减免!A1', 'format.font.size')).toEqual([STYLES.title.size]);
  expect(xl.written('房租减免!A3', 'format.horizontalAlignment')).toEqual(['Center']);
  expect(xl.written('房租减免!A3', 'format.wrapText')).toEqual([true]);
  // Four thin borders on a bordered cell; a total has a medium top rule.
  expect(xl.calls.filter((c) => c.target === '房租减免!A3' && c.method === 'format.borders.getItem').map((c) => c.args[0])).toEqual([
    'EdgeTop',
    'EdgeBottom',
    'EdgeLeft',
    'EdgeRight',
  ]);
  const weights = xl.writes.filter((w) => w.target === '房租减免!E4' && w.path === 'border.weight').map((w) => w.value);
  expect(weights).toEqual(['Medium', 'Thin', 'Thin', 'Thin']);
  // The spilled area looks computed, with its columns' formats from the second row.
  expect(xl.written('房租减免!A6:E12', 'format.fill.color')).toEqual([STYLES.formula.fill]);
  expect(xl.written('房租减免!B7:B12', 'numberFormat')).toEqual([Array.from({ length: 6 }, () => [NUMBER_FORMATS.yuan])]);
  expect(xl.written('房租减免!C7:C12', 'numberFormat')).toEqual([Array.from({ length: 6 }, () => [NUMBER_FORMATS.rate])]);
  expect(xl.written('房租减免!A7:A12', 'numberFormat')).toEqual([]);
});

test('drop-down lists, notes, widths, heights, merges and freeze panes', async () => {
  const xl = new FakeExcel();
  await insertTemplate(xl.context(), FIXTURE, ALL);
  expect(xl.written('房租减免!B4', 'dataValidation.rule')).toEqual([{ list: { inCellDropDown: true, source: 'weihai,liaocheng,qingdao,jining,shandong' } }]);
  expect(xl.written('房租减免!B4', 'dataValidation.errorAlert')).toEqual([expect.objectContaining({ showAlert: true, style: 'Warning' })]);
  expect(xl.calls.filter((c) => c.method === 'notes.add').map((c) => [c.target, ...c.args])).toEqual([['房租减免', 'A4', '填写月租金']]);
  expect(xl.written('说明!A:A', 'format.columnWidth')).toEqual([widthPoints(60)]);
  expect(xl.written('房租减免!B:B', 'format.columnWidth')).toEqual([widthPoints(12)]);
  expect(xl.written('说明!2:2', 'format.rowHeight')).toEqual([45]);
  expect(xl.calls.filter((c) => c.method === 'merge').map((c) => c.target)).toEqual(['说明!A2:D2']);
  // The merged area takes the master cell's (note) style.
  expect(xl.written('说明!A2:D2', 'format.font.italic')).toEqual([true]);
  const freeze = xl.calls.filter((c) => c.method.startsWith('freezePanes.'));
  expect(freeze.map((c) => [c.target, c.method])).toEqual([['房租减免', 'freezePanes.freezeAt']]);
  expect(widthPoints(10)).toBe(56.25);
});

test('one-way freezes use freezeRows / freezeColumns', async () => {
  const xl = new FakeExcel();
  const layout: WorkbookLayout = { ...FIXTURE, sheets: [{ ...FIXTURE.sheets[1], freezeColumns: undefined }] };
  await insertTemplate(xl.context(), layout, ALL);
  expect(xl.calls.filter((c) => c.method.startsWith('freezePanes.')).map((c) => [c.method, ...c.args])).toEqual([['freezePanes.freezeRows', 3]]);
});

test('an older Excel: what it lacks is skipped and reported, never fatal', async () => {
  const xl = new FakeExcel();
  const result = await insertTemplate(xl.context(), FIXTURE, supportsUpTo('1.7'));
  expect(result.skipped.map((f) => f.id)).toEqual(['validation', 'notes']);
  expect(xl.writes.some((w) => w.path.startsWith('dataValidation'))).toBe(false);
  expect(xl.callsOf('notes.add')).toEqual([]);
  expect(xl.writes.filter((w) => w.path === 'formulas')).toHaveLength(3);

  const old = new FakeExcel();
  const r11 = await insertTemplate(old.context(), FIXTURE, supportsUpTo('1.1'));
  expect(r11.skipped.map((f) => f.id)).toEqual(['sizes', 'merges', 'protection', 'freeze', 'validation', 'notes']);
  expect(old.callsOf('merge')).toEqual([]);
  expect(old.writes.some((w) => w.path === 'format.columnWidth' || w.path === 'format.protection.locked')).toBe(false);
  expect(old.callsOf('suspendApiCalculationUntilNextSync')).toEqual([]);
  expect(old.writes.filter((w) => w.path === 'formulas')).toHaveLength(3);

  await expect(insertTemplate(new FakeExcel().context(), FIXTURE, () => false)).rejects.toBeInstanceOf(UnsupportedExcelError);
});

test('a sheet name the workbook already has: the new sheet is renamed and formulas follow it', async () => {
  const xl = new FakeExcel({ 说明: {}, Sheet1: {} });
  const result = await insertTemplate(xl.context(), FIXTURE, ALL);
  expect(result.renamed).toEqual([{ from: '说明', to: '说明 (2)' }]);
  expect(xl.added).toEqual(['说明 (2)', '房租减免']);
  expect(xl.written('房租减免!E4', 'formulas')).toEqual([[["=SUM('说明 (2)'!A9,D4)"]]]);
});

test('renaming helpers', () => {
  expect(freeSheetName('说明', new Set(['说明', '说明 (2)']))).toBe('说明 (3)');
  expect(freeSheetName('x'.repeat(40), new Set()).length).toBeLessThanOrEqual(31);
  const names = new Map([['说明', '说明 (2)']]);
  expect(renameInFormula("'说明'!A1+说明!B2+\"'说明'!C3\"+其他!A1", names)).toBe("'说明 (2)'!A1+'说明 (2)'!B2+\"'说明'!C3\"+其他!A1");
  const { layout, renamed } = withFreeSheetNames(FIXTURE, ['Sheet1']);
  expect(renamed).toEqual([]);
  expect(layout).toBe(FIXTURE);
});

test('featuresUsed lists only what a layout needs', () => {
  expect(featuresUsed(FIXTURE).map((f) => f.id)).toEqual(Object.values(FEATURES).map((f) => f.id));
  const bare: WorkbookLayout = { ...FIXTURE, sheets: [{ name: 'S', cells: [{ address: 'A1', value: 1, style: 'formula' }], widths: {} }] };
  expect(featuresUsed(bare)).toEqual([]);
});

describe('every real template inserts', () => {
  const layouts = templateLayouts();
  test.each(layouts.map((l) => [l.id, l] as const))('%s', async (_id, layout) => {
    const xl = new FakeExcel({ Sheet1: {} });
    const result = await insertTemplate(xl.context(), layout, ALL);
    expect(xl.added).toEqual(layout.sheets.map((s) => s.name));
    const formulaCells = layout.sheets.flatMap((s) => s.cells.filter((c) => c.formula !== undefined).map((c) => `${s.name}!${c.address}`));
    const written = xl.writes.filter((w) => w.path === 'formulas');
    expect(written.map((w) => w.target)).toEqual(formulaCells);
    for (const w of written) {
      const f = (w.value as string[][])[0][0];
      expect(f.startsWith('=')).toBe(true);
      expect(f).not.toMatch(/_xldudf_/i);
    }
    expect(result.listsSkipped).toEqual([]);
    const lastOther = Math.max(...xl.writes.filter((w) => w.path !== 'formulas').map((w) => w.seq));
    expect(Math.min(...written.map((w) => w.seq))).toBeGreaterThan(lastOther);
  });
});
