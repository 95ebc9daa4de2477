import { toHyperFormula } from '../../src/hyperformula/formulaText';

describe('formula text from Excel files to HyperFormula', () => {
  test('_xldudf_ calls become dotted names', () => {
    expect(toHyperFormula('=_xldudf_SUBSIDY_STEAMPRICE(0.7,"2020-03-01")')).toBe('=SUBSIDY.STEAMPRICE(0.7,"2020-03-01")');
    expect(toHyperFormula('=_xldudf_SUBSIDY_SOCINSWAIVE(B2,_xldudf_SUBSIDY_ENTSIZE(A1,A2,A3),C2,D2)')).toBe(
      '=SUBSIDY.SOCINSWAIVE(B2,SUBSIDY.ENTSIZE(A1,A2,A3),C2,D2)',
    );
  });

  test('_xlfn. prefixes are dropped', () => {
    expect(toHyperFormula('=_xlfn.IFS(A1>1,1,TRUE(),0)')).toBe('=IFS(A1>1,1,TRUE(),0)');
  });

  test('bare TRUE/FALSE become calls, but not inside strings or names', () => {
    expect(toHyperFormula('=SUBSIDY.ONLINETRAINSUBSIDY(1000,10,TRUE)')).toBe('=SUBSIDY.ONLINETRAINSUBSIDY(1000,10,TRUE())');
    expect(toHyperFormula('=IF(A1=FALSE,"TRUE","x")')).toBe('=IF(A1=FALSE(),"TRUE","x")');
    expect(toHyperFormula('=TRUE()')).toBe('=TRUE()');
    expect(toHyperFormula('=TRUEVALUE+1')).toBe('=TRUEVALUE+1');
  });

  test('"" inside a string literal is kept, and text that looks like a call inside a string is untouched', () => {
    expect(toHyperFormula('=CONCAT("say ""_xldudf_X_Y("" now",A1)')).toBe('=CONCAT("say ""_xldudf_X_Y("" now",A1)');
  });

  test('quoted sheet names are copied untouched', () => {
    expect(toHyperFormula("='TRUE sheet'!A1+1")).toBe("='TRUE sheet'!A1+1");
  });
});

// Appended with `subsidy audit` (imports are hoisted).
import { hfLiterals } from '../../src/hyperformula/formulaText';
import { evaluateFormulas } from '../../src/hyperformula/evalFormulas';

describe('formula text: sheet names and literals HyperFormula cannot read', () => {
  test('an unquoted sheet name of Chinese (or any non-ASCII) letters is quoted', () => {
    expect(toHyperFormula('=汇总!A1+房租!B2')).toBe("='汇总'!A1+'房租'!B2");
    expect(toHyperFormula('=SUM(明细2020!E:E)')).toBe("=SUM('明细2020'!E:E)");
    expect(toHyperFormula("='社保 明细'!A1+Sheet1!A1")).toBe("='社保 明细'!A1+Sheet1!A1");
    expect(toHyperFormula('="汇总!A1"')).toBe('="汇总!A1"');
  });

  test('hfLiterals: "" inside a string becomes CHAR(34); exponent numbers become their exact decimal digits (7E-1 is 0.7, not 7*10^-1 = 0.7000000000000001)', () => {
    expect(hfLiterals('=A1&" ""元"""')).toBe('=A1&(" "&CHAR(34)&"元"&CHAR(34))');
    expect(hfLiterals('=""""')).toBe('=(CHAR(34))');
    expect(hfLiterals('=IF(A1="",1.5E+20,2e-3)')).toBe('=IF(A1="",150000000000000000000,0.002)');
    expect(hfLiterals("='It''s'!A1+E1E5")).toBe("='It''s'!A1+E1E5");
    expect(hfLiterals('=SUBSIDY.X(A1,"plain")')).toBe('=SUBSIDY.X(A1,"plain")');
  });

  test('the rewritten literals compute to the values Excel gives', () => {
    const [r1, r2] = evaluateFormulas([hfLiterals('="say ""hi"""'), hfLiterals('=1.5E+3+1')]);
    expect(r1).toMatchObject({ value: 'say "hi"' });
    expect(r2).toMatchObject({ value: 1501 });
  });
});
