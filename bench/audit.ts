/**
 * `subsidy audit` on a generated claim of N payroll rows, against a plain ExcelJS read of the
 * same file (the baseline). Prints seconds, peak RSS and the ratio; asserts nothing.
 *
 * The claim is what Excel saves after the add-in computed it: inputs (base, size, month as a
 * date-formatted serial, injury rate), `_xldudf_SUBSIDY_SOCINSWAIVE(...)` per row, a
 * RENTRELIEF column filled down (one shared formula, as Excel saves a fill-down), each with
 * its correct cached value, and a totals row of SUMs.
 *
 * Each measurement runs in its own child process (peak RSS is the child's maxRSS, as
 * /usr/bin/time -v reports it); measurements are interleaved and repeated, and the median is
 * the figure.
 *
 * Run: npx ts-node --transpile-only bench/audit.ts [rows] [repeats]
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { evaluate, type FunctionSpec } from '../src/registry/define';
import { lookupFunction } from '../src/registry/registry';
import { toCellValue } from '../src/registry/results';
import { cellXml, packXlsx, SharedStrings, sheetXml } from '../test/fixtures/xlsx';
import { median, runChild } from './child';

const SIZES = ['small', 'micro', 'medium', 'large', 'sme'];
const INDUSTRIES = ['工业', '餐饮', '零售', '批发', '住宿'];
const LANDLORDS = ['soe', 'city-soe', 'private'];

function value(fn: FunctionSpec, args: (number | string)[]): number {
  return toCellValue(fn, evaluate(fn, args).value) as number;
}

/** The claim workbook's bytes. */
export async function claimWorkbook(rows: number): Promise<Buffer> {
  const socins = lookupFunction('SOCINSWAIVE')!;
  const rent = lookupFunction('RENTRELIEF')!;
  const sst = new SharedStrings();
  const last = rows + 1;
  function* lines(): Generator<string> {
    const header = ['缴费基数 base', '企业规模 size', '所属月份 month', '工伤费率 injury', '减免额 waived', '月租金 rent', '地区 region', '出租方 landlord', '行业 industry', '房租减免 relief'];
    yield `<row r="1">${header.map((h, i) => cellXml(`${String.fromCharCode(65 + i)}1`, { value: h }, sst)).join('')}</row>`;
    let totalWaived = 0;
    let totalRelief = 0;
    for (let i = 0; i < rows; i++) {
      const r = i + 2;
      const base = Math.round((3000 + (i % 997) * 17.31) * 100) / 100;
      const size = SIZES[i % SIZES.length];
      const month = 43862 + (i % 6) * 30; // 2020-02-01 … 2020-06-30, date serials
      const injury = [0.002, 0.005, 0.008, 0.012][i % 4];
      const waived = value(socins, [base, size, month, injury]);
      const monthly = Math.round((2000 + (i % 301) * 33.33) * 100) / 100;
      const landlord = LANDLORDS[i % LANDLORDS.length];
      const industry = INDUSTRIES[i % INDUSTRIES.length];
      const relief = value(rent, [monthly, 'weihai', landlord, industry]);
      totalWaived += waived;
      totalRelief += relief;
      yield `<row r="${r}">${[
        cellXml(`A${r}`, { value: base }, sst),
        cellXml(`B${r}`, { value: size }, sst),
        cellXml(`C${r}`, { value: month, style: 1 }, sst),
        cellXml(`D${r}`, { value: injury }, sst),
        cellXml(`E${r}`, { formula: `_xldudf_SUBSIDY_SOCINSWAIVE(A${r},B${r},C${r},D${r})`, cached: waived, style: 2 }, sst),
        cellXml(`F${r}`, { value: monthly }, sst),
        cellXml(`G${r}`, { value: 'weihai' }, sst),
        cellXml(`H${r}`, { value: landlord }, sst),
        cellXml(`I${r}`, { value: industry }, sst),
        i === 0
          ? cellXml(`J${r}`, { formula: `_xldudf_SUBSIDY_RENTRELIEF(F${r},G${r},H${r},I${r})`, shared: { si: 0, ref: `J2:J${last}` }, cached: relief, style: 2 }, sst)
          : cellXml(`J${r}`, { shared: { si: 0 }, cached: relief, style: 2 }, sst),
      ].join('')}</row>`;
    }
    const t = last + 1;
    yield `<row r="${t}">${[
      cellXml(`D${t}`, { value: '合计 total' }, sst),
      cellXml(`E${t}`, { formula: `SUM(E2:E${last})`, cached: Math.round(totalWaived * 100) / 100, style: 2 }, sst),
      cellXml(`J${t}`, { formula: `SUM(J2:J${last})`, cached: Math.round(totalRelief * 100) / 100, style: 2 }, sst),
    ].join('')}</row>`;
  }
  return packXlsx([{ name: '社保与房租 claim', xml: sheetXml(lines(), `A1:J${last + 1}`) }], sst);
}

