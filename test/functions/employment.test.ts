import { calc, calcError, explain, hfValue } from '../helpers';
import type { Step } from '../../src/engine/trace';

const cites = (steps: Step[]) => steps.map((s) => s.citation).join(' | ');

function expectArgError(err: { code: string; message: string; arg?: string }, code: string, arg: string) {
  expect(err).toMatchObject({ code, arg });
  expect(err.message).toContain(arg);
}

// Excel serials (1900 system): 2020-01-01 = 43831.
const SERIAL_2020_02_09 = 43831 + 31 + 8; // 43870
const SERIAL_2020_02_10 = SERIAL_2020_02_09 + 1; // 43871
const SERIAL_2020_03_09 = 43831 + 31 + 29 + 8; // 43899
const SERIAL_2020_03_10 = SERIAL_2020_03_09 + 1; // 43900

// ─────────────────────────────────────────────────────────────────────────────
// 000#41 / 004#3: 1,000 per new hire, hired within one month from 2020-02-10
// (2020-02-10 ≤ date < 2020-03-10).
// ─────────────────────────────────────────────────────────────────────────────
describe('HIRESUBSIDY', () => {
  test('10 hires, no date given: 10 × 1,000 = 10,000', () => {
    expect(calc('HIRESUBSIDY', 10)).toBe(10000);
  });

  test('window: first day 2020-02-10 and last day 2020-03-09 → 3 × 1,000 = 3,000; 2020-02-09 and 2020-03-10 → 0', () => {
    expect(calc('HIRESUBSIDY', 3, '2020-02-10')).toBe(3000);
    expect(calc('HIRESUBSIDY', 3, '2020-03-09')).toBe(3000);
    expect(calc('HIRESUBSIDY', 3, '2020-02-09')).toBe(0);
    expect(calc('HIRESUBSIDY', 3, '2020-03-10')).toBe(0);
  });

  test('window by Excel serial: 43870 → 0, 43871 → 3,000, 43899 → 3,000, 43900 → 0', () => {
    expect(calc('HIRESUBSIDY', 3, SERIAL_2020_02_09)).toBe(0);
    expect(calc('HIRESUBSIDY', 3, SERIAL_2020_02_10)).toBe(3000);
    expect(calc('HIRESUBSIDY', 3, SERIAL_2020_03_09)).toBe(3000);
    expect(calc('HIRESUBSIDY', 3, SERIAL_2020_03_10)).toBe(0);
  });

  test('Chinese date text: 2020年2月20日 → 5 × 1,000 = 5,000', () => {
    expect(calc('HIRESUBSIDY', 5, '2020年2月20日')).toBe(5000);
  });

  test('the explanation cites 000#41 and 004#3; outside the window it says why', () => {
    const ok = explain('HIRESUBSIDY', 3, '2020-02-20');
    expect(cites(ok.steps)).toContain('000#41 鲁政发〔2020〕5号');
    expect(cites(ok.steps)).toContain('004#3');
    const late = explain('HIRESUBSIDY', 3, '2020-03-10');
    expect(late.value.toString()).toBe('0');
    const why = late.steps.find((s) => s.step.en === 'hired outside the window');
    expect(why?.citation).toContain('000#41');
    expect(why?.rule.zh).toContain('2020-03-09');
  });

  test('bad inputs name the argument', () => {
    expectArgError(calcError('HIRESUBSIDY', -1), '#NUM!', 'newHires');
    expectArgError(calcError('HIRESUBSIDY', 2.5), '#NUM!', 'newHires');
    expectArgError(calcError('HIRESUBSIDY', 'ten'), '#VALUE!', 'newHires');
    expectArgError(calcError('HIRESUBSIDY', 3, 'next week'), '#VALUE!', 'hireDate');
  });

  test('through HyperFormula: last day in, first day out', () => {
    expect(hfValue('=SUBSIDY.HIRESUBSIDY(3,"2020-03-09")')).toBe(3000);
    expect(hfValue('=SUBSIDY.HIRESUBSIDY(3,DATE(2020,3,10))')).toBe(0);
  });
});

