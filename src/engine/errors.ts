/**
 * Typed errors. Every bad input becomes one of three Excel errors, each with a message
 * that names the argument and what it accepts, in Chinese and English:
 *   #VALUE!  wrong type or unknown code
 *   #NUM!    a number out of range (negative money, rate above 1, days over a legal limit)
 *   #N/A     the case is well formed but no policy in the seeds sets an amount for it
 * Adapters (Excel, HyperFormula, CLI, task pane) only translate these; the engine never
 * returns a silently wrong number.
 */
export type ErrorCode = '#VALUE!' | '#NUM!' | '#N/A';

export interface Bilingual {
  zh: string;
  en: string;
}

export class SubsidyError extends Error {
  readonly code: ErrorCode;
  readonly zh: string;
  readonly en: string;
  /** The argument at fault, when one is. */
  readonly arg?: string;

  constructor(code: ErrorCode, text: Bilingual, arg?: string) {
    super(`${text.zh} | ${text.en}`);
    this.name = 'SubsidyError';
    this.code = code;
    this.zh = text.zh;
    this.en = text.en;
    this.arg = arg;
  }

  /** The text the CLI's JSON contract carries: "#VALUE! <message>". */
  override toString(): string {
    return `${this.code} ${this.message}`;
  }
}

/** How a raw argument looks in a message: text quoted, numbers as typed. */
export function describeRaw(raw: unknown): string {
  if (typeof raw === 'string') return JSON.stringify(raw);
  if (Array.isArray(raw)) return 'a range / 一个区域';
  return String(raw);
}

function argError(code: ErrorCode, arg: string, expected: Bilingual, raw: unknown): SubsidyError {
  const got = raw === undefined ? '' : `，收到 ${describeRaw(raw)}`;
  const gotEn = raw === undefined ? '' : `, got ${describeRaw(raw)}`;
  return new SubsidyError(
    code,
    {
      zh: `参数 ${arg}：应为${expected.zh}${got}`,
      en: `argument ${arg}: expected ${expected.en}${gotEn}`,
    },
    arg,
  );
}

/** Wrong type or unknown code. */
export function valueError(arg: string, expected: Bilingual, raw?: unknown): SubsidyError {
  return argError('#VALUE!', arg, expected, raw);
}

/** A number outside the range the argument allows. */
export function numError(arg: string, expected: Bilingual, raw?: unknown): SubsidyError {
  return argError('#NUM!', arg, expected, raw);
}

/** A well-formed case for which the seeds set no amount. */
export function notCovered(text: Bilingual, arg?: string): SubsidyError {
  return new SubsidyError('#N/A', text, arg);
}
