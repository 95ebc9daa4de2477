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