// ─────────────────────────────────────────────────────────────────────────────
// 000#41: 200 per person-day over the Spring Festival (to 2020-02-09), at most 500,000.
// ─────────────────────────────────────────────────────────────────────────────
describe('SPRINGWORKSUBSIDY', () => {
  test('1,200 person-days × 200 = 240,000', () => {
    expect(calc('SPRINGWORKSUBSIDY', 1200)).toBe(240000);
  });

  test('cap 500,000: 2,499 × 200 = 499,800 (not binding); 2,500 × 200 = 500,000 (just reached); 2,501 × 200 = 500,200 → 500,000', () => {
    expect(calc('SPRINGWORKSUBSIDY', 2499)).toBe(499800);
    expect(calc('SPRINGWORKSUBSIDY', 2500)).toBe(500000);
    expect(calc('SPRINGWORKSUBSIDY', 2501)).toBe(500000);
    expect(calc('SPRINGWORKSUBSIDY', 100000)).toBe(500000);
  });

  test('no person-days → 0', () => {
    expect(calc('SPRINGWORKSUBSIDY', 0)).toBe(0);
  });

  test('the explanation cites 000#41 and says when the cap applies', () => {
    const { steps } = explain('SPRINGWORKSUBSIDY', 3000);
    expect(cites(steps)).toContain('000#41');
    expect(steps.find((s) => s.step.en === 'Spring Festival work subsidy')?.rule.en).toContain('cap');
  });

  test('bad inputs name the argument', () => {
    expectArgError(calcError('SPRINGWORKSUBSIDY', -1), '#NUM!', 'personDays');
    expectArgError(calcError('SPRINGWORKSUBSIDY', 1.5), '#NUM!', 'personDays');
    expectArgError(calcError('SPRINGWORKSUBSIDY', 'x'), '#VALUE!', 'personDays');
  });

  test('through HyperFormula: =SUBSIDY.SPRINGWORKSUBSIDY(2501) = 500,000', () => {
    expect(hfValue('=SUBSIDY.SPRINGWORKSUBSIDY(2501)')).toBe(500000);
  });
});

// ─────────────────────────────────────────────────────────────────────────────
// 000#26 (Weihai): 2019 taxes ≥ 1,000,000 (accommodation/catering) or ≥ 2,000,000
// (wholesale/retail); 300 × min(staff, 100) × min(months, 3).
// ─────────────────────────────────────────────────────────────────────────────
describe('STAFFSUBSIDY', () => {
  test('("餐饮", 1,500,000, 120) = 300 × min(120, 100) × 3 = 90,000', () => {
    expect(calc('STAFFSUBSIDY', '餐饮', 1500000, 120)).toBe(90000);
  });

  test('through HyperFormula: =SUBSIDY.STAFFSUBSIDY("餐饮",1500000,120) = 90,000', () => {
    expect(hfValue('=SUBSIDY.STAFFSUBSIDY("餐饮",1500000,120)')).toBe(90000);
  });

  test('accommodation threshold 1,000,000 inclusive: 300 × 50 × 3 = 45,000; 999,999.99 → 0', () => {
    expect(calc('STAFFSUBSIDY', '住宿', 1000000, 50)).toBe(45000);
    expect(calc('STAFFSUBSIDY', 'accommodation', 999999.99, 50)).toBe(0);
  });

  test('wholesale/retail threshold 2,000,000 inclusive: 300 × 100 × 3 = 90,000; 1,999,999.99 → 0', () => {
    expect(calc('STAFFSUBSIDY', '批发', 2000000, 100)).toBe(90000);
    expect(calc('STAFFSUBSIDY', '零售业', 1999999.99, 100)).toBe(0);
  });

  test('retail needs 2,000,000 even where 1,500,000 would do for catering → 0', () => {
    expect(calc('STAFFSUBSIDY', 'retail', 1500000, 10)).toBe(0);
  });

  test('headcount cap 100: 99 → 300 × 99 × 3 = 89,100; 100 → 90,000; 101 → 90,000', () => {
    expect(calc('STAFFSUBSIDY', 'catering', 1000000, 99)).toBe(89100);
    expect(calc('STAFFSUBSIDY', 'catering', 1000000, 100)).toBe(90000);
    expect(calc('STAFFSUBSIDY', 'catering', 1000000, 101)).toBe(90000);
  });

  test('months: 2 → 300 × 100 × 2 = 60,000; 3 → 90,000; 4 → capped at 3 = 90,000; 0 → 0; omitted → 3', () => {
    expect(calc('STAFFSUBSIDY', 'catering', 1000000, 100, 2)).toBe(60000);
    expect(calc('STAFFSUBSIDY', 'catering', 1000000, 100, 3)).toBe(90000);
    expect(calc('STAFFSUBSIDY', 'catering', 1000000, 100, 4)).toBe(90000);
    expect(calc('STAFFSUBSIDY', 'catering', 1000000, 100, 0)).toBe(0);
    expect(calc('STAFFSUBSIDY', 'catering', 1000000, 100, null)).toBe(90000);
  });

  test('other industries → 0 with the reason, citing 000#26', () => {
    expect(calc('STAFFSUBSIDY', '工业', 5000000, 50)).toBe(0);
    expect(calc('STAFFSUBSIDY', '旅游', 5000000, 50)).toBe(0);
    const { steps } = explain('STAFFSUBSIDY', '工业', 5000000, 50);
    expect(steps.some((s) => s.step.en === 'industry not covered' && s.citation.includes('000#26'))).toBe(true);
  });

  test('below the threshold the reason is in the explanation', () => {
    const { steps } = explain('STAFFSUBSIDY', '餐饮', 999999.99, 50);
    expect(steps.some((s) => s.step.en === '2019 taxes below the threshold' && s.citation.includes('000#26'))).toBe(true);
  });

  test('bad inputs name the argument', () => {
    expectArgError(calcError('STAFFSUBSIDY', 'bakery', 1500000, 120), '#VALUE!', 'industry');
    expectArgError(calcError('STAFFSUBSIDY', '餐饮', -1, 120), '#NUM!', 'tax2019');
    expectArgError(calcError('STAFFSUBSIDY', '餐饮', 1500000, 1.5), '#NUM!', 'insuredStaff');
    expectArgError(calcError('STAFFSUBSIDY', '餐饮', 1500000, 120, -1), '#NUM!', 'months');
  });
});

