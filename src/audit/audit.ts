/**
 * The auditor's recalculation: read a claim workbook, recompute every formula headlessly
 * with the same registry Excel uses, and compare each formula cell's recomputed value with
 * the value cached in the file (the number the claimant saw and submitted).
 *
 * How a workbook is recomputed:
 * 1. read.ts reads every sheet: constants, formulas (shared-formula clones moved to their
 *    own cell), array anchors and the cached values of their spills.
 * 2. A formula that is one SUBSIDY call over literals and constant cells of its sheet is
 *    computed directly by the plugin's own `runForHyperFormula` (see directCall). Every
 *    other formula is rewritten for HyperFormula (toHyperFormula, hfLiterals; an array
 *    anchor inside ARRAYFORMULA so it computes as Excel's array formula does).
 * 3. One HyperFormula workbook is built with all sheets: those formulas, the direct results
 *    as constants, and the constants they read (all of them when what a formula reads
 *    cannot be told from its text: INDIRECT, OFFSET, names).
 * 4. Each formula cell and each cell of each spill is compared (compare.ts) with the value
 *    cached in the file; a SUBSIDY cell that differs gets the explanation of its outermost
 *    SUBSIDY call.
 */
import { CellError, DenseSparseChooseBasedOnThreshold, DetailedCellError, EmptyValue, ErrorType, HyperFormula, type RawCellContent, type SerializedNamedExpression } from 'hyperformula';
import type { Step } from '../engine/trace';
import { hfLiterals, toHyperFormula } from '../hyperformula/formulaText';
import { HF_CONFIG, registerSubsidyPlugin, runForHyperFormula } from '../hyperformula/plugin';
import { EXPLAIN_MAX_ROWS } from '../registry/explain';
import { evaluate, type FunctionSpec, type RawArg } from '../registry/define';
import { lookupFunction, NAMESPACE } from '../registry/registry';
import { toErrorParts } from '../registry/results';
import { address as a1, colNumber } from '../templates/a1';
import { isErrorValue, sameValue, type AuditValue } from './compare';
import { callArguments, calls, customName, displayFormula, externalBooks, nestingDepth, qualified, referencedAreas, type Area } from './formula';
import { AuditInputError, readWorkbook, type DefinedName, type FormulaCell, type ReadOptions, type SheetData } from './read';

export interface Mismatch {
  sheet: string;
  /** "C7" */
  cell: string;
  /** As Excel shows it ("=SUBSIDY.RENTRELIEF(A2,…)"); for a spilled cell, its anchor's formula. */
  formula: string;
  cached: AuditValue;
  recomputed: AuditValue;
  /** For a SUBSIDY cell: the explanation of its outermost SUBSIDY call, recomputed from the file's inputs. */
  steps?: Step[];
  /** Why there are no steps, where the value comes from (a spill), or why the cell was not recomputed. */
  note?: string;
}

export interface UnknownFunction {
  /** "SUBSIDY.NOSUCH" */
  name: string;
  /** "Sheet!A1" of every cell that calls it. */
  cells: string[];
}

export interface SheetSummary {
  name: string;
  formulaCells: number;
  subsidyCells: number;
  mismatches: number;
}

export interface AuditSummary {
  /** Cells holding a formula (each clone of a shared formula counts; the cells of a spill do not). */
  formulaCells: number;
  /** Formula cells calling at least one SUBSIDY function (known or not). */
  subsidyCells: number;
  /** Values compared: formula cells plus the cells of their spills, less those not recomputed. */
  checked: number;
  mismatches: number;
  /** Cells calling a SUBSIDY (or other add-in) function the registry does not have; never counted as checked. */
  unknownFunctions: number;
  /**
   * Formula cells the engine could not recompute on its own terms — text HyperFormula cannot
   * parse, a native function it lacks, a circular reference, a what-if data table. Each is
   * also a mismatch unless the file cached the same error.
   */
  errors: number;
}

export interface AuditResult {
  file: string;
  sheets: SheetSummary[];
  summary: AuditSummary;
  mismatches: Mismatch[];
  unknownFunctions: UnknownFunction[];
  /** What the auditor should know that is not one cell's mismatch (the 1904 date system, names left out). */
  warnings: string[];
}

export type AuditPhase = 'read' | 'recalculate' | 'compare';

