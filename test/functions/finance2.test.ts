import { calc, calcError, explain, hfValue } from '../helpers';
import type { RawArg } from '../../src/registry/define';

/** The call fails with `code`, blames `arg`, and names it in both languages of the message. */
function expectError(code: string, arg: string, name: string, ...args: RawArg[]): void {
  const e = calcError(name, ...args);
  expect(e).toMatchObject({ code, arg });
  expect(e.message).toContain(`参数 ${arg}`);
  expect(e.message).toContain(`argument ${arg}`);
}

/** All citations of an explanation, joined. */
function citations(name: string, ...args: RawArg[]): string {
  return explain(name, ...args).steps.map((s) => s.citation).join(' | ');
}

// 000#22: imports during Shandong's level-1 response (2020-01-24 … 2020-03-07), at the one-year
// benchmark lending rate 4.35% (PBoC, from 2015-10-24), actual days / 360.
describe('IMPORTINTEREST', () => {
  test('worked example: 1,000,000 × 4.35% × 90/360 (2020-02-10 → 2020-05-10: 29 + 31 + 30 days) = 43,500 × 1/4 = 10,875', () => {
    expect(calc('IMPORTINTEREST', 1000000, '2020-02-10', '2020-05-10')).toBe(10875);
  });

  test('rounding: 123,456.78 × 4.35% = 5,370.36993; × 45/360 = ÷ 8 = 671.29624… → 671.30', () => {
    // 2020-02-01 → 2020-03-17: 29 days of February + 16 = 45 days
    expect(calc('IMPORTINTEREST', 123456.78, '2020-02-01', '2020-03-17')).toBe(671.3);
  });

  test('first eligible day 2020-01-24 (30 days: 1,000,000 × 4.35% × 30/360 = 43,500 ÷ 12 = 3,625); 2020-01-23 → 0', () => {
    expect(calc('IMPORTINTEREST', 1000000, '2020-01-24', '2020-02-23')).toBe(3625);
    expect(calc('IMPORTINTEREST', 1000000, '2020-01-23', '2020-02-22')).toBe(0);
  });

  test('last eligible day 2020-03-07 (→ 2020-04-06 is 24 + 6 = 30 days = 3,625); 2020-03-08 → 0', () => {
    expect(calc('IMPORTINTEREST', 1000000, '2020-03-07', '2020-04-06')).toBe(3625);
    expect(calc('IMPORTINTEREST', 1000000, '2020-03-08', '2020-04-07')).toBe(0);
  });

  test('the window tests the import date only: an interest period running a year is subsidised in full (1,000,000 × 4.35% × 365/360 = 44,104.166… → 44,104.17)', () => {
    expect(calc('IMPORTINTEREST', 1000000, '2020-03-01', '2021-03-01')).toBe(44104.17);
  });

  test('an explicit rate replaces the benchmark: 1,000,000 × 3.85% × 90/360 = 38,500 ÷ 4 = 9,625', () => {
    expect(calc('IMPORTINTEREST', 1000000, '2020-02-10', '2020-05-10', 0.0385)).toBe(9625);
  });

  test('end equal to start is 0 days → 0', () => {
    expect(calc('IMPORTINTEREST', 1000000, '2020-02-10', '2020-02-10')).toBe(0);
  });

  test('explanation cites 000#22, the external benchmark rate and the level-1 dates', () => {
    const c = citations('IMPORTINTEREST', 1000000, '2020-02-10', '2020-05-10');
    expect(c).toContain('000#22');
    expect(c).toContain('中国人民银行');
    expect(c).toContain('Ⅰ级响应');
    const steps = explain('IMPORTINTEREST', 1000000, '2020-02-10', '2020-05-10').steps;
    expect(steps.find((s) => s.step.en === 'days subsidised')?.value).toBe(90);
  });

  test('outside the window the explanation says why, citing 000#22', () => {
    const e = explain('IMPORTINTEREST', 1000000, '2020-03-08', '2020-04-07');
    const why = e.steps.find((s) => s.step.en === 'import date outside the level-1 response');
    expect(why?.citation).toContain('000#22');
    expect(why?.rule.zh).toContain('2020-03-08');
  });

  test('bad inputs: end before start, negative amount, rate typed as 4.35, a date as prose', () => {
    expectError('#NUM!', 'endDate', 'IMPORTINTEREST', 1000000, '2020-05-10', '2020-02-10');
    expectError('#NUM!', 'amount', 'IMPORTINTEREST', -1, '2020-02-10', '2020-05-10');
    expectError('#NUM!', 'rate', 'IMPORTINTEREST', 1000000, '2020-02-10', '2020-05-10', 4.35);
    expectError('#VALUE!', 'startDate', 'IMPORTINTEREST', 1000000, 'Feb 10', '2020-05-10');
  });

  test('through HyperFormula with DATE(): 10,875 as above', () => {
    expect(hfValue('=SUBSIDY.IMPORTINTEREST(1000000,DATE(2020,2,10),DATE(2020,5,10))')).toBe(10875);
  });
});

