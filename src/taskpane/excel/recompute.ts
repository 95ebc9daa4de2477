/**
 * Recomputes a formula's SUBSIDY calls with the engine and compares the result with what the
 * cell shows. Pure (no Office.js): the cell values a formula refers to come in through a
 * lookup, so the whole decision is unit-tested; checkCells.ts only reads and marks cells.
 */
import type { Bilingual } from '../../engine/errors';
import { SubsidyError } from '../../engine/errors';
import { toCents } from '../../engine/money';
import type { Step } from '../../engine/trace';
import { evaluate, type RawArg, type Table } from '../../registry/define';
import { lookupFunction, NAMESPACE } from '../../registry/registry';
import { toCellValue } from '../../registry/results';
import {
  FormulaSyntaxError,
  parseFormula,
  resolveArgument,
  subsidyCalls,
  subsidyName,
  type CellLookup,
  type CellScalar,
  type Expr,
  type Resolved,
} from './formulaArgs';

type Call = Extract<Expr, { kind: 'call' }>;

export type Outcome =
  | { kind: 'value'; value: number | string | Table; steps: Step[] }
  | { kind: 'error'; code: string; message: Bilingual; steps: Step[] }
  | { kind: 'unsupported'; reason: Bilingual };

export interface CallCheck {
  /** The call as written in the formula. */
  text: string;
  name: string;
  outcome: Outcome;
  /** Nested SUBSIDY calls recomputed on the way, innermost first. */
  nested: CallCheck[];
}

/** What the cell shows, as Office.js reads it. */
export interface CellShown {
  value: CellScalar;
  /** Office.js valueTypes entry: "Double", "String", "Boolean", "Error", "Empty". */
  type?: string;
}

export type Verdict =
  | { kind: 'agree' }
  | { kind: 'differ'; expected: string; shown: string }
  | { kind: 'unchecked'; reason: Bilingual };

export interface FormulaCheck {
  formula: string;
  calls: CallCheck[];
  verdict: Verdict;
}

function unsupportedArg(text: string): Bilingual {
  return {
    zh: `参数 ${text} 不是常量、单元格引用、DATE() 或 SUBSIDY 调用，无法在此核对`,
    en: `argument ${text} is not a literal, a cell reference, DATE() or a SUBSIDY call; it cannot be checked here`,
  };
}

/** Recomputes one SUBSIDY call; nested calls are recomputed first and listed in `nested`. */
export function recomputeCall(call: Call, lookup: CellLookup): CallCheck {
  const name = subsidyName(call)!;
  const nested: CallCheck[] = [];
  const checked = (outcome: Outcome): CallCheck => ({ text: call.text, name, nested, outcome });
  // An error outcome has no steps: the engine never ran, or stopped before any it could show.
  const failed = (code: string, message: Bilingual): CallCheck => checked({ kind: 'error', code, message, steps: [] });
  const fn = lookupFunction(name);
  if (!fn) return failed('#NAME?', { zh: `没有名为 ${NAMESPACE}.${name} 的函数`, en: `there is no function ${NAMESPACE}.${name}` });
  const evalNested = (inner: Call): Resolved => {
    const check = recomputeCall(inner, lookup);
    nested.push(...check.nested, check);
    const o = check.outcome;
    if (o.kind === 'value') {
      if (Array.isArray(o.value)) return { kind: 'unsupported', text: inner.text };
      return { kind: 'value', value: o.value };
    }
    if (o.kind === 'error') return { kind: 'error', code: o.code, from: inner.text };
    return { kind: 'unsupported', text: inner.text };
  };
  const excelArgs: (CellScalar | null)[] = [];
  for (const arg of call.args) {
    const r = resolveArgument(arg, lookup, evalNested);
    if (r.kind === 'unsupported') {
      const deeper = nested.find((n) => n.text === r.text && n.outcome.kind === 'unsupported');
      return checked({ kind: 'unsupported', reason: deeper && deeper.outcome.kind === 'unsupported' ? deeper.outcome.reason : unsupportedArg(r.text) });
    }
    if (r.kind === 'error') {
      // Excel does not call a function whose argument is an error: the cell shows that error.
      return failed(r.code, { zh: `参数 ${r.from} 的值是错误 ${r.code}`, en: `argument ${r.from} is the error ${r.code}` });
    }
    excelArgs.push(r.value);
  }
  try {
    // Positional, as the Excel adapter passes them (a repeating argument's values simply follow).
    const raw: RawArg[] = excelArgs;
    const ev = evaluate(fn, raw, true);
    return checked({ kind: 'value', value: toCellValue(fn, ev.value), steps: ev.steps });
  } catch (e) {
    if (e instanceof SubsidyError) return failed(e.code, { zh: e.zh, en: e.en });
    const detail = e instanceof Error ? e.message : String(e);
    return failed('#VALUE!', { zh: `内部错误，请报告：${detail}`, en: `internal error, please report: ${detail}` });
  }
}

function shownText(c: CellShown): string {
  return typeof c.value === 'string' ? c.value : String(c.value);
}

