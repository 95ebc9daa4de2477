import { firstDayOfMonth, isoMonth, type MonthIndex } from './dates';
import type { Bilingual } from './errors';
import { entryOn, type RateEntry } from './provenance';
import type { Trace } from './trace';

/** "2020-02 … 2020-06": a table's whole span as months (its windows run whole months). */
export function monthSpan(table: readonly RateEntry<unknown>[]): string {
  const first = table[0].fromIso?.slice(0, 7) ?? '…';
  const last = table[table.length - 1].toIso?.slice(0, 7) ?? '…';
  return `${first} … ${last}`;
}

/**
 * The entry in force during month `m` — its first day decides, since every monthly
 * table's windows run whole months. When none is, the trace says so (citing the table's
 * first source) and the caller returns 0: an ineligible month is an answer, not an error.
 */
export function entryForMonth<V>(
  table: readonly RateEntry<V>[],
  m: MonthIndex,
  t: Trace,
  what: Bilingual,
): RateEntry<V> | undefined {
  const found = entryOn(table, firstDayOfMonth(m));
  if (!found) {
    t.because(
      { zh: `不在${what.zh}期内`, en: `outside the ${what.en} window` },
      { zh: `${isoMonth(m)} 不在${what.zh}期 ${monthSpan(table)} 内`, en: `${isoMonth(m)} is outside the ${what.en} window ${monthSpan(table)}` },
      table[0].source,
    );
  }
  return found;
}
