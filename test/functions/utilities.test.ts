import { calc, calcError, explain, hfValue } from '../helpers';
import type { RawArg } from '../../src/registry/define';

/** The call fails with `code`, blames `arg`, and names it in both languages of the message. */
function expectError(code: string, arg: string, name: string, ...args: RawArg[]): void {
  const e = calcError(name, ...args);
  expect(e).toMatchObject({ code, arg });
  expect(e.message).toContain(`参数 ${arg}`);
  expect(e.message).toContain(`argument ${arg}`);
}

function citations(name: string, ...args: RawArg[]): string {
  return explain(name, ...args).steps.map((s) => s.citation).join(' | ');
}

// Excel serials (1900 system): 2020-01-01 is 43831.
const JAN_31 = 43861; // 43831 + 30
const FEB_01 = 43862; // 43831 + 31
const APR_30 = 43951; // 43831 + 31 + 29 + 31 + 29
const MAY_01 = 43952;
const JUN_30 = 44012; // 43831 + 31 + 29 + 31 + 30 + 31 + 29
const JUL_01 = 44013;

// 000#64 item 1 (鲁发改价格〔2020〕136号): 工商业及其他 users outside high-energy industries billed at 95%, 2020-02-01 … 2020-06-30.
describe('POWERRELIEF', () => {
  test('worked example: 100,000 × (100% − 95%) = 5,000', () => {
    expect(calc('POWERRELIEF', 100000, '2020-03')).toBe(5000);
  });

  test('window: first day 2020-02-01 and last day 2020-06-30 qualify; 2020-01-31 and 2020-07-01 give 0', () => {
    expect(calc('POWERRELIEF', 100000, FEB_01)).toBe(5000);
    expect(calc('POWERRELIEF', 100000, JUN_30)).toBe(5000);
    expect(calc('POWERRELIEF', 100000, JAN_31)).toBe(0);
    expect(calc('POWERRELIEF', 100000, JUL_01)).toBe(0);
    expect(calc('POWERRELIEF', 100000, '2020年6月')).toBe(5000);
  });

  test('high-energy users get 0, and the explanation says why citing 000#64', () => {
    expect(calc('POWERRELIEF', 100000, '2020-03', true)).toBe(0);
    expect(calc('POWERRELIEF', 100000, '2020-03', 1)).toBe(0);
    expect(calc('POWERRELIEF', 100000, '2020-03', false)).toBe(5000);
    const why = explain('POWERRELIEF', 100000, '2020-03', true).steps.find((s) => s.step.en === 'high-energy user');
    expect(why?.citation).toContain('000#64');
  });

  test('rounding: 12,345.67 × 5% = 617.2835 → 617.28', () => {
    expect(calc('POWERRELIEF', 12345.67, '2020-04')).toBe(617.28);
  });

  test('outside the window is explained', () => {
    const why = explain('POWERRELIEF', 100000, '2020-07').steps.find((s) => s.step.en === 'outside the price-cut window');
    expect(why?.rule.zh).toContain('2020-07');
    expect(why?.citation).toContain('000#64');
  });

  test('bad inputs: negative bill, month as prose, highEnergy as text', () => {
    expectError('#NUM!', 'bill', 'POWERRELIEF', -1, '2020-03');
    expectError('#VALUE!', 'month', 'POWERRELIEF', 100000, 'March');
    expectError('#VALUE!', 'highEnergy', 'POWERRELIEF', 100000, '2020-03', 'yes');
  });

  test('through HyperFormula: 5,000; TRUE → 0', () => {
    expect(hfValue('=SUBSIDY.POWERRELIEF(100000,"2020-03")')).toBe(5000);
    expect(hfValue('=SUBSIDY.POWERRELIEF(100000,DATE(2020,6,30),FALSE)')).toBe(5000);
    expect(hfValue('=SUBSIDY.POWERRELIEF(100000,"2020-03",TRUE)')).toBe(0);
  });
});

