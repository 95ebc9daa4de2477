/**
 * Calendar arithmetic on whole days, with no time zones: a date is the number of days
 * since 1970-01-01 (UTC), a month is year × 12 + (month − 1). Excel serials (1900 date
 * system) convert by the fixed offset 25569, as Microsoft documents for custom functions.
 */

/** Days since 1970-01-01. */
export type Day = number;
/** year × 12 + (month − 1). */
export type MonthIndex = number;

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 in the 1900 date system. */
export const EXCEL_EPOCH_OFFSET = 25569;
/**
 * Serial 61 is 1900-03-01. Below it Excel's 1900 system counts the non-existent
 * 1900-02-29, so serials under 61 cannot be converted by a fixed offset; no 2020 policy
 * needs them.
 */
export const FIRST_SAFE_SERIAL = 61;

export function dayFromYmd(year: number, month: number, day: number): Day {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function ymdOf(day: Day): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function dayFromSerial(serial: number): Day {
  return Math.floor(serial) - EXCEL_EPOCH_OFFSET;
}

export function serialFromDay(day: Day): number {
  return day + EXCEL_EPOCH_OFFSET;
}

export function isoDate(day: Day): string {
  const { year, month, day: d } = ymdOf(day);
  return `${year}-${pad2(month)}-${pad2(d)}`;
}

/** Parses "2020-03-15" (the form rate tables use). Throws on anything else: tables are ours. */
export function dayFromIso(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || !isValidYmd(+m[1], +m[2], +m[3])) throw new Error(`not an ISO date: ${iso}`);
  return dayFromYmd(+m[1], +m[2], +m[3]);
}

export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

export function monthOfDay(day: Day): MonthIndex {
  const { year, month } = ymdOf(day);
  return monthIndex(year, month);
}

export function firstDayOfMonth(m: MonthIndex): Day {
  return dayFromYmd(Math.floor(m / 12), (m % 12) + 1, 1);
}

export function lastDayOfMonth(m: MonthIndex): Day {
  return firstDayOfMonth(m + 1) - 1;
}

export function isoMonth(m: MonthIndex): string {
  return `${Math.floor(m / 12)}-${pad2((m % 12) + 1)}`;
}

export function monthFromIso(iso: string): MonthIndex {
  const m = /^(\d{4})-(\d{2})$/.exec(iso);
  if (!m || +m[2] < 1 || +m[2] > 12) throw new Error(`not an ISO month: ${iso}`);
  return monthIndex(+m[1], +m[2]);
}

/**
 * The same day n calendar months later; a day that does not exist in the target month
 * falls back to that month's last day (2020-08-31 + 6 months = 2021-02-28), the reading
 * of "6 个月" that gives the debtor the whole of the last month.
 */
export function addMonths(day: Day, n: number): Day {
  const { year, month, day: d } = ymdOf(day);
  const target = monthIndex(year, month) + n;
  const ty = Math.floor(target / 12);
  const tm = (target % 12) + 1;
  return dayFromYmd(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export interface ParsedDateText {
  year: number;
  month: number;
  /** Absent for a month-only text such as "2020-03" or "2020年3月". */
  day?: number;
}

const DATE_TEXT_PATTERNS: readonly RegExp[] = [
  /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/,
  /^(\d{4})\/(\d{1,2})(?:\/(\d{1,2}))?$/,
  /^(\d{4})\.(\d{1,2})(?:\.(\d{1,2}))?$/,
  /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/,
];

/**
 * The date and month texts FUNCTIONS.md lists: 2020-03, 2020-03-15, 2020/3/15, 2020年3月,
 * 2020年3月15日 (and 2020.3.15, which Chinese finance staff also type). Returns null when
 * the text is not one of them or names an impossible day.
 */
export function parseDateText(text: string): ParsedDateText | null {
  const t = text.trim().replace(/\s+/g, '');
  for (const re of DATE_TEXT_PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const year = +m[1];
    const month = +m[2];
    if (m[3] === undefined) return month >= 1 && month <= 12 ? { year, month } : null;
    const day = +m[3];
    return isValidYmd(year, month, day) ? { year, month, day } : null;
  }
  return null;
}
