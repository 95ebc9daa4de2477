import { date, money, month, rate, bool, count } from '../../src/engine/args';
import { addMonths, dayFromYmd, isoDate, isoMonth, parseDateText } from '../../src/engine/dates';
import { region, size, industry } from '../../src/engine/codes';
import { SubsidyError } from '../../src/engine/errors';
import { roundYuan, Dec } from '../../src/engine/money';

function err(f: () => unknown): SubsidyError {
  try {
    f();
  } catch (e) {
    if (e instanceof SubsidyError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('dates and months', () => {
  test('the five text forms FUNCTIONS.md lists, and Excel serials (44001 = 2020-06-19)', () => {
    expect(isoDate(date.parse('2020-03-15', 'd'))).toBe('2020-03-15');
    expect(isoDate(date.parse('2020/3/15', 'd'))).toBe('2020-03-15');
    expect(isoDate(date.parse('2020年3月15日', 'd'))).toBe('2020-03-15');
    expect(isoMonth(month.parse('2020-03', 'm'))).toBe('2020-03');
    expect(isoMonth(month.parse('2020年3月', 'm'))).toBe('2020-03');
    expect(isoMonth(month.parse('2020-03-31', 'm'))).toBe('2020-03');
    expect(isoDate(date.parse(44001, 'd'))).toBe('2020-06-19');
    expect(isoDate(date.parse(44001.75, 'd'))).toBe('2020-06-19');
  });

  test('impossible or partial dates are #VALUE!; serials before 1900-03-01 are #NUM!', () => {
    expect(err(() => date.parse('2020-02-30', 'd')).code).toBe('#VALUE!');
    expect(err(() => date.parse('2020-03', 'readStart')).message).toContain('readStart');
    expect(parseDateText('2021-02-29')).toBeNull();
    expect(parseDateText('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
    expect(err(() => date.parse(60, 'd')).code).toBe('#NUM!');
    expect(err(() => month.parse(true, 'm')).code).toBe('#VALUE!');
  });

  test('adding calendar months keeps the day, or falls back to the month end', () => {
    expect(isoDate(addMonths(dayFromYmd(2020, 3, 15), 6))).toBe('2020-09-15');
    expect(isoDate(addMonths(dayFromYmd(2020, 8, 31), 6))).toBe('2021-02-28');
    expect(isoDate(addMonths(dayFromYmd(2020, 2, 29), 12))).toBe('2021-02-28');
  });
});

describe('numbers', () => {
  test('money is decimal from the start: 0.1 + 0.2 style inputs do not drift', () => {
    expect(money.parse(0.1, 'x').plus(money.parse(0.2, 'x')).toString()).toBe('0.3');
  });

  test('money refuses negatives (#NUM!), text and booleans (#VALUE!), NaN and Infinity (#NUM!)', () => {
    expect(err(() => money.parse(-0.01, 'base')).code).toBe('#NUM!');
    expect(err(() => money.parse('100', 'base')).code).toBe('#VALUE!');
    expect(err(() => money.parse(true, 'base')).code).toBe('#VALUE!');
    expect(err(() => money.parse(NaN, 'base')).code).toBe('#NUM!');
    expect(err(() => money.parse(Infinity, 'base')).code).toBe('#NUM!');
  });

  test('a rate above 1 is someone typing 16 for 16%: #NUM!', () => {
    expect(rate.parse(0.16, 'r').toString()).toBe('0.16');
    expect(rate.parse(1, 'r').toString()).toBe('1');
    expect(err(() => rate.parse(16, 'r')).code).toBe('#NUM!');
    expect(err(() => rate.parse(-0.01, 'r')).code).toBe('#NUM!');
  });

  test('counts are whole numbers', () => {
    const persons = count({ zh: '人', en: 'persons' });
    expect(persons.parse(3, 'n')).toBe(3);
    expect(err(() => persons.parse(2.5, 'n')).code).toBe('#NUM!');
  });

  test('booleans accept TRUE/FALSE and 1/0 only', () => {
    expect(bool.parse(true, 'b')).toBe(true);
    expect(bool.parse(0, 'b')).toBe(false);
    expect(err(() => bool.parse('yes', 'b')).code).toBe('#VALUE!');
  });

  test('half-up rounding at the cent, where binary floats round 1.005 down', () => {
    expect(roundYuan(new Dec('1.005')).toString()).toBe('1.01');
    expect(roundYuan(new Dec('2.675')).toString()).toBe('2.68');
    expect(roundYuan(new Dec('-0.005')).toString()).toBe('-0.01');
  });
});

describe('codes in Chinese and English', () => {
  test('regions: case, suffixes and full-width letters', () => {
    expect(region.parse('WEIHAI', 'r')).toBe('weihai');
    expect(region.parse('威海市', 'r')).toBe('weihai');
    expect(region.parse('山东省', 'r')).toBe('shandong');
    expect(region.parse('ｗｅｉｈａｉ', 'r')).toBe('weihai');
  });

  test('sizes include ENTSIZE labels and the SME group', () => {
    expect(size.parse('小型', 's')).toBe('small');
    expect(size.parse('中小企业', 's')).toBe('sme');
  });

  test('industries by 300号 name, English code and short forms', () => {
    expect(industry.parse('批发', 'i')).toBe('wholesale');
    expect(industry.parse('catering', 'i')).toBe('catering');
    expect(industry.parse('软件和信息技术服务业', 'i')).toBe('software');
    expect(industry.parse('物流', 'i')).toBe('logistics');
  });

  test('an unknown code is #VALUE! listing what is accepted', () => {
    const e = err(() => region.parse('beijing', 'region'));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('weihai（威海）');
    expect(e.message).toContain('region');
  });
});
