import { canonicalId, policiesFor, policyById } from '../../src/catalogue/catalogue';
import { policyRecords } from '../../src/catalogue/records';
import { calc, calcError, hfValue } from '../helpers';

const POLICY_RECORDS = policyRecords();

type Table = (number | string)[][];

describe('policyById', () => {
  test.each(['000#1', '000-1', ' 000#01 ', '0#1', '000＃1', '000 1', '000_1'])('%j is 000#1', (id) => {
    expect(policyById(id)?.id).toBe('000#1');
  });
  test.each(['', '000', '000#68', '005#1', 'abc', '1#2#3'])('%j is no policy', (id) => {
    expect(policyById(id)).toBeUndefined();
  });
  test('canonical form pads the seed and drops leading zeros of the item', () => {
    expect(canonicalId('3-010')).toBe('003#10');
  });
});

describe('policiesFor', () => {
  const ids = (region: Parameters<typeof policiesFor>[0]) => policiesFor(region).map((r) => r.id);

  test('weihai: all of 000 plus 003', () => {
    const w = ids('weihai');
    expect(w).toHaveLength(67 + 10);
    expect(w.filter((id) => id.startsWith('000'))).toHaveLength(67);
  });

  test('liaocheng, qingdao, jining: own seed + 003 + national/Shandong items of 000', () => {
    for (const [region, seed, n] of [
      ['liaocheng', '001', 16],
      ['qingdao', '002', 18],
      ['jining', '004', 20],
    ] as const) {
      const list = policiesFor(region);
      expect(list.filter((r) => r.seed === seed)).toHaveLength(n);
      expect(list.filter((r) => r.seed === '003')).toHaveLength(10);
      for (const r of list.filter((x) => x.seed === '000')) {
        expect(r.jurisdiction.every((j) => j === 'national' || j === 'shandong')).toBe(true);
      }
      expect(list.every((r) => ['000', '003', seed].includes(r.seed))).toBe(true);
    }
    expect(ids('liaocheng')).toContain('000#1');
    expect(ids('liaocheng')).not.toContain('000#49');
    expect(ids('liaocheng')).not.toContain('000#67');
  });

  test('shandong: 003 + national/Shandong items of 000 only', () => {
    const list = policiesFor('shandong');
    expect(new Set(list.map((r) => r.seed))).toEqual(new Set(['000', '003']));
    const national = POLICY_RECORDS.filter(
      (r) => r.seed === '000' && r.jurisdiction.every((j) => j === 'national' || j === 'shandong'),
    );
    expect(list).toHaveLength(national.length + 10);
  });
});

describe('POLICY', () => {
  test('the title (default) is the keyword', () => {
    expect(calc('POLICY', '000#49')).toBe('减免中小企业房租');
    expect(calc('POLICY', '000#49', 'title')).toBe('减免中小企业房租');
    expect(calc('POLICY', '000#49', 'keyword')).toBe('减免中小企业房租');
    expect(calc('POLICY', '000-49', '标题')).toBe('减免中小企业房租');
  });

  test('documents, in English or Chinese field names', () => {
    expect(calc('POLICY', '000#49', 'document')).toContain('鲁政办发〔2020〕4号');
    expect(calc('POLICY', '000#49', 'documents')).toContain('威政办发〔2020〕3号');
    expect(calc('POLICY', '000#49', '文号')).toBe(calc('POLICY', '000#49', 'document'));
  });

  test('window', () => {
    expect(calc('POLICY', '001#1', 'window')).toBe('2020-02-07 至 2020-06-30');
    expect(calc('POLICY', '001#1', '有效期')).toBe('2020-02-07 至 2020-06-30');
    expect(calc('POLICY', '002#1', 'window')).toBe('至 2020-06-30');
    expect(calc('POLICY', '000#67', 'window')).toBe('2020-02-01 起');
    expect(calc('POLICY', '000#2', 'window')).toBe('');
  });

  test('text, departments, phones, category, jurisdiction, functions', () => {
    expect(calc('POLICY', '003#2', 'text')).toContain('0.08%');
    expect(calc('POLICY', '003#2', '原文')).toBe(calc('POLICY', '003#2', 'text'));
    expect(calc('POLICY', '000#67', 'department')).toContain('威海市发展和改革委员会（5231697）');
    expect(calc('POLICY', '000#67', '咨询部门')).toBe(calc('POLICY', '000#67', 'departments'));
    expect(calc('POLICY', '000#67', 'phone')).toBe('5231697；5226391；5202736');
    expect(calc('POLICY', '000#67', '电话')).toBe(calc('POLICY', '000#67', 'phones'));
    expect(calc('POLICY', '000#49', 'category')).toBe('成本降低');
    expect(calc('POLICY', '000#49', '类别')).toBe('成本降低');
    expect(calc('POLICY', '000#24', 'jurisdiction')).toBe('national, shandong, weihai');
    expect(calc('POLICY', '000#24', '地区')).toBe('national, shandong, weihai');
    expect(calc('POLICY', '000#49', 'functions')).toBe('RENTRELIEF, RENTSCHEDULE');
    expect(calc('POLICY', '000#49', '函数')).toBe('RENTRELIEF, RENTSCHEDULE');
  });

  test('an unknown id is #VALUE! naming `id` and the accepted form', () => {
    for (const bad of ['000#68', 'x', 49]) {
      const e = calcError('POLICY', bad);
      expect(e.code).toBe('#VALUE!');
      expect(e.arg).toBe('id');
      expect(e.message).toContain('id');
      expect(e.message).toContain('000#1…000#67');
    }
  });

  test('an unknown field is #VALUE! naming `field` and listing the fields', () => {
    const e = calcError('POLICY', '000#49', 'colour');
    expect(e.code).toBe('#VALUE!');
    expect(e.arg).toBe('field');
    expect(e.message).toContain('field');
    for (const f of ['title', 'text', 'documents', 'window', '有效期']) expect(e.message).toContain(f);
  });
});

