/**
 * `npm run bench`: the figures of issue 6, each with its baseline, the ratio, the budget
 * where there is one and the verdict, as one table on stdout and in bench-results.json.
 *   1. engine     calls/s of every function through the registry vs the same calculators on floats
 *   2. recalc     100,000-row SOCINSWAIVE and RENTRELIEF sheets in HyperFormula vs native formulas
 *   3. audit      `subsidy audit` of a 100,000-row claim vs ExcelJS reading the same file
 *   4. bundle     functions.js and the task pane, minified and gzipped; start-up in headless Chromium
 * The add-in is built first (npm run build:addin), so sizes and start-up are of the sources
 * as they are. Timings depend on the machine: budgets on them are verdicts here, not tests;
 * the size budget is also a test (test/excel/sizes.test.ts).
 */
import { spawnSync } from 'child_process';
import { writeFileSync } from 'fs';
import { cpus } from 'os';
import { join } from 'path';
import { benchAudit } from './audit';
import { AUDIT_MAX_RATIO, AUDIT_MAX_RSS_BYTES, RECALC_MAX_RATIO, REGISTRATION_MAX_BYTES, REGISTRATION_MAX_MS } from './budgets';
import { median } from './child';
import { benchEngine } from './engine';
import { benchRecalc } from './recalc';
import { bundleSizes } from './sizes';
import { startupTimes } from './startup';
import { CHROMIUM, haveBrowser, INSTALL_HINT } from '../test/browser/harness';

const ROOT = join(__dirname, '..');
const ENGINE_CALLS = 100_000;
const ROWS = 100_000;
const REPEATS = 3;
const STARTUP_RUNS = 9;

interface Row {
  section: string;
  figure: string;
  value: string;
  baseline: string;
  /** figure ÷ baseline, as a cost: above 1 the figure is the slower, bigger or heavier. */
  ratio: number;
  budget?: string;
  holds?: boolean;
}

const int = (n: number) => Math.round(n).toLocaleString('en');
const bytes = (n: number) => `${int(n)} B`;
const secs = (n: number) => `${n.toFixed(2)} s`;
const mib = (n: number) => `${int(n)} MiB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Progress on stderr, so that stdout is the table alone. */
async function step<T>(label: string, work: () => T | Promise<T>): Promise<T> {
  process.stderr.write(`${label} … `);
  const t0 = Date.now();
  const result = await work();
  process.stderr.write(`${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  return result;
}

