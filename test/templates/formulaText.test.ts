import { toHyperFormula } from '../../src/hyperformula/formulaText';
import { functionsIn, referencesIn, toXlsxFormula } from '../../src/templates/formulaText';
import { formulaRef, spillRange, splitRef, colLetter, colNumber } from '../../src/templates/a1';

describe('formula text for .xlsx', () => {
  test('SUBSIDY.NAME( becomes _xldudf_SUBSIDY_NAME(, nested calls too', () => {
    expect(toXlsxFormula('SUBSIDY.SOCINSWAIVE($B16,SUBSIDY.ENTSIZE("工业",80,B7),C$15,0.5%)')).toBe(
      '_xldudf_SUBSIDY_SOCINSWAIVE($B16,_xldudf_SUBSIDY_ENTSIZE("工业",80,B7),C$15,0.5%)',
    );
    expect(toXlsxFormula('SUM(SUBSIDY.medinscut(B2,C1),1)')).toBe('SUM(_xldudf_SUBSIDY_MEDINSCUT(B2,C1),1)');
  });

  test('string literals and quoted sheet names are left alone', () => {
    expect(toXlsxFormula('IF(A1="SUBSIDY.X(",\'SUBSIDY.Y(\'!A1,SUBSIDY.X(1))')).toBe('IF(A1="SUBSIDY.X(",\'SUBSIDY.Y(\'!A1,_xldudf_SUBSIDY_X(1))');
  });

  test('toHyperFormula undoes it', () => {
    const f = 'SUBSIDY.RENTSCHEDULE(B6,C6,D6,E6,SUBSIDY.ENTSIZE("工业",80,1))';
    expect(toHyperFormula(toXlsxFormula(f))).toBe(f);
  });

  test('functionsIn lists the SUBSIDY calls', () => {
    expect(functionsIn('SUBSIDY.A(SUBSIDY.B(1),SUBSIDY.A(2),"SUBSIDY.C(")')).toEqual(['A', 'B']);
  });

  test('referencesIn expands ranges, reads sheet names, skips function names and literals', () => {
    expect(referencesIn('SUM(C16:D17)+LOG10(2)+"A1"')).toEqual([
      { sheet: undefined, address: 'C16' },
      { sheet: undefined, address: 'D16' },
      { sheet: undefined, address: 'C17' },
      { sheet: undefined, address: 'D17' },
    ]);
    expect(referencesIn("'社保减免'!$N$18+汇总!B2+SUBSIDY.X($B$9,C$15)")).toEqual([
      { sheet: '社保减免', address: 'N18' },
      { sheet: '汇总', address: 'B2' },
      { sheet: undefined, address: 'B9' },
      { sheet: undefined, address: 'C15' },
    ]);
  });

  test('A1 helpers', () => {
    expect(colLetter(27)).toBe('AA');
    expect(colNumber('AA')).toBe(27);
    expect(spillRange('A12', 7, 5)).toBe('A12:E18');
    expect(splitRef("'it''s'!B2")).toEqual({ sheet: "it's", address: 'B2' });
    expect(formulaRef('社保减免!N18')).toBe("'社保减免'!$N$18");
  });
});