describe('POLICIES', () => {
  test('all 131 policies plus a header row, 7 columns', () => {
    const t = calc('POLICIES') as Table;
    expect(t).toHaveLength(132);
    expect(t[0]).toEqual(['id', '地区 jurisdiction', '类别 category', '关键词 keyword', '文号 documents', '有效期 window', '函数 functions']);
    expect(t.every((row) => row.length === 7)).toBe(true);
    expect(t.slice(1).map((row) => row[0])).toEqual(POLICY_RECORDS.map((r) => r.id));
    const row49 = t.find((row) => row[0] === '000#49')!;
    expect(row49).toEqual([
      '000#49',
      'shandong, weihai',
      '成本降低',
      '减免中小企业房租',
      '鲁政办发〔2020〕4号；威政办发〔2020〕2号；威政办发〔2020〕3号',
      '2020-01-01 至 2020-06-30',
      'RENTRELIEF, RENTSCHEDULE',
    ]);
  });

  test('liaocheng: 001#5 and national 000#1, but not Weihai’s 000#49', () => {
    const first = (calc('POLICIES', 'liaocheng') as Table).map((row) => row[0]);
    expect(first).toContain('001#5');
    expect(first).toContain('000#1');
    expect(first).toContain('003#1');
    expect(first).not.toContain('000#49');
    expect(first).not.toContain('002#7');
    expect(calc('POLICIES', '聊城市')).toEqual(calc('POLICIES', 'liaocheng'));
  });

  test('an unknown region is #VALUE! naming `region`', () => {
    const e = calcError('POLICIES', 'beijing');
    expect(e.code).toBe('#VALUE!');
    expect(e.arg).toBe('region');
  });
});

describe('through HyperFormula', () => {
  test('=SUBSIDY.POLICY("000#49")', () => {
    expect(hfValue('=SUBSIDY.POLICY("000#49")')).toBe('减免中小企业房租');
    expect(hfValue('=SUBSIDY.POLICY("000#49","document")')).toContain('鲁政办发〔2020〕4号');
  });

  test('=SUBSIDY.POLICIES("qingdao") spills a table whose first column holds 002#7', () => {
    const t = hfValue('=SUBSIDY.POLICIES("qingdao")') as Table;
    const first = t.map((row) => row[0]);
    expect(first[0]).toBe('id');
    expect(first).toContain('002#7');
    expect(first).not.toContain('001#5');
    expect(t).toHaveLength(policiesFor('qingdao').length + 1);
  });

  test('=SUBSIDY.POLICIES() spills all 132 rows; a region from a cell reference works too', () => {
    expect(hfValue('=SUBSIDY.POLICIES()') as Table).toHaveLength(132);
    expect((hfValue('=SUBSIDY.POLICIES(IF(TRUE,"jining"))') as Table).map((r) => r[0])).toContain('004#3');
  });

  test('an unknown id is a #VALUE! cell', () => {
    expect(() => hfValue('=SUBSIDY.POLICY("999#1")')).toThrow(/#VALUE!.*id/);
  });
});
