/**
 * The check tab's decision (src/taskpane/excel/recompute.ts), pure: recomputing a cell's
 * SUBSIDY formula from literals, references and nested calls, and comparing to the cent.
 */
import { checkFormula, compare, type CellContent, type SheetLookup } from '../../src/taskpane/excel/recompute';
import { toCents as cents } from '../../src/engine/money';
import { excelDate } from '../../src/taskpane/excel/formulaArgs';

const none: SheetLookup = () => undefined;

function cells(map: Record<string, CellContent>): SheetLookup {
  return (sheet, address) => map[sheet ? `${sheet}!${address}` : address];
}

test('a literal call: agrees when the cell holds the engine value to the cent, differs otherwise', () => {
  const f = '=SUBSIDY.RENTRELIEF(10000,"weihai","soe","工业")';
  expect(checkFormula(f, { value: 30000, type: 'Double' }, none)!.verdict).toEqual({ kind: 'agree' });
  expect(checkFormula(f, { value: 30000.004, type: 'Double' }, none)!.verdict).toEqual({ kind: 'agree' });
  expect(checkFormula(f, { value: 29999.99, type: 'Double' }, none)!.verdict).toEqual({ kind: 'differ', expected: '30000.00', shown: '29999.99' });
  expect(checkFormula(f, { value: '30000', type: 'String' }, none)!.verdict.kind).toBe('differ');
  const check = checkFormula(f, { value: 30000 }, none)!;
  expect(check.calls).toHaveLength(1);
  const o = check.calls[0].outcome;
  expect(o.kind).toBe('value');
  if (o.kind === 'value') expect(o.steps.some((s) => s.citation.startsWith('000#49'))).toBe(true);
});

test('cents rounds half-up on the decimal value, not the float', () => {
  expect(cents(1.005)).toBe('1.01');
  expect(cents(2.675)).toBe('2.68');
  expect(cents(-0.005)).toBe('-0.01');
});

test('references on the same and on another sheet, dates as serials', () => {
  const lookup = cells({
    A1: { value: 0.7 },
    B1: { value: 300 },
    '热汽费!C1': { value: excelDate(2020, 1, 15)! },
    '热汽费!D1': { value: '2020-02-14' },
  });
  const check = checkFormula("=SUBSIDY.STEAMBILL(A1,$B$1,热汽费!C1,'热汽费'!D1)", { value: 51930 }, lookup)!;
  expect(check.verdict).toEqual({ kind: 'agree' });
});

test('DATE() and TRUE/FALSE arguments', () => {
  expect(checkFormula('=SUBSIDY.STEAMBILL(0.7,300,DATE(2020,1,15),DATE(2020,2,14))', { value: 51930 }, none)!.verdict.kind).toBe('agree');
  expect(checkFormula('=SUBSIDY.ONLINETRAINSUBSIDY(1500,40,TRUE)', { value: 500 }, none)!.verdict.kind).toBe('agree');
  expect(checkFormula('=SUBSIDY.ONLINETRAINSUBSIDY(1500,40,TRUE())', { value: 500 }, none)!.verdict.kind).toBe('agree');
});

test('nested SUBSIDY calls are recomputed first and listed', () => {
  const check = checkFormula('=SUBSIDY.SOCINSWAIVE(9000,SUBSIDY.ENTSIZE("工业",120,25000000),"2020-03",0.005)', { value: 1548 }, none)!;
  expect(check.verdict).toEqual({ kind: 'agree' });
  expect(check.calls[0].nested.map((n) => n.name)).toEqual(['ENTSIZE']);
  const inner = check.calls[0].nested[0].outcome;
  expect(inner.kind === 'value' && inner.value).toBe('小型');
});

test('engine errors: the cell agrees when it shows the same error code', () => {
  const f = '=SUBSIDY.RENTRELIEF(-5,"weihai","soe","工业")';
  const check = checkFormula(f, { value: '#NUM!', type: 'Error' }, none)!;
  expect(check.verdict).toEqual({ kind: 'agree' });
  const o = check.calls[0].outcome;
  expect(o.kind === 'error' && o.message.zh).toContain('monthlyRent');
  expect(checkFormula(f, { value: 0, type: 'Double' }, none)!.verdict).toMatchObject({ kind: 'differ', expected: '#NUM!' });
});

test('a referenced error cell: Excel shows that error without calling the function', () => {
  const check = checkFormula('=SUBSIDY.FEEDISCOUNT(A1)', { value: '#DIV/0!', type: 'Error' }, cells({ A1: { error: '#DIV/0!' } }))!;
  expect(check.verdict).toEqual({ kind: 'agree' });
});

