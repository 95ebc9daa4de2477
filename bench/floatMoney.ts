/* The benchmark's baseline: src/engine/money.ts with plain binary floats behind the same API. */

class FloatDec {
  constructor(readonly v: number) {}
  private static of(x: FloatDec | number | string): number {
    return x instanceof FloatDec ? x.v : Number(x);
  }
  times(x: FloatDec | number | string) { return new FloatDec(this.v * FloatDec.of(x)); }
  plus(x: FloatDec | number | string) { return new FloatDec(this.v + FloatDec.of(x)); }
  minus(x: FloatDec | number | string) { return new FloatDec(this.v - FloatDec.of(x)); }
  dividedBy(x: FloatDec | number | string) { return new FloatDec(this.v / FloatDec.of(x)); }
  lessThan(x: FloatDec | number | string) { return this.v < FloatDec.of(x); }
  greaterThan(x: FloatDec | number | string) { return this.v > FloatDec.of(x); }
  greaterThanOrEqualTo(x: FloatDec | number | string) { return this.v >= FloatDec.of(x); }
  lessThanOrEqualTo(x: FloatDec | number | string) { return this.v <= FloatDec.of(x); }
  equals(x: FloatDec | number | string) { return this.v === FloatDec.of(x); }
  isZero() { return this.v === 0; }
  isNegative() { return this.v < 0; }
  isInteger() { return Number.isInteger(this.v); }
  floor() { return new FloatDec(Math.floor(this.v)); }
  decimalPlaces() { const s = String(this.v); const i = s.indexOf('.'); return i < 0 ? 0 : s.length - i - 1; }
  // The float rounding the project does not use for money: Math.round(x × 100) / 100.
  toDecimalPlaces(dp = 0) { const f = 10 ** dp; return new FloatDec(Math.round(this.v * f) / f); }
  toNumber() { return this.v; }
  toString() { return String(this.v); }
}

export const Dec = FloatDec as unknown as new (x: number | string) => FloatDec;
export const ZERO = new FloatDec(0);
export const dec = (literal: string) => new FloatDec(Number(literal));
export const roundYuan = (x: FloatDec) => x.toDecimalPlaces(2);
export const minDec = (a: FloatDec, b: FloatDec) => (a.lessThan(b) ? a : b);
export const maxDec = (a: FloatDec, b: FloatDec) => (a.greaterThan(b) ? a : b);
export const sumDec = (xs: readonly FloatDec[]) => xs.reduce((s, x) => s.plus(x), ZERO);
export const percentText = (r: FloatDec) => `${r.v * 100}%`;