export interface AuditOptions {
  /**
   * Progress as done/total units of estimated work (reading the sheets' XML, the direct
   * SUBSIDY calls, building HyperFormula, comparing, weighted by what each costs on a large
   * claim); `phase` says which is running. HyperFormula's build is one synchronous step.
   */
  onProgress?(done: number, total: number, phase: AuditPhase): void;
  /** Refuse workbooks with more non-empty cells than this (default read.ts MAX_CELLS). */
  maxCells?: number;
  /** Explain at most this many mismatching cells (default 1,000): a wholly wrong claim should not take hours or fill gigabytes. */
  maxExplained?: number;
}

export { AuditInputError };

/**
 * The engine settings of `subsidy eval`, plus two that an audit of money needs:
 * - precisionRounding 14: HyperFormula rounds every number it hands out to
 *   precisionRounding + 1 significant digits; the default 10 turns 2,099,057,879.22 into
 *   2,099,057,879.2. Fifteen digits is Excel's own precision, cents intact below 10¹³ yuan;
 * - evaluateNullToZero: a formula whose result is empty (=A1 on a blank A1) is 0, as in Excel;
 * - a sparse address map for sparse sheets: HyperFormula's default allocates every row of a
 *   sheet as wide as its widest row, so one cell at XFD1048576 would ask for 17 billion slots.
 */
export const AUDIT_HF_CONFIG = {
  ...HF_CONFIG,
  evaluateNullToZero: true,
  precisionRounding: 14,
  chooseAddressMappingPolicy: new DenseSparseChooseBasedOnThreshold(0.8),
};

/** Progress weights, from bench/audit.ts at 100,000 rows. */
const WEIGHT = { read: 400, direct: 350, build: 200, compare: 50 };
const TOTAL = WEIGHT.read + WEIGHT.direct + WEIGHT.build + WEIGHT.compare;

const ERROR_CODES: Record<string, string> = {
  [ErrorType.DIV_BY_ZERO]: '#DIV/0!',
  [ErrorType.NA]: '#N/A',
  [ErrorType.NAME]: '#NAME?',
  [ErrorType.NUM]: '#NUM!',
  [ErrorType.REF]: '#REF!',
  [ErrorType.VALUE]: '#VALUE!',
  [ErrorType.CYCLE]: '#CYCLE!',
  [ErrorType.ERROR]: '#ERROR!',
  [ErrorType.LIC]: '#LIC!',
  [ErrorType.SPILL]: '#SPILL!',
};

const byName = new Map<string, FunctionSpec | undefined>();

/** A registry function by the name a formula calls it by ("_xldudf_SUBSIDY_X", "SUBSIDY.X"); undefined for others. */
function registryFunction(raw: string): FunctionSpec | undefined {
  let fn = byName.get(raw);
  if (fn === undefined && !byName.has(raw)) {
    const name = customName(raw);
    fn = name && name.startsWith(`${NAMESPACE}.`) ? lookupFunction(name) : undefined;
    byName.set(raw, fn);
  }
  return fn;
}

interface Analysis {
  subsidy: boolean;
  unknown: string[];
}

const NO_CALLS: Analysis = { subsidy: false, unknown: [] };
const SUBSIDY_ONLY: Analysis = { subsidy: true, unknown: [] };
const CUSTOM_HINT = new RegExp(`_xldudf_|_xludf\\.|_xll\\.|${NAMESPACE}\\.`, 'i');

/** Which SUBSIDY / add-in functions a formula names, and which of them the registry lacks. */
function analyse(formula: string): Analysis {
  if (!CUSTOM_HINT.test(formula)) return NO_CALLS;
  let subsidy = false;
  const unknown: string[] = [];
  for (const c of calls(formula)) {
    const name = customName(c.raw);
    if (!name) continue;
    if (name.startsWith(`${NAMESPACE}.`)) subsidy = true;
    if (!registryFunction(c.raw) && !unknown.includes(name)) unknown.push(name);
  }
  return { subsidy, unknown };
}

