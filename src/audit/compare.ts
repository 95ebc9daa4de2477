import { toCents } from '../engine/money';

/** A cell's value as the audit reads and reports it. */
export type AuditValue = number | string | boolean | null | { error: string; message?: string };

export function isErrorValue(v: AuditValue): v is { error: string; message?: string } {
  return typeof v === 'object' && v !== null;
}

/**
 * Two doubles this close are the same number computed in a different order (float noise);
 * no cent amount can hide in the difference. It only matters where a value sits on a
 * half-cent and the noise would push the two sides of the rounding apart.
 */
const NOISE = 1e-9;

/**
 * The comparison rule of the audit, for every formula cell and every cell of a spill:
 *
 * - numbers agree when both, rounded half-up to 0.01 in decimal arithmetic (toCents), are
 *   the same cent amount — or differ by float noise (≤ 1e-9). The rule is the same for
 *   non-money cells (a year, a count, a rate): a year is an integer and compares exactly;
 *   a rate compares to two decimals only, which is the price of one rule for every cell;
 * - text agrees only when identical (case, spaces and all);
 * - booleans agree only with the same boolean (TRUE is not 1);
 * - errors agree when their codes agree (#N/A = #N/A, whatever the message);
 * - an empty result agrees with an empty cached value or ""; a formula saved with no cached
 *   value at all does not agree with a computed value (the file claims nothing).
 *
 * A number never equals text, even text that reads as the same number.
 */
export function sameValue(cached: AuditValue, recomputed: AuditValue): boolean {
  if (typeof cached === 'number' && typeof recomputed === 'number') {
    if (cached === recomputed) return true;
    if (!Number.isFinite(cached) || !Number.isFinite(recomputed)) return false;
    if (Math.abs(cached - recomputed) <= NOISE) return true;
    return toCents(cached) === toCents(recomputed);
  }
  if (isErrorValue(cached) || isErrorValue(recomputed)) {
    return isErrorValue(cached) && isErrorValue(recomputed) && cached.error.toUpperCase() === recomputed.error.toUpperCase();
  }
  const emptyC = cached === null || cached === '';
  const emptyR = recomputed === null || recomputed === '';
  if (emptyC || emptyR) return emptyC && emptyR;
  return cached === recomputed;
}
