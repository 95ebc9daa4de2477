import ExcelJS from 'exceljs';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { sampleClaim } from '../../src/audit/cli';
import { SOCINS, TOTALS, writeExcelShapes } from '../fixtures/claims';
import { cli, sha256, tempDir } from './helpers';

const tmp = tempDir();
const clean = join(tmp.dir, 'clean.xlsx');
const cent = join(tmp.dir, 'cent.xlsx');
const unknown = join(tmp.dir, 'unknown.xlsx');
const text = join(tmp.dir, 'text.xlsx');
const inputs = [clean, cent, unknown, text];
const hashes = new Map<string, string>();

beforeAll(async () => {
  await writeExcelShapes(clean);
  await writeExcelShapes(cent, { [`${SOCINS}!E5`]: 875.11 });
  await writeExcelShapes(unknown, {}, { [`${TOTALS}!B1`]: { formula: '_xldudf_SUBSIDY_NOSUCH(1)', cached: 1 } });
  writeFileSync(text, 'name,amount\n张三,100\n');
  for (const f of inputs) hashes.set(f, sha256(f));
});
afterEach(() => {
  for (const f of inputs) expect(sha256(f)).toBe(hashes.get(f));
});
afterAll(() => tmp.remove());

describe('subsidy audit', () => {
  test('a clean claim exits 0 with its summary', async () => {
    const r = await cli('audit', clean);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('formula cells 29, values checked 63, SUBSIDY cells 17, mismatches 0, unknown functions 0');
  });

  test('one cent off: exit 1, the cell, both values and the steps are printed', async () => {
    const r = await cli('audit', cent);
    expect(r.code).toBe(1);
    expect(r.out).toContain("✗ '社保 明细'!E5  =SUBSIDY.SOCINSWAIVE(A5,B5,C5,D5)");
    expect(r.out).toMatch(/cached\s+875\.11\n/);
    expect(r.out).toMatch(/recomputed\s+875\.1\n/);
    expect(r.out).toContain('steps:');
    expect(r.out).toContain('输入 base');
    expect(r.out).toContain('mismatches 1');
  });

  test('an unknown SUBSIDY function: exit 1, named with its cells', async () => {
    const r = await cli('audit', unknown);
    expect(r.code).toBe(1);
    expect(r.out).toContain('unknown function SUBSIDY.NOSUCH: 汇总!B1');
  });

  test('not an xlsx: exit 2 with one line on stderr', async () => {
    const r = await cli('audit', text);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.endsWith('\n')).toBe(true);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).toContain('not an .xlsx workbook');
  });

  test('one unreadable file among others: the others are audited, exit 2', async () => {
    const r = await cli('audit', clean, text, cent);
    expect(r.code).toBe(2);
    expect(r.out).toContain(clean);
    expect(r.out).toContain(cent);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  });

  test('--report onto an input file is refused and the input is untouched', async () => {
    for (const target of [cent, join(tmp.dir, '.', '..', tmp.dir.split('/').pop()!, 'cent.xlsx')]) {
      const r = await cli('audit', clean, cent, '--report', target);
      expect(r.code).toBe(2);
      expect(r.err).toContain('refusing to write the report over an input file');
      expect(r.out).toBe('');
    }
    expect(sha256(cent)).toBe(hashes.get(cent));
  });

  test('--report with another extension is a usage error', async () => {
    const r = await cli('audit', clean, '--report', join(tmp.dir, 'out.csv'));
    expect(r.code).toBe(2);
    expect(existsSync(join(tmp.dir, 'out.csv'))).toBe(false);
  });

  test('--report out.json: the AuditResult array', async () => {
    const out = join(tmp.dir, 'report.json');
    const r = await cli('audit', clean, cent, unknown, '--report', out);
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(Array.isArray(report)).toBe(true);
    expect(report).toHaveLength(3);
    for (const entry of report) {
      expect(Object.keys(entry).sort()).toEqual(['file', 'mismatches', 'sheets', 'summary', 'unknownFunctions', 'warnings']);
      expect(Object.keys(entry.summary).sort()).toEqual(['checked', 'errors', 'formulaCells', 'mismatches', 'subsidyCells', 'unknownFunctions']);
      for (const s of entry.sheets) expect(Object.keys(s).sort()).toEqual(['formulaCells', 'mismatches', 'name', 'subsidyCells']);
    }
    expect(report.map((e: { file: string }) => e.file)).toEqual([clean, cent, unknown]);
    const [m] = report[1].mismatches;
    expect(Object.keys(m).sort()).toEqual(['cached', 'cell', 'formula', 'recomputed', 'sheet', 'steps']);
    expect(m).toMatchObject({ sheet: SOCINS, cell: 'E5', cached: 875.11, recomputed: 875.1 });
    for (const s of m.steps) {
      expect(Object.keys(s).sort()).toEqual(['citation', 'rule', 'step', 'value']);
      expect(Object.keys(s.step).sort()).toEqual(['en', 'zh']);
    }
    expect(report[2].unknownFunctions).toEqual([{ name: 'SUBSIDY.NOSUCH', cells: ['汇总!B1'] }]);
  });

  test('--report out.xlsx: a new workbook with a summary and the mismatches', async () => {
    const out = join(tmp.dir, 'report.xlsx');
    const r = await cli('audit', clean, cent, '--report', out);
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总 Summary', '差异 Mismatches', '步骤 Steps', '未知函数 Unknown']);
    const summary = wb.getWorksheet('汇总 Summary')!;
    expect(summary.getRow(2).getCell(1).value).toBe(clean);
    expect(summary.getRow(3).getCell(5).value).toBe(1);
    const mm = wb.getWorksheet('差异 Mismatches')!;
    expect([2, 3, 5, 6].map((c) => mm.getRow(2).getCell(c).value)).toEqual([SOCINS, 'E5', 875.11, 875.1]);
    expect(wb.getWorksheet('步骤 Steps')!.rowCount).toBeGreaterThan(3);
  });

  test('no FILE: the bundled sample claim', async () => {
    const sample = sampleClaim();
    const r = await cli('audit');
    if (sample) {
      expect(r.out).toContain(sample);
      expect(r.code).toBe(0);
    } else {
      expect(r.code).toBe(2);
      expect(r.err).toContain('no bundled sample claim');
    }
  });
});