// 000#37 (鲁政办发〔2020〕4号), 003#2, 004#7: daily fee cut from 0.1% to 0.08% or less; one bridge loan up to 15 days.
describe('BRIDGEFEE', () => {
  test('worked example: 1,000,000 × 0.08% × 15 = 12,000', () => {
    expect(calc('BRIDGEFEE', 1000000, 15)).toBe(12000);
  });

  test('15 days is the limit; 16 days is #NUM! naming days', () => {
    expect(calc('BRIDGEFEE', 500000, 15)).toBe(6000); // 500,000 × 0.0008 × 15
    expectError('#NUM!', 'days', 'BRIDGEFEE', 500000, 16);
  });

  test('a lower negotiated rate: 2,000,000 × 0.05% × 10 = 10,000', () => {
    expect(calc('BRIDGEFEE', 2000000, 10, 0.0005)).toBe(10000);
  });

  test('ceiling: dailyRate exactly 0.08% is accepted (1,000,000 × 0.0008 × 1 = 800); 0.081% and 0.08 (typed for 0.08%) are #NUM!', () => {
    expect(calc('BRIDGEFEE', 1000000, 1, 0.0008)).toBe(800);
    expectError('#NUM!', 'dailyRate', 'BRIDGEFEE', 1000000, 1, 0.00081);
    expectError('#NUM!', 'dailyRate', 'BRIDGEFEE', 1000000, 1, 0.08);
  });

  test('rounding: 333,333.33 × 0.0008 × 7 = 333,333.33 × 0.0056 = 1,866.666648 → 1,866.67', () => {
    expect(calc('BRIDGEFEE', 333333.33, 7)).toBe(1866.67);
  });

  test('0 days → 0', () => {
    expect(calc('BRIDGEFEE', 1000000, 0)).toBe(0);
  });

  test('bad inputs: fractional or negative days, days as text, negative amount, a negative rate', () => {
    expectError('#NUM!', 'days', 'BRIDGEFEE', 1000000, 2.5);
    expectError('#NUM!', 'days', 'BRIDGEFEE', 1000000, -1);
    expectError('#VALUE!', 'days', 'BRIDGEFEE', 1000000, 'ten');
    expectError('#NUM!', 'amount', 'BRIDGEFEE', -1000, 5);
    expectError('#NUM!', 'dailyRate', 'BRIDGEFEE', 1000000, 5, -0.0001);
  });

  test('explanation cites 000#37, 003#2 and 004#7', () => {
    const c = citations('BRIDGEFEE', 1000000, 15);
    expect(c).toContain('000#37');
    expect(c).toContain('003#2');
    expect(c).toContain('004#7');
  });

  test('through HyperFormula: 12,000; 16 days is an error', () => {
    expect(hfValue('=SUBSIDY.BRIDGEFEE(1000000,15)')).toBe(12000);
    expect(hfValue('=SUBSIDY.BRIDGEFEE(2000000,10,0.05%)')).toBe(10000);
    expect(() => hfValue('=SUBSIDY.BRIDGEFEE(1000000,16)')).toThrow(/#NUM!/);
  });
});

describe('BRIDGESAVING', () => {
  test('worked example: 1,000,000 × (0.1% − 0.08%) × 15 = 1,000,000 × 0.02% × 15 = 3,000', () => {
    expect(calc('BRIDGESAVING', 1000000, 15)).toBe(3000);
  });

  test('fee at the old rate = new fee + saving: 1,000,000 × 0.1% × 15 = 15,000 = 12,000 + 3,000', () => {
    expect((calc('BRIDGEFEE', 1000000, 15) as number) + (calc('BRIDGESAVING', 1000000, 15) as number)).toBe(15000);
  });

  test('rounding: 1,234,567 × 0.0002 × 7 = 1,234,567 × 0.0014 = 1,728.3938 → 1,728.39', () => {
    expect(calc('BRIDGESAVING', 1234567, 7)).toBe(1728.39);
  });

  test('15 days ok (500,000 × 0.0002 × 15 = 1,500), 16 days #NUM! naming days; negative amount #NUM!', () => {
    expect(calc('BRIDGESAVING', 500000, 15)).toBe(1500);
    expectError('#NUM!', 'days', 'BRIDGESAVING', 500000, 16);
    expectError('#NUM!', 'amount', 'BRIDGESAVING', -500000, 15);
  });

  test('explanation shows the old and new daily rates from 000#37', () => {
    const steps = explain('BRIDGESAVING', 1000000, 15).steps;
    expect(steps.find((s) => s.step.en === 'bridge-loan daily fee before the cut')?.value).toBe('0.1%');
    expect(steps.map((s) => s.citation).join()).toContain('000#37');
  });

  test('through HyperFormula: 3,000', () => {
    expect(hfValue('=SUBSIDY.BRIDGESAVING(1000000,15)')).toBe(3000);
  });
});

// 000#38: province 30% (balance ≤ 10,000,000), Weihai city 40% (loan ≤ 5,000,000); 001#11: Liaocheng +20%.
describe('RISKCOMP', () => {
  test('province: 2,000,000 × 30% = 600,000', () => {
    expect(calc('RISKCOMP', 2000000, 'province', null, 8000000)).toBe(600000);
  });

  test('province cap: balance 10,000,000 still qualifies (600,000); 10,000,000.01 → 0', () => {
    expect(calc('RISKCOMP', 2000000, 'province', null, 10000000)).toBe(600000);
    expect(calc('RISKCOMP', 2000000, 'province', null, 10000000.01)).toBe(0);
  });

  test('Weihai city: 2,000,000 × 40% = 800,000; balance 5,000,000 qualifies, 5,000,001 → 0', () => {
    expect(calc('RISKCOMP', 2000000, 'city', 'weihai', 4000000)).toBe(800000);
    expect(calc('RISKCOMP', 2000000, 'city', 'weihai', 5000000)).toBe(800000);
    expect(calc('RISKCOMP', 2000000, 'city', 'weihai', 5000001)).toBe(0);
  });

  test('Liaocheng city: the extra 20% alone, 2,000,000 × 20% = 400,000; with the province, 600,000 + 400,000 = 1,000,000', () => {
    expect(calc('RISKCOMP', 2000000, 'city', 'liaocheng', 8000000)).toBe(400000);
    const total = (calc('RISKCOMP', 2000000, 'province', 'liaocheng', 8000000) as number) + (calc('RISKCOMP', 2000000, 'city', 'liaocheng', 8000000) as number);
    expect(total).toBe(1000000);
  });

  test('Liaocheng extra follows the provincial cap: 10,000,000 → 400,000; 10,000,001 → 0', () => {
    expect(calc('RISKCOMP', 2000000, 'city', 'liaocheng', 10000000)).toBe(400000);
    expect(calc('RISKCOMP', 2000000, 'city', 'liaocheng', 10000001)).toBe(0);
  });

  test('loanBalance omitted: the non-performing principal itself is checked (Weihai: 5,000,000 × 40% = 2,000,000; 6,000,000 > cap → 0)', () => {
    expect(calc('RISKCOMP', 5000000, 'city', 'weihai')).toBe(2000000);
    expect(calc('RISKCOMP', 6000000, 'city', 'weihai')).toBe(0);
  });

  test('region does not change the provincial rate; Chinese codes work', () => {
    expect(calc('RISKCOMP', 1000000, '省级', '聊城市', 3000000)).toBe(300000); // 1,000,000 × 30%
    expect(calc('RISKCOMP', 1000000, '市级', '威海市', 3000000)).toBe(400000); // 1,000,000 × 40%
  });

  test('rounding: 1,234,567.89 × 30% = 370,370.367 → 370,370.37', () => {
    expect(calc('RISKCOMP', 1234567.89, 'province')).toBe(370370.37);
  });

  test('explanations cite 000#38 and 003#1 (province), 001#11 (Liaocheng); over the cap says why', () => {
    const p = citations('RISKCOMP', 2000000, 'province', null, 8000000);
    expect(p).toContain('000#38');
    expect(p).toContain('003#1');
    expect(citations('RISKCOMP', 2000000, 'city', 'liaocheng', 8000000)).toContain('001#11');
    const over = explain('RISKCOMP', 2000000, 'city', 'weihai', 5000001).steps.find((s) => s.step.en === 'balance over the cap');
    expect(over?.citation).toContain('000#38');
  });

  test('bad inputs: city without region, a city the seeds do not cover, unknown codes, balance below the NPL, negative principal', () => {
    expectError('#VALUE!', 'region', 'RISKCOMP', 2000000, 'city');
    expectError('#N/A', 'region', 'RISKCOMP', 2000000, 'city', 'qingdao', 3000000);
    expectError('#VALUE!', 'region', 'RISKCOMP', 2000000, 'city', 'mars', 3000000);
    expectError('#VALUE!', 'level', 'RISKCOMP', 2000000, 'county', 'weihai', 3000000);
    expectError('#NUM!', 'loanBalance', 'RISKCOMP', 2000000, 'province', null, 1999999);
    expectError('#NUM!', 'nplPrincipal', 'RISKCOMP', -2000000, 'province');
  });

  test('through HyperFormula: 800,000 (Weihai) and an empty region slot for the province (600,000)', () => {
    expect(hfValue('=SUBSIDY.RISKCOMP(2000000,"city","weihai",4000000)')).toBe(800000);
    expect(hfValue('=SUBSIDY.RISKCOMP(2000000,"province",,8000000)')).toBe(600000);
  });
});

// 000#40: 150,000 per person, partnerships up to 3 partners / 450,000, small and micro
// enterprises 3,000,000 when new hires ≥ 20% of staff (≥ 10% with more than 100 staff).
describe('STARTUPLOANMAX', () => {
  test('individual: 150,000 whatever count says', () => {
    expect(calc('STARTUPLOANMAX', 'individual', 1)).toBe(150000);
    expect(calc('STARTUPLOANMAX', '个人', 0)).toBe(150000);
  });

  test('partnership: 150,000 × partners, 1 → 150,000, 2 → 300,000, 3 → 450,000 (cap reached exactly), 4 → min(4,3) × 150,000 = 450,000', () => {
    expect(calc('STARTUPLOANMAX', 'partnership', 1)).toBe(150000);
    expect(calc('STARTUPLOANMAX', 'partnership', 2)).toBe(300000);
    expect(calc('STARTUPLOANMAX', 'partnership', 3)).toBe(450000);
    expect(calc('STARTUPLOANMAX', '合伙创业', 4)).toBe(450000);
  });

  test('partnership with no partners → 0', () => {
    expect(calc('STARTUPLOANMAX', 'partnership', 0)).toBe(0);
  });

  test('enterprise with ≤ 100 staff needs 20%: 10/50 = 20% → 3,000,000; 9/50 = 18% → 0', () => {
    expect(calc('STARTUPLOANMAX', 'enterprise', 50, 10)).toBe(3000000);
    expect(calc('STARTUPLOANMAX', 'enterprise', 50, 9)).toBe(0);
  });

  test('exactly 100 staff is not "超过100人": 20/100 → 3,000,000, 19/100 = 19% → 0', () => {
    expect(calc('STARTUPLOANMAX', 'enterprise', 100, 20)).toBe(3000000);
    expect(calc('STARTUPLOANMAX', 'enterprise', 100, 19)).toBe(0);
  });

  test('more than 100 staff needs 10%: 11/101 = 10.9% → 3,000,000, 10/101 = 9.9% → 0; 20/200 = 10% exactly → 3,000,000, 19/200 → 0', () => {
    expect(calc('STARTUPLOANMAX', 'enterprise', 101, 11)).toBe(3000000);
    expect(calc('STARTUPLOANMAX', 'enterprise', 101, 10)).toBe(0);
    expect(calc('STARTUPLOANMAX', '小微企业', 200, 20)).toBe(3000000);
    expect(calc('STARTUPLOANMAX', 'enterprise', 200, 19)).toBe(0);
  });

  test('too few hires: the explanation says why and cites 000#40', () => {
    const why = explain('STARTUPLOANMAX', 'enterprise', 50, 9).steps.find((s) => s.step.en === 'too few new hires');
    expect(why?.citation).toContain('000#40');
    expect(why?.rule.zh).toContain('20%');
  });

  test('bad inputs: enterprise without newHires, with no staff, with more hires than staff; unknown type; fractional count', () => {
    expectError('#VALUE!', 'newHires', 'STARTUPLOANMAX', 'enterprise', 50);
    expectError('#NUM!', 'count', 'STARTUPLOANMAX', 'enterprise', 0, 0);
    expectError('#NUM!', 'newHires', 'STARTUPLOANMAX', 'enterprise', 50, 51);
    expectError('#VALUE!', 'type', 'STARTUPLOANMAX', 'corporation', 50, 10);
    expectError('#NUM!', 'count', 'STARTUPLOANMAX', 'partnership', 2.5);
    expectError('#NUM!', 'count', 'STARTUPLOANMAX', 'partnership', -1);
  });

  test('through HyperFormula: partnership of 5 → 450,000; enterprise 50/10 → 3,000,000', () => {
    expect(hfValue('=SUBSIDY.STARTUPLOANMAX("partnership",5)')).toBe(450000);
    expect(hfValue('=SUBSIDY.STARTUPLOANMAX("enterprise",50,10)')).toBe(3000000);
  });
});

// 000#21: 30% in-province, 50% cross-province, at most 500,000 per enterprise.
describe('LOGISTICSSUBSIDY', () => {
  test('worked examples: 100,000 × 30% = 30,000 in-province; 100,000 × 50% = 50,000 cross-province', () => {
    expect(calc('LOGISTICSSUBSIDY', 100000, 'in')).toBe(30000);
    expect(calc('LOGISTICSSUBSIDY', 100000, 'cross')).toBe(50000);
    expect(calc('LOGISTICSSUBSIDY', 100000, '省内')).toBe(30000);
    expect(calc('LOGISTICSSUBSIDY', 100000, '跨省')).toBe(50000);
  });

  test('cap 500,000: 999,999.98 × 50% = 499,999.99 (not binding); 1,000,000 × 50% = 500,000 (reached); 1,000,000.02 × 50% = 500,000.01 → 500,000; 3,000,000 → 500,000', () => {
    expect(calc('LOGISTICSSUBSIDY', 999999.98, 'cross')).toBe(499999.99);
    expect(calc('LOGISTICSSUBSIDY', 1000000, 'cross')).toBe(500000);
    expect(calc('LOGISTICSSUBSIDY', 1000000.02, 'cross')).toBe(500000);
    expect(calc('LOGISTICSSUBSIDY', 3000000, 'in')).toBe(500000);
  });

  test('rounding: 12,345.67 × 30% = 3,703.701 → 3,703.70', () => {
    expect(calc('LOGISTICSSUBSIDY', 12345.67, 'in')).toBe(3703.7);
  });

  test('the capped case is explained and cited to 000#21', () => {
    const capped = explain('LOGISTICSSUBSIDY', 3000000, 'in').steps.find((s) => s.step.en === 'per-enterprise cap reached');
    expect(capped?.citation).toContain('000#21');
  });

  test('bad inputs: unknown scope, negative cost', () => {
    expectError('#VALUE!', 'scope', 'LOGISTICSSUBSIDY', 100000, 'abroad');
    expectError('#NUM!', 'cost', 'LOGISTICSSUBSIDY', -5, 'in');
  });

  test('through HyperFormula: 600,000 cross → 300,000', () => {
    expect(hfValue('=SUBSIDY.LOGISTICSSUBSIDY(600000,"cross")')).toBe(300000);
  });
});
