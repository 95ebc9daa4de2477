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

// 000#15 item 6: technology-transfer income up to 5,000,000 exempt, the excess taxed at half the rate;
// default rate 25% (企业所得税法 §4), high-tech 15% (000#15 item 3).
describe('TECHTRANSFERTAX', () => {
  test('default 25%: (8,000,000 − 5,000,000) × 25% × 50% = 3,000,000 × 12.5% = 375,000', () => {
    expect(calc('TECHTRANSFERTAX', 8000000)).toBe(375000);
  });

  test('high-tech 15%: 3,000,000 × 15% × 50% = 3,000,000 × 7.5% = 225,000', () => {
    expect(calc('TECHTRANSFERTAX', 8000000, 0.15)).toBe(225000);
  });

  test('exempt amount: 4,000,000 and exactly 5,000,000 → 0; 5,000,001 → 1 × 12.5% = 0.125 → 0.13 (half-up)', () => {
    expect(calc('TECHTRANSFERTAX', 4000000)).toBe(0);
    expect(calc('TECHTRANSFERTAX', 5000000)).toBe(0);
    expect(calc('TECHTRANSFERTAX', 5000001)).toBe(0.13);
  });

  test('rounding: 5,123,456.78 − 5,000,000 = 123,456.78; × 12.5% = 15,432.0975 → 15,432.10', () => {
    expect(calc('TECHTRANSFERTAX', 5123456.78)).toBe(15432.1);
  });

  test('explanations cite the law for the 25% default, 000#15 for 15% and the exemption; income within the exemption says why', () => {
    const d = citations('TECHTRANSFERTAX', 8000000);
    expect(d).toContain('企业所得税法');
    expect(d).toContain('000#15');
    const h = explain('TECHTRANSFERTAX', 8000000, 0.15).steps;
    expect(h.some((s) => s.citation.includes('000#15') && s.value === '15%')).toBe(true);
    const why = explain('TECHTRANSFERTAX', 5000000).steps.find((s) => s.step.en === 'income within the exempt amount');
    expect(why?.citation).toContain('000#15');
  });

  test('bad inputs: rate typed as 25, negative income, income as text', () => {
    expectError('#NUM!', 'rate', 'TECHTRANSFERTAX', 8000000, 25);
    expectError('#NUM!', 'income', 'TECHTRANSFERTAX', -1);
    expectError('#VALUE!', 'income', 'TECHTRANSFERTAX', 'a lot');
  });

  test('through HyperFormula: 375,000 and, with 15%, 225,000', () => {
    expect(hfValue('=SUBSIDY.TECHTRANSFERTAX(8000000)')).toBe(375000);
    expect(hfValue('=SUBSIDY.TECHTRANSFERTAX(8000000,15%)')).toBe(225000);
  });
});

