import { sameValue } from '../../src/audit/compare';
import { toCents } from '../../src/engine/money';

describe('the comparison rule', () => {
  test('numbers agree to the cent, rounded half-up in decimal arithmetic', () => {
    expect(sameValue(875.1, 875.1)).toBe(true);
    expect(sameValue(875.1, 875.11)).toBe(false);
    expect(sameValue(875.104, 875.1)).toBe(true);
    // 1.005 is stored as 1.00499999999999989…; as the decimal it is written as, it rounds to 1.01.
    expect(toCents(1.005)).toBe('1.01');
    expect(Math.round(1.005 * 100) / 100).toBe(1); // the float way gets it wrong
    expect(sameValue(1.005, 1.01)).toBe(true);
    expect(toCents(-2.345)).toBe('-2.35');
  });

  test('at scale a cent still counts (|a − b| < 0.005 would not do)', () => {
    expect(sameValue(2_099_057_879.22, 2_099_057_879.2)).toBe(false);
    expect(sameValue(12_345_678_901.23, 12_345_678_901.24)).toBe(false);
    expect(sameValue(12_345_678_901.23, 12_345_678_901.23)).toBe(true);
    // float noise is not a difference
    expect(sameValue(0.1 + 0.2, 0.3)).toBe(true);
  });

  test('non-money numbers by the same rule: a year is exact', () => {
    expect(sameValue(2020, 2020)).toBe(true);
    expect(sameValue(2020, 2021)).toBe(false);
  });

  test('text exactly, booleans exactly, errors by code, numbers never equal text', () => {
    expect(sameValue('soe', 'soe')).toBe(true);
    expect(sameValue('soe', 'SOE')).toBe(false);
    expect(sameValue('30000', 30000)).toBe(false);
    expect(sameValue(true, true)).toBe(true);
    expect(sameValue(true, 1)).toBe(false);
    expect(sameValue({ error: '#N/A' }, { error: '#N/A', message: 'Qingdao sets no amount' })).toBe(true);
    expect(sameValue({ error: '#N/A' }, { error: '#VALUE!' })).toBe(false);
    expect(sameValue({ error: '#N/A' }, 0)).toBe(false);
  });

  test('empty agrees with empty or "", but a missing cached value does not agree with a number', () => {
    expect(sameValue(null, null)).toBe(true);
    expect(sameValue('', null)).toBe(true);
    expect(sameValue(null, 0)).toBe(false);
  });
});
