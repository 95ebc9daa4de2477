import { mkdirSync, writeFileSync } from 'fs';
import { join, relative } from 'path';
import { isError, recalc, type CellValue } from '../src/templates/recalc';
import { templateLayouts } from '../src/templates/specs';
import { buildXlsx } from '../src/templates/xlsx';
import { auditWorkbook } from '../src/audit/audit';

// `npm run demo`: fills every template with its sample data (the layouts' sample rows),
// recomputes it headlessly, prints its totals, writes the filled workbooks to out/demo/ and
// audits them with src/audit.

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'out', 'demo');

/** Display width in a terminal: CJK and full-width characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;

function yuan(v: CellValue): string {
  if (typeof v === 'number') return `¥${v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  if (isError(v)) return `${v.error}${v.message ? ` ${v.message}` : ''}`;
  return String(v ?? '');
}

function printTable(title: string, rows: [string, string][]): void {
  const left = Math.max(width('项目'), ...rows.map(([l]) => width(l)));
  const right = Math.max(width('金额（元）'), ...rows.map(([, r]) => width(r)));
  const rule = '─'.repeat(left + right + 3);
  console.log(`\n${title}`);
  console.log(rule);
  console.log(`${padEnd('项目', left)}   ${padStart('金额（元）', right)}`);
  console.log(rule);
  for (const [l, r] of rows) console.log(`${padEnd(l, left)}   ${padStart(r, right)}`);
  console.log(rule);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const files: string[] = [];
  let failed = false;
  for (const layout of templateLayouts()) {
    const calc = recalc(layout);
    printTable(
      `【${layout.title.zh}】${layout.fileName}`,
      layout.totals.map((t) => [t.label, yuan(calc.ref(t.ref))]),
    );
    if (calc.errors.length) {
      failed = true;
      for (const e of calc.errors) console.log(`  ✗ ${e.sheet}!${e.address} ${e.formula}: ${e.error}`);
    }
    const path = join(OUT, layout.fileName);
    writeFileSync(path, await buildXlsx(layout, calc, { allowErrors: true }));
    files.push(path);
  }
  console.log(`\n已写出 ${files.length} 个工作簿到 ${relative(ROOT, OUT)}/`);

  // ── Audit ────────────────────────────────────────────────────────────────────
  console.log('\n审核（subsidy audit：从每个工作簿自身的单元格重新计算，与文件中缓存的值逐格比对）：');
  for (const path of files) {
    const { summary, mismatches } = await auditWorkbook(path);
    const ok = mismatches.length === 0 && summary.unknownFunctions === 0;
    if (!ok) failed = true;
    console.log(
      `  ${ok ? '✓' : '✗'} ${relative(ROOT, path)}：公式 ${summary.formulaCells} 格，SUBSIDY ${summary.subsidyCells} 格，` +
        `比对 ${summary.checked} 值，不一致 ${summary.mismatches}，未知函数 ${summary.unknownFunctions}`,
    );
    for (const m of mismatches.slice(0, 10)) console.log(`      ${JSON.stringify(m)}`);
  }
  if (failed) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