test('an unknown function is #NAME?', () => {
  const check = checkFormula('=SUBSIDY.NOSUCH(1)', { value: '#NAME?', type: 'Error' }, none)!;
  expect(check.calls[0].outcome).toMatchObject({ kind: 'error', code: '#NAME?' });
  expect(check.verdict).toEqual({ kind: 'agree' });
});

test('arguments it cannot resolve make the cell "cannot check here", naming the argument', () => {
  for (const f of ['=SUBSIDY.FEEDISCOUNT(A1*2)', '=SUBSIDY.FEEDISCOUNT(SUM(A1:A3))', '=SUBSIDY.FEEDISCOUNT(Fee)', '=SUBSIDY.FEEDISCOUNT(A1:A2)']) {
    const check = checkFormula(f, { value: 1500 }, cells({ A1: { value: 3000 } }))!;
    expect(check.verdict.kind).toBe('unchecked');
    if (check.verdict.kind === 'unchecked') expect(check.verdict.reason.en).toContain(f.slice('=SUBSIDY.FEEDISCOUNT('.length, -1));
  }
  // …also when the unresolvable part sits inside a nested call.
  const nested = checkFormula('=SUBSIDY.SOCINSWAIVE(9000,SUBSIDY.ENTSIZE(X1&"",120,25000000),"2020-03",0.005)', { value: 1548 }, none)!;
  expect(nested.verdict.kind).toBe('unchecked');
});

test('a reference to a sheet or cell it could not read is not guessed', () => {
  expect(checkFormula('=SUBSIDY.FEEDISCOUNT(Missing!A1)', { value: 1500 }, none)!.verdict.kind).toBe('unchecked');
});

test('an empty referenced cell: checked when null (Excel on the web) and 0 (desktop) give the same answer, else not', () => {
  // highEnergy omitted (FALSE) and 0 (FALSE) are the same: checked.
  const same = checkFormula('=SUBSIDY.POWERRELIEF(100000,"2020-03",A1)', { value: 5000 }, cells({ A1: { empty: true } }))!;
  expect(same.verdict).toEqual({ kind: 'agree' });
  // A required amount: null is #VALUE!, 0 is 0 — the platforms disagree, so it is not checked.
  const differs = checkFormula('=SUBSIDY.FEEDISCOUNT(A1)', { value: 0 }, cells({ A1: { empty: true } }))!;
  expect(differs.verdict.kind).toBe('unchecked');
  if (differs.verdict.kind === 'unchecked') expect(differs.verdict.reason.zh).toContain('A1');
});

test('a formula doing more than one SUBSIDY call is recomputed but its value not compared', () => {
  const check = checkFormula('=SUBSIDY.FEEDISCOUNT(3000)+1', { value: 1501 }, none)!;
  expect(check.verdict.kind).toBe('unchecked');
  expect(check.calls[0].outcome).toMatchObject({ kind: 'value', value: 1500 });
});

test('spilled tables are explained, not compared', () => {
  for (const f of ['=SUBSIDY.RENTSCHEDULE(10000,"weihai","city-soe","餐饮")', '=SUBSIDY.EXPLAIN("STEAMBILL",0.7,300,"2020-01-15","2020-02-14")']) {
    const check = checkFormula(f, { value: '月份 month' }, none)!;
    expect(check.verdict.kind).toBe('unchecked');
    expect(check.calls[0].outcome.kind).toBe('value');
  }
});

test('catalogue functions and text results compare as text', () => {
  const check = checkFormula('=SUBSIDY.POLICY("000#49")', { value: '减免中小企业房租' }, none)!;
  expect(check.verdict).toEqual({ kind: 'agree' });
});

test('formulas without a SUBSIDY call are not checked; unreadable ones say so', () => {
  expect(checkFormula('=SUM(A1:A3)', { value: 1 }, none)).toBeUndefined();
  expect(checkFormula('=SUBSIDY.FEEDISCOUNT("x', { value: 1 }, none)!.verdict.kind).toBe('unchecked');
});

test('compare: numbers against text and errors against values differ', () => {
  expect(compare({ kind: 'value', value: 5, steps: [] }, { value: '#VALUE!', type: 'Error' })).toMatchObject({ kind: 'differ' });
  expect(compare({ kind: 'error', code: '#N/A', message: { zh: '', en: '' }, steps: [] }, { value: '#VALUE!', type: 'Error' })).toMatchObject({ kind: 'differ' });
});
