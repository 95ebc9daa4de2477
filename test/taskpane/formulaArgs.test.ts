/**
 * The check tab's formula reader (src/taskpane/excel/formulaArgs.ts): what it parses, which
 * arguments it resolves, and what it refuses to guess.
 */
import {
  excelDate,
  FormulaSyntaxError,
  parseArgumentList,
  parseFormula,
  referencesOf,
  resolveArgument,
  subsidyCalls,
  subsidyName,
  type CellLookup,
  type Expr,
  type Resolved,
} from '../../src/taskpane/excel/formulaArgs';

const noCells: CellLookup = () => undefined;
const noNested = (): Resolved => ({ kind: 'unsupported', text: 'nested' });

function args(formula: string): Expr[] {
  const e = parseFormula(formula);
  if (e.kind !== 'call') throw new Error(`not a call: ${formula}`);
  return e.args;
}

function resolve(text: string, lookup: CellLookup = noCells): Resolved {
  const [a] = parseArgumentList(text);
  return resolveArgument(a, lookup, noNested);
}

describe('parseFormula', () => {
  test('a SUBSIDY call with literal arguments', () => {
    const e = parseFormula('=SUBSIDY.RENTRELIEF(10000,"weihai","soe","工业")');
    expect(e).toMatchObject({ kind: 'call', name: 'SUBSIDY.RENTRELIEF' });
    expect(subsidyName(e)).toBe('RENTRELIEF');
    expect(args('=SUBSIDY.RENTRELIEF(10000,"weihai","soe","工业")').map((a) => a.kind)).toEqual(['number', 'string', 'string', 'string']);
  });

  test('the saved _xldudf_ form and lower case are the same function', () => {
    expect(subsidyName(parseFormula('=_xldudf_SUBSIDY_STEAMPRICE(0.7)'))).toBe('STEAMPRICE');
    expect(subsidyName(parseFormula('=subsidy.steamprice(0.7)'))).toBe('STEAMPRICE');
  });

  test('strings keep doubled quotes, commas and parentheses inside them', () => {
    const [a] = args('=SUBSIDY.POLICY("a ""b"", (c)",1)');
    expect(a).toMatchObject({ kind: 'string', value: 'a "b", (c)' });
  });

  test('references: relative, absolute, other sheet, quoted sheet with spaces and quotes, ranges', () => {
    const [a, b, c, d, e] = args("=F($B$5,Sheet2!c7,'我的 表'!A1,'It''s'!$D2,A1:B3)");
    expect(a).toMatchObject({ kind: 'ref', address: 'B5', sheet: undefined });
    expect(b).toMatchObject({ kind: 'ref', address: 'C7', sheet: 'Sheet2' });
    expect(c).toMatchObject({ kind: 'ref', address: 'A1', sheet: '我的 表' });
    expect(d).toMatchObject({ kind: 'ref', address: 'D2', sheet: "It's" });
    expect(e).toMatchObject({ kind: 'range', from: 'A1', to: 'B3' });
  });

  test('unquoted Chinese sheet names', () => {
    const [a] = args('=F(社保减免!N14)');
    expect(a).toMatchObject({ kind: 'ref', sheet: '社保减免', address: 'N14' });
  });

  test('function names that look like cells are calls, not references', () => {
    const [a] = args('=F(LOG10(100))');
    expect(a).toMatchObject({ kind: 'call', name: 'LOG10' });
  });

  test('empty arguments are kept in place, including a trailing one', () => {
    expect(args('=F(1,,3)').map((a) => a.kind)).toEqual(['number', 'empty', 'number']);
    expect(args('=F(1,)').map((a) => a.kind)).toEqual(['number', 'empty']);
    expect(args('=F()')).toEqual([]);
  });

  test('operators: precedence, unary minus, percent, comparison, concatenation', () => {
    const e = parseFormula('=1+2*3');
    expect(e).toMatchObject({ kind: 'binary', op: '+', right: { kind: 'binary', op: '*' } });
    expect(parseFormula('=-5')).toMatchObject({ kind: 'unary', op: '-' });
    expect(parseFormula('=16%')).toMatchObject({ kind: 'percent' });
    expect(parseFormula('=A1&"x"')).toMatchObject({ kind: 'binary', op: '&' });
    expect(parseFormula('=A1>=2')).toMatchObject({ kind: 'binary', op: '>=' });
  });

  test('@ in front of a call or a reference is the call or reference itself', () => {
    expect(subsidyName(parseFormula('=@SUBSIDY.STEAMPRICE(0.7)'))).toBe('STEAMPRICE');
  });

  test('error literals, array constants, names and the spill operator', () => {
    expect(args('=F(#N/A)')[0]).toMatchObject({ kind: 'error', code: '#N/A' });
    expect(args('=F({1,2})')[0]).toMatchObject({ kind: 'other' });
    expect(args('=F(MyRate)')[0]).toMatchObject({ kind: 'other', text: 'MyRate' });
    expect(args('=F(A1#)')[0]).toMatchObject({ kind: 'other' });
  });

  test('malformed formulas throw FormulaSyntaxError', () => {
    for (const bad of ['=F(1', '=F("abc)', '=', '=F(1))', "=F('x)"]) expect(() => parseFormula(bad)).toThrow(FormulaSyntaxError);
  });
});

