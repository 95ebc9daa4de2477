import Decimal from 'decimal.js';

/**
 * The project's own Decimal constructor. Cloned so that no other library sharing
 * decimal.js can change our precision or rounding mode underneath us; 34 significant
 * digits (IEEE decimal128) is far beyond any yuan amount a claim can hold.
 */
export const Dec = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

export const ZERO = new Dec(0);

/** A decimal from a literal in a rate table; literals are strings so no float ever enters. */
export function dec(literal: string): Dec {
  return new Dec(literal);
}

/**
 * The one rounding every money result gets: half-up to 0.01 yuan (分), as
 * FUNCTIONS.md's conventions require, applied once at the end of a function.
 */
export function roundYuan(amount: Dec): Dec {
  return amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * A number as text, half-up to the cent in decimal arithmetic: how the audit and the task
 * pane compare and show amounts that come from cells (not from our calculators, which
 * round already). The number is read as the shortest decimal that reads back as the same
 * double — what Excel displays and what a file's <v> was written from. Never
 * Math.round(x*100) or x.toFixed(2): 1.005 is stored as 1.00499999999999989…, and both
 * round it down.
 */
export function toCents(x: number): string {
  return new Dec(x).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

export function minDec(a: Dec, b: Dec): Dec {
  return a.lessThan(b) ? a : b;
}

export function maxDec(a: Dec, b: Dec): Dec {
  return a.greaterThan(b) ? a : b;
}

/** Sum of decimals without ever leaving decimal arithmetic. */
export function sumDec(values: readonly Dec[]): Dec {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** A rate as a percentage for explanations ("16%", "0.7%"), never used in arithmetic. */
export function percentText(rate: Dec): string {
  return `${rate.times(100).toString()}%`;
}
