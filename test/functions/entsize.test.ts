import { calc, calcError, explain, hfValue } from '../helpers';

// 工信部联企业〔2011〕300号 第四条 (external rule named by 001 and 002 as the SME test).
describe('ENTSIZE', () => {
  test('工业, 120 staff, 25,000,000 revenue: below 1,000 → SME; 120 < 300 → not medium; ≥ 20 and ≥ 3,000,000 → 小型', () => {
    expect(calc('ENTSIZE', '工业', 120, 25000000)).toBe('小型');
  });

  test('工业 at both SME ceilings (1,000 staff and 400,000,000) is 大型; one below either is an SME', () => {
    expect(calc('ENTSIZE', 'industry', 1000, 400000000)).toBe('大型');
    expect(calc('ENTSIZE', 'industry', 999, 400000000)).toBe('中型');
    expect(calc('ENTSIZE', 'industry', 1000, 399999999.99)).toBe('中型');
  });

  test('工业 with 19 staff is 微型 whatever the revenue below the ceiling', () => {
    expect(calc('ENTSIZE', '工业', 19, 300000000)).toBe('微型');
  });

  test('零售业: 50 staff and 5,000,000 is 中型 (both floors met); 49 staff is 小型; 9 staff 微型', () => {
    expect(calc('ENTSIZE', '零售', 50, 5000000)).toBe('中型');
    expect(calc('ENTSIZE', '零售', 49, 5000000)).toBe('小型');
    expect(calc('ENTSIZE', '零售', 9, 5000000)).toBe('微型');
  });

  test('软件: 10 staff and 500,000 is 小型; 499,999.99 revenue is 微型', () => {
    expect(calc('ENTSIZE', '软件和信息技术服务业', 10, 500000)).toBe('小型');
    expect(calc('ENTSIZE', 'software', 10, 499999.99)).toBe('微型');
  });

  test('其他未列明行业 by staff only: 300 大型, 100 中型, 99 小型, 9 微型', () => {
    expect(calc('ENTSIZE', '其他', 300, 0)).toBe('大型');
    expect(calc('ENTSIZE', '其他', 100, 0)).toBe('中型');
    expect(calc('ENTSIZE', '其他', 99, 0)).toBe('小型');
    expect(calc('ENTSIZE', '其他', 9, 0)).toBe('微型');
  });

  test('建筑业 is sized by revenue and assets: 60,000,000 / 50,000,000 is 中型; assets missing is #VALUE! naming assets', () => {
    expect(calc('ENTSIZE', '建筑业', 10, 60000000, 50000000)).toBe('中型');
    expect(calc('ENTSIZE', '建筑业', 10, 60000000, 49999999)).toBe('小型');
    expect(calcError('ENTSIZE', '建筑业', 10, 60000000)).toMatchObject({ code: '#VALUE!', arg: 'assets' });
  });

  test('农、林、牧、渔业 by revenue only: 5,000,000 中型, 500,000 小型, 499,999 微型, 200,000,000 大型', () => {
    expect(calc('ENTSIZE', '农、林、牧、渔业', 3, 5000000)).toBe('中型');
    expect(calc('ENTSIZE', '农林牧渔业', 3, 500000)).toBe('小型');
    expect(calc('ENTSIZE', 'agriculture', 3, 499999)).toBe('微型');
    expect(calc('ENTSIZE', 'agriculture', 3, 200000000)).toBe('大型');
  });

  test('a policy tag (物流, 旅游) has no size standard → #N/A naming industry', () => {
    expect(calcError('ENTSIZE', '物流', 10, 1000000)).toMatchObject({ code: '#N/A', arg: 'industry' });
  });

  test('bad inputs name the argument', () => {
    expect(calcError('ENTSIZE', '工业', 10.5, 1000000)).toMatchObject({ code: '#NUM!', arg: 'employees' });
    expect(calcError('ENTSIZE', '工业', 10, -1)).toMatchObject({ code: '#NUM!', arg: 'revenue' });
    expect(calcError('ENTSIZE', 'mining company', 10, 1)).toMatchObject({ code: '#VALUE!', arg: 'industry' });
  });

  test('the explanation quotes the 300号 clause', () => {
    const { steps } = explain('ENTSIZE', '工业', 120, 25000000);
    expect(steps.some((s) => s.citation.includes('工信部联企业〔2011〕300号'))).toBe(true);
    expect(steps[steps.length - 1].value).toBe('小型');
  });

  test('through HyperFormula the label feeds SOCINSWAIVE: 微型 firm, 2020-05: 5,000 × 17.2% = 860', () => {
    expect(hfValue('=SUBSIDY.ENTSIZE("零售业",9,800000)')).toBe('微型');
    expect(hfValue('=SUBSIDY.SOCINSWAIVE(5000,SUBSIDY.ENTSIZE("零售业",9,800000),"2020-05",0.005)')).toBe(860);
  });
});
