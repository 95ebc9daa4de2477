import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { execFileSync } from 'child_process';
import { main, type Io } from '../../src/cli/main';
import { calc } from '../helpers';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t) };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('subsidy eval', () => {
  test('prints 168 for the steam price example', async () => {
    const r = await run('eval', '=SUBSIDY.STEAMPRICE(0.7,"2020-03-01")');
    expect(r).toEqual({ code: 0, out: '168\n', err: '' });
  });

  test('--json keeps the contract: one {formula, value} object per formula, in order', async () => {
    const r = await run('eval', '--json', '=SUBSIDY.STEAMPRICE(0.7,"2020-03-01")', '=SUBSIDY.RENTRELIEF(10000,"weihai","soe","工业")');
    expect(JSON.parse(r.out)).toEqual([
      { formula: '=SUBSIDY.STEAMPRICE(0.7,"2020-03-01")', value: 168 },
      { formula: '=SUBSIDY.RENTRELIEF(10000,"weihai","soe","工业")', value: 30000 },
    ]);
  });

  test('a ten-figure result keeps its cents: 12,345,678,901.23 × (16% + 0.7% + 0.99%) = 2,183,950,597.627587 → 2,183,950,597.63', async () => {
    // HyperFormula's default precisionRounding (10) printed 2183950597.6 here.
    const r = await run('eval', '--json', '=SUBSIDY.SOCINSWAIVE(12345678901.23,"micro","2020-03",0.0099)');
    expect(JSON.parse(r.out)[0].value).toBe(2183950597.63);
  });

  test('literals Excel reads and HyperFormula does not: a doubled quote in a string, exponent notation', async () => {
    const r = await run('eval', '--json', '=LEN("a""b")', '=1.5E+3*2', '=SUBSIDY.STEAMPRICE(7E-1,"2020-03-01")');
    expect(JSON.parse(r.out).map((x: { value: unknown }) => x.value)).toEqual([3, 3000, 168]);
  });

  test('--json reports an error as "#CODE message" and exits 1', async () => {
    const r = await run('eval', '--json', '=SUBSIDY.RENTRELIEF(-5,"weihai","soe","工业")');
    const [entry] = JSON.parse(r.out);
    expect(Object.keys(entry)).toEqual(['formula', 'error']);
    expect(entry.error).toMatch(/^#NUM! .*monthlyRent/);
    expect(r.code).toBe(1);
  });

  test('--file: one workbook, so DATE(), nesting and empty optional slots work; blank and # lines skipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'subsidy-'));
    const file = join(dir, 'formulas.txt');
    writeFileSync(
      file,
      [
        '# steam and social insurance',
        '=SUBSIDY.STEAMBILL(0.7,300,DATE(2020,1,15),DATE(2020,2,14))',
        '',
        '=SUBSIDY.SOCINSWAIVE(9000,SUBSIDY.ENTSIZE("工业",120,25000000),"2020-03",0.005,,)',
        'SUBSIDY.SOCINSWAIVE(9000,"large","2020-03",0.005,0.16,0.007)',
      ].join('\n'),
    );
    const r = await run('eval', '--json', '--file', file);
    expect(JSON.parse(r.out).map((x: { value: number }) => x.value)).toEqual([51930, 1548, 774]);
    expect(r.code).toBe(0);
  });

  test('a spilled result prints as tab-separated rows', async () => {
    const r = await run('eval', '=SUBSIDY.RENTSCHEDULE(10000,"weihai","soe","工业")');
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[1]).toBe('2020-01\t10000\t1\t10000\t0');
  });

  test('an unknown function is reported, not silently zero', async () => {
    const r = await run('eval', '--json', '=SUBSIDY.NOSUCH(1)');
    expect(JSON.parse(r.out)[0].error).toMatch(/^#NAME\?/);
  });

  test('no formula is a usage error (exit 2)', async () => {
    expect((await run('eval')).code).toBe(2);
  });

  test('the same value as the engine for every worked example', async () => {
    const r = await run('eval', '--json', '=SUBSIDY.LOANSUBSIDY(10000000,0.025,"2020-02-15","2021-03-15","province")');
    expect(JSON.parse(r.out)[0].value).toBe(calc('LOANSUBSIDY', 10000000, 0.025, '2020-02-15', '2021-03-15', 'province'));
  });
});

describe('the installed bin (after npm run build)', () => {
  test('bin/subsidy.js prints 168 and 51930', () => {
    const out = execFileSync(process.execPath, [
      join(__dirname, '../../bin/subsidy.js'),
      'eval',
      '=SUBSIDY.STEAMPRICE(0.7,"2020-03-01")',
      '=SUBSIDY.STEAMBILL(0.7,300,"2020-01-15","2020-02-14")',
    ]).toString();
    expect(out).toBe('168\n51930\n');
  });
});