function build(): void {
  const r = spawnSync('npm', ['run', '--silent', 'build:addin'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build:addin failed:\n${r.stdout}\n${r.stderr}`);
}

function table(rows: readonly Row[]): string {
  const cells = rows.map((r) => [
    r.section,
    r.figure,
    r.value,
    r.baseline,
    `${r.ratio.toFixed(2)}×`,
    r.budget ?? '',
    r.holds === undefined ? '' : r.holds ? 'holds' : 'MISSES',
  ]);
  const head = ['', 'figure', 'value', 'baseline', 'ratio', 'budget', 'verdict'];
  const right = [false, false, true, true, true, false, false];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => (right[i] ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

async function main(): Promise<void> {
  const t0 = Date.now();
  await step('building the add-in (npm run build:addin)', build);
  const sizes = await step('bundle sizes', () => bundleSizes());
  const startup = haveBrowser ? await step(`start-up in headless Chromium (${STARTUP_RUNS} runs of 3 pages)`, () => startupTimes(STARTUP_RUNS)) : undefined;
  const engine = await step(`engine (${int(ENGINE_CALLS)} calls of each function, decimal and float)`, () => benchEngine(ENGINE_CALLS));
  const recalc = await step(`HyperFormula recalculation (${int(ROWS)} rows, ${REPEATS} repeats)`, () => benchRecalc(ROWS, REPEATS));
  const audit = await step(`subsidy audit (${int(ROWS)}-row claim, ${REPEATS} repeats)`, () => benchAudit(ROWS, REPEATS));

  const rows: Row[] = [];
  for (const e of engine) {
    rows.push({ section: '1 engine', figure: e.fn, value: `${int(e.decimalPerSec)}/s`, baseline: `${int(e.floatPerSec)}/s floats`, ratio: e.ratio });
  }
  const engineMedian = median(engine.map((e) => e.ratio));
  rows.push({ section: '1 engine', figure: `median of the ${engine.length} ratios`, value: '', baseline: '', ratio: engineMedian });

  for (const r of recalc) {
    rows.push({
      section: '2 recalc',
      figure: `${r.case} sheet, build + recalc`,
      value: secs(r.subsidySeconds),
      baseline: `${secs(r.nativeSeconds)} native`,
      ratio: r.ratio,
      budget: `≤ ${RECALC_MAX_RATIO}×`,
      holds: r.ratio <= RECALC_MAX_RATIO,
    });
    rows.push({
      section: '2 recalc',
      figure: `${r.case} sheet, heap retained`,
      value: mib(r.subsidyHeapMiB),
      baseline: `${mib(r.nativeHeapMiB)} native`,
      ratio: r.subsidyHeapMiB / r.nativeHeapMiB,
    });
  }

  const auditRatio = audit.audit.seconds / audit.read.seconds;
  const auditRssBytes = audit.audit.peakRssMiB * 2 ** 20;
  rows.push(
    { section: '3 audit', figure: 'subsidy audit, time', value: secs(audit.audit.seconds), baseline: `${secs(audit.read.seconds)} ExcelJS read`, ratio: auditRatio, budget: `≤ ${AUDIT_MAX_RATIO}×`, holds: auditRatio <= AUDIT_MAX_RATIO },
    {
      section: '3 audit',
      figure: 'subsidy audit, peak RSS',
      value: mib(audit.audit.peakRssMiB),
      baseline: `${mib(audit.read.peakRssMiB)} ExcelJS read`,
      ratio: audit.audit.peakRssMiB / audit.read.peakRssMiB,
      budget: `< ${mib(AUDIT_MAX_RSS_BYTES / 2 ** 20)}`,
      holds: auditRssBytes < AUDIT_MAX_RSS_BYTES,
    },
    { section: '3 audit', figure: 'ExcelJS streaming read, time', value: secs(audit.stream.seconds), baseline: `${secs(audit.read.seconds)} ExcelJS read`, ratio: audit.stream.seconds / audit.read.seconds },
  );

  const reg = sizes.registration;
  rows.push(
    {
      section: '4 bundle',
      figure: `${reg.files.join(' + ')}, minified`,
      value: bytes(reg.bytes),
      baseline: `${bytes(REGISTRATION_MAX_BYTES)} budget`,
      ratio: reg.bytes / REGISTRATION_MAX_BYTES,
      budget: `< ${bytes(REGISTRATION_MAX_BYTES)}`,
      holds: reg.bytes < REGISTRATION_MAX_BYTES,
    },
    { section: '4 bundle', figure: `${reg.files.join(' + ')}, gzipped`, value: bytes(reg.gzipBytes), baseline: `${bytes(reg.bytes)} minified`, ratio: reg.gzipBytes / reg.bytes },
    { section: '4 bundle', figure: 'taskpane.js, minified', value: bytes(sizes.taskpane.bytes), baseline: `${bytes(reg.bytes)} functions.js`, ratio: sizes.taskpane.bytes / reg.bytes },
    { section: '4 bundle', figure: 'taskpane.js, gzipped', value: bytes(sizes.taskpane.gzipBytes), baseline: `${bytes(sizes.taskpane.bytes)} minified`, ratio: sizes.taskpane.gzipBytes / sizes.taskpane.bytes },
  );
  for (const chunk of sizes.lazy) {
    rows.push({ section: '4 bundle', figure: `${chunk.files[0]} (on first use), gzipped`, value: bytes(chunk.gzipBytes), baseline: `${bytes(chunk.bytes)} minified`, ratio: chunk.gzipBytes / chunk.bytes });
  }
  if (startup) {
    rows.push(
      {
        section: '4 start-up',
        figure: `taskpane.html → ${startup.functions} associated`,
        value: ms(startup.taskpaneMs),
        baseline: `${ms(startup.baselineMs)} empty page`,
        ratio: startup.taskpaneMs / startup.baselineMs,
        budget: `< ${REGISTRATION_MAX_MS} ms`,
        holds: startup.taskpaneMs < REGISTRATION_MAX_MS,
      },
      {
        section: '4 start-up',
        figure: `functions.js alone → ${startup.functions} associated`,
        value: ms(startup.functionsMs),
        baseline: `${ms(startup.baselineMs)} empty page`,
        ratio: startup.functionsMs / startup.baselineMs,
      },
    );
  }

  const wallSeconds = (Date.now() - t0) / 1000;
  const judged = rows.filter((r) => r.holds !== undefined);
  const missed = judged.filter((r) => !r.holds);
  console.log(table(rows));
  console.log(
    `\nratio = value ÷ baseline (engine: float calls/s ÷ decimal calls/s, the price of decimal money). Timings are medians: ` +
      `${REPEATS} runs for recalc and audit, ${STARTUP_RUNS} for start-up, each page in a fresh browser context; start-up counts from navigation start.`,
  );
  if (!startup) console.log(`start-up NOT MEASURED: no Chromium at ${CHROMIUM} (install it with: ${INSTALL_HINT}).`);
  else if (!startup.paneChunksAfterAssociation) console.log('note: the task pane fetched a chunk before the last function was associated.');
  console.log(`audit: ${audit.audit.detail}; claim ${audit.fileMiB.toFixed(1)} MiB.`);
  console.log(`budgets: ${judged.length - missed.length} of ${judged.length} hold${missed.length ? `; missed: ${missed.map((r) => `${r.section} ${r.figure}`).join(', ')}` : ''}.`);
  console.log(`wall time ${wallSeconds.toFixed(0)} s on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}.`);

  writeFileSync(
    join(ROOT, 'bench-results.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { cores: cpus().length, cpu: cpus()[0]?.model, node: process.version },
        wallSeconds,
        budgets: { REGISTRATION_MAX_BYTES, REGISTRATION_MAX_MS, RECALC_MAX_RATIO, AUDIT_MAX_RATIO, AUDIT_MAX_RSS_BYTES },
        table: rows,
        engine: { calls: ENGINE_CALLS, rows: engine, medianRatio: engineMedian },
        recalc,
        audit,
        sizes,
        startup,
      },
      null,
      2,
    ) + '\n',
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
