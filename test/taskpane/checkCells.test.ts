/**
 * The check tab's Excel side (src/taskpane/excel/checkCells.ts) and "insert formula"
 * (insertFormula.ts) against office-addin-mock: reading formulas, values and referenced
 * cells (same and other sheet) through load/sync, marking differing cells and restoring them.
 */
import { checkSelection, clearMarks, differing, markCells, MARK_FILL, selectCell, SelectionTooLargeError } from '../../src/taskpane/excel/checkCells';
import { insertFormula } from '../../src/taskpane/excel/insertFormula';
import { excelDate } from '../../src/taskpane/excel/formulaArgs';
import { FakeExcel, supportsUpTo } from './officeMock';

const ALL = supportsUpTo('1.18');

function claimWorkbook(): FakeExcel {
  return new FakeExcel(
    {
      房租: {
        A2: { value: 10000 },
        B2: { value: 'weihai' },
        C2: { formula: '=SUBSIDY.RENTRELIEF(A2,B2,"soe","工业")', value: 30000 },
        C3: { formula: '=SUBSIDY.RENTRELIEF(A2,B2,"soe","工业")', value: 31000, fill: '#FFF2CC' },
        C4: { formula: "=SUBSIDY.STEAMBILL(热汽!A1,'热汽'!B1,DATE(2020,1,15),热汽!C1)", value: 51930 },
        C5: { formula: '=SUBSIDY.FEEDISCOUNT(A2*2)', value: 10000 },
        C6: { formula: '=SUM(A2:A3)', value: 10000 },
        C7: { value: 'text' },
        C8: { formula: '=SUBSIDY.RENTRELIEF(-1,B2,"soe","工业")', value: '#NUM!', type: 'Error' },
        C9: { formula: '=SUBSIDY.POLICY("000#49","文号")', value: 'wrong' },
      },
      热汽: {
        A1: { value: 0.7 },
        B1: { value: 300 },
        C1: { value: excelDate(2020, 2, 14)! },
      },
    },
    { sheet: '房租', address: 'C2:C9' },
  );
}

test('reads the selection, recomputes every SUBSIDY formula and reports each verdict', async () => {
  const xl = claimWorkbook();
  const report = await checkSelection(xl.context(), ALL);
  expect(report.range).toBe('房租!C2:C9');
  expect(report.truncated).toBe(false);
  const verdicts = Object.fromEntries(report.cells.map((c) => [c.address, c.check.verdict.kind]));
  expect(verdicts).toEqual({ C2: 'agree', C3: 'differ', C4: 'agree', C5: 'unchecked', C8: 'agree', C9: 'differ' });
  const c3 = report.cells.find((c) => c.address === 'C3')!;
  expect(c3.check.verdict).toEqual({ kind: 'differ', expected: '30000.00', shown: '31000.00' });
  expect(c3.sheet).toBe('房租');
  // The referenced cells were read through Office.js, on their own sheets.
  const reads = xl.calls.filter((c) => c.method.endsWith('getRange')).map((c) => `${c.target.split('!')[0]}:${c.args[0]}`);
  expect(reads).toEqual(expect.arrayContaining(['房租:A2', '房租:B2', '热汽:A1', '热汽:B1', '热汽:C1']));
  expect(differing(report)).toEqual([
    { sheet: '房租', address: 'C3' },
    { sheet: '房租', address: 'C9' },
  ]);
});

test('marks differing cells red and clears the marks back to their fills', async () => {
  const xl = claimWorkbook();
  await markCells(xl.context(), [
    { sheet: '房租', address: 'C3' },
    { sheet: '房租', address: 'C9' },
  ]);
  expect(xl.written('房租!C3', 'format.fill.color')).toEqual([MARK_FILL]);
  expect(xl.written('房租!C9', 'format.fill.color')).toEqual([MARK_FILL]);
  // Marking twice does not lose the original fill.
  await markCells(xl.context(), [{ sheet: '房租', address: 'C3' }]);
  const n = await clearMarks(xl.context());
  expect(n).toBe(2);
  // C3 had a yellow fill: put back; C9 had none: cleared.
  expect(xl.written('房租!C3', 'format.fill.color').slice(-1)).toEqual(['#FFF2CC']);
  expect(xl.calls.filter((c) => c.target === '房租!C9' && c.method === 'format.fill.clear')).toHaveLength(1);
  // Nothing left to clear.
  expect(await clearMarks(new FakeExcel().context())).toBe(0);
});

test('a selection without SUBSIDY formulas gives an empty report', async () => {
  const xl = new FakeExcel({ S: { A1: { value: 1 }, A2: { formula: '=A1+1', value: 2 } } }, { sheet: 'S', address: 'A1:A2' });
  const report = await checkSelection(xl.context(), ALL);
  expect(report.cells).toEqual([]);
});

test('a huge selection is trimmed to the used range (ExcelApi 1.4), or refused without it', async () => {
  const xl = new FakeExcel({ S: { A1: { formula: '=SUBSIDY.FEEDISCOUNT(3000)', value: 1500 } } }, { sheet: 'S', address: 'A1:Z100000' });
  // The fake's used range is A1.
  const report = await checkSelection(xl.context(), ALL);
  expect(report.cells.map((c) => [c.address, c.check.verdict.kind])).toEqual([['A1', 'agree']]);
  expect(xl.callsOf('getIntersectionOrNullObject')).toHaveLength(1);
  await expect(checkSelection(new FakeExcel({ S: {} }, { sheet: 'S', address: 'A1:Z100000' }).context(), supportsUpTo('1.3'))).rejects.toBeInstanceOf(SelectionTooLargeError);
});

test('selectCell activates the sheet and selects the cell', async () => {
  const xl = claimWorkbook();
  await selectCell(xl.context(), '房租', 'C3');
  expect(xl.calls.map((c) => `${c.target}.${c.method}`)).toEqual(expect.arrayContaining(['房租.activate', '房租!C3.select']));
});

test('insert formula writes the formula into the top-left cell of the selection and says where', async () => {
  const xl = new FakeExcel({ Sheet1: {} }, { sheet: 'Sheet1', address: 'B3:D5' });
  const address = await insertFormula(xl.context(), '=SUBSIDY.RENTRELIEF(10000,"weihai","soe","industry")');
  expect(address).toBe('Sheet1!B3');
  expect(xl.written('Sheet1!B3', 'formulas')).toEqual([[['=SUBSIDY.RENTRELIEF(10000,"weihai","soe","industry")']]]);
  expect(xl.writes.filter((w) => w.path === 'formulas')).toHaveLength(1);
});