// 000#14 item 1: hard-hit industries' 2020 losses 5 → 8 years; 000#15 item 4: high-tech / tech SMEs
// 5 → 10 years from 2018-01-01 for losses of the 5 years before the qualifying year.
describe('LOSSCARRYEND', () => {
  test('normal: 2020 + 5 = 2025 (category omitted or "normal")', () => {
    expect(calc('LOSSCARRYEND', 2020)).toBe(2025);
    expect(calc('LOSSCARRYEND', 2020, 'normal')).toBe(2025);
    expect(calc('LOSSCARRYEND', 2017, '一般')).toBe(2022);
  });

  test('hard-hit: only 2020 losses get 8 years (2020 + 8 = 2028); 2019 → 2019 + 5 = 2024; 2021 → 2021 + 5 = 2026', () => {
    expect(calc('LOSSCARRYEND', 2020, 'hardhit')).toBe(2028);
    expect(calc('LOSSCARRYEND', 2020, '困难行业')).toBe(2028);
    expect(calc('LOSSCARRYEND', 2019, 'hardhit')).toBe(2024);
    expect(calc('LOSSCARRYEND', 2021, 'hardhit')).toBe(2026);
  });

  test('high-tech: 2020 + 10 = 2030; earliest covered loss year 2018 − 5 = 2013 → 2023; 2012 keeps 5 years → 2017', () => {
    expect(calc('LOSSCARRYEND', 2020, 'hightech')).toBe(2030);
    expect(calc('LOSSCARRYEND', 2020, '科技型中小企业')).toBe(2030);
    expect(calc('LOSSCARRYEND', 2013, 'hightech')).toBe(2023);
    expect(calc('LOSSCARRYEND', 2012, 'hightech')).toBe(2017);
  });

  test('explanations: 2020 hard-hit cites 000#14; a 2019 hard-hit loss says why it is not extended; high-tech cites 000#15', () => {
    expect(citations('LOSSCARRYEND', 2020, 'hardhit')).toContain('000#14');
    const why = explain('LOSSCARRYEND', 2019, 'hardhit').steps.find((s) => s.step.en.includes('only for 2020 losses'));
    expect(why?.citation).toContain('000#14');
    expect(citations('LOSSCARRYEND', 2020, 'hightech')).toContain('000#15');
  });

  test('bad inputs: fractional year, year as text, unknown category', () => {
    expectError('#NUM!', 'lossYear', 'LOSSCARRYEND', 2020.5);
    expectError('#VALUE!', 'lossYear', 'LOSSCARRYEND', 'last year');
    expectError('#VALUE!', 'category', 'LOSSCARRYEND', 2020, 'startup');
  });

  test('through HyperFormula: 2028', () => {
    expect(hfValue('=SUBSIDY.LOSSCARRYEND(2020,"hardhit")')).toBe(2028);
    expect(hfValue('=SUBSIDY.LOSSCARRYEND(2020)')).toBe(2025);
  });
});

// 000#62 (威政办发〔2020〕3号): travel agencies get 80% of the quality deposit back for now.
describe('DEPOSITREFUND', () => {
  test('worked example: 200,000 × 80% = 160,000', () => {
    expect(calc('DEPOSITREFUND', 200000)).toBe(160000);
  });

  test('rounding: 12,345.67 × 80% = 9,876.536 → 9,876.54; 0 → 0', () => {
    expect(calc('DEPOSITREFUND', 12345.67)).toBe(9876.54);
    expect(calc('DEPOSITREFUND', 0)).toBe(0);
  });

  test('explanation cites 000#62', () => {
    expect(citations('DEPOSITREFUND', 200000)).toContain('000#62');
  });

  test('bad inputs: negative deposit, deposit as text', () => {
    expectError('#NUM!', 'deposit', 'DEPOSITREFUND', -1);
    expectError('#VALUE!', 'deposit', 'DEPOSITREFUND', 'all');
  });

  test('through HyperFormula: 160,000', () => {
    expect(hfValue('=SUBSIDY.DEPOSITREFUND(200000)')).toBe(160000);
  });
});

// 000#63: metrology and food/drug testing fees cut by 50% for resuming enterprises.
describe('FEEDISCOUNT', () => {
  test('worked example: 3,000 × 50% = 1,500', () => {
    expect(calc('FEEDISCOUNT', 3000)).toBe(1500);
  });

  test('rounding half-up: 123.45 × 50% = 61.725 → 61.73; 0.05 × 50% = 0.025 → 0.03', () => {
    expect(calc('FEEDISCOUNT', 123.45)).toBe(61.73);
    expect(calc('FEEDISCOUNT', 0.05)).toBe(0.03);
  });

  test('explanation cites 000#63', () => {
    expect(citations('FEEDISCOUNT', 3000)).toContain('000#63');
  });

  test('bad inputs: negative fee, fee as text', () => {
    expectError('#NUM!', 'fee', 'FEEDISCOUNT', -3000);
    expectError('#VALUE!', 'fee', 'FEEDISCOUNT', 'some');
  });

  test('through HyperFormula: 1,500', () => {
    expect(hfValue('=SUBSIDY.FEEDISCOUNT(3000)')).toBe(1500);
  });
});
