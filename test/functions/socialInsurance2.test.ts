import { calc, calcError, explain, hfValue } from '../helpers';
import type { Step } from '../../src/engine/trace';

/** All citations of an explanation, joined, for `toContain`. */
const cites = (steps: Step[]) => steps.map((s) => s.citation).join(' | ');
/** All rule texts (zh and en) of an explanation, joined. */
const rules = (steps: Step[]) => steps.map((s) => `${s.rule.zh} ${s.rule.en}`).join(' | ');

/** The error's code, argument, and that its message names the argument. */
function expectArgError(err: { code: string; message: string; arg?: string }, code: string, arg: string) {
  expect(err).toMatchObject({ code, arg });
  expect(err.message).toContain(arg);
}

// Excel serials (1900 system): 2020-01-01 = 43831.
const SERIAL_2020_02_29 = 43831 + 31 + 28; // 43890
const SERIAL_2020_03_01 = SERIAL_2020_02_29 + 1; // 43891
const SERIAL_2020_12_31 = 43831 + 365; // 44196 (2020 has 366 days)
const SERIAL_2021_01_01 = SERIAL_2020_12_31 + 1;

// ─────────────────────────────────────────────────────────────────────────────
// 000#4: employer medical-insurance rate cut by 1 point, 2020-03-01 … 2020-12-31.
// ─────────────────────────────────────────────────────────────────────────────
describe('MEDINSCUT', () => {
  test('March 2020: 9,000 × 1% = 90', () => {
    expect(calc('MEDINSCUT', 9000, '2020-03')).toBe(90);
  });

  test('payroll base 1,234,567.89 × 1% = 12,345.6789 → 12,345.68', () => {
    expect(calc('MEDINSCUT', 1234567.89, '2020年6月')).toBe(12345.68);
  });

  test('window: 2020-03 first and 2020-12 last month give 90; 2020-02 and 2021-01 give 0', () => {
    expect(calc('MEDINSCUT', 9000, '2020-02')).toBe(0);
    expect(calc('MEDINSCUT', 9000, '2020-03')).toBe(90);
    expect(calc('MEDINSCUT', 9000, '2020-12')).toBe(90);
    expect(calc('MEDINSCUT', 9000, '2021-01')).toBe(0);
  });

  test('window by Excel serial: 2020-02-29 → 0, 2020-03-01 → 90, 2020-12-31 → 90, 2021-01-01 → 0', () => {
    expect(calc('MEDINSCUT', 9000, SERIAL_2020_02_29)).toBe(0);
    expect(calc('MEDINSCUT', 9000, SERIAL_2020_03_01)).toBe(90);
    expect(calc('MEDINSCUT', 9000, SERIAL_2020_12_31)).toBe(90);
    expect(calc('MEDINSCUT', 9000, SERIAL_2021_01_01)).toBe(0);
  });

  test('the explanation cites 000#4; a month outside says why it is 0', () => {
    const inside = explain('MEDINSCUT', 9000, '2020-03');
    expect(cites(inside.steps)).toContain('000#4 鲁政发〔2020〕5号');
    const outside = explain('MEDINSCUT', 9000, '2020-02');
    expect(outside.value.toString()).toBe('0');
    expect(cites(outside.steps)).toContain('000#4');
    expect(rules(outside.steps)).toContain('2020-03 … 2020-12');
  });

  test('bad inputs name the argument', () => {
    expectArgError(calcError('MEDINSCUT', -1, '2020-03'), '#NUM!', 'base');
    expectArgError(calcError('MEDINSCUT', 'abc', '2020-03'), '#VALUE!', 'base');
    expectArgError(calcError('MEDINSCUT', 9000, 'March'), '#VALUE!', 'month');
    expectArgError(calcError('MEDINSCUT', 9000, null), '#VALUE!', 'month');
  });

  test('through HyperFormula: =SUBSIDY.MEDINSCUT(9000,"2020-03") = 90', () => {
    expect(hfValue('=SUBSIDY.MEDINSCUT(9000,"2020-03")')).toBe(90);
  });
});

