import { Dec } from './money';
import { numError, valueError, type Bilingual } from './errors';
import {
  dayFromSerial,
  dayFromYmd,
  FIRST_SAFE_SERIAL,
  isoDate,
  isoMonth,
  monthIndex,
  monthOfDay,
  parseDateText,
  type Day,
  type MonthIndex,
} from './dates';

/** What an adapter hands the engine for one argument: Excel's and HyperFormula's scalars. */
export type Scalar = number | string | boolean;

/**
 * An argument type: how a raw value becomes a typed value, what it accepts (for messages,
 * docs and the task pane's forms), and how a value is shown in an explanation.
 */
export interface ArgType<T> {
  readonly kind: string;
  readonly accepts: Bilingual;
  /** Unit shown in docs and forms, e.g. 元 / yuan. */
  readonly unit?: Bilingual;
  parse(raw: Scalar, arg: string): T;
  show(value: T): number | string;
}

function finiteNumber(raw: Scalar, arg: string, accepts: Bilingual): number {
  if (typeof raw !== 'number') throw valueError(arg, accepts, raw);
  if (!Number.isFinite(raw)) throw numError(arg, accepts, raw);
  return raw;
}

/**
 * The largest quantity accepted: Excel keeps 15 significant digits, so above 10¹³ an amount
 * can no longer carry its cents. Nothing in a 2020 claim comes near it; a larger number is
 * a typing or unit error (万元 entered as 元 twice over), and is refused rather than computed.
 */
export const QUANTITY_CEILING = 1e13;

/** The largest count accepted (persons, days, months): far beyond any enterprise, still exact in a double. */
export const COUNT_CEILING = 1e9;

/**
 * A whole number with thousands commas (10,000,000,000,000), as toLocaleString('en-US')
 * writes it. Not toLocaleString itself: these texts are built when functions.js loads, and
 * the first toLocaleString call sets up ICU number formatting — about 10 ms in Node, 14 ms
 * of Excel's start-up in Chromium's CPU profile, against 0.1 ms for this.
 */
export function withCommas(n: number | string): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * A non-negative decimal quantity. Money (元), tons, kWh, m³ and the like: all are
 * entered as Excel numbers and carried as decimals from here on.
 */
export function quantity(unit: Bilingual, max?: { value: number; why: Bilingual }): ArgType<Dec> {
  const limit = max ?? {
    value: QUANTITY_CEILING,
    why: { zh: 'Excel 只保留 15 位有效数字', en: 'Excel keeps 15 significant digits' },
  };
  const accepts: Bilingual = {
    zh: `不小于 0 的数字（${unit.zh}），不超过 ${withCommas(limit.value)}（${limit.why.zh}）`,
    en: `a number ≥ 0 (${unit.en}), at most ${withCommas(limit.value)} (${limit.why.en})`,
  };
  return {
    kind: 'quantity',
    accepts,
    unit,
    parse(raw, arg) {
      const n = finiteNumber(raw, arg, accepts);
      if (n < 0 || n > limit.value) throw numError(arg, accepts, raw);
      return new Dec(n);
    },
    show: (v) => v.toNumber(),
  };
}

export const YUAN: Bilingual = { zh: '元', en: 'yuan' };
export const money = quantity(YUAN);

/** A whole number ≥ 0: persons, staff, days. */
export function count(unit: Bilingual): ArgType<number> {
  const accepts: Bilingual = {
    zh: `不小于 0 的整数（${unit.zh}），不超过 ${withCommas(COUNT_CEILING)}`,
    en: `a whole number ≥ 0 (${unit.en}), at most ${withCommas(COUNT_CEILING)}`,
  };
  return {
    kind: 'count',
    accepts,
    unit,
    parse(raw, arg) {
      const n = finiteNumber(raw, arg, accepts);
      if (n < 0 || !Number.isInteger(n) || n > COUNT_CEILING) throw numError(arg, accepts, raw);
      return n;
    },
    show: (v) => v,
  };
}

/**
 * A rate as a fraction: Excel's 16% arrives as 0.16. Anything above 1 is someone typing 16
 * for 16%, and is refused rather than read as 1600%.
 */
