import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { policyById, type PolicyRecord } from '../../src/catalogue/catalogue';
import { policyRecords } from '../../src/catalogue/records';

const POLICY_RECORDS = policyRecords();
import { CATEGORIES } from '../../src/catalogue/categories';
import { FUNCTIONS, lookupFunction } from '../../src/registry/registry';

/*
 * Checks the generated catalogue against the seed files directly, with counting rules
 * written independently of scripts/build-catalogue.ts.
 */

const ROOT = join(__dirname, '../..');
const SEED_DIR = join(ROOT, 'seeds');

function seedFile(seed: string): string {
  const f = readdirSync(SEED_DIR).find((n) => n.startsWith(`${seed}_`) && n.endsWith('.txt'));
  if (!f) throw new Error(`no seed ${seed}`);
  return readFileSync(join(SEED_DIR, f), 'utf8');
}

const RAW: Record<string, string> = Object.fromEntries(['000', '001', '002', '003', '004'].map((s) => [s, seedFile(s)]));

/** Layout never carries meaning: whitespace, U+FFFD and <p> tags. */
function squeeze(s: string): string {
  return s.replace(/<\/?p>/g, '').replace(/[\s\uFFFD]/g, '');
}

const CN = '一二三四五六七八九十';

/** Item numbers as printed at the start of lines, by simple per-seed patterns. */
function printedNumbers(seed: string): number[] {
  const raw = RAW[seed].replace(/\uFFFD/g, '');
  switch (seed) {
    case '000': {
      // Table rows "<category?>\t<n>\t…" before the list of online platforms.
      const body = raw.slice(0, raw.indexOf('“零见面”网上服务企业平台'));
      return [...body.matchAll(/^[^\t\n]*\t(\d+)\t/gm)].map((m) => Number(m[1]));
    }
    case '003':
      return [...raw.matchAll(new RegExp(`^([${CN}])、`, 'gm'))].map((m) => CN.indexOf(m[1]) + 1);
    default:
      // "1." at the start of a line, after 002's paragraph indent.
      return [...raw.matchAll(/^[ \u3000]*(\d+)\.(?!\d)/gm)].map((m) => Number(m[1]));
  }
}

const EXPECTED: Record<string, number> = { '000': 67, '001': 16, '002': 18, '003': 10, '004': 20 };
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('catalogue completeness against the seed files', () => {
  test.each(Object.entries(EXPECTED))('seed %s prints items 1…%i, each once', (seed, n) => {
    expect([...printedNumbers(seed)].sort((a, b) => a - b)).toEqual(range(n));
  });

  test.each(Object.entries(EXPECTED))('seed %s: the catalogue holds exactly its %i items', (seed, n) => {
    const ids = POLICY_RECORDS.filter((r) => r.seed === seed).map((r) => r.id);
    expect(ids.sort()).toEqual(range(n).map((i) => `${seed}#${i}`).sort());
  });

  test('131 records, no other seeds, ids unique and consistent with seed/item', () => {
    expect(POLICY_RECORDS).toHaveLength(131);
    expect(new Set(POLICY_RECORDS.map((r) => r.id)).size).toBe(131);
    for (const r of POLICY_RECORDS) {
      expect(Object.keys(EXPECTED)).toContain(r.seed);
      expect(r.id).toBe(`${r.seed}#${r.item}`);
    }
  });

  test('the 23 online platforms after seed 000’s items are not in the catalogue', () => {
    const platforms = RAW['000'].slice(RAW['000'].indexOf('“零见面”网上服务企业平台'));
    const names = [...platforms.matchAll(/^[^\t\n]*\t\d+\t([^\t]+)\t/gm)].map((m) => m[1]);
    expect(names).toHaveLength(23);
    for (const name of names) expect(POLICY_RECORDS.some((r) => r.keyword === name || r.text.includes(name))).toBe(false);
  });

  test.each(POLICY_RECORDS.map((r) => [r.id, r] as [string, PolicyRecord]))(
    '%s: required fields are filled, its category is one of the six',
    (_id, r) => {
      expect(r.keyword.trim()).not.toBe('');
      expect(r.title.trim()).not.toBe('');
      expect(r.text.trim()).not.toBe('');
      expect(r.documents.length).toBeGreaterThan(0);
      for (const d of r.documents) expect(d.trim()).not.toBe('');
      expect(CATEGORIES).toContain(r.category);
      expect(r.jurisdiction.length).toBeGreaterThan(0);
      for (const w of [r.window?.from, r.window?.to]) if (w !== undefined) expect(w).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (r.window?.from && r.window?.to) expect(r.window.from <= r.window.to).toBe(true);
    },
  );

  test.each(POLICY_RECORDS.map((r) => [r.id, r] as [string, PolicyRecord]))(
    '%s: text and keyword stand verbatim in the seed, free of layout debris',
    (_id, r) => {
      const seed = squeeze(RAW[r.seed]);
      expect(seed).toContain(squeeze(r.text));
      expect(seed).toContain(squeeze(r.keyword));
      expect(r.text).not.toMatch(/[\n\r\t\uFFFD]|<\/?p>|\s{2}/);
      expect(r.text).toBe(r.text.trim());
    },
  );

  test('department names and phones stand in the seed', () => {
    for (const r of POLICY_RECORDS) {
      const seed = squeeze(RAW[r.seed]);
      for (const d of r.departments) {
        expect({ id: r.id, name: seed.includes(squeeze(d.name).split('：').pop()!) }).toEqual({ id: r.id, name: true });
        for (const p of d.phone?.split('、') ?? []) expect({ id: r.id, p, ok: seed.includes(p) }).toEqual({ id: r.id, p, ok: true });
      }
    }
  });
});

