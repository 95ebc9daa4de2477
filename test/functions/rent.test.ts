import { calc, calcError, explain, hfValue } from '../helpers';

// 000#49 Weihai: SOE landlord 两免两减半 from 2020-01; city SOE + hard-hit trades 两免四减半.
// 001#5 Liaocheng: SOE or fiscally supported park landlord, 3 months free (placed 2020-02…04, an assumption).
describe('RENTRELIEF', () => {
  test('Weihai SOE landlord, industrial tenant: 2 × 10,000 free + 2 × 5,000 half = 30,000', () => {
    expect(calc('RENTRELIEF', 10000, 'weihai', 'soe', '工业')).toBe(30000);
  });

  test('Weihai city SOE, catering tenant: 2 × 10,000 + 4 × 5,000 = 40,000 (两免四减半)', () => {
    expect(calc('RENTRELIEF', 10000, 'weihai', 'city-soe', '餐饮')).toBe(40000);
    expect(calc('RENTRELIEF', 10000, '威海市', '市属国有企业', 'tourism')).toBe(40000);
    expect(calc('RENTRELIEF', 10000, 'weihai', 'city-soe', '仓储业')).toBe(40000);
  });

  test('两免四减半 needs both a city SOE and a hard-hit trade', () => {
    expect(calc('RENTRELIEF', 10000, 'weihai', 'city-soe', '工业')).toBe(30000);
    expect(calc('RENTRELIEF', 10000, 'weihai', 'soe', '餐饮')).toBe(30000);
  });

  test('Weihai private or park landlord: relief only encouraged → 0', () => {
    expect(calc('RENTRELIEF', 10000, 'weihai', 'private', '工业')).toBe(0);
    expect(calc('RENTRELIEF', 10000, 'weihai', 'park', '工业')).toBe(0);
  });

  test('Liaocheng SOE or park landlord: 3 × 8,000 = 24,000; private landlord → 0', () => {
    expect(calc('RENTRELIEF', 8000, 'liaocheng', 'soe', 'retail')).toBe(24000);
    expect(calc('RENTRELIEF', 8000, 'liaocheng', 'park', 'retail')).toBe(24000);
    expect(calc('RENTRELIEF', 8000, 'liaocheng', 'city-soe', 'retail')).toBe(24000);
    expect(calc('RENTRELIEF', 8000, 'liaocheng', 'private', 'retail')).toBe(0);
  });

  test('a large tenant gets 0; micro and ENTSIZE labels count as SMEs', () => {
    expect(calc('RENTRELIEF', 10000, 'weihai', 'soe', '工业', 'large')).toBe(0);
    expect(calc('RENTRELIEF', 10000, 'weihai', 'soe', '工业', '微型')).toBe(30000);
  });

  test('each month is rounded to the cent: 1,000.01 × 2 + 500.005→500.01 × 2 = 3,000.04', () => {
    expect(calc('RENTRELIEF', 1000.01, 'weihai', 'soe', '工业')).toBe(3000.04);
  });

  test('Qingdao, Jining and the province set no amount → #N/A naming region', () => {
    for (const r of ['qingdao', 'jining', 'shandong']) {
      const e = calcError('RENTRELIEF', 10000, r, 'soe', '工业');
      expect(e).toMatchObject({ code: '#N/A', arg: 'region' });
    }
    expect(calcError('RENTRELIEF', 10000, '青岛', 'soe', '工业').message).toContain('002#7');
  });

  test('bad inputs name the argument', () => {
    expect(calcError('RENTRELIEF', -1, 'weihai', 'soe', '工业')).toMatchObject({ code: '#NUM!', arg: 'monthlyRent' });
    expect(calcError('RENTRELIEF', 10000, 'beijing', 'soe', '工业')).toMatchObject({ code: '#VALUE!', arg: 'region' });
    expect(calcError('RENTRELIEF', 10000, 'weihai', 'bank', '工业')).toMatchObject({ code: '#VALUE!', arg: 'landlord' });
    expect(calcError('RENTRELIEF', 10000, 'weihai', 'soe', 'mining-ish')).toMatchObject({ code: '#VALUE!', arg: 'industry' });
    expect(calcError('RENTRELIEF', 10000, 'weihai', 'soe', '工业', 'giant')).toMatchObject({ code: '#VALUE!', arg: 'size' });
  });

  test('the explanation names the schedule and cites 000#49', () => {
    const { steps } = explain('RENTRELIEF', 10000, 'weihai', 'soe', '工业');
    expect(steps.some((s) => s.citation.startsWith('000#49') && String(s.value).includes('两免两减半'))).toBe(true);
    expect(steps.filter((s) => /^2020-0\d relief$/.test(s.step.en)).map((s) => s.value)).toEqual([10000, 10000, 5000, 5000]);
  });

  test('the Liaocheng explanation shows the assumption behind the months', () => {
    const { steps } = explain('RENTRELIEF', 8000, 'liaocheng', 'soe', 'retail');
    expect(steps.some((s) => s.citation.startsWith('001#5'))).toBe(true);
  });

  test('through HyperFormula: =SUBSIDY.RENTRELIEF(10000,"weihai","soe","工业") = 30,000', () => {
    expect(hfValue('=SUBSIDY.RENTRELIEF(10000,"weihai","soe","工业")')).toBe(30000);
  });
});

describe('RENTSCHEDULE', () => {
  const table = calc('RENTSCHEDULE', 10000, 'weihai', 'city-soe', '餐饮') as (string | number)[][];

  test('a header and six months, five columns', () => {
    expect(table).toHaveLength(7);
    expect(table.every((r) => r.length === 5)).toBe(true);
    expect(table[0][0]).toContain('月份');
    expect(table.slice(1).map((r) => r[0])).toEqual(['2020-01', '2020-02', '2020-03', '2020-04', '2020-05', '2020-06']);
  });

  test('March under 两免四减半: rent 10,000, share 0.5, relief 5,000, payable 5,000', () => {
    expect(table[3]).toEqual(['2020-03', 10000, 0.5, 5000, 5000]);
  });

  test('the relief column sums to RENTRELIEF (40,000)', () => {
    const sum = table.slice(1).reduce((s, r) => s + (r[3] as number), 0);
    expect(sum).toBe(40000);
  });

  test('Weihai 两免两减半: May and June carry no relief', () => {
    const t = calc('RENTSCHEDULE', 10000, 'weihai', 'soe', '工业') as (string | number)[][];
    expect(t[5]).toEqual(['2020-05', 10000, 0, 0, 10000]);
  });

  test('through HyperFormula it spills the same 7 × 5 table', () => {
    const v = hfValue('=SUBSIDY.RENTSCHEDULE(10000,"weihai","city-soe","餐饮")') as unknown[][];
    expect(v).toEqual(table);
  });
});
