import { calc, calcError, explain, hfValue } from '../helpers';

// 000#1: SMEs waived in full 2020-02…06 (≤ 5 months); large enterprises halved 2020-02…04 (≤ 3 months).
// 000#10: employer pension 16%; unemployment 1% total, employer share 0.7% (assumption).
describe('SOCINSWAIVE', () => {
  test('small firm, March: 9,000 × (16% + 0.7% + 0.5%) = 9,000 × 17.2% = 1,548', () => {
    expect(calc('SOCINSWAIVE', 9000, 'small', '2020-03', 0.005)).toBe(1548);
  });

  test('large firm, March: 1,548 × 50% = 774', () => {
    expect(calc('SOCINSWAIVE', 9000, 'large', '2020-03', 0.005)).toBe(774);
  });

  test('SME window: first month 2020-02 and last month 2020-06 eligible, 2020-01 and 2020-07 give 0', () => {
    expect(calc('SOCINSWAIVE', 9000, 'sme', '2020-02', 0.005)).toBe(1548);
    expect(calc('SOCINSWAIVE', 9000, 'sme', '2020-06', 0.005)).toBe(1548);
    expect(calc('SOCINSWAIVE', 9000, 'sme', '2020-01', 0.005)).toBe(0);
    expect(calc('SOCINSWAIVE', 9000, 'sme', '2020-07', 0.005)).toBe(0);
  });

  test('large window: 2020-04 is the last halved month, 2020-05 gives 0', () => {
    expect(calc('SOCINSWAIVE', 9000, 'large', '2020-04', 0.005)).toBe(774);
    expect(calc('SOCINSWAIVE', 9000, 'large', '2020-05', 0.005)).toBe(0);
  });

  test('month as an Excel serial: 44012 = 2020-06-30 is in the window, 44013 = 2020-07-01 is not', () => {
    expect(calc('SOCINSWAIVE', 9000, 'micro', 44012, 0.005)).toBe(1548);
    expect(calc('SOCINSWAIVE', 9000, 'micro', 44013, 0.005)).toBe(0);
  });

  test('size in Chinese, including ENTSIZE output: 小型, 中小微, 中型 all count as SMEs', () => {
    for (const s of ['小型', '中小微', '中型', '微型企业', 'SME']) {
      expect(calc('SOCINSWAIVE', 9000, s, '2020年3月', 0.005)).toBe(1548);
    }
    expect(calc('SOCINSWAIVE', 9000, '大型', '2020-03', 0.005)).toBe(774);
  });

  test('pension rate given: 9,000 × (14% + 0.7% + 0.5%) = 9,000 × 15.2% = 1,368', () => {
    expect(calc('SOCINSWAIVE', 9000, 'small', '2020-03', 0.005, 0.14)).toBe(1368);
  });

  test('both optional rates given: 9,000 × (16% + 1% + 0.5%) = 9,000 × 17.5% = 1,575', () => {
    expect(calc('SOCINSWAIVE', 9000, 'small', '2020-03', 0.005, 0.16, 0.01)).toBe(1575);
  });

  test('omitted optional slots (null or empty) take the defaults', () => {
    expect(calc('SOCINSWAIVE', 9000, 'small', '2020-03', 0.005, null, '')).toBe(1548);
  });

  test('one rounding at the end: 3,333.33 × 17.2% = 573.33276 → 573.33', () => {
    expect(calc('SOCINSWAIVE', 3333.33, 'small', '2020-03', 0.005)).toBe(573.33);
  });

  test('half-up at the cent: 2,501.5 × (16% + 0.7% + 0.3%) × 50% = 212.6275 → 212.63', () => {
    expect(calc('SOCINSWAIVE', 2501.5, 'large', '2020-03', 0.003)).toBe(212.63);
  });

  test('bad inputs name the argument', () => {
    expect(calcError('SOCINSWAIVE', -1, 'small', '2020-03', 0.005)).toMatchObject({ code: '#NUM!', arg: 'base' });
    expect(calcError('SOCINSWAIVE', 'abc', 'small', '2020-03', 0.005)).toMatchObject({ code: '#VALUE!', arg: 'base' });
    expect(calcError('SOCINSWAIVE', 9000, 'huge', '2020-03', 0.005)).toMatchObject({ code: '#VALUE!', arg: 'size' });
    expect(calcError('SOCINSWAIVE', 9000, 'small', 'March', 0.005)).toMatchObject({ code: '#VALUE!', arg: 'month' });
    expect(calcError('SOCINSWAIVE', 9000, 'small', '2020-13', 0.005)).toMatchObject({ code: '#VALUE!', arg: 'month' });
    const typed16 = calcError('SOCINSWAIVE', 9000, 'small', '2020-03', 16);
    expect(typed16).toMatchObject({ code: '#NUM!', arg: 'injuryRate' });
    expect(typed16.message).toContain('injuryRate');
    expect(typed16.message).toContain('16%');
    expect(calcError('SOCINSWAIVE', 9000, 'small', '2020-03', null)).toMatchObject({ code: '#VALUE!', arg: 'injuryRate' });
  });

  test('the explanation cites 000#1 and 000#10 and shows the assumed 0.7%', () => {
    const { value, steps } = explain('SOCINSWAIVE', 9000, 'small', '2020-03', 0.005);
    expect(value.toString()).toBe('1548');
    const citations = steps.map((s) => s.citation).join(' ');
    expect(citations).toContain('000#1 人社部发〔2020〕11号');
    expect(citations).toContain('000#10');
    expect(steps.find((s) => s.step.en.startsWith('employer unemployment rate'))?.value).toBe('0.7%');
    expect(steps[steps.length - 1].value).toBe(1548);
  });

  test('the explanation of an ineligible month says why', () => {
    const { steps } = explain('SOCINSWAIVE', 9000, 'small', '2020-07', 0.005);
    expect(steps.some((s) => s.rule.en.includes('outside the SME waiver window'))).toBe(true);
  });

  test('through HyperFormula, nested with ENTSIZE and DATE: same 1,548', () => {
    expect(hfValue('=SUBSIDY.SOCINSWAIVE(9000,SUBSIDY.ENTSIZE("工业",120,25000000),DATE(2020,3,1),0.5%)')).toBe(1548);
  });
});