const RATE_ACCEPTS: Bilingual = {
  zh: '0 至 1 之间的比率（16% 请输入 16% 或 0.16）',
  en: 'a fraction from 0 to 1 (type 16% or 0.16 for 16%)',
};

export const rate: ArgType<Dec> = {
  kind: 'rate',
  accepts: RATE_ACCEPTS,
  unit: { zh: '比率', en: 'fraction' },
  parse(raw, arg) {
    const n = finiteNumber(raw, arg, RATE_ACCEPTS);
    if (n < 0 || n > 1) throw numError(arg, RATE_ACCEPTS, raw);
    return new Dec(n);
  },
  show: (v) => `${v.times(100).toString()}%`,
};

const DATE_ACCEPTS: Bilingual = {
  zh: '日期：Excel 日期序列号，或文本 2020-03-15、2020/3/15、2020年3月15日',
  en: 'a date: an Excel date serial, or text 2020-03-15, 2020/3/15, 2020年3月15日',
};

function serialDay(raw: number, arg: string, accepts: Bilingual): Day {
  if (!Number.isFinite(raw) || raw < FIRST_SAFE_SERIAL || raw > 2958465) throw numError(arg, accepts, raw);
  return dayFromSerial(raw);
}

export const date: ArgType<Day> = {
  kind: 'date',
  accepts: DATE_ACCEPTS,
  parse(raw, arg) {
    if (typeof raw === 'number') return serialDay(raw, arg, DATE_ACCEPTS);
    if (typeof raw !== 'string') throw valueError(arg, DATE_ACCEPTS, raw);
    const p = parseDateText(raw);
    // A month alone ("2020-03") does not say which day; for a date argument that matters.
    if (!p || p.day === undefined) throw valueError(arg, DATE_ACCEPTS, raw);
    return dayFromYmd(p.year, p.month, p.day);
  },
  show: (d) => isoDate(d),
};

const MONTH_ACCEPTS: Bilingual = {
  zh: '月份：Excel 日期序列号（该月任一天），或文本 2020-03、2020年3月、2020-03-15',
  en: 'a month: an Excel date serial (any day of it), or text 2020-03, 2020年3月, 2020-03-15',
};

export const month: ArgType<MonthIndex> = {
  kind: 'month',
  accepts: MONTH_ACCEPTS,
  parse(raw, arg) {
    if (typeof raw === 'number') return monthOfDay(serialDay(raw, arg, MONTH_ACCEPTS));
    if (typeof raw !== 'string') throw valueError(arg, MONTH_ACCEPTS, raw);
    const p = parseDateText(raw);
    if (!p) throw valueError(arg, MONTH_ACCEPTS, raw);
    return monthIndex(p.year, p.month);
  },
  show: (m) => isoMonth(m),
};

const YEAR_ACCEPTS: Bilingual = { zh: '四位年份，如 2020', en: 'a four-digit year such as 2020' };

export const year: ArgType<number> = {
  kind: 'year',
  accepts: YEAR_ACCEPTS,
  parse(raw, arg) {
    const n = finiteNumber(raw, arg, YEAR_ACCEPTS);
    if (!Number.isInteger(n) || n < 1900 || n > 9999) throw numError(arg, YEAR_ACCEPTS, raw);
    return n;
  },
  show: (y) => y,
};

const BOOL_ACCEPTS: Bilingual = { zh: 'TRUE 或 FALSE（也可 1 或 0）', en: 'TRUE or FALSE (or 1 or 0)' };

export const bool: ArgType<boolean> = {
  kind: 'boolean',
  accepts: BOOL_ACCEPTS,
  parse(raw, arg) {
    if (typeof raw === 'boolean') return raw;
    if (raw === 1 || raw === 0) return raw === 1;
    throw valueError(arg, BOOL_ACCEPTS, raw);
  },
  show: (b) => (b ? 'TRUE' : 'FALSE'),
};

const TEXT_ACCEPTS: Bilingual = { zh: '文本', en: 'text' };

export const text: ArgType<string> = {
  kind: 'text',
  accepts: TEXT_ACCEPTS,
  parse(raw, arg) {
    if (typeof raw !== 'string' || raw.trim() === '') throw valueError(arg, TEXT_ACCEPTS, raw);
    return raw.trim();
  },
  show: (s) => s,
};
