import { calc, calcError, explain, hfValue } from '../helpers';

// 000#24 / 003#5: 50% of the PBoC relending rate, at most one year, on new 2020 loans; days/360.
describe('LOANSUBSIDY', () => {
  test('92 days: 1,000,000 × 2.5% × 50% × 92/360 = 12,500 × 92/360 = 3,194.444… → 3,194.44', () => {
    expect(calc('LOANSUBSIDY', 1000000, 0.025, '2020-03-01', '2020-06-01')).toBe(3194.44);
  });

  test('cap binding: 2020-02-15 → 2021-03-15 is cut at 2021-02-15 = 366 days: 10,000,000 × 2.5% × 50% × 366/360 = 127,083.33', () => {
    expect(calc('LOANSUBSIDY', 10000000, 0.025, '2020-02-15', '2021-03-15')).toBe(127083.33);
  });

  test('cap just binding and just not: 2020-03-01 → 2021-03-01 is exactly 365 days; a day more is still 365', () => {
    // 1,000,000 × 2.5% × 50% × 365/360 = 12,500 × 365/360 = 12,673.611… → 12,673.61
    expect(calc('LOANSUBSIDY', 1000000, 0.025, '2020-03-01', '2021-03-01')).toBe(12673.61);
    expect(calc('LOANSUBSIDY', 1000000, 0.025, '2020-03-01', '2021-03-02')).toBe(12673.61);
    // a day less: 364 days → 12,500 × 364/360 = 12,638.888… → 12,638.89
    expect(calc('LOANSUBSIDY', 1000000, 0.025, '2020-03-01', '2021-02-28')).toBe(12638.89);
  });

  test('new 2020 loans only: start 2020-01-01 and 2020-12-31 qualify, 2019-12-31 and 2021-01-01 give 0', () => {
    // 30 days: 12,500 × 30/360 = 1,041.666… → 1,041.67
    expect(calc('LOANSUBSIDY', 1000000, 0.025, '2020-01-01', '2020-01-31')).toBe(1041.67);
    expect(calc('LOANSUBSIDY', 1000000, 0.025, '2020-12-31', '2021-01-30')).toBe(1041.67);
    expect(calc('LOANSUBSIDY', 1000000, 0.025, '2019-12-31', '2020-01-30')).toBe(0);
    expect(calc('LOANSUBSIDY', 1000000, 0.025, '2021-01-01', '2021-01-31')).toBe(0);
  });

  test('end equal to start is 0 days → 0', () => {
    expect(calc('LOANSUBSIDY', 1000000, 0.025, '2020-03-01', '2020-03-01')).toBe(0);
  });

  test('level selects the citation, not the amount', () => {
    const national = explain('LOANSUBSIDY', 1000000, 0.025, '2020-03-01', '2020-06-01');
    const province = explain('LOANSUBSIDY', 1000000, 0.025, '2020-03-01', '2020-06-01', 'province');
    const city = explain('LOANSUBSIDY', 1000000, 0.025, '2020-03-01', '2020-06-01', '市级');
    expect(province.value.toString()).toBe(national.value.toString());
    expect(city.value.toString()).toBe(national.value.toString());
    expect(national.steps.map((s) => s.citation).join()).toContain('财金〔2020〕3号');
    expect(province.steps.map((s) => s.citation).join()).toContain('鲁政办发〔2020〕4号');
    expect(city.steps.map((s) => s.citation).join()).toContain('威政办发〔2020〕2号');
  });

  test('bad inputs name the argument', () => {
    expect(calcError('LOANSUBSIDY', 1000000, 0.025, '2020-06-01', '2020-03-01')).toMatchObject({ code: '#NUM!', arg: 'endDate' });
    expect(calcError('LOANSUBSIDY', 1000000, 2.5, '2020-03-01', '2020-06-01')).toMatchObject({ code: '#NUM!', arg: 'refRate' });
    expect(calcError('LOANSUBSIDY', -1, 0.025, '2020-03-01', '2020-06-01')).toMatchObject({ code: '#NUM!', arg: 'principal' });
    expect(calcError('LOANSUBSIDY', 1000000, 0.025, '2020-03-01', '2020-06-01', 'county')).toMatchObject({ code: '#VALUE!', arg: 'level' });
    expect(calcError('LOANSUBSIDY', 1000000, 0.025, 'soon', '2020-06-01')).toMatchObject({ code: '#VALUE!', arg: 'startDate' });
  });

  test('through HyperFormula with DATE(): same 3,194.44', () => {
    expect(hfValue('=SUBSIDY.LOANSUBSIDY(1000000,2.5%,DATE(2020,3,1),DATE(2020,6,1))')).toBe(3194.44);
  });
});
