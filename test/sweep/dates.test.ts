import { dayFromIso, dayFromYmd, isoDate, serialFromDay } from '../../src/engine/dates';
import { STEAM_GRADES } from '../../src/rates/steam';
import { calc } from '../helpers';

// Every day from 2019-12-01 to 2021-01-31 (428 days). The expected windows below are typed
// from the seed clauses, not read from the rate tables, so a table that drifts from its
// clause fails here.
const FIRST = dayFromYmd(2019, 12, 1);
const LAST = dayFromYmd(2021, 1, 31);
const DAYS = Array.from({ length: LAST - FIRST + 1 }, (_, i) => FIRST + i);

const between = (from: string, to: string) => (d: number) => d >= dayFromIso(from) && d <= dayFromIso(to);

/** The days on which `eligible(d)` and `positive(d)` disagree, as ISO dates (empty when they switch exactly together). */
function disagreements(eligible: (d: number) => boolean, positive: (d: number) => boolean): string[] {
  return DAYS.filter((d) => eligible(d) !== positive(d)).map(isoDate);
}

describe('eligibility switches on and off exactly on the seeds’ days (2019-12-01 … 2021-01-31)', () => {
  test('the sweep covers 428 days', () => expect(DAYS).toHaveLength(428));

  test('SOCINSWAIVE, SMEs: 000#1 "自2020年2月起 … 不超过5个月" → 2020-02-01 … 2020-06-30', () => {
    const got = (d: number) => (calc('SOCINSWAIVE', 9000, 'small', serialFromDay(d), 0.005) as number) > 0;
    expect(disagreements(between('2020-02-01', '2020-06-30'), got)).toEqual([]);
  });

  test('SOCINSWAIVE, large enterprises: 000#1 "减征期限不超过3个月" → 2020-02-01 … 2020-04-30', () => {
    const got = (d: number) => (calc('SOCINSWAIVE', 9000, 'large', serialFromDay(d), 0.005) as number) > 0;
    expect(disagreements(between('2020-02-01', '2020-04-30'), got)).toEqual([]);
  });

  test('MEDINSCUT: 000#4 "自2020年3月1日至12月31日"', () => {
    const got = (d: number) => (calc('MEDINSCUT', 9000, serialFromDay(d)) as number) > 0;
    expect(disagreements(between('2020-03-01', '2020-12-31'), got)).toEqual([]);
  });

  test('POWERRELIEF: 000#64 "2020年2月1日-6月30日"', () => {
    const got = (d: number) => (calc('POWERRELIEF', 10000, serialFromDay(d)) as number) > 0;
    expect(disagreements(between('2020-02-01', '2020-06-30'), got)).toEqual([]);
  });

  test('TRANSFERPOWERREFUND: 000#64 "2月1日-29日" refunds and "3月1日-6月30日" ceiling → 2020-02-01 … 2020-06-30', () => {
    const got = (d: number) => (calc('TRANSFERPOWERREFUND', 1000, 1, serialFromDay(d)) as number) > 0;
    expect(disagreements(between('2020-02-01', '2020-06-30'), got)).toEqual([]);
  });

  test('WATERRELIEF: 000#59 "2020年2、3、4月份"', () => {
    const got = (d: number) => (calc('WATERRELIEF', 1000, serialFromDay(d), '餐饮') as number) > 0;
    expect(disagreements(between('2020-02-01', '2020-04-30'), got)).toEqual([]);
  });

  test('HIRESUBSIDY: 000#41 "2020年2月10日起一个月内" → 2020-02-10 … 2020-03-09', () => {
    const got = (d: number) => (calc('HIRESUBSIDY', 1, serialFromDay(d)) as number) > 0;
    expect(disagreements(between('2020-02-10', '2020-03-09'), got)).toEqual([]);
  });

  test('LOANSUBSIDY: 000#24 "2020年新增" loans → started 2020-01-01 … 2020-12-31', () => {
    const got = (d: number) => (calc('LOANSUBSIDY', 1000000, 0.025, serialFromDay(d), serialFromDay(d + 30)) as number) > 0;
    expect(disagreements(between('2020-01-01', '2020-12-31'), got)).toEqual([]);
  });

  test('IMPORTINTEREST: 000#22 "一级响应期内" → imports 2020-01-24 … 2020-03-07 (Shandong level-1 response)', () => {
    const got = (d: number) => (calc('IMPORTINTEREST', 1000000, serialFromDay(d), serialFromDay(d + 30)) as number) > 0;
    expect(disagreements(between('2020-01-24', '2020-03-07'), got)).toEqual([]);
  });

  test('STEAMPRICE: 000#67 "自2020年2月1日起" every grade takes its new price from 2020-02-01, its old price the day before', () => {
    for (const g of STEAM_GRADES) {
      const [oldPrice, newPrice] = g.prices.map((p) => p.value.toNumber());
      const isNew = (d: number) => d >= dayFromIso('2020-02-01');
      const got = (d: number) => calc('STEAMPRICE', Number(g.pressure), serialFromDay(d)) === newPrice;
      expect(disagreements(isNew, got)).toEqual([]);
      expect(calc('STEAMPRICE', Number(g.pressure), '2020-01-31')).toBe(oldPrice);
    }
  });

  test('STEAMBILL over one-day periods bills each day at the price in force that day (no gap, no overlap)', () => {
    for (const d of DAYS) {
      const bill = calc('STEAMBILL', 0.7, 10, serialFromDay(d), serialFromDay(d + 1));
      expect({ day: isoDate(d), bill }).toEqual({ day: isoDate(d), bill: d >= dayFromIso('2020-02-01') ? 1680 : 1770 });
    }
  });

  test('RENTSCHEDULE months: Weihai 两免两减半 relieves 2020-01…04 only; 两免四减半 2020-01…06', () => {
    const months = (args: (string | number)[]) =>
      (calc('RENTSCHEDULE', ...args) as (string | number)[][]).slice(1).filter((r) => (r[3] as number) > 0).map((r) => r[0]);
    expect(months([1000, 'weihai', 'soe', '工业'])).toEqual(['2020-01', '2020-02', '2020-03', '2020-04']);
    expect(months([1000, 'weihai', 'city-soe', '餐饮'])).toEqual(['2020-01', '2020-02', '2020-03', '2020-04', '2020-05', '2020-06']);
  });
});

describe('no gaps between consecutive rate-table entries', () => {
  test.each(STEAM_GRADES.map((g) => [g.pressure, g] as const))('steam %s MPa: old price ends the day before the new one starts', (_p, g) => {
    const [old, cur] = g.prices;
    expect(old.to! + 1).toBe(cur.from);
  });
});