function fromHf(v: unknown): AuditValue {
  if (v instanceof DetailedCellError) return v.message ? { error: v.value, message: v.message } : { error: v.value };
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

function fromPlugin(out: unknown): AuditValue {
  if (out instanceof CellError) {
    const error = ERROR_CODES[out.type] ?? '#VALUE!';
    return out.message ? { error, message: out.message } : { error };
  }
  return fromHf(out);
}

/** A value as HyperFormula content: text stays text (the leading ' is HyperFormula's, as Excel's). */
function asContent(v: AuditValue): RawCellContent {
  if (v === null) return null;
  if (typeof v === 'string') return `'${v}`;
  if (isErrorValue(v)) return v.error;
  return v;
}

/** Recomputed errors that mean "the engine could not", not "the policy says". */
function engineFailure(v: AuditValue): boolean {
  if (!isErrorValue(v)) return false;
  if (v.error === '#ERROR!' || v.error === '#CYCLE!' || v.error === '#LIC!') return true;
  return v.error === '#NAME?' && /not recognized|unknown function/i.test(v.message ?? '');
}

function noteFor(v: AuditValue): string | undefined {
  if (!isErrorValue(v)) return undefined;
  switch (v.error) {
    case '#ERROR!':
      return `HyperFormula cannot parse this formula: ${v.message ?? ''}`.trim();
    case '#CYCLE!':
      return 'circular reference: HyperFormula does not iterate';
    case '#SPILL!':
      return 'HyperFormula sizes a spill before computing it and found the space occupied (EXPLAIN of a referenced call is sized at its maximum)';
    case '#NAME?':
      return engineFailure(v) ? `not recomputed: ${v.message}` : undefined;
    default:
      return undefined;
  }
}

const cellKey = (row: number, col: number) => row * 16_385 + col;

/**
 * Nesting of parentheses in a formula given to HyperFormula: Excel allows 64 levels of nested
 * functions, and HyperFormula's parser, recursing for each level, overflowed the stack
 * between 120 and 140 levels (measured) — which would fail the whole workbook, not one cell.
 */
export const MAX_FORMULA_NESTING = 64;

/**
 * Cells covered by the ranges HyperFormula is given, all formulas together. HyperFormula
 * builds a vertex for every cell a range covers, empty or not (measured: SUM(A1:A1048576)
 * alone adds ≈ 0.55 GB and 1.4 s, SUM(A1:J1048576) ran out of a 3 GB heap): two ranges the
 * height of the sheet fit, ≈ 1.1 GB. A formula past it is not recomputed, and says why.
 */
export const MAX_RANGE_CELLS = 2 * 1_048_576;

/** Why a formula cannot be recomputed from its text alone, if it cannot. */
function formulaProblem(formula: string, externalLinks: readonly string[]): string | undefined {
  const books = formula.includes('[') ? externalBooks(formula) : [];
  if (books.length) {
    const where = books.map((n) => `[${n}] = ${externalLinks[n - 1] ?? '(a workbook the file does not name)'}`).join(', ');
    return `external link to another workbook (${where}): its cells are not in the file`;
  }
  // Each level takes at least "(" and ")": shorter formulas cannot be too deep.
  const depth = formula.length > 2 * MAX_FORMULA_NESTING ? nestingDepth(formula) : 0;
  if (depth > MAX_FORMULA_NESTING) return `nested ${depth.toLocaleString('en')} levels deep; Excel allows ${MAX_FORMULA_NESTING}`;
  return undefined;
}

/**
 * The cells HyperFormula will build for the ranges of the formulas it is given, in the order
 * it builds them: a range the same as one before costs nothing, one a row longer than one
 * before (a running total filled down) one row, whole columns the sheet's height, whole
 * rows its width, any other range its area.
 */
class RangeCost {
  private readonly seen = new Set<string>();
  spent = 0;

  constructor(private readonly extent: ReadonlyMap<string, { rows: number; cols: number }>) {}

  /** What these areas of a formula on `sheet` would add. */
  cost(sheet: string, areas: readonly Area[]): { cells: number; largest?: Area; keys: Set<string> } {
    let cells = 0;
    let largest: { area: Area; cells: number } | undefined;
    const keys = new Set<string>();
    for (const a of areas) {
      if (a.top === a.bottom && a.left === a.right) continue;
      const name = (a.sheet ?? sheet).toLowerCase();
      const key = `${name}!${a.top},${a.left},${a.bottom},${a.right},${a.whole ?? ''}`;
      if (this.seen.has(key) || keys.has(key)) continue;
      keys.add(key);
      const ext = this.extent.get(name) ?? { rows: 0, cols: 0 };
      const width = a.right - a.left + 1;
      const height = a.bottom - a.top + 1;
      let n: number;
      if (a.whole === 'columns') n = width * ext.rows;
      else if (a.whole === 'rows') n = height * ext.cols;
      else if (this.seen.has(`${name}!${a.top},${a.left},${a.bottom - 1},${a.right},`)) n = width;
      else n = width * height;
      cells += n;
      if (!largest || n > largest.cells) largest = { area: a, cells: n };
    }
    return { cells, ...(largest ? { largest: largest.area } : {}), keys };
  }

  commit(c: { cells: number; keys: Set<string> }): void {
    for (const k of c.keys) this.seen.add(k);
    this.spent += c.cells;
  }
}

/** The rows and columns a sheet reaches: the sheet's size as HyperFormula sees it. */
function sheetExtent(sheet: SheetData): { rows: number; cols: number } {
  let rows = sheet.grid.length;
  let cols = 0;
  for (let r = 0; r < sheet.grid.length; r++) cols = Math.max(cols, sheet.grid[r]?.length ?? 0);
  for (const c of [...sheet.formulas, ...sheet.spills]) {
    rows = Math.max(rows, c.row);
    cols = Math.max(cols, c.col);
  }
  return { rows, cols };
}

const rangeText = (a: Area) => (a.whole === 'columns' ? 'whole columns' : a.whole === 'rows' ? 'whole rows' : `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`);
const overRanges = (cells: number, largest: Area | undefined) =>
  `its ranges would take the cells HyperFormula builds for ranges past ${MAX_RANGE_CELLS.toLocaleString('en')} (this formula: ${cells.toLocaleString('en')}${largest ? `, ${rangeText(largest)}` : ''})`;

const VOLATILE = /(?:^|[^A-Za-z0-9_.])(?:_xlfn\.)?(TODAY|NOW|RAND|RANDBETWEEN|RANDARRAY)\s*\(/i;
const VOLATILE_NOTE = 'a volatile function (TODAY, NOW, RAND…): recomputed now, not when the file was saved';

const DIRECT_CALL = new RegExp(`^(_xldudf_${NAMESPACE}_[A-Za-z0-9_.]+|${NAMESPACE}\\.[A-Za-z0-9_.]+)\\(`, 'i');
const REF = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const STRING = /^"((?:[^"]|"")*)"$/;
const BOOLEAN = /^(TRUE|FALSE)(\(\))?$/i;

