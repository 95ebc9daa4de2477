import {
  callArguments,
  calls,
  customName,
  displayFormula,
  externalBooks,
  nestingDepth,
  qualified,
  referencedAreas,
  shiftFormula,
} from '../../src/audit/formula';

describe('shared formulas: the master moved to each clone', () => {
  test('relative references move, $-anchored parts stay', () => {
    expect(shiftFormula('_xldudf_SUBSIDY_SOCINSWAIVE(A2,B2,C2,D2)', 3, 0)).toBe('_xldudf_SUBSIDY_SOCINSWAIVE(A5,B5,C5,D5)');
    expect(shiftFormula('E2/SUM($E$2:$E$5)+E$1+$F2', 2, 1)).toBe('F4/SUM($E$2:$E$5)+F$1+$F4');
  });

  test('text in strings, function names that look like cells, sheet names and numbers are not references', () => {
    expect(shiftFormula('IF(A1="B2",LOG10(A1),1E5)', 1, 0)).toBe('IF(A2="B2",LOG10(A2),1E5)');
    expect(shiftFormula("'Sheet A1'!B2+汇总!C3+Data2020!D4", 1, 1)).toBe("'Sheet A1'!C3+汇总!D4+Data2020!E5");
    expect(shiftFormula('SUBSIDY.RENTRELIEF(F2,"weihai","soe","工业")', 1, 0)).toBe('SUBSIDY.RENTRELIEF(F3,"weihai","soe","工业")');
  });

  test('whole columns and rows move; off the sheet is #REF!', () => {
    expect(shiftFormula('SUM(A:B)+SUM(2:3)+SUM($C:C)', 1, 1)).toBe('SUM(B:C)+SUM(3:4)+SUM($C:D)');
    expect(shiftFormula('A2+B1', -1, 0)).toBe('A1+#REF!');
  });
});

describe('calls and arguments', () => {
  test('calls with depth; _xldudf_ and SUBSIDY. names', () => {
    const cs = calls('ROUND(_xldudf_SUBSIDY_SOCINSWAIVE(A2,_xldudf_SUBSIDY_ENTSIZE(1,2,3),"X(",D2)/2,2)');
    expect(cs.map((c) => [c.raw, c.depth])).toEqual([
      ['ROUND', 0],
      ['_xldudf_SUBSIDY_SOCINSWAIVE', 1],
      ['_xldudf_SUBSIDY_ENTSIZE', 2],
    ]);
    expect(customName('_xldudf_SUBSIDY_SOCINSWAIVE')).toBe('SUBSIDY.SOCINSWAIVE');
    expect(customName('subsidy.rentrelief')).toBe('SUBSIDY.RENTRELIEF');
    expect(customName('_xldudf_CONTOSO_ADD')).toBe('CONTOSO.ADD');
    expect(customName('_xldudf_MYMACRO')).toBe('MYMACRO');
    expect(customName('_xludf.NEWFN')).toBe('NEWFN');
    expect(customName('_xll.XLLFN')).toBe('XLLFN');
    expect(customName('SUM')).toBeUndefined();
    expect(customName('_xlfn.IFS')).toBeUndefined();
  });

  test('arguments split at the call’s own commas only', () => {
    const f = 'X(A1, "a,b" ,F(1,2),{1,2;3,4},,\'S,1\'!A1)';
    expect(callArguments(f, 1)).toEqual({ args: ['A1', '"a,b"', 'F(1,2)', '{1,2;3,4}', '', "'S,1'!A1"], end: f.length });
    expect(callArguments('X()', 1).args).toEqual([]);
  });
});

describe('what a formula reads', () => {
  test('cells, ranges, whole columns, other sheets', () => {
    expect(referencedAreas("SUM(A1:B3)+C4+'社保 明细'!E:E+Tom!A2")).toEqual([
      { top: 1, left: 1, bottom: 3, right: 2 },
      { top: 4, left: 3, bottom: 4, right: 3 },
      { sheet: '社保 明细', top: 1, left: 5, bottom: 1_048_576, right: 5, whole: 'columns' },
      { sheet: 'Tom', top: 2, left: 1, bottom: 2, right: 1 },
    ]);
    expect(referencedAreas('SUM(2:3)+SUM(A1:A1048576)')).toEqual([
      { top: 2, left: 1, bottom: 3, right: 16_384, whole: 'rows' },
      { top: 1, left: 1, bottom: 1_048_576, right: 1 },
    ]);
    expect(referencedAreas('SUBSIDY.RENTRELIEF(10000,"A1",TRUE(),#N/A)')).toEqual([]);
  });

  test('unknowable from the text: INDIRECT, OFFSET, names, 3-D and structured references, spill references', () => {
    for (const f of ['INDIRECT("A"&B1)', 'SUM(OFFSET(A1,1,1))', 'Rate*2', 'SUM(Sheet1:Sheet3!A1)', 'SUM(Table1[Amount])', 'SUM(A1#)']) {
      expect(referencedAreas(f)).toBeUndefined();
    }
  });
});

describe('external links and nesting', () => {
  test('the external workbooks a formula reads, by number', () => {
    expect(externalBooks("[1]Sheet1!A1+'[2]Other sheet'!B1:B3+[1]!Total+SUM([3]S1:S3!A1)")).toEqual([1, 2, 3]);
    // Structured references, string literals and quoted names that merely look alike are not links.
    expect(externalBooks('SUM(Table1[[#This Row],[1]])+LEN("[1]Sheet1!A1")+\'[1] x\'+A1')).toEqual([]);
    expect(externalBooks('SUM(A1:B2)')).toEqual([]);
  });

  test('nesting depth counts parentheses outside string literals and quoted names', () => {
    expect(nestingDepth('ROUND(SUM(A1:A3)/2,2)')).toBe(2);
    expect(nestingDepth('"((((("&\'a(b\'!A1')).toBe(0);
    expect(nestingDepth(`${'('.repeat(70)}1${')'.repeat(70)}`)).toBe(70);
  });
});

describe('display', () => {
  test('as Excel shows a formula', () => {
    expect(displayFormula('_xlfn.IFS(_xldudf_SUBSIDY_ENTSIZE(A1,A2,A3)="small",1,TRUE,0)&"_xldudf_X_Y("')).toBe(
      '=IFS(SUBSIDY.ENTSIZE(A1,A2,A3)="small",1,TRUE,0)&"_xldudf_X_Y("',
    );
  });

  test('sheet names quoted when Excel would', () => {
    expect(qualified('汇总', 'A1')).toBe('汇总!A1');
    expect(qualified('社保 明细', 'E5')).toBe("'社保 明细'!E5");
    expect(qualified("Tom's", 'A1')).toBe("'Tom''s'!A1");
    expect(qualified('AB12', 'A1')).toBe("'AB12'!A1");
  });
});