// ─────────────────────────────────────────────────────────────────────────────
// 000#6: a struggling enterprise may pay the 5% minimum; 12% is the legal maximum (建金管〔2005〕5号).
// ─────────────────────────────────────────────────────────────────────────────
describe('HOUSINGFUNDSAVING', () => {
  test('500,000 × (12% − 5%) × 4 months = 500,000 × 7% × 4 = 140,000', () => {
    expect(calc('HOUSINGFUNDSAVING', 500000, 0.12, 4)).toBe(140000);
  });

  test('8,000 × (10% − 5%) × 3 = 1,200', () => {
    expect(calc('HOUSINGFUNDSAVING', 8000, 0.1, 3)).toBe(1200);
  });

  test('decimal, half-up: 2,500.5 × (8% − 5%) × 5 = 375.075 → 375.08', () => {
    expect(calc('HOUSINGFUNDSAVING', 2500.5, 0.08, 5)).toBe(375.08);
  });

  test('range boundaries: 5% exactly saves 0 (already the minimum); 12% exactly is accepted: 100,000 × 7% × 1 = 7,000', () => {
    expect(calc('HOUSINGFUNDSAVING', 100000, 0.05, 6)).toBe(0);
    expect(calc('HOUSINGFUNDSAVING', 100000, 0.12, 1)).toBe(7000);
  });

  test('0 months → 0', () => {
    expect(calc('HOUSINGFUNDSAVING', 100000, 0.12, 0)).toBe(0);
  });

  test('the explanation cites 000#6 and says why 5% saves nothing', () => {
    const { steps } = explain('HOUSINGFUNDSAVING', 100000, 0.05, 6);
    expect(cites(steps)).toContain('000#6');
    expect(steps.some((s) => s.step.en === 'already at the minimum rate')).toBe(true);
  });

  test('currentRate outside 5%…12% is #NUM! naming currentRate, including 12 typed for 12%', () => {
    expectArgError(calcError('HOUSINGFUNDSAVING', 100000, 0.049, 3), '#NUM!', 'currentRate');
    expectArgError(calcError('HOUSINGFUNDSAVING', 100000, 0.121, 3), '#NUM!', 'currentRate');
    expectArgError(calcError('HOUSINGFUNDSAVING', 100000, 12, 3), '#NUM!', 'currentRate');
    expect(calcError('HOUSINGFUNDSAVING', 100000, 0.13, 3).message).toContain('12%');
  });

  test('other bad inputs name the argument', () => {
    expectArgError(calcError('HOUSINGFUNDSAVING', -1, 0.12, 3), '#NUM!', 'base');
    expectArgError(calcError('HOUSINGFUNDSAVING', 100000, '12%', 3), '#VALUE!', 'currentRate');
    expectArgError(calcError('HOUSINGFUNDSAVING', 100000, 0.12, 1.5), '#NUM!', 'months');
    expectArgError(calcError('HOUSINGFUNDSAVING', 100000, 0.12, -1), '#NUM!', 'months');
  });

  test('through HyperFormula: =SUBSIDY.HOUSINGFUNDSAVING(500000,12%,4) = 140,000', () => {
    expect(hfValue('=SUBSIDY.HOUSINGFUNDSAVING(500000,12%,4)')).toBe(140000);
  });
});