interface Direct {
  fn: FunctionSpec;
  /** The arguments as HyperFormula hands them to the plugin. */
  args: unknown[];
}

/**
 * A formula that is one SUBSIDY call whose arguments are literals or references to constant
 * cells of the same sheet, with each argument as HyperFormula would hand it to the plugin
 * (a number, a text, a boolean; EmptyValue for an empty cell or an empty slot; fewer values
 * when trailing arguments are left out — measured, see test/audit). Such a cell is computed
 * by the plugin's own runForHyperFormula without being built into HyperFormula: the same
 * function on the same values, without HyperFormula's per-formula cost. Its result then
 * enters HyperFormula as a constant for the formulas that read it. Anything else (nesting,
 * ranges, references to formula or error cells, an argument count HyperFormula would refuse,
 * spilled tables) goes through HyperFormula.
 */
export function directCall(formula: string, grid: readonly (readonly RawCellContent[] | undefined)[], occupied: ReadonlySet<number>): Direct | undefined {
  const m = DIRECT_CALL.exec(formula);
  if (!m) return undefined;
  const fn = registryFunction(m[1]);
  if (!fn || fn.result === 'table' || fn.args.some((a) => a.repeating)) return undefined;
  const open = m[0].length - 1;
  let args: string[];
  const close = formula.length - 1;
  const inner = formula.slice(open + 1, close);
  if (formula[close] === ')' && !/["'(){}[\]]/.test(inner)) args = inner === '' ? [] : inner.split(',').map((a) => a.trim());
  else {
    const parsed = callArguments(formula, open);
    if (formula.slice(parsed.end).trim() !== '') return undefined;
    args = parsed.args;
  }
  let required = 0;
  fn.args.forEach((a, i) => {
    if (!a.optional) required = i + 1;
  });
  if (args.length > fn.args.length || args.length < required) return undefined;
  const values: unknown[] = [];
  for (const a of args) {
    if (a === '') {
      values.push(EmptyValue);
      continue;
    }
    const ref = REF.exec(a);
    if (ref) {
      const col = colNumber(ref[1].toUpperCase());
      const row = Number(ref[2]);
      if (col > 16_384 || row < 1 || row > 1_048_576 || occupied.has(cellKey(row, col))) return undefined;
      const c = grid[row - 1]?.[col - 1];
      if (c === undefined || c === null) values.push(EmptyValue);
      else if (typeof c === 'string') {
        if (c[0] !== "'") return undefined; // an error constant: HyperFormula propagates it
        values.push(c.slice(1));
      } else values.push(c);
      continue;
    }
    if (NUMBER.test(a)) {
      values.push(Number(a));
      continue;
    }
    const str = STRING.exec(a);
    if (str) {
      values.push(str[1].replace(/""/g, '"'));
      continue;
    }
    const bool = BOOLEAN.exec(a);
    if (bool) {
      values.push(bool[1].toUpperCase() === 'TRUE');
      continue;
    }
    return undefined;
  }
  return { fn, args: values };
}

/** HyperFormula's argument values as the engine takes them (the plugin's own conversion, for scalars). */
function rawArg(v: unknown): RawArg {
  if (v === EmptyValue || v === undefined) return null;
  return v as RawArg;
}

function explainDirect(d: Direct): { steps?: Step[]; note?: string } {
  try {
    return { steps: evaluate(d.fn, d.args.map(rawArg), true).steps };
  } catch (e) {
    const { code, message } = toErrorParts(e);
    return { note: `${NAMESPACE}.${d.fn.name} gives ${code} ${message}` };
  }
}

type ArgValue = RawArg | DetailedCellError;

function argValue(v: unknown): ArgValue {
  if (v instanceof DetailedCellError) return v;
  if (Array.isArray(v)) return v.map((row: unknown[]) => row.map((x) => (x instanceof DetailedCellError ? null : (x as RawArg))));
  if (v === undefined) return null;
  return v as RawArg;
}

/**
 * The explanation of a formula's outermost SUBSIDY call: each argument expression is
 * evaluated in the cell's sheet with the recomputed workbook, then the call is run with
 * recording on — the path the plugin takes, so the steps are those of the number.
 */
function explain(hf: HyperFormula, sheetId: number, formula: string): { steps?: Step[]; note?: string } {
  const text = hfLiterals(toHyperFormula(formula));
  const all = calls(text).filter((c) => registryFunction(c.raw) !== undefined);
  if (all.length === 0) return {};
  const top = all.reduce((best, c) => (c.depth < best.depth ? c : best));
  const fn = registryFunction(top.raw)!;
  const { args } = callArguments(text, top.open);
  const raw: RawArg[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '') {
      raw.push(null);
      continue;
    }
    let v: ArgValue;
    try {
      // A reference to an empty cell reaches the plugin as "omitted"; calculateFormula would
      // give 0 for it (evaluateNullToZero), so emptiness is asked for separately.
      const blank = hf.calculateFormula(`=ISBLANK(${a})`, sheetId);
      v = blank === true ? null : argValue(hf.calculateFormula(`=${a}`, sheetId));
    } catch (e) {
      return { note: `argument ${i + 1} (${a}) could not be evaluated: ${(e as Error).message}` };
    }
    if (v instanceof DetailedCellError) {
      return { note: `argument ${i + 1} (${a}) is ${v.value}${v.message ? ` ${v.message}` : ''}; ${NAMESPACE}.${fn.name} passes that error on` };
    }
    raw.push(v);
  }
  return explainDirect({ fn, args: raw });
}

interface Planned {
  cell: FormulaCell;
  analysis: Analysis;
  /** False: not recomputed (unknown function, data table); its cached value stands in for it. */
  recomputed: boolean;
  direct?: Direct;
  directValue?: AuditValue;
}

/**
 * Which constants HyperFormula needs: those the formulas it computes read. Small areas are
 * kept as a set of cells, large ones (SUM(E2:E100001)) as rectangles.
 */
class Needed {
  private readonly cells = new Map<string, Set<number>>();
  private readonly rects = new Map<string, Area[]>();
  all = false;

  add(sheet: string, area: Area): void {
    const key = (area.sheet ?? sheet).toLowerCase();
    const size = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    if (size <= 64) {
      let set = this.cells.get(key);
      if (!set) this.cells.set(key, (set = new Set()));
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) set.add(cellKey(r, c));
    } else {
      let list = this.rects.get(key);
      if (!list) this.rects.set(key, (list = []));
      list.push(area);
      if (list.length > 2000) this.all = true;
    }
  }

  /** Keeps in each sheet's grid only the needed constants (formula contents are kept by the caller). */
  prune(sheet: string, grid: RawCellContent[][]): RawCellContent[][] {
    const key = sheet.toLowerCase();
    const set = this.cells.get(key);
    const rects = this.rects.get(key) ?? [];
    const out: RawCellContent[][] = [];
    grid.forEach((row, r0) => {
      if (!row) return;
      const r = r0 + 1;
      const across = rects.filter((a) => r >= a.top && r <= a.bottom);
      row.forEach((content, c0) => {
        if (content === undefined || content === null) return;
        const c = c0 + 1;
        if ((set && set.has(cellKey(r, c))) || across.some((a) => c >= a.left && c <= a.right)) (out[r0] ??= [])[c0] = content;
      });
    });
    return out;
  }
}