/** Whether the cell's value is what the engine gives (amounts compared rounded to the cent). */
export function compare(outcome: Outcome, cell: CellShown): Verdict {
  if (outcome.kind === 'unsupported') return { kind: 'unchecked', reason: outcome.reason };
  if (outcome.kind === 'error') {
    const isError = cell.type === 'Error' || (typeof cell.value === 'string' && cell.value.startsWith('#'));
    if (isError && cell.value === outcome.code) return { kind: 'agree' };
    return { kind: 'differ', expected: outcome.code, shown: shownText(cell) };
  }
  const v = outcome.value;
  if (Array.isArray(v)) {
    return {
      kind: 'unchecked',
      reason: { zh: '结果是溢出表，只显示计算过程，不比较单元格值', en: 'the result is a spilled table: explained, not compared' },
    };
  }
  if (typeof v === 'number') {
    if (typeof cell.value === 'number' && toCents(cell.value) === toCents(v)) return { kind: 'agree' };
    return { kind: 'differ', expected: toCents(v), shown: typeof cell.value === 'number' ? toCents(cell.value) : shownText(cell) };
  }
  if (shownText(cell) === v) return { kind: 'agree' };
  return { kind: 'differ', expected: v, shown: shownText(cell) };
}

/** What a referenced cell holds, as the checker read it. */
export type CellContent = { value: CellScalar } | { error: string } | { empty: true } | undefined;

export type SheetLookup = (sheet: string | undefined, address: string) => CellContent;

function outcomeKey(o: Outcome): string {
  if (o.kind === 'unsupported') return 'unsupported';
  if (o.kind === 'error') return o.code;
  if (typeof o.value === 'number') return toCents(o.value);
  return JSON.stringify(o.value);
}

/**
 * Checks one formula: parses it, recomputes its outermost SUBSIDY calls, and compares the
 * cell with the engine when the formula is a single SUBSIDY call. Returns undefined when the
 * formula calls no SUBSIDY function.
 *
 * An empty referenced cell reaches a custom function as null in Excel on the web and as 0
 * in desktop Excel (office-js issue #4702). Such a formula is recomputed both ways; where
 * the two differ it is reported as not checkable rather than guessed.
 */
export function checkFormula(formula: string, cell: CellShown, lookup: SheetLookup): FormulaCheck | undefined {
  if (!/SUBSIDY/i.test(formula)) return undefined;
  let tree: Expr;
  try {
    tree = parseFormula(formula);
  } catch (e) {
    const why = e instanceof FormulaSyntaxError ? e.message : String(e);
    return {
      formula,
      calls: [],
      verdict: { kind: 'unchecked', reason: { zh: `无法解析公式（${why}）`, en: `the formula could not be read (${why})` } },
    };
  }
  const outer = subsidyCalls(tree);
  if (!outer.length) return undefined;
  const empties = new Set<string>();
  const withEmptyAs =
    (empty: null | 0): CellLookup =>
    (sheet, address) => {
      const c = lookup(sheet, address);
      if (c && 'empty' in c) {
        empties.add(sheet ? `${sheet}!${address}` : address);
        return { value: empty };
      }
      return c;
    };
  const calls = outer.map((c) => recomputeCall(c, withEmptyAs(null)));
  const blocked = calls.find((c) => c.outcome.kind === 'unsupported');
  if (blocked && blocked.outcome.kind === 'unsupported') return { formula, calls, verdict: { kind: 'unchecked', reason: blocked.outcome.reason } };
  if (empties.size) {
    const asZero = outer.map((c) => recomputeCall(c, withEmptyAs(0)));
    const differs = asZero.some((c, i) => outcomeKey(c.outcome) !== outcomeKey(calls[i].outcome));
    if (differs) {
      const list = [...empties].join(', ');
      return {
        formula,
        calls,
        verdict: {
          kind: 'unchecked',
          reason: {
            zh: `引用的单元格 ${list} 为空：Excel 网页版把空单元格作为空值、桌面版作为 0 传给函数，两种结果不同（${outcomeKey(calls[0].outcome)} / ${outcomeKey(asZero[0].outcome)}），请填写该单元格后再核对`,
            en: `referenced cell ${list} is empty: Excel on the web passes an empty cell as null, desktop Excel as 0, and the results differ (${outcomeKey(calls[0].outcome)} / ${outcomeKey(asZero[0].outcome)}); fill it in and check again`,
          },
        },
      };
    }
  }
  const whole = tree.kind === 'call' && subsidyName(tree) !== undefined;
  const verdict: Verdict = whole
    ? compare(calls[0].outcome, cell)
    : {
        kind: 'unchecked',
        reason: {
          zh: '公式在 SUBSIDY 调用之外还有其他运算：只重算其中的 SUBSIDY 调用，不比较单元格值',
          en: 'the formula does more than one SUBSIDY call: its SUBSIDY calls are recomputed, the cell value is not compared',
        },
      };
  return { formula, calls, verdict };
}