describe('subsidyCalls: the outermost SUBSIDY calls', () => {
  test('a call nested in another SUBSIDY call is not listed separately', () => {
    const calls = subsidyCalls(parseFormula('=SUBSIDY.SOCINSWAIVE(9000,SUBSIDY.ENTSIZE("工业",120,25000000),"2020-03",0.005)'));
    expect(calls.map(subsidyName)).toEqual(['SOCINSWAIVE']);
  });

  test('calls inside other functions and arithmetic are found, left to right', () => {
    const calls = subsidyCalls(parseFormula('=ROUND(SUBSIDY.FEEDISCOUNT(A1),0)+SUBSIDY.GASRELIEF(3000,"住宿")'));
    expect(calls.map(subsidyName)).toEqual(['FEEDISCOUNT', 'GASRELIEF']);
  });

  test('no SUBSIDY call: empty', () => {
    expect(subsidyCalls(parseFormula('=SUM(A1:A3)'))).toEqual([]);
  });
});

describe('resolveArgument', () => {
  test('literals', () => {
    expect(resolve('10000')).toEqual({ kind: 'value', value: 10000 });
    expect(resolve('"weihai"')).toEqual({ kind: 'value', value: 'weihai' });
    expect(resolve('TRUE')).toEqual({ kind: 'value', value: true });
    expect(resolve('false()')).toEqual({ kind: 'value', value: false });
    expect(resolve('-5')).toEqual({ kind: 'value', value: -5 });
    expect(resolve('1.5e3')).toEqual({ kind: 'value', value: 1500 });
  });

  test('a percent literal is read as Excel reads it, exactly (0.7% is 0.007, not 0.0069999…)', () => {
    expect(resolve('16%')).toEqual({ kind: 'value', value: 0.16 });
    expect(resolve('0.7%')).toEqual({ kind: 'value', value: 0.007 });
    expect(resolve('-0.5%')).toEqual({ kind: 'value', value: -0.005 });
  });

  test('an omitted argument is null', () => {
    expect(resolveArgument(args('=F(1,)')[1], noCells, noNested)).toEqual({ kind: 'value', value: null });
  });

  test('DATE(y,m,d) is the Excel serial, with Excel rollover rules', () => {
    expect(resolve('DATE(2020,3,1)')).toEqual({ kind: 'value', value: 43891 });
    expect(resolve('DATE(2020,13,1)')).toEqual({ kind: 'value', value: excelDate(2021, 1, 1) });
    expect(resolve('DATE(2020,3,0)')).toEqual({ kind: 'value', value: excelDate(2020, 2, 29) });
    expect(resolve('DATE(120,1,1)')).toEqual({ kind: 'value', value: excelDate(2020, 1, 1) });
    expect(excelDate(1900, 3, 1)).toBe(61);
    expect(resolve('DATE(10000,1,1)')).toMatchObject({ kind: 'error', code: '#NUM!' });
  });

  test('DATE of references reads them', () => {
    const cells: CellLookup = (sheet, a) => ({ A1: { value: 2020 }, B1: { value: 2 }, C1: { value: 15 } } as Record<string, { value: number }>)[a];
    expect(resolve('DATE(A1,B1,C1)', cells)).toEqual({ kind: 'value', value: excelDate(2020, 2, 15) });
  });

  test('references go through the lookup, with their sheet; an error cell is that error', () => {
    const seen: [string | undefined, string][] = [];
    const lookup: CellLookup = (sheet, address) => {
      seen.push([sheet, address]);
      return address === 'E1' ? { error: '#DIV/0!' } : { value: 42 };
    };
    expect(resolve('$B$2', lookup)).toEqual({ kind: 'value', value: 42 });
    expect(resolve("'另一表'!C3", lookup)).toEqual({ kind: 'value', value: 42 });
    expect(resolve('E1', lookup)).toEqual({ kind: 'error', code: '#DIV/0!', from: 'E1' });
    expect(seen).toEqual([
      [undefined, 'B2'],
      ['另一表', 'C3'],
      [undefined, 'E1'],
    ]);
  });

  test('nested SUBSIDY calls go to the nested evaluator', () => {
    const [a] = parseArgumentList('SUBSIDY.ENTSIZE("工业",120,25000000)');
    const r = resolveArgument(a, noCells, (call) => ({ kind: 'value', value: `computed ${subsidyName(call)}` }));
    expect(r).toEqual({ kind: 'value', value: 'computed ENTSIZE' });
  });

  test('anything else is unsupported, with the text at fault — never guessed', () => {
    for (const text of ['A1*2', 'A1:A3', 'SUM(A1:A3)', 'MyRate', '-A1', '"a"&"b"', 'IF(A1,1,2)', '{1,2}', 'TODAY()']) {
      const r = resolve(text, () => ({ value: 1 }));
      expect(r.kind).toBe('unsupported');
      if (r.kind === 'unsupported') expect(r.text).toBe(text);
    }
  });

  test('error literals are errors', () => {
    expect(resolve('#N/A')).toEqual({ kind: 'error', code: '#N/A', from: '#N/A' });
  });
});

test('referencesOf lists the single-cell references anywhere in a formula', () => {
  const refs = referencesOf(parseFormula("=SUBSIDY.X(A1,SUBSIDY.Y('S 2'!B2),C1:C9,DATE(D1,1,1))"));
  expect(refs).toEqual([{ address: 'A1', sheet: undefined }, { address: 'B2', sheet: 'S 2' }, { address: 'D1', sheet: undefined }]);
});

test('parseArgumentList reads a typed argument list', () => {
  expect(parseArgumentList('0.7, 300, "2020-01-15"').map((e) => e.kind)).toEqual(['number', 'number', 'string']);
  expect(parseArgumentList('  ')).toEqual([]);
});