/**
 * The defined names HyperFormula is given. A name reading another workbook, or whose ranges
 * would take HyperFormula past MAX_RANGE_CELLS, is left out with a warning; formulas using
 * it then show #NAME? and are reported.
 */
function hfNames(names: readonly DefinedName[], externalLinks: readonly string[], ranges: RangeCost, warnings: string[]): SerializedNamedExpression[] {
  const out: SerializedNamedExpression[] = [];
  for (const n of names) {
    const text = hfLiterals(toHyperFormula(n.text));
    const books = externalBooks(n.text);
    if (books.length) {
      warnings.push(`defined name ${n.name} left out: it refers to another workbook ([${books[0]}] = ${externalLinks[books[0] - 1] ?? '(a workbook the file does not name)'})`);
      continue;
    }
    const areas = referencedAreas(text);
    if (areas) {
      // A name's own sheet is unknown here; whole rows and columns are costed on the sheet the name names.
      const cost = ranges.cost('', areas);
      if (ranges.spent + cost.cells > MAX_RANGE_CELLS) {
        warnings.push(`defined name ${n.name} left out: ${overRanges(cost.cells, cost.largest)}`);
        continue;
      }
      ranges.commit(cost);
    }
    out.push({ name: n.name, expression: `=${text}`, ...(n.localSheet !== undefined ? { scope: n.localSheet } : {}) });
  }
  return out;
}

