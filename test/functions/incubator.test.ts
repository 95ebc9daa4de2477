import { calc, calcError, explain, hfValue } from '../helpers';
import type { Step } from '../../src/engine/trace';

const cites = (steps: Step[]) => steps.map((s) => s.citation).join(' | ');

function expectArgError(err: { code: string; message: string; arg?: string }, code: string, arg: string) {
  expect(err).toMatchObject({ code, arg });
  expect(err.message).toContain(arg);
}

// 000#23: provincial incubators 30% of the rent reduced, at most 500,000; Weihai city-level
// 30%, at most 200,000; at most 3 months; not both. 001#5: Liaocheng restates the provincial rule.
describe('INCUBATORSUBSIDY', () => {
  test('city, 400,000 reduced: 400,000 × 30% = 120,000 (under the 200,000 cap)', () => {
    expect(calc('INCUBATORSUBSIDY', 400000, 'city')).toBe(120000);
  });

  test('province, 1,000,000 reduced: 1,000,000 × 30% = 300,000 (under the 500,000 cap); city caps the same at 200,000', () => {
    expect(calc('INCUBATORSUBSIDY', 1000000, 'province')).toBe(300000);
    expect(calc('INCUBATORSUBSIDY', 1000000, 'city')).toBe(200000);
  });

  test('city cap 200,000: 666,660 × 30% = 199,998 (not binding); 666,670 × 30% = 200,001 → 200,000 (binding)', () => {
    expect(calc('INCUBATORSUBSIDY', 666660, 'city')).toBe(199998);
    expect(calc('INCUBATORSUBSIDY', 666670, 'city')).toBe(200000);
  });

  test('province cap 500,000: 1,666,660 × 30% = 499,998 (not binding); 1,666,670 × 30% = 500,001 → 500,000 (binding)', () => {
    expect(calc('INCUBATORSUBSIDY', 1666660, 'province')).toBe(499998);
    expect(calc('INCUBATORSUBSIDY', 1666670, 'province')).toBe(500000);
  });

  test('no rent reduced → 0', () => {
    expect(calc('INCUBATORSUBSIDY', 0, 'province')).toBe(0);
  });

  test('decimal half-up: 12,345.65 × 30% = 3,703.695 → 3,703.70', () => {
    expect(calc('INCUBATORSUBSIDY', 12345.65, '市级')).toBe(3703.7);
  });

  test('Chinese level names: 省级 and 市级', () => {
    expect(calc('INCUBATORSUBSIDY', 1000000, '省级')).toBe(300000);
    expect(calc('INCUBATORSUBSIDY', 1000000, '市级')).toBe(200000);
  });

  test('the explanation cites 000#23 (and 001#5 for the province), the 3-month limit and the no-double rule', () => {
    const city = explain('INCUBATORSUBSIDY', 400000, 'city');
    expect(cites(city.steps)).toContain('000#23 威政办发〔2020〕2号');
    expect(city.steps.some((s) => s.value === 3 && s.citation.startsWith('000#23'))).toBe(true);
    expect(city.steps.some((s) => s.step.en === 'not both levels')).toBe(true);
    const province = explain('INCUBATORSUBSIDY', 400000, 'province');
    expect(cites(province.steps)).toContain('000#23 鲁政发〔2020〕5号');
    expect(cites(province.steps)).toContain('001#5');
  });

  test('bad inputs name the argument', () => {
    expectArgError(calcError('INCUBATORSUBSIDY', -1, 'city'), '#NUM!', 'rentReduced');
    expectArgError(calcError('INCUBATORSUBSIDY', 'lots', 'city'), '#VALUE!', 'rentReduced');
    expectArgError(calcError('INCUBATORSUBSIDY', 400000, 'county'), '#VALUE!', 'level');
    expectArgError(calcError('INCUBATORSUBSIDY', 400000, 'national'), '#VALUE!', 'level');
    expectArgError(calcError('INCUBATORSUBSIDY', 400000, null), '#VALUE!', 'level');
  });

  test('through HyperFormula: =SUBSIDY.INCUBATORSUBSIDY(1000000,"city") = 200,000', () => {
    expect(hfValue('=SUBSIDY.INCUBATORSUBSIDY(1000000,"city")')).toBe(200000);
  });
});