describe('catalogue ↔ function registry', () => {
  const EXEMPT = ['POLICY', 'POLICIES', 'EXPLAIN', 'ENTSIZE'];

  test('every function a record names exists in the registry', () => {
    const missing = [...new Set(POLICY_RECORDS.flatMap((r) => r.functions))].filter((n) => !lookupFunction(n));
    expect(missing).toEqual([]);
  });

  test('every registry function but POLICY/POLICIES/EXPLAIN/ENTSIZE is named by at least one record', () => {
    const named = new Set(POLICY_RECORDS.flatMap((r) => r.functions));
    const unnamed = FUNCTIONS.map((f) => f.name).filter((n) => !EXEMPT.includes(n) && !named.has(n));
    expect(unnamed).toEqual([]);
  });

  test('the records naming a function are exactly the seed clauses the function itself cites', () => {
    for (const f of FUNCTIONS.filter((fn) => !EXEMPT.includes(fn.name))) {
      const cited = f.sources.filter((s) => /^\d{3}#\d+$/.test(s)).sort();
      const naming = POLICY_RECORDS.filter((r) => r.functions.includes(f.name)).map((r) => r.id).sort();
      expect({ fn: f.name, ids: naming }).toEqual({ fn: f.name, ids: cited });
    }
  });
});

describe('spot checks by hand', () => {
  const get = (id: string) => {
    const r = policyById(id);
    if (!r) throw new Error(`no ${id}`);
    return r;
  };

  test('000#49: keyword 减免中小企业房租, documents include 鲁政办发〔2020〕4号, Weihai and Shandong', () => {
    const r = get('000#49');
    expect(r.keyword).toBe('减免中小企业房租');
    expect(r.documents.some((d) => d.includes('鲁政办发〔2020〕4号'))).toBe(true);
    expect(r.documents).toHaveLength(3);
    expect(r.jurisdiction).toEqual(['shandong', 'weihai']);
    expect(r.category).toBe('成本降低');
    expect(r.functions).toEqual(['RENTRELIEF', 'RENTSCHEDULE']);
  });

  test('000#67: 威海市发展和改革委员会 with phone 5231697', () => {
    expect(get('000#67').departments).toContainEqual({ name: '威海市发展和改革委员会', phone: '5231697' });
  });

  test('000#1 is national (人社部发〔2020〕11号) and computed by SOCINSWAIVE', () => {
    const r = get('000#1');
    expect(r.jurisdiction).toEqual(['national']);
    expect(r.documents).toEqual(['人力资源社会保障部、财政部、税务总局关于阶段性减免企业社会保险费的通知（人社部发〔2020〕11号）']);
    expect(r.functions).toEqual(['SOCINSWAIVE']);
    expect(r.category).toBe('社保减免');
  });

  test('000#24 cites four documents of three levels', () => {
    expect(get('000#24').jurisdiction).toEqual(['national', 'shandong', 'weihai']);
    expect(get('000#24').documents).toHaveLength(4);
  });

  test('000#6 splits "2月18日国务院常务会议" from 鲁政发〔2020〕5号; 000#67 keeps its two joint issuers in one name', () => {
    expect(get('000#6').documents).toEqual([
      '2月18日国务院常务会议',
      '山东省人民政府印发关于积极应对新冠肺炎疫情做好稳就业工作的若干措施的通知（鲁政发〔2020〕5号）',
    ]);
    expect(get('000#67').documents).toHaveLength(1);
  });

  test('000#11 lists three departments from <p> cells', () => {
    expect(get('000#11').departments).toEqual([
      { name: '威海市财政局', phone: '5261779' },
      { name: '威海海关', phone: '3807322' },
      { name: '威海市税务局', phone: '12366' },
    ]);
  });

  test('001#5 is computed by RENTRELIEF; 001#11 by RISKCOMP; 001 items are in force 2020-02-07…2020-06-30', () => {
    expect(get('001#5').functions).toContain('RENTRELIEF');
    expect(get('001#11').functions).toEqual(['RISKCOMP']);
    expect(get('001#1').window).toEqual({ from: '2020-02-07', to: '2020-06-30' });
    expect(get('001#1').keyword).toBe('实施援企稳岗政策');
    expect(get('001#1').departments).toEqual([{ name: '市人力资源社会保障局' }, { name: '市财政局' }]);
  });

  test('001#15 keeps 各县（市、区）人民政府 whole; 002#16 keeps 各区、市政府 whole', () => {
    expect(get('001#15').departments.map((d) => d.name)).toContain('各县（市、区）人民政府');
    expect(get('002#16').departments.map((d) => d.name)).toEqual(['市民营经济局', '市国资委', '市财政局', '各区、市政府']);
  });

  test('002: text is rejoined across its hard line breaks; window ends 2020-06-30 (the notice prints no date)', () => {
    const r = get('002#1');
    expect(r.text).toContain('失业保险费的50%。对面临暂时性生产经营困难');
    expect(r.window).toEqual({ to: '2020-06-30' });
    expect(get('002#7').functions).toEqual(['RENTRELIEF', 'RENTSCHEDULE']);
  });

  test('003#2 mentions 0.08%; 003#1 contacts carry phones; 003 is Shandong’s 鲁工信发〔2020〕1号', () => {
    expect(get('003#2').text).toContain('0.08%');
    expect(get('003#1').departments).toEqual([
      { name: '省工信厅：崔大峰', phone: '0531-86198628' },
      { name: '省财金集团：许晨阳', phone: '0531-82789702' },
    ]);
    expect(get('003#10').jurisdiction).toEqual(['shandong']);
    expect(get('003#10').documents[0]).toContain('鲁工信发〔2020〕1号');
  });

  test('004#3 mentions 120元 and is computed by HIRESUBSIDY and REFERRALSUBSIDY', () => {
    expect(get('004#3').text).toContain('120元');
    expect(get('004#3').functions).toEqual(['HIRESUBSIDY', 'REFERRALSUBSIDY']);
    expect(get('004#3').jurisdiction).toEqual(['jining']);
  });

  test('items with no amount get no functions', () => {
    expect(get('000#2').functions).toEqual(['LATEFEEWAIVED']);
    expect(get('000#9').functions).toEqual([]);
    expect(get('002#2').functions).toEqual([]);
  });
});