/** Recomputes a workbook and compares every formula cell (and every cell of every spill) with the file's cached value. */
export async function auditWorkbook(path: string, options: AuditOptions = {}): Promise<AuditResult> {
  const report = options.onProgress;
  const readOptions: ReadOptions = {
    ...(options.maxCells ? { maxCells: options.maxCells } : {}),
    ...(report ? { onBytes: (done: number, total: number) => report(Math.floor((WEIGHT.read * done) / total), TOTAL, 'read') } : {}),
  };
  let data: Awaited<ReturnType<typeof readWorkbook>>;
  try {
    data = await readWorkbook(path, readOptions);
  } catch (e) {
    // Anything the reader trips over in an untrusted file means it cannot be read.
    throw new AuditInputError(`${path}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  report?.(WEIGHT.read, TOTAL, 'recalculate');
  registerSubsidyPlugin();

  const warnings: string[] = [];
  if (data.date1904) {
    warnings.push('the workbook uses the 1904 date system: date serials passed to SUBSIDY functions are read as 1900-system serials');
  }

  const unknown = new Map<string, string[]>();
  const needed = new Needed();
  const ranges = new RangeCost(new Map(data.sheets.map((s) => [s.name.toLowerCase(), sheetExtent(s)])));
  const names = hfNames(data.names, data.externalLinks, ranges, warnings);
  if (names.length) needed.all = true;
  const formulaCount = data.sheets.reduce((n, sh) => n + sh.formulas.length, 0) || 1;
  let prepared = 0;
  // For each sheet: its planned formula cells, and the formula contents HyperFormula is given.
  const plans = data.sheets.map((sheet) => {
    const grid = sheet.grid as RawCellContent[][];
    const occupied = new Set<number>();
    for (const f of sheet.formulas) occupied.add(cellKey(f.row, f.col));
    for (const s of sheet.spills) occupied.add(cellKey(s.row, s.col));
    const formulaContents: { row: number; col: number; content: RawCellContent }[] = [];
    const cells: Planned[] = sheet.formulas.map((cell) => {
      if (report && ++prepared % 4096 === 0) report(WEIGHT.read + Math.floor((WEIGHT.direct * prepared) / formulaCount), TOTAL, 'recalculate');
      const put = (content: RawCellContent) => formulaContents.push({ row: cell.row, col: cell.col, content });
      cell.problem ??= formulaProblem(cell.formula, data.externalLinks);
      if (cell.problem) {
        put(asContent(cell.cached));
        return { cell, analysis: analyse(cell.formula), recomputed: false };
      }
      const direct = cell.array ? undefined : directCall(cell.formula, grid, occupied);
      if (direct) {
        const directValue = fromPlugin(runForHyperFormula(direct.fn, direct.args));
        put(asContent(directValue));
        return { cell, analysis: SUBSIDY_ONLY, recomputed: true, direct, directValue };
      }
      const analysis = analyse(cell.formula);
      if (analysis.unknown.length) {
        // Its dependents are checked against what the file claims for it.
        put(asContent(cell.cached));
        for (const name of analysis.unknown) {
          const list = unknown.get(name) ?? [];
          list.push(qualified(sheet.name, a1(cell.row, cell.col)));
          unknown.set(name, list);
        }
        return { cell, analysis, recomputed: false };
      }
      const text = hfLiterals(toHyperFormula(cell.formula.startsWith('=') ? cell.formula.slice(1) : cell.formula));
      const areas = referencedAreas(text);
      if (areas) {
        const cost = ranges.cost(sheet.name, areas);
        if (ranges.spent + cost.cells > MAX_RANGE_CELLS) {
          cell.problem = overRanges(cost.cells, cost.largest);
          put(asContent(cell.cached));
          return { cell, analysis, recomputed: false };
        }
        ranges.commit(cost);
      }
      put(cell.array ? `=ARRAYFORMULA(${text})` : `=${text}`);
      if (!needed.all) {
        if (!areas) needed.all = true;
        else for (const a of areas) needed.add(sheet.name, a);
        if (cell.array) {
          // Constants where the array may spill must be seen, or HyperFormula would spill over them.
          const rows = Math.max(cell.array.bottom - cell.array.top + 1, EXPLAIN_MAX_ROWS);
          const cols = Math.max(cell.array.right - cell.array.left + 1, 8);
          needed.add(sheet.name, { top: cell.row, left: cell.col, bottom: Math.min(cell.row + rows - 1, 1_048_576), right: Math.min(cell.col + cols - 1, 16_384) });
        }
      }
      return { cell, analysis, recomputed: true };
    });
    // The spill of an anchor that is not recomputed stays as the file has it.
    for (const s of sheet.spills) {
      if (!cells[s.anchor].recomputed) formulaContents.push({ row: s.row, col: s.col, content: asContent(s.cached) });
    }
    return { sheet, cells, formulaContents };
  });
  report?.(WEIGHT.read + WEIGHT.direct, TOTAL, 'recalculate');

  const input: Record<string, RawCellContent[][]> = {};
  for (const { sheet, formulaContents } of plans) {
    const grid = needed.all ? (sheet.grid as RawCellContent[][]) : needed.prune(sheet.name, sheet.grid as RawCellContent[][]);
    for (const f of formulaContents) (grid[f.row - 1] ??= [])[f.col - 1] = f.content;
    // HyperFormula wants an array of arrays: no missing rows.
    for (let r = 0; r < grid.length; r++) if (!grid[r]) grid[r] = [];
    input[sheet.name] = grid;
    sheet.grid = [];
  }
  let hf: HyperFormula;
  try {
    try {
      hf = HyperFormula.buildFromSheets(input, AUDIT_HF_CONFIG, names);
    } catch (e) {
      if (names.length === 0) throw e;
      warnings.push(`defined names left out (HyperFormula refused them: ${(e as Error).message}); formulas using them show #NAME?`);
      hf = HyperFormula.buildFromSheets(input, AUDIT_HF_CONFIG);
    }
  } catch (e) {
    throw new AuditInputError(`${path}: HyperFormula could not recompute this workbook (${(e as Error).message})`);
  }
  for (const key of Object.keys(input)) delete input[key];

  try {
    return compareAll(hf, path, plans, unknown, warnings, report, options.maxExplained ?? 1000);
  } finally {
    hf.destroy();
  }
}