// 000#64 item 2: transfer-supply landlords may not charge above 0.8743 yuan/kWh (3-01 … 6-30);
// February's over-charges are refunded by 3-31.
describe('TRANSFERPOWERREFUND', () => {
  test('worked example: (1.2 − 0.8743) × 10,000 kWh = 0.3257 × 10,000 = 3,257', () => {
    expect(calc('TRANSFERPOWERREFUND', 10000, 1.2, '2020-03')).toBe(3257);
  });

  test('February counts (refund due by 2020-03-31): same 3,257', () => {
    expect(calc('TRANSFERPOWERREFUND', 10000, 1.2, '2020-02')).toBe(3257);
    const steps = explain('TRANSFERPOWERREFUND', 10000, 1.2, '2020-02').steps;
    expect(steps.some((s) => s.value === '2020-03-31' && s.citation.includes('000#64'))).toBe(true);
  });

  test('window: 2020-02-01 and 2020-06-30 qualify; 2020-01-31 and 2020-07-01 give 0', () => {
    expect(calc('TRANSFERPOWERREFUND', 10000, 1.2, FEB_01)).toBe(3257);
    expect(calc('TRANSFERPOWERREFUND', 10000, 1.2, JUN_30)).toBe(3257);
    expect(calc('TRANSFERPOWERREFUND', 10000, 1.2, JAN_31)).toBe(0);
    expect(calc('TRANSFERPOWERREFUND', 10000, 1.2, JUL_01)).toBe(0);
  });

  test('ceiling: a price of exactly 0.8743 owes nothing; 0.8744 owes 0.0001 × 10,000 = 1.00; 0.80 owes nothing', () => {
    expect(calc('TRANSFERPOWERREFUND', 10000, 0.8743, '2020-04')).toBe(0);
    expect(calc('TRANSFERPOWERREFUND', 10000, 0.8744, '2020-04')).toBe(1);
    expect(calc('TRANSFERPOWERREFUND', 10000, 0.8, '2020-04')).toBe(0);
  });

  test('rounding: 1,234 kWh × (0.95 − 0.8743) = 1,234 × 0.0757 = 93.4138 → 93.41', () => {
    expect(calc('TRANSFERPOWERREFUND', 1234, 0.95, '2020-05')).toBe(93.41);
  });

  test('not above the ceiling is explained', () => {
    const why = explain('TRANSFERPOWERREFUND', 10000, 0.8, '2020-04').steps.find((s) => s.step.en === 'not above the ceiling');
    expect(why?.citation).toContain('000#64');
  });

  test('bad inputs: negative kWh, price as text, unknown month', () => {
    expectError('#NUM!', 'kwh', 'TRANSFERPOWERREFUND', -1, 1.2, '2020-03');
    expectError('#VALUE!', 'pricePaid', 'TRANSFERPOWERREFUND', 10000, 'high', '2020-03');
    expectError('#VALUE!', 'month', 'TRANSFERPOWERREFUND', 10000, 1.2, '2020-13');
  });

  test('through HyperFormula: 3,257', () => {
    expect(hfValue('=SUBSIDY.TRANSFERPOWERREFUND(10000,1.2,"2020-03")')).toBe(3257);
  });
});

// 000#53 item 2 (鲁发改价格〔2020〕93号): demand above 105% of the contract billed once, not doubled.
describe('DEMANDRELIEF', () => {
  test('worked example: limit 1,000 × 1.05 = 1,050; excess 1,200 − 1,050 = 150; 150 × 38 × (2 − 1) = 5,700', () => {
    expect(calc('DEMANDRELIEF', 1200, 1000, 38)).toBe(5700);
  });

  test('threshold: 1,050 exactly → 0; 1,051 → 1 × 38 = 38; under the contract → 0', () => {
    expect(calc('DEMANDRELIEF', 1050, 1000, 38)).toBe(0);
    expect(calc('DEMANDRELIEF', 1051, 1000, 38)).toBe(38);
    expect(calc('DEMANDRELIEF', 900, 1000, 38)).toBe(0);
  });

  test('fractions: (1,055.5 − 1,050) × 40.5 = 5.5 × 40.5 = 222.75', () => {
    expect(calc('DEMANDRELIEF', 1055.5, 1000, 40.5)).toBe(222.75);
  });

  test('rounding: 300 × 1.05 = 315; (333.33 − 315) × 33.33 = 18.33 × 33.33 = 610.9389 → 610.94', () => {
    expect(calc('DEMANDRELIEF', 333.33, 300, 33.33)).toBe(610.94);
  });

  test('explanation cites 000#53; no excess says why', () => {
    expect(citations('DEMANDRELIEF', 1200, 1000, 38)).toContain('000#53');
    const why = explain('DEMANDRELIEF', 1000, 1000, 38).steps.find((s) => s.step.en.startsWith('actual demand not above'));
    expect(why?.citation).toContain('000#53');
  });

  test('bad inputs: negative demand, price as text', () => {
    expectError('#NUM!', 'actualDemand', 'DEMANDRELIEF', -1, 1000, 38);
    expectError('#NUM!', 'contractDemand', 'DEMANDRELIEF', 1200, -1000, 38);
    expectError('#VALUE!', 'unitPrice', 'DEMANDRELIEF', 1200, 1000, 'thirty-eight');
  });

  test('through HyperFormula: 5,700', () => {
    expect(hfValue('=SUBSIDY.DEMANDRELIEF(1200,1000,38)')).toBe(5700);
  });
});