// ─────────────────────────────────────────────────────────────────────────────
// 000#29: 以工代训 600 per newly hired trainee.
// ─────────────────────────────────────────────────────────────────────────────
describe('WORKTRAINSUBSIDY', () => {
  test('25 × 600 = 15,000; 1 × 600 = 600; none → 0', () => {
    expect(calc('WORKTRAINSUBSIDY', 25)).toBe(15000);
    expect(calc('WORKTRAINSUBSIDY', 1)).toBe(600);
    expect(calc('WORKTRAINSUBSIDY', 0)).toBe(0);
  });

  test('cites 000#29 威人社字〔2020〕17号', () => {
    expect(cites(explain('WORKTRAINSUBSIDY', 25).steps)).toContain('000#29 威人社字〔2020〕17号');
  });

  test('bad inputs name the argument', () => {
    expectArgError(calcError('WORKTRAINSUBSIDY', -3), '#NUM!', 'persons');
    expectArgError(calcError('WORKTRAINSUBSIDY', 2.5), '#NUM!', 'persons');
    expectArgError(calcError('WORKTRAINSUBSIDY', 'many'), '#VALUE!', 'persons');
  });
});

// ─────────────────────────────────────────────────────────────────────────────
// 000#28: 20% of the local standard; key groups + 5 per study hour.
// ─────────────────────────────────────────────────────────────────────────────
describe('ONLINETRAINSUBSIDY', () => {
  test('standard 1,500 × 20% = 300', () => {
    expect(calc('ONLINETRAINSUBSIDY', 1500)).toBe(300);
  });

  test('key group, 40 hours: 300 + 5 × 40 = 500', () => {
    expect(calc('ONLINETRAINSUBSIDY', 1500, 40, true)).toBe(500);
  });

  test('not a key group: hours earn nothing, 300, and the explanation says so', () => {
    expect(calc('ONLINETRAINSUBSIDY', 1500, 40, false)).toBe(300);
    const { steps } = explain('ONLINETRAINSUBSIDY', 1500, 40, false);
    expect(steps.some((s) => s.step.en === 'no living allowance' && s.citation.includes('000#28'))).toBe(true);
  });

  test('key group with 0 hours: 300 + 0 = 300; keyGroup as 1/0 is accepted', () => {
    expect(calc('ONLINETRAINSUBSIDY', 1500, 0, true)).toBe(300);
    expect(calc('ONLINETRAINSUBSIDY', 1500, 40, 1)).toBe(500);
  });

  test('half-up: 1,234.56 × 20% = 246.912 → 246.91', () => {
    expect(calc('ONLINETRAINSUBSIDY', 1234.56)).toBe(246.91);
  });

  test('key group without hours is #VALUE! naming hours', () => {
    expectArgError(calcError('ONLINETRAINSUBSIDY', 1500, null, true), '#VALUE!', 'hours');
  });

  test('other bad inputs name the argument', () => {
    expectArgError(calcError('ONLINETRAINSUBSIDY', -1), '#NUM!', 'standardAmount');
    expectArgError(calcError('ONLINETRAINSUBSIDY', 1500, 2.5, true), '#NUM!', 'hours');
    expectArgError(calcError('ONLINETRAINSUBSIDY', 1500, 40, 'yes'), '#VALUE!', 'keyGroup');
  });

  test('through HyperFormula with TRUE: 500', () => {
    expect(hfValue('=SUBSIDY.ONLINETRAINSUBSIDY(1500,40,TRUE)')).toBe(500);
  });
});