type Kind = 'audit' | 'exceljs-read' | 'exceljs-stream';

interface Measure {
  seconds: number;
  peakRssMiB: number;
  startRssMiB: number;
  detail: string;
}

/** In a child: one measured run, printed as JSON. */
async function child(kind: Kind, path: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ExcelJS = require('exceljs');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const audit = kind === 'audit' ? require('../src/audit/audit') : undefined;
  const startRssMiB = process.memoryUsage().rss / 2 ** 20;
  const t0 = process.hrtime.bigint();
  let detail = '';
  if (kind === 'audit') {
    const r = await audit.auditWorkbook(path);
    detail = `checked ${r.summary.checked}, mismatches ${r.summary.mismatches}, unknown ${r.summary.unknownFunctions}, errors ${r.summary.errors}`;
  } else if (kind === 'exceljs-read') {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    let cells = 0;
    wb.eachSheet((ws: any) => ws.eachRow((row: any) => row.eachCell(() => cells++)));
    detail = `${cells} cells`;
  } else {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit' });
    let cells = 0;
    for await (const ws of reader) for await (const row of ws) row.eachCell(() => cells++);
    detail = `${cells} cells`;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ seconds, peakRssMiB, startRssMiB, detail } satisfies Measure));
}

function measure(kind: Kind, path: string): Measure {
  return runChild<Measure>(__filename, [kind, path], ['--max-old-space-size=4096']);
}

export interface AuditCase {
  kind: Kind;
  /** Medians over the repeats, except peak RSS: the largest seen. */
  seconds: number;
  minSeconds: number;
  maxSeconds: number;
  peakRssMiB: number;
  startRssMiB: number;
  detail: string;
}

export interface AuditResult {
  rows: number;
  repeats: number;
  fileMiB: number;
  generateSeconds: number;
  /** `subsidy audit`, and its baseline: ExcelJS reading the whole workbook (also its streaming reader, for reference). */
  audit: AuditCase;
  read: AuditCase;
  stream: AuditCase;
}

export async function benchAudit(rows = 100_000, repeats = 3): Promise<AuditResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-audit-'));
  try {
    const path = join(dir, `claim-${rows}.xlsx`);
    const t0 = Date.now();
    writeFileSync(path, await claimWorkbook(rows));
    const generateSeconds = (Date.now() - t0) / 1000;
    const kinds: Kind[] = ['exceljs-read', 'audit', 'exceljs-stream'];
    const runs = new Map<Kind, Measure[]>(kinds.map((k) => [k, []]));
    for (let i = 0; i < repeats; i++) for (const k of kinds) runs.get(k)!.push(measure(k, path));
    const summary = (kind: Kind): AuditCase => {
      const ms = runs.get(kind)!;
      const seconds = ms.map((m) => m.seconds);
      return {
        kind,
        seconds: median(seconds),
        minSeconds: Math.min(...seconds),
        maxSeconds: Math.max(...seconds),
        peakRssMiB: Math.max(...ms.map((m) => m.peakRssMiB)),
        startRssMiB: median(ms.map((m) => m.startRssMiB)),
        detail: ms[0].detail,
      };
    };
    return {
      rows,
      repeats,
      fileMiB: statSync(path).size / 2 ** 20,
      generateSeconds,
      audit: summary('audit'),
      read: summary('exceljs-read'),
      stream: summary('exceljs-stream'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  if (process.argv[2] === '--child') void child(process.argv[3] as Kind, process.argv[4]);
  else {
    void benchAudit(Number(process.argv[2] ?? 100_000), Number(process.argv[3] ?? 3)).then((r) => {
      console.log(`${r.rows.toLocaleString('en')} rows (${(2 * r.rows + 2).toLocaleString('en')} formulas), ${r.fileMiB.toFixed(1)} MiB, generated in ${r.generateSeconds.toFixed(1)} s`);
      console.table([r.read, r.audit, r.stream]);
      console.log(`audit / ExcelJS whole-workbook read: ${(r.audit.seconds / r.read.seconds).toFixed(2)}×   audit / ExcelJS streaming read: ${(r.audit.seconds / r.stream.seconds).toFixed(2)}×   (medians of ${r.repeats})`);
    });
  }
}
