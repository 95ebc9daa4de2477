import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { readFileSync } from 'fs';
import { evaluateFormulas, type EvalResult, type EvalValue } from '../hyperformula/evalFormulas';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether long commands may draw a progress bar on stderr (a terminal). */
  progress?: boolean;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  progress: Boolean(process.stderr.isTTY),
};

/** Formulas of a --file: one a line; blank lines and lines starting with # are skipped. */
export function formulasFromText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function plain(value: EvalValue): string {
  if (Array.isArray(value)) return value.map((row) => row.map((v) => plain(v)).join('\t')).join('\n');
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function printResults(results: EvalResult[], json: boolean, io: Io): void {
  if (json) {
    io.out(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  for (const r of results) io.out(`${'error' in r ? r.error : plain(r.value)}\n`);
}

function wholeMiB(text: string): number {
  const n = Number(text);
  // Below 64 MiB a worker cannot even load HyperFormula.
  if (!Number.isInteger(n) || n < 64) throw new InvalidArgumentError('expected a whole number of MiB, at least 64');
  return n;
}

/** Runs the CLI; returns the exit code (0 ok, 1 a formula gave an error or a check failed, 2 usage). */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let exitCode = 0;
  const program = new Command('subsidy')
    .description('2020 Shandong COVID-relief subsidy functions (SUBSIDY.*) without Excel')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command('eval')
    .description('evaluate SUBSIDY formulas headlessly (HyperFormula + the same registry as Excel)')
    .argument('[formulas...]', 'formulas such as =SUBSIDY.STEAMPRICE(0.7,"2020-03-01")')
    .option('-f, --file <path>', 'a text file with one formula a line')
    .option('--json', 'print a JSON array: {"formula","value"} or {"formula","error"} per formula')
    .action((formulas: string[], opts: { file?: string; json?: boolean }) => {
      const all = [...formulas, ...(opts.file ? formulasFromText(readFileSync(opts.file, 'utf8')) : [])];
      if (all.length === 0) {
        io.err('subsidy eval: give a formula or --file\n');
        exitCode = 2;
        return;
      }
      const results = evaluateFormulas(all);
      printResults(results, Boolean(opts.json), io);
      if (results.some((r) => 'error' in r)) exitCode = 1;
    });

  program
    .command('audit')
    .description(
      'recompute claim workbooks and compare every formula cell with the value cached in the file ' +
        '(exit 0 clean, 1 a mismatch or an unknown function, 2 a file that cannot be read)',
    )
    .argument('[files...]', '.xlsx claim workbooks (none: the bundled sample claim)')
    .option('--report <path>', 'also write a report: out.json (the results) or out.xlsx (a new workbook; never an input file)')
    .option(
      '--max-memory <MiB>',
      'heap limit of the worker each workbook is recomputed in; past it the file is not audited (exit 2) (default: 2048)',
      wholeMiB,
    )
    .action(async (files: string[], opts: { report?: string; maxMemory?: number }) => {
      // Loaded here so that `subsidy eval` does not pay for ExcelJS and the xlsx reader at start-up.
      const { runAudit } = await import('../audit/cli');
      exitCode = await runAudit(files, opts, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    io.err(`subsidy: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  return exitCode;
}