// ─────────────────────────────────────────────────────────────────────────────
// 000#2 / 000#5 / 001#1: deferral ≤ 6 months, no late fee; 社会保险法 §86: 0.05% a day.
// ─────────────────────────────────────────────────────────────────────────────
describe('LATEFEEWAIVED', () => {
  test('due 2020-03-15, paid 2020-07-15: 31+30+31+30 = 122 days; 100,000 × 0.05% × 122 = 6,100', () => {
    expect(calc('LATEFEEWAIVED', 100000, '2020-03-15', '2020-07-15')).toBe(6100);
  });

  test('the same dates as Excel serials 43905 (2020-03-15) and 44027 (2020-07-15) give 6,100', () => {
    expect(calc('LATEFEEWAIVED', 100000, 43905, 44027)).toBe(6100);
  });

  test('paid on the due date: 0 days → 0', () => {
    expect(calc('LATEFEEWAIVED', 100000, '2020-03-15', '2020-03-15')).toBe(0);
    const { steps } = explain('LATEFEEWAIVED', 100000, '2020-03-15', '2020-03-15');
    expect(steps.some((s) => s.step.en === 'paid on time')).toBe(true);
  });

  test('one day late: 100,000 × 0.05% × 1 = 50', () => {
    expect(calc('LATEFEEWAIVED', 100000, '2020-03-15', '2020-03-16')).toBe(50);
  });

  test('6-month cap: due 2020-03-15, limit 2020-09-15 = 31+30+31+30+31+31 = 184 days', () => {
    // the day before the limit: 183 days → 100,000 × 0.05% × 183 = 9,150
    expect(calc('LATEFEEWAIVED', 100000, '2020-03-15', '2020-09-14')).toBe(9150);
    // on the limit: 184 days → 9,200 (cap just reached)
    expect(calc('LATEFEEWAIVED', 100000, '2020-03-15', '2020-09-15')).toBe(9200);
    // one day past: still 184 days → 9,200 (cap binding)
    expect(calc('LATEFEEWAIVED', 100000, '2020-03-15', '2020-09-16')).toBe(9200);
    // long after: still 9,200
    expect(calc('LATEFEEWAIVED', 100000, '2020-03-15', '2021-03-15')).toBe(9200);
  });

  test('month-end due date: 2020-08-31 + 6 months = 2021-02-28; 30+31+30+31+31+28 = 181 days; 10,000 × 0.05% × 181 = 905', () => {
    expect(calc('LATEFEEWAIVED', 10000, '2020-08-31', '2021-02-28')).toBe(905);
    expect(calc('LATEFEEWAIVED', 10000, '2020-08-31', '2021-03-31')).toBe(905);
  });

  test('half-up: 12,345.67 × 0.05% × 10 = 61.72835 → 61.73', () => {
    expect(calc('LATEFEEWAIVED', 12345.67, '2020-04-01', '2020-04-11')).toBe(61.73);
  });

  test('the explanation cites 社会保险法 §86 and 000#2, 000#5, 001#1, and marks the cap', () => {
    const { steps } = explain('LATEFEEWAIVED', 100000, '2020-03-15', '2020-10-01');
    const c = cites(steps);
    expect(c).toContain('社会保险法 第八十六条');
    expect(c).toContain('000#2 人社部发〔2020〕11号');
    expect(c).toContain('000#5');
    expect(c).toContain('001#1');
    const days = steps.find((s) => s.step.en === 'days without late fee');
    expect(days?.value).toBe(184);
    expect(days?.rule.zh).toContain('2020-09-15');
  });

  test('paidDate before dueDate is #NUM! naming paidDate', () => {
    expectArgError(calcError('LATEFEEWAIVED', 100000, '2020-03-15', '2020-03-14'), '#NUM!', 'paidDate');
  });

  test('other bad inputs name the argument', () => {
    expectArgError(calcError('LATEFEEWAIVED', -100, '2020-03-15', '2020-04-15'), '#NUM!', 'amount');
    expectArgError(calcError('LATEFEEWAIVED', 100000, 'soon', '2020-04-15'), '#VALUE!', 'dueDate');
    // a month alone does not say which day
    expectArgError(calcError('LATEFEEWAIVED', 100000, '2020-03', '2020-04-15'), '#VALUE!', 'dueDate');
    expectArgError(calcError('LATEFEEWAIVED', 100000, '2020-03-15', '2020-02-30'), '#VALUE!', 'paidDate');
  });

  test('through HyperFormula with DATE(): 6,100', () => {
    expect(hfValue('=SUBSIDY.LATEFEEWAIVED(100000,DATE(2020,3,15),DATE(2020,7,15))')).toBe(6100);
  });
});