// 000#59 (威政办发〔2020〕3号): wholesale, retail, catering, accommodation water at 90% in 2020-02, -03, -04.
describe('WATERRELIEF', () => {
  test('worked example: 5,000 × (100% − 90%) = 500', () => {
    expect(calc('WATERRELIEF', 5000, '2020-03', '餐饮')).toBe(500);
  });

  test('the four trades qualify; industry and tourism do not', () => {
    expect(calc('WATERRELIEF', 5000, '2020-03', 'wholesale')).toBe(500);
    expect(calc('WATERRELIEF', 5000, '2020-03', '零售业')).toBe(500);
    expect(calc('WATERRELIEF', 5000, '2020-03', '住宿')).toBe(500);
    expect(calc('WATERRELIEF', 5000, '2020-03', 'catering')).toBe(500);
    expect(calc('WATERRELIEF', 5000, '2020-03', '工业')).toBe(0);
    expect(calc('WATERRELIEF', 5000, '2020-03', 'tourism')).toBe(0);
  });

  test('months: 2020-02-01 and 2020-04-30 qualify; 2020-01-31 and 2020-05-01 give 0', () => {
    expect(calc('WATERRELIEF', 5000, FEB_01, 'retail')).toBe(500);
    expect(calc('WATERRELIEF', 5000, APR_30, 'retail')).toBe(500);
    expect(calc('WATERRELIEF', 5000, JAN_31, 'retail')).toBe(0);
    expect(calc('WATERRELIEF', 5000, MAY_01, 'retail')).toBe(0);
  });

  test('rounding: 1,234.56 × 10% = 123.456 → 123.46', () => {
    expect(calc('WATERRELIEF', 1234.56, '2020-02', 'retail')).toBe(123.46);
  });

  test('a trade outside the four is explained, citing 000#59', () => {
    const why = explain('WATERRELIEF', 5000, '2020-03', '工业').steps.find((s) => s.step.en === 'trade not covered');
    expect(why?.citation).toContain('000#59');
  });

  test('bad inputs: unknown industry, negative bill, bad month', () => {
    expectError('#VALUE!', 'industry', 'WATERRELIEF', 5000, '2020-03', 'bank');
    expectError('#NUM!', 'bill', 'WATERRELIEF', -5000, '2020-03', 'retail');
    expectError('#VALUE!', 'month', 'WATERRELIEF', 5000, 'spring', 'retail');
  });

  test('through HyperFormula: 500', () => {
    expect(hfValue('=SUBSIDY.WATERRELIEF(5000,"2020-03","餐饮")')).toBe(500);
  });
});

// 000#60 (威政办发〔2020〕3号): 0.05 yuan off per m³ of pipeline gas for accommodation and catering.
describe('GASRELIEF', () => {
  test('worked example: 3,000 m³ × 0.05 = 150', () => {
    expect(calc('GASRELIEF', 3000, '住宿')).toBe(150);
    expect(calc('GASRELIEF', 3000, 'catering')).toBe(150);
  });

  test('other trades get 0, explained and cited to 000#60', () => {
    expect(calc('GASRELIEF', 3000, 'retail')).toBe(0);
    const why = explain('GASRELIEF', 3000, 'retail').steps.find((s) => s.step.en === 'trade not covered');
    expect(why?.citation).toContain('000#60');
  });

  test('rounding half-up: 1,234.5 × 0.05 = 61.725 → 61.73', () => {
    expect(calc('GASRELIEF', 1234.5, '餐饮')).toBe(61.73);
  });

  test('bad inputs: negative volume, unknown industry', () => {
    expectError('#NUM!', 'cubicMeters', 'GASRELIEF', -1, '餐饮');
    expectError('#VALUE!', 'industry', 'GASRELIEF', 3000, 'bakery');
  });

  test('through HyperFormula: 150', () => {
    expect(hfValue('=SUBSIDY.GASRELIEF(3000,"住宿")')).toBe(150);
  });
});
