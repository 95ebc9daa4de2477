import { copyFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { auditWorkbook, AuditInputError } from '../../src/audit/audit';
import { EXPECTED, RENT, SCHEDULE, SOCINS, TOTALS, writeExcelShapes } from '../fixtures/claims';
import { writeXlsx } from '../fixtures/xlsx';
import { sha256, tempDir } from './helpers';

const tmp = tempDir();
const clean = join(tmp.dir, 'shapes.xlsx');
const hashes = new Map<string, string>();

beforeAll(async () => {
  await writeExcelShapes(clean);
  hashes.set(clean, sha256(clean));
});
afterEach(() => {
  // The audit only reads: every input is byte-for-byte what it was.
  for (const [path, hash] of hashes) expect(sha256(path)).toBe(hash);
});
afterAll(() => tmp.remove());

async function fixture(name: string, ...args: Parameters<typeof writeExcelShapes> extends [string, ...infer R] ? R : never): Promise<string> {
  const path = join(tmp.dir, name);
  await writeExcelShapes(path, ...args);
  hashes.set(path, sha256(path));
  return path;
}

describe('auditWorkbook on the shapes Excel writes', () => {
  test('a correct claim audits clean: shared formulas, _xldudf_ calls, a spill, errors, booleans, strings, "" in a literal', async () => {
    const r = await auditWorkbook(clean);
    expect(r.mismatches).toEqual([]);
    expect(r.unknownFunctions).toEqual([]);
    expect(r.summary).toEqual({
      // 社保 明细: E, F, G × 4 (shared) + H2…H10; 房租: anchor + A11 + B11; 汇总: A1…A5
      formulaCells: 12 + 9 + 3 + 5,
      // E, F × 4, H2, H5, H6, H8, H9, H10; RENTSCHEDULE, B11; 汇总!A3
      subsidyCells: 8 + 6 + 2 + 1,
      // formula cells + the 34 other cells of the 7 × 5 spill
      checked: 29 + 34,
      mismatches: 0,
      unknownFunctions: 0,
      errors: 0,
    });
    expect(r.sheets.map((s) => s.name)).toEqual([SOCINS, RENT, TOTALS, "Tom's"]);
  });

  test('every value is recomputed to the hand-computed figure (each cached value made wrong, each reported)', async () => {
    const wrong: Record<string, number | string | boolean | { error: string }> = {};
    for (const [key, v] of Object.entries(EXPECTED)) {
      wrong[key] = typeof v === 'number' ? v + 1000 : typeof v === 'string' ? `${v}?` : typeof v === 'boolean' ? !v : 0;
    }
    const path = await fixture('all-wrong.xlsx', wrong);
    const r = await auditWorkbook(path);
    const got = Object.fromEntries(r.mismatches.map((m) => [`${m.sheet}!${m.cell}`, m.recomputed]));
    expect(Object.keys(got).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [key, v] of Object.entries(EXPECTED)) {
      if (typeof v === 'object') expect(got[key]).toMatchObject(v);
      else expect(got[key]).toBe(v);
    }
  });

  test('explanations stop after maxExplained cells', async () => {
    const path = await fixture('many-wrong.xlsx', { [`${SOCINS}!E2`]: 1, [`${SOCINS}!E3`]: 1, [`${SOCINS}!E4`]: 1, [`${SOCINS}!E5`]: 1 });
    const r = await auditWorkbook(path, { maxExplained: 2 });
    const e = r.mismatches.filter((m) => m.sheet === SOCINS && m.cell.startsWith('E'));
    expect(e.map((m) => m.steps !== undefined)).toEqual([true, true, false, false]);
    expect(e[3].note).toContain('steps left out');
  });

  test('the spilled RENTSCHEDULE is compared cell by cell against the anchor’s recomputed array', async () => {
    const path = await fixture('spill.xlsx', { [`${RENT}!C6`]: 0.25, [`${RENT}!B3`]: 'rent' });
    const r = await auditWorkbook(path);
    expect(r.mismatches.map((m) => [m.cell, m.cached, m.recomputed])).toEqual([
      ['B3', 'rent', SCHEDULE[0][1]],
      ['C6', 0.25, 0.5],
    ]);
    for (const m of r.mismatches) {
      expect(m.formula).toBe('=SUBSIDY.RENTSCHEDULE(B1,"weihai","soe","工业")');
      expect(m.note).toContain('spilled from A3');
    }
  });

  test('one cent off is reported at exactly that cell, with both values and the explanation steps', async () => {
    const path = await fixture('one-cent.xlsx', { [`${SOCINS}!E5`]: 875.11 });
    const r = await auditWorkbook(path);
    expect(r.summary.mismatches).toBe(1);
    const [m] = r.mismatches;
    expect(m).toMatchObject({ sheet: SOCINS, cell: 'E5', cached: 875.11, recomputed: 875.1, formula: '=SUBSIDY.SOCINSWAIVE(A5,B5,C5,D5)' });
    const steps = m.steps!;
    expect(steps.length).toBeGreaterThan(3);
    expect(steps[0]).toMatchObject({ value: 5000.55 });
    expect(steps[0].step.en).toMatch(/^input base/);
    const last = steps[steps.length - 1];
    expect(last.value).toBe(875.1);
    expect(last.rule.en).toContain('875.09625');
  });

  test('a SUBSIDY call inside another formula is explained from its outermost SUBSIDY call, arguments evaluated in its sheet', async () => {
    const path = await fixture('nested.xlsx', { [`${SOCINS}!F3`]: 431, [`${TOTALS}!A3`]: 29999.99 });
    const r = await auditWorkbook(path);
    const f3 = r.mismatches.find((m) => m.cell === 'F3')!;
    expect(f3.recomputed).toBe(430);
    expect(f3.steps![f3.steps!.length - 1].value).toBe(860);
    const a3 = r.mismatches.find((m) => m.sheet === TOTALS)!;
    expect(a3).toMatchObject({ cell: 'A3', cached: 29999.99, recomputed: 30000 });
    expect(a3.steps![0]).toMatchObject({ value: 10000 });
  });

  test('an unknown _xldudf_SUBSIDY_ function is reported, never counted as checked', async () => {
    const path = await fixture('unknown.xlsx', {}, {
      [`${TOTALS}!B1`]: { formula: '_xldudf_SUBSIDY_NOSUCH(1,2)', cached: 3 },
      [`${TOTALS}!B2`]: { formula: 'B1*2', cached: 6 },
      [`${TOTALS}!B3`]: { formula: 'SUBSIDY.ALSONOT(1)', cached: 1 },
    });
    const r = await auditWorkbook(path);
    expect(r.unknownFunctions).toEqual([
      { name: 'SUBSIDY.NOSUCH', cells: ['汇总!B1'] },
      { name: 'SUBSIDY.ALSONOT', cells: ['汇总!B3'] },
    ]);
    expect(r.summary.unknownFunctions).toBe(2);
    // B2 reads B1's cached value: it is checked, and agrees.
    expect(r.mismatches).toEqual([]);
    expect(r.summary.checked).toBe(63 + 1);
    expect(r.summary.subsidyCells).toBe(17 + 2);
  });

  test('a cell HyperFormula cannot compute is not passed as clean', async () => {
    const path = await fixture('unsupported.xlsx', {}, { [`${TOTALS}!C1`]: { formula: '_xlfn.NOTAFUNCTION(1)', cached: 1 } });
    const r = await auditWorkbook(path);
    expect(r.summary.errors).toBe(1);
    expect(r.mismatches).toHaveLength(1);
    expect(r.mismatches[0]).toMatchObject({ cell: 'C1', cached: 1, recomputed: { error: '#NAME?' } });
  });

  test('money at scale keeps its cents (HyperFormula’s default export rounding would not)', async () => {
    // 1234567890.01 × 2 months free + round(617283945.005) = 617283945.01 × 2 months half
    const big = 3_703_703_670.04;
    const extra = {
      [`${TOTALS}!D1`]: { value: 1_234_567_890.01 },
      [`${TOTALS}!D2`]: { formula: '_xldudf_SUBSIDY_RENTRELIEF(D1,"weihai","soe","工业")', cached: big },
      [`${TOTALS}!D3`]: { formula: 'D2+0', cached: big },
      [`${TOTALS}!D4`]: { formula: 'ROUND(_xldudf_SUBSIDY_RENTRELIEF(D1,"weihai","soe","工业"),2)', cached: big + 0.01 },
    };
    const r = await auditWorkbook(await fixture('scale.xlsx', {}, extra));
    expect(r.mismatches.map((m) => [m.cell, m.cached, m.recomputed])).toEqual([['D4', big + 0.01, big]]);
  });

  test('a formula saved without a cached value differs from its computed value', async () => {
    const path = await fixture('no-cache.xlsx', { [`${SOCINS}!H6`]: null });
    const r = await auditWorkbook(path);
    expect(r.mismatches.map((m) => [m.cell, m.cached, m.recomputed])).toEqual([['H6', null, 51930]]);
  });

  test('not an xlsx: refused with a clear error', async () => {
    const text = join(tmp.dir, 'notes.xlsx');
    writeFileSync(text, 'this is not a workbook\n');
    await expect(auditWorkbook(text)).rejects.toThrow(AuditInputError);
    await expect(auditWorkbook(text)).rejects.toThrow(/not an \.xlsx workbook \(not a zip archive\)/);
    const ole = join(tmp.dir, 'old.xls');
    writeFileSync(ole, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    await expect(auditWorkbook(ole)).rejects.toThrow(/legacy \.xls or a password-protected/);
    await expect(auditWorkbook(join(tmp.dir, 'missing.xlsx'))).rejects.toThrow(/no such file/);
  });

  test('a zip that is not a workbook, and a truncated one, are refused', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    const notBook = join(tmp.dir, 'hello.xlsx');
    writeFileSync(notBook, await zip.generateAsync({ type: 'nodebuffer' }));
    await expect(auditWorkbook(notBook)).rejects.toThrow(/not an \.xlsx workbook \(no xl\/workbook\.xml\)/);
    const truncated = join(tmp.dir, 'truncated.xlsx');
    copyFileSync(clean, truncated);
    writeFileSync(truncated, (await import('fs')).readFileSync(clean).subarray(0, 400));
    await expect(auditWorkbook(truncated)).rejects.toThrow(AuditInputError);
  });

  test('a Chinese text split across stream chunks is read intact (ExcelJS’s streaming reader breaks it)', async () => {
    // Enough rows that the sheet XML spans many zip chunks; every row has 3-byte characters.
    const cells: Record<string, { value?: string | number; formula?: string; cached?: number }> = {};
    for (let r = 1; r <= 6000; r++) {
      cells[`A${r}`] = { value: `员工${r}号` };
      cells[`B${r}`] = { formula: `_xldudf_SUBSIDY_RENTRELIEF(1000,"weihai","soe","工业")`, cached: 3000 };
      cells[`C${r}`] = { formula: `IF(A${r}="员工${r}号",1,0)`, cached: 1 };
    }
    const path = join(tmp.dir, 'chunks.xlsx');
    writeFileSync(path, await writeXlsx([{ name: '明细', cells }]));
    const r = await auditWorkbook(path);
    expect(r.summary.checked).toBe(12000);
    expect(r.mismatches).toEqual([]);
  });

  test('progress is reported up to its total', async () => {
    const seen: [number, number, string][] = [];
    await auditWorkbook(clean, { onProgress: (d, t, p) => seen.push([d, t, p]) });
    const [done, total] = seen[seen.length - 1];
    expect(done).toBe(total);
    expect(new Set(seen.map((s) => s[2]))).toEqual(new Set(['read', 'recalculate', 'compare']));
  });
});