// ─────────────────────────────────────────────────────────────────────────────
// 000#42 (province), 001#1 (Liaocheng), 002#1 (Qingdao): 50% of last year's unemployment
// premiums if layoffs ≤ 5.5% (≤ 30 insured: ≤ 20%); Qingdao hardship: 50% of six months' premiums.
// ─────────────────────────────────────────────────────────────────────────────
describe('STABILITYREFUND', () => {
  test('200 insured, 11 laid off = 5.5% (limit, inclusive): 200,000 × 50% = 100,000', () => {
    expect(calc('STABILITYREFUND', 200000, 200, 11)).toBe(100000);
  });

  test('200 insured, 12 laid off = 6% > 5.5% → 0, citing 000#42', () => {
    expect(calc('STABILITYREFUND', 200000, 200, 12)).toBe(0);
    const { steps } = explain('STABILITYREFUND', 200000, 200, 12);
    expect(steps.some((s) => s.step.en === 'layoff rate above the limit' && s.citation.includes('000#42'))).toBe(true);
  });

  test('no layoffs: 200,000 × 50% = 100,000', () => {
    expect(calc('STABILITYREFUND', 200000, 200, 0)).toBe(100000);
  });

  test('≤ 30 insured: 30 insured, 6 laid off = 20% → 40,000 × 50% = 20,000; 7 = 23.3% → 0', () => {
    expect(calc('STABILITYREFUND', 40000, 30, 6)).toBe(20000);
    expect(calc('STABILITYREFUND', 40000, 30, 7)).toBe(0);
  });

  test('31 insured is past the relaxed limit: 1 laid off = 3.2% → 20,000; 2 = 6.5% → 0', () => {
    expect(calc('STABILITYREFUND', 40000, 31, 1)).toBe(20000);
    expect(calc('STABILITYREFUND', 40000, 31, 2)).toBe(0);
  });

  test('half-up: 12,345.67 × 50% = 6,172.835 → 6,172.84', () => {
    expect(calc('STABILITYREFUND', 12345.67, 100, 1)).toBe(6172.84);
  });

  test('region selects the citation: none/weihai → 000#42, liaocheng → 001#1, qingdao → 002#1; same 50%', () => {
    expect(cites(explain('STABILITYREFUND', 200000, 200, 11).steps)).toContain('000#42');
    expect(cites(explain('STABILITYREFUND', 200000, 200, 11, 'weihai').steps)).toContain('000#42');
    const lc = explain('STABILITYREFUND', 200000, 200, 11, '聊城市');
    expect(lc.value.toString()).toBe('100000');
    expect(cites(lc.steps)).toContain('001#1');
    const qd = explain('STABILITYREFUND', 200000, 200, 11, 'qingdao');
    expect(qd.value.toString()).toBe('100000');
    expect(cites(qd.steps)).toContain('002#1');
  });

  test('Qingdao hardship: 50 insured, 2 laid off = 4%; six months 800,000 × 50% = 400,000 (instead of 100,000 × 50%)', () => {
    expect(calc('STABILITYREFUND', 100000, 50, 2, 'qingdao', 800000)).toBe(400000);
    const { steps } = explain('STABILITYREFUND', 100000, 50, 2, '青岛', 800000);
    expect(cites(steps)).toContain('002#1');
    expect(steps.some((s) => s.step.en === 'refund (Qingdao hardship variant)')).toBe(true);
  });

  test('Qingdao hardship still needs the layoff test: 50 insured, 3 laid off = 6% → 0', () => {
    expect(calc('STABILITYREFUND', 100000, 50, 3, 'qingdao', 800000)).toBe(0);
  });

  test('sixMonthPremiums outside Qingdao (or with no region) is #N/A naming sixMonthPremiums', () => {
    expectArgError(calcError('STABILITYREFUND', 100000, 50, 2, 'weihai', 800000), '#N/A', 'sixMonthPremiums');
    expectArgError(calcError('STABILITYREFUND', 100000, 50, 2, null, 800000), '#N/A', 'sixMonthPremiums');
  });

  test('bad inputs name the argument', () => {
    expectArgError(calcError('STABILITYREFUND', -1, 50, 2), '#NUM!', 'unemploymentPaid');
    expectArgError(calcError('STABILITYREFUND', 100000, 0, 0), '#NUM!', 'insured');
    expectArgError(calcError('STABILITYREFUND', 100000, 10.5, 0), '#NUM!', 'insured');
    expectArgError(calcError('STABILITYREFUND', 100000, 3, 50), '#NUM!', 'layoffs');
    expectArgError(calcError('STABILITYREFUND', 100000, 50, 2, 'beijing'), '#VALUE!', 'region');
    expectArgError(calcError('STABILITYREFUND', 100000, 50, 2, 'qingdao', -5), '#NUM!', 'sixMonthPremiums');
  });

  test('through HyperFormula, empty trailing slots and the Qingdao variant', () => {
    expect(hfValue('=SUBSIDY.STABILITYREFUND(200000,200,11,,)')).toBe(100000);
    expect(hfValue('=SUBSIDY.STABILITYREFUND(100000,50,2,"qingdao",800000)')).toBe(400000);
  });
});