function compareAll(
  hf: HyperFormula,
  path: string,
  plans: { sheet: SheetData; cells: Planned[] }[],
  unknown: Map<string, string[]>,
  warnings: string[],
  report: AuditOptions['onProgress'],
  maxExplained: number,
): AuditResult {
  let explained = 0;
  const explainCapped = (run: () => { steps?: Step[]; note?: string }): { steps?: Step[]; note?: string } =>
    explained++ < maxExplained ? run() : { note: `steps left out after the first ${maxExplained} explained cells` };
  const start = WEIGHT.read + WEIGHT.direct + WEIGHT.build;
  const totalCells = plans.reduce((n, p) => n + p.cells.length + p.sheet.spills.length, 0) || 1;
  let compared = 0;
  const tick = () => {
    if (report && ++compared % 4096 === 0) report(start + Math.floor((WEIGHT.compare * compared) / totalCells), TOTAL, 'compare');
  };
  report?.(start, TOTAL, 'compare');

  const summary: AuditSummary = { formulaCells: 0, subsidyCells: 0, checked: 0, mismatches: 0, unknownFunctions: 0, errors: 0 };
  const sheets: SheetSummary[] = [];
  const mismatches: Mismatch[] = [];

  for (const { sheet, cells } of plans) {
    const sheetId = hf.getSheetId(sheet.name)!;
    const own: SheetSummary = { name: sheet.name, formulaCells: cells.length, subsidyCells: 0, mismatches: 0 };
    const add = (m: Mismatch) => {
      mismatches.push(m);
      own.mismatches++;
    };
    for (const { cell, analysis, recomputed, direct, directValue } of cells) {
      tick();
      if (analysis.subsidy) own.subsidyCells++;
      if (analysis.unknown.length) summary.unknownFunctions++;
      if (cell.problem) {
        summary.errors++;
        add({
          sheet: sheet.name,
          cell: a1(cell.row, cell.col),
          formula: displayFormula(cell.formula),
          cached: cell.cached,
          recomputed: { error: '#N/A', message: `not recomputed: ${cell.problem}` },
          note: `not recomputed: ${cell.problem}`,
        });
        continue;
      }
      if (!recomputed) continue;
      summary.checked++;
      // A direct result is read back through HyperFormula too, so that numbers get the same export rounding.
      const read = fromHf(hf.getCellValue({ sheet: sheetId, row: cell.row - 1, col: cell.col - 1 }));
      const value = directValue !== undefined && isErrorValue(directValue) ? directValue : read;
      if (engineFailure(value)) summary.errors++;
      if (sameValue(cell.cached, value)) continue;
      const m: Mismatch = { sheet: sheet.name, cell: a1(cell.row, cell.col), formula: displayFormula(cell.formula), cached: cell.cached, recomputed: value };
      const why = [noteFor(value), VOLATILE.test(cell.formula) ? VOLATILE_NOTE : undefined].filter(Boolean).join('; ') || undefined;
      if (direct) Object.assign(m, explainCapped(() => explainDirect(direct)));
      else if (analysis.subsidy && !engineFailure(value)) Object.assign(m, explainCapped(() => explain(hf, sheetId, cell.formula)));
      if (why) m.note = m.note ? `${why}; ${m.note}` : why;
      add(m);
    }
    for (const s of sheet.spills) {
      tick();
      const anchor = cells[s.anchor];
      if (!anchor.recomputed) continue;
      summary.checked++;
      const value = fromHf(hf.getCellValue({ sheet: sheetId, row: s.row - 1, col: s.col - 1 }));
      if (sameValue(s.cached, value)) continue;
      const m: Mismatch = {
        sheet: sheet.name,
        cell: a1(s.row, s.col),
        formula: displayFormula(anchor.cell.formula),
        cached: s.cached,
        recomputed: value,
        note: `part of the array spilled from ${a1(anchor.cell.row, anchor.cell.col)}`,
      };
      if (anchor.analysis.subsidy) {
        const x = explainCapped(() => explain(hf, sheetId, anchor.cell.formula));
        if (x.steps) m.steps = x.steps;
        if (x.note) m.note += `; ${x.note}`;
      }
      add(m);
    }
    summary.formulaCells += own.formulaCells;
    summary.subsidyCells += own.subsidyCells;
    sheets.push(own);
  }
  summary.mismatches = mismatches.length;
  report?.(start + WEIGHT.compare, TOTAL, 'compare');
  return {
    file: path,
    sheets,
    summary,
    mismatches,
    unknownFunctions: [...unknown].map(([name, list]) => ({ name, cells: list })),
    warnings,
  };
}
