/**
 * `subsidy audit FILE… [--report out.xlsx|out.json]`: the command's printing, report
 * writing and exit code. Exit 0 clean, 1 a mismatch or an unknown function, 2 a file that
 * cannot be read or a usage error (one line on stderr).
 */
import { SingleBar } from 'cli-progress';
import ExcelJS from 'exceljs';
import { existsSync, readdirSync, realpathSync, writeFileSync } from 'fs';
import { basename, dirname, extname, join, resolve } from 'path';
import { stepRow } from '../registry/explain';
import { AuditInputError, type AuditPhase, type AuditResult, type Mismatch } from './audit';
import { isErrorValue, type AuditValue } from './compare';
import { qualified } from './formula';
import { auditIsolated } from './isolated';

export interface AuditIo {
  out(text: string): void;
  err(text: string): void;
  /** Show a progress bar (on process.stderr): only when stderr is a terminal. */
  progress?: boolean;
}

export interface AuditCommandOptions {
  report?: string;
  /** The heap limit of the worker each workbook is recomputed in (MiB). */
  maxMemory?: number;
}

/** How a value reads in the listing: text in quotes, so "30000" and 30000 differ on screen as they do in the file. */
export function showValue(v: AuditValue): string {
  if (v === null) return '(empty)';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(v);
  return v.message ? `${v.error} ${v.message}` : v.error;
}

/** The package root (where package.json and templates/ are), from src/audit or build/src/audit. */
function packageRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return dir;
    dir = dirname(dir);
  }
  return resolve(__dirname, '..', '..');
}

/** The bundled sample claim: the summary template templates/*汇总*.xlsx. */
export function sampleClaim(): string | undefined {
  const dir = join(packageRoot(), 'templates');
  if (!existsSync(dir)) return undefined;
  const found = readdirSync(dir)
    .filter((f) => f.includes('汇总') && f.endsWith('.xlsx'))
    .sort();
  return found.length ? join(dir, found[0]) : undefined;
}

