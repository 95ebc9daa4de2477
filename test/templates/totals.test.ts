import { recalc } from '../../src/templates/recalc';
import { templateLayout, type TemplateId } from '../../src/templates/specs';

/**
 * Every template, filled with its own sample rows and recomputed headlessly, against totals
 * worked out by hand from the seeds. The arithmetic is in each test's name.
 */
function totals(id: TemplateId): Record<string, unknown> {
  const layout = templateLayout(id);
  const calc = recalc(layout);
  expect(calc.errors).toEqual([]);
  return Object.fromEntries(layout.totals.map((t) => [t.label, calc.ref(t.ref)]));
}

describe('sample totals, worked out by hand', () => {
  test(
    'socins: 工业, 80 staff, revenue 15,000,000 → 小型 (300号: 工业 20–299 staff, 3,000,000–19,999,999 revenue); ' +
      'bases 8,000 + 6,000 = 14,000; rate 16% + 0.7% + injury 0.5% = 17.2% (000#1, 000#10); ' +
      'SOCINSWAIVE Feb–Jun 5 × 14,000 × 17.2% = 12,040; MEDINSCUT Mar–Dec 10 × 14,000 × 1% = 1,400 (000#4); total 13,440',
    () => {
      const layout = templateLayout('socins');
      const calc = recalc(layout);
      expect(calc.get('社保减免', 'B9')).toBe('小型');
      // one month of the waiver for one employee: 8,000 × 17.2% = 1,376
      expect(calc.get('社保减免', 'C16')).toBe(1376);
      expect(totals('socins')).toEqual({ 三项社保单位缴费免征: 12040, 医保单位缴费减征: 1400, 社保减负合计: 13440 });
    },
  );

  test(
    'rent: 威海 市属国企 餐饮 10,000 × (2 free + 4 half) = 40,000 (000#49 两免四减半); ' +
      '聊城 创业园区 6,000 × 3 free = 18,000 (001#5); 威海 国企 工业 8,000 × (2 + 2 × ½) = 24,000 (000#49 两免两减半); total 82,000',
    () => {
      expect(totals('rent')).toEqual({ 房租减免: 82000 });
    },
  );

  test('rent: the first lease spills 7 × 5, Jan–Feb free, Mar–Jun half, relief column summing to 40,000', () => {
    const calc = recalc(templateLayout('rent'));
    expect(calc.spills).toHaveLength(1);
    const [spill] = calc.spills;
    expect(spill.range).toBe('A12:E18');
    expect(spill.values.map((r) => r[0])).toEqual(['月份 month', '2020-01', '2020-02', '2020-03', '2020-04', '2020-05', '2020-06']);
    expect(spill.values.slice(1).map((r) => r[2])).toEqual([1, 1, 0.5, 0.5, 0.5, 0.5]);
    expect(spill.values.slice(1).reduce((s, r) => s + (r[3] as number), 0)).toBe(40000);
  });

  test(
    'steam (000#67): 0.7 MPa, 300 t, 01-15…02-14 = 30 days, 10 t/day; 17 days old 170 t × 177 = 30,090 + 13 days new 130 t × 168 = 21,840 → 51,930, saving 130 × 9 = 1,170; ' +
      '1.3 MPa, 620 t, 02-14…03-15 all new: 620 × 188.5 = 116,870, saving 620 × 9 = 5,580; bills 168,800, savings 6,750, old-price bills 175,550',
    () => {
      expect(totals('steam')).toEqual({ 调整后汽费: 168800, 按原价汽费: 175550, 热汽降价节省: 6750 });
    },
  );

  test(
    'loans: 10,000,000 × 2.5% × 50% × 180/360 = 62,500; 3,600,000 × 2.5% × 50% × 365/360 = 45,625 (2020-03-01…2021-06-30 capped at one year = 365 days, 000#24); ' +
      'imports 1,000,000 × 4.35% × 90/360 = 10,875 + 500,000 × 4.35% × 60/360 = 3,625 → 14,500 (000#22); total 122,625',
    () => {
      expect(totals('loans')).toEqual({ 重点保障企业贷款贴息: 108125, 防疫物资进口贴息: 14500, 贴息合计: 122625 });
    },
  );

  test(
    'employment: 稳岗返还 5/200 = 2.5% ≤ 5.5% → 200,000 × 50% = 100,000, and 5/25 = 20% ≤ 20% (≤ 30 insured) → 20,000 × 50% = 10,000 (000#42); ' +
      'hires 10 × 1,000 = 10,000 on 02-20, 0 on 03-12 (after the month from 02-10, 000#41); ' +
      '餐饮 tax 1,500,000 ≥ 1,000,000 → 300 × 50 × 3 = 45,000, 批发 1,500,000 < 2,000,000 → 0 (000#26); 以工代训 (20 + 5) × 600 = 15,000 (000#29); ' +
      'online 10 × (1,500 × 20% + 40 × 5) + 5 × 1,500 × 20% = 5,000 + 1,500 = 6,500 (000#28); total 186,500',
    () => {
      expect(totals('employment')).toEqual({
        稳岗返还: 110000,
        新招用职工补贴: 10000,
        服务业用工补贴: 45000,
        以工代训补贴: 15000,
        线上培训补贴: 6500,
        稳岗与用工补贴合计: 186500,
      });
    },
  );

  test(
    'utilities: power 5% × (100,000 Feb + 80,000 Mar) = 9,000, July 0 (000#64); transfer (1.2 − 0.8743) × 10,000 = 3,257, April at 0.85 below the ceiling → 0 (000#64); ' +
      'demand (1,200 − 1.05 × 1,000) × 38 = 5,700, 900 < 1,050 → 0 (000#53); water 10% × 5,000 = 500 in March, May 0 (000#59); ' +
      'gas 0.05 × (3,000 + 2,000) = 250 (000#60); total 18,707',
    () => {
      expect(totals('utilities')).toEqual({
        用电降价优惠: 9000,
        转供电差价退还: 3257,
        需量电费节省: 5700,
        用水优惠: 500,
        用气优惠: 250,
        水电气费优惠合计: 18707,
      });
    },
  );

  test('summary: 12,040 + 1,400 + 82,000 + 6,750 + 108,125 + 14,500 + 186,500 + 18,707 = 430,022 (reference figures — bills, sheet totals — left out)', () => {
    const t = totals('summary');
    expect(t['补贴与减负合计']).toBe(430022);
    expect(Object.keys(t)).toHaveLength(17);
    expect(t['热汽费调整测算表：热汽降价节省']).toBe(6750);
  });
});