// ─────────────────────────────────────────────────────────────────────────────
// 000#18 (≤ 30 staff exempt, 2020–2022) + 财税〔2015〕72号 formula + Shandong 1.5% +
// 财政部公告2019年第98号 (≥ 1% → 50%, < 1% → 90%) + 财税〔2018〕39号 (wage ≤ 2 × local).
// ─────────────────────────────────────────────────────────────────────────────
describe('DISABLEDLEVY', () => {
  test('200 staff, 1 disabled, wage 60,000: quota 3, shortfall 2 × 60,000 = 120,000; ratio 0.5% < 1% → 90% = 108,000', () => {
    expect(calc('DISABLEDLEVY', 200, 1, 60000)).toBe(108000);
  });

  test('ratio exactly 1% takes the 50% tier: 200 staff, 2 disabled: (3 − 2) × 60,000 × 50% = 30,000', () => {
    expect(calc('DISABLEDLEVY', 200, 2, 60000)).toBe(30000);
  });

  test('ratio just below 1%: 201 staff, 2 disabled (0.995%): (3.015 − 2) × 60,000 = 60,900 × 90% = 54,810', () => {
    expect(calc('DISABLEDLEVY', 201, 2, 60000)).toBe(54810);
  });

  test('fractional shortfall: 250 staff, 1 disabled: (3.75 − 1) × 60,000 = 165,000 × 90% = 148,500', () => {
    expect(calc('DISABLEDLEVY', 250, 1, 60000)).toBe(148500);
  });

  test('exemption boundary: 30 staff → 0 (citing 000#18); 31 staff, none disabled: 0.465 × 60,000 = 27,900 × 90% = 25,110', () => {
    expect(calc('DISABLEDLEVY', 30, 0, 60000)).toBe(0);
    const { steps } = explain('DISABLEDLEVY', 30, 0, 60000);
    expect(steps.some((s) => s.step.en === 'small enterprise exempt' && s.citation.includes('000#18'))).toBe(true);
    expect(calc('DISABLEDLEVY', 31, 0, 60000)).toBe(25110);
  });

  test('quota met → 0: 200 staff with 3 (= 200 × 1.5%) or 4 disabled', () => {
    expect(calc('DISABLEDLEVY', 200, 3, 60000)).toBe(0);
    expect(calc('DISABLEDLEVY', 200, 4, 60000)).toBe(0);
    expect(explain('DISABLEDLEVY', 200, 3, 60000).steps.some((s) => s.step.en === 'quota met')).toBe(true);
  });

  test('wage cap 2 × local average 60,000 = 120,000', () => {
    // binding: avg 150,000 → 120,000; 2 × 120,000 × 90% = 216,000
    expect(calc('DISABLEDLEVY', 200, 1, 150000, 60000)).toBe(216000);
    // just binding: 120,000.01 → 120,000 → 216,000
    expect(calc('DISABLEDLEVY', 200, 1, 120000.01, 60000)).toBe(216000);
    // exactly at the cap: 120,000 → 216,000
    expect(calc('DISABLEDLEVY', 200, 1, 120000, 60000)).toBe(216000);
    // just not binding: 2 × 119,999.99 × 90% = 215,999.982 → 215,999.98
    expect(calc('DISABLEDLEVY', 200, 1, 119999.99, 60000)).toBe(215999.98);
    // not binding: 2 × 100,000 × 90% = 180,000
    expect(calc('DISABLEDLEVY', 200, 1, 100000, 60000)).toBe(180000);
  });

  test('localAvgWage omitted: no cap, 2 × 150,000 × 90% = 270,000', () => {
    expect(calc('DISABLEDLEVY', 200, 1, 150000)).toBe(270000);
    expect(calc('DISABLEDLEVY', 200, 1, 150000, null)).toBe(270000);
  });

  test('the explanation cites 财税〔2015〕72号, 98号 and the 2× cap rule', () => {
    const { steps } = explain('DISABLEDLEVY', 200, 1, 150000, 60000);
    const c = cites(steps);
    expect(c).toContain('财税〔2015〕72号');
    expect(c).toContain('财政部公告2019年第98号');
    expect(c).toContain('财税〔2018〕39号');
    expect(c).toContain('000#18');
    expect(steps.find((s) => s.step.en === 'shortfall')?.value).toBe(2);
  });

  test('bad inputs name the argument', () => {
    expectArgError(calcError('DISABLEDLEVY', 200, 201, 60000), '#NUM!', 'disabledStaff');
    expectArgError(calcError('DISABLEDLEVY', -1, 0, 60000), '#NUM!', 'staff');
    expectArgError(calcError('DISABLEDLEVY', 'many', 0, 60000), '#VALUE!', 'staff');
    expectArgError(calcError('DISABLEDLEVY', 200, 1.5, 60000), '#NUM!', 'disabledStaff');
    expectArgError(calcError('DISABLEDLEVY', 200, 1, -60000), '#NUM!', 'avgWage');
    expectArgError(calcError('DISABLEDLEVY', 200, 1, 60000, 0), '#NUM!', 'localAvgWage');
    expectArgError(calcError('DISABLEDLEVY', 200, 1, 60000, -1), '#NUM!', 'localAvgWage');
  });

  test('through HyperFormula: =SUBSIDY.DISABLEDLEVY(200,1,60000) = 108,000', () => {
    expect(hfValue('=SUBSIDY.DISABLEDLEVY(200,1,60000)')).toBe(108000);
  });
});