/** A path as the file system names it, for "is this the input?" (the report may not exist yet). */
function canonical(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    try {
      return join(realpathSync(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}

function printResult(r: AuditResult, io: AuditIo): void {
  const s = r.summary;
  io.out(`${r.file}\n`);
  io.out(
    `  formula cells ${s.formulaCells}, values checked ${s.checked}, SUBSIDY cells ${s.subsidyCells}, ` +
      `mismatches ${s.mismatches}, unknown functions ${s.unknownFunctions}, not recomputable ${s.errors}\n`,
  );
  for (const w of r.warnings) io.out(`  warning: ${w}\n`);
  for (const u of r.unknownFunctions) io.out(`  unknown function ${u.name}: ${u.cells.join(', ')}\n`);
  for (const m of r.mismatches) printMismatch(m, io);
}

function printMismatch(m: Mismatch, io: AuditIo): void {
  io.out(`  ✗ ${qualified(m.sheet, m.cell)}  ${m.formula}\n`);
  io.out(`      cached      ${showValue(m.cached)}\n`);
  io.out(`      recomputed  ${showValue(m.recomputed)}\n`);
  if (m.note) io.out(`      note        ${m.note}\n`);
  if (m.steps?.length) {
    io.out('      steps:\n');
    for (const step of m.steps) {
      const [what, value, rule, citation] = stepRow(step);
      io.out(`        ${what}: ${value}  (${rule}${citation ? `; ${citation}` : ''})\n`);
    }
  }
}

/** Excel's limit on the text of one cell: a longer one makes the report a file Excel repairs. */
const CELL_TEXT_MAX = 32_767;
const clip = (s: string) => (s.length > CELL_TEXT_MAX ? `${s.slice(0, CELL_TEXT_MAX - 1)}…` : s);

function cellText(v: AuditValue): string | number | boolean {
  if (v === null) return '';
  if (isErrorValue(v)) return clip(v.message ? `${v.error} ${v.message}` : v.error);
  return typeof v === 'string' ? clip(v) : v;
}

/** The .xlsx report: a summary sheet, the mismatches, their steps, the unknown functions. Always a new workbook. */
export async function xlsxReport(results: readonly AuditResult[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'subsidy audit';
  const header = (ws: ExcelJS.Worksheet, titles: string[]) => {
    ws.addRow(titles).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  };
  const summary = wb.addWorksheet('汇总 Summary');
  header(summary, ['文件 file', '公式单元格 formula cells', '已核对 checked', 'SUBSIDY 单元格 cells', '不一致 mismatches', '未知函数 unknown functions', '无法重算 not recomputable', '结论 result', '提示 warnings']);
  for (const r of results) {
    const s = r.summary;
    const clean = s.mismatches === 0 && s.unknownFunctions === 0;
    summary.addRow([r.file, s.formulaCells, s.checked, s.subsidyCells, s.mismatches, s.unknownFunctions, s.errors, clean ? '一致 clean' : '有差异 differs', r.warnings.join('\n')]);
  }
  const mm = wb.addWorksheet('差异 Mismatches');
  header(mm, ['文件 file', '工作表 sheet', '单元格 cell', '公式 formula', '缓存值 cached', '重算值 recomputed', '说明 note']);
  const steps = wb.addWorksheet('步骤 Steps');
  header(steps, ['文件 file', '工作表 sheet', '单元格 cell', '#', '步骤 step', '值 value', '规则 rule', '依据 citation']);
  const unknown = wb.addWorksheet('未知函数 Unknown');
  header(unknown, ['文件 file', '函数 function', '单元格 cells']);
  for (const r of results) {
    for (const m of r.mismatches) {
      mm.addRow([r.file, m.sheet, m.cell, clip(m.formula), cellText(m.cached), cellText(m.recomputed), clip(m.note ?? '')]);
      m.steps?.forEach((s, i) => steps.addRow([r.file, m.sheet, m.cell, i + 1, ...stepRow(s)]));
    }
    for (const u of r.unknownFunctions) unknown.addRow([r.file, u.name, u.cells.join(', ')]);
  }
  for (const ws of [summary, mm, steps, unknown]) {
    ws.columns.forEach((c) => {
      c.width = 18;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function progressBar(io: AuditIo): { update(file: string, done: number, total: number, phase: AuditPhase): void; stop(): void } {
  if (!io.progress) return { update() {}, stop() {} };
  let bar: SingleBar | undefined;
  const started = Date.now();
  const PHASE: Record<AuditPhase, string> = { read: 'reading', recalculate: 'recalculating', compare: 'comparing' };
  return {
    update(file, done, total, phase) {
      // Only a long run gets a bar: small workbooks finish before it would draw.
      if (!bar && Date.now() - started < 300) return;
      if (!bar) {
        bar = new SingleBar({ stream: process.stderr, format: '{file} {phase} [{bar}] {percentage}%', hideCursor: true, clearOnComplete: true });
        bar.start(total, done, { file: basename(file), phase: PHASE[phase] });
      } else bar.update(done, { file: basename(file), phase: PHASE[phase] });
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}

/** Runs `subsidy audit`; returns the exit code. */
export async function runAudit(files: readonly string[], options: AuditCommandOptions, io: AuditIo): Promise<number> {
  let inputs = [...files];
  if (inputs.length === 0) {
    const sample = sampleClaim();
    if (!sample) {
      io.err('subsidy audit: no FILE given and no bundled sample claim (templates/*汇总*.xlsx) found\n');
      return 2;
    }
    io.out(`(no FILE given: auditing the bundled sample claim ${sample})\n`);
    inputs = [sample];
  }
  let reportKind: 'json' | 'xlsx' | undefined;
  if (options.report !== undefined) {
    const ext = extname(options.report).toLowerCase();
    if (ext !== '.json' && ext !== '.xlsx') {
      io.err(`subsidy audit: --report must end in .json or .xlsx, got ${options.report}\n`);
      return 2;
    }
    reportKind = ext === '.json' ? 'json' : 'xlsx';
    const target = canonical(options.report);
    if (inputs.some((f) => canonical(f) === target)) {
      io.err(`subsidy audit: refusing to write the report over an input file (${options.report}); choose another --report path\n`);
      return 2;
    }
  }

  let code = 0;
  const results: AuditResult[] = [];
  for (const file of inputs) {
    const bar = progressBar(io);
    let result: AuditResult;
    try {
      result = await auditIsolated(file, {
        onProgress: (done, total, phase) => bar.update(file, done, total, phase),
        maxMemoryMiB: options.maxMemory,
      });
    } catch (e) {
      bar.stop();
      const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
      io.err(`subsidy audit: ${e instanceof AuditInputError ? message : `${file}: ${message}`}\n`);
      code = 2;
      continue;
    }
    bar.stop();
    results.push(result);
    printResult(result, io);
    if ((result.summary.mismatches > 0 || result.summary.unknownFunctions > 0) && code === 0) code = 1;
  }

  if (options.report !== undefined && reportKind) {
    try {
      const bytes = reportKind === 'json' ? `${JSON.stringify(results, null, 2)}\n` : await xlsxReport(results);
      writeFileSync(options.report, bytes);
      io.out(`report written to ${options.report}\n`);
    } catch (e) {
      io.err(`subsidy audit: cannot write the report ${options.report}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  return code;
}