// ─────────────────────────────────────────────────────────────────────────────
// 004#3 (Jining): 120 per person placed.
// ─────────────────────────────────────────────────────────────────────────────
describe('REFERRALSUBSIDY', () => {
  test('50 × 120 = 6,000; 1 × 120 = 120; none → 0', () => {
    expect(calc('REFERRALSUBSIDY', 50)).toBe(6000);
    expect(calc('REFERRALSUBSIDY', 1)).toBe(120);
    expect(calc('REFERRALSUBSIDY', 0)).toBe(0);
  });

  test('cites 004#3', () => {
    expect(cites(explain('REFERRALSUBSIDY', 50).steps)).toContain('004#3');
  });

  test('bad inputs name the argument', () => {
    expectArgError(calcError('REFERRALSUBSIDY', -1), '#NUM!', 'persons');
    expectArgError(calcError('REFERRALSUBSIDY', 'fifty'), '#VALUE!', 'persons');
  });
});

// ─────────────────────────────────────────────────────────────────────────────
// 000#47: traineeship subsidy 60% of the local minimum wage per month.
// ─────────────────────────────────────────────────────────────────────────────
describe('INTERNSUBSIDY', () => {
  test('1,730 × 60% = 1,038 a month × 6 = 6,228', () => {
    expect(calc('INTERNSUBSIDY', 1730, 6)).toBe(6228);
  });

  test('1,910 × 60% = 1,146 × 3 = 3,438', () => {
    expect(calc('INTERNSUBSIDY', 1910, 3)).toBe(3438);
  });

  test('rounding once at the end: 1,733.33 × 60% × 1 = 1,039.998 → 1,040', () => {
    expect(calc('INTERNSUBSIDY', 1733.33, 1)).toBe(1040);
  });

  test('0 months → 0', () => {
    expect(calc('INTERNSUBSIDY', 1730, 0)).toBe(0);
  });

  test('cites 000#47', () => {
    expect(cites(explain('INTERNSUBSIDY', 1730, 6).steps)).toContain('000#47');
  });

  test('bad inputs name the argument', () => {
    expectArgError(calcError('INTERNSUBSIDY', -1730, 6), '#NUM!', 'minWage');
    expectArgError(calcError('INTERNSUBSIDY', 1730, 2.5), '#NUM!', 'months');
    expectArgError(calcError('INTERNSUBSIDY', 1730, 'six'), '#VALUE!', 'months');
  });
});

// ─────────────────────────────────────────────────────────────────────────────
// 000#42 / 001#1: unemployment benefit 90% of the local minimum wage.
// ─────────────────────────────────────────────────────────────────────────────
describe('UNEMPBENEFIT', () => {
  test('1,730 × 90% = 1,557; 1,910 × 90% = 1,719', () => {
    expect(calc('UNEMPBENEFIT', 1730)).toBe(1557);
    expect(calc('UNEMPBENEFIT', 1910)).toBe(1719);
  });

  test('decimal half-up: 1,620.05 × 90% = 1,458.045 → 1,458.05', () => {
    expect(calc('UNEMPBENEFIT', 1620.05)).toBe(1458.05);
  });

  test('minimum wage 0 → 0', () => {
    expect(calc('UNEMPBENEFIT', 0)).toBe(0);
  });

  test('cites 000#42 and Liaocheng 001#1', () => {
    const c = cites(explain('UNEMPBENEFIT', 1730).steps);
    expect(c).toContain('000#42');
    expect(c).toContain('001#1');
  });

  test('bad inputs name the argument', () => {
    expectArgError(calcError('UNEMPBENEFIT', -1), '#NUM!', 'minWage');
    expectArgError(calcError('UNEMPBENEFIT', 'abc'), '#VALUE!', 'minWage');
    expectArgError(calcError('UNEMPBENEFIT', null), '#VALUE!', 'minWage');
  });

  test('through HyperFormula: =SUBSIDY.UNEMPBENEFIT(1730) = 1,557', () => {
    expect(hfValue('=SUBSIDY.UNEMPBENEFIT(1730)')).toBe(1557);
  });
});
