import type { Bilingual } from './errors';
import { dayFromIso, type Day } from './dates';

/**
 * Where a number comes from (the OpenFisca habit): `seed` — written in one of the five seed
 * documents, quoted verbatim; `external` — a national rule the seeds rely on but do not
 * print (quoted from that rule); `assumption` — our reading where the seeds leave a choice,
 * with the reasoning in `note`.
 */
export type Basis = 'seed' | 'external' | 'assumption';

export interface Source {
  /** `NNN#item` for a seed clause (seed file prefix and item number), or the external rule's name. */
  ref: string;
  /** Document numbers 文号 the clause rests on. */
  docNo: readonly string[];
  /** The clause's own words. For basis `seed` a test proves they stand verbatim in the seed file. */
  quote: string;
  basis: Basis;
  note?: Bilingual;
}

export interface RateEntry<V> {
  label: Bilingual;
  value: V;
  /** First day in force (inclusive); absent when the source gives no start. */
  from?: Day;
  /** Last day in force (inclusive); absent when the source sets no end. */
  to?: Day;
  fromIso?: string;
  toIso?: string;
  source: Source;
}

export function entry<V>(spec: {
  label: Bilingual;
  value: V;
  from?: string;
  to?: string;
  source: Source;
}): RateEntry<V> {
  return {
    label: spec.label,
    value: spec.value,
    from: spec.from === undefined ? undefined : dayFromIso(spec.from),
    to: spec.to === undefined ? undefined : dayFromIso(spec.to),
    fromIso: spec.from,
    toIso: spec.to,
    source: spec.source,
  };
}

export function inForce(e: RateEntry<unknown>, day: Day): boolean {
  return (e.from === undefined || day >= e.from) && (e.to === undefined || day <= e.to);
}

/**
 * The entry in force on `day`, or undefined: a day outside every window is "not covered",
 * never a silent default. Windows of one table must not overlap (tested).
 */
export function entryOn<V>(entries: readonly RateEntry<V>[], day: Day): RateEntry<V> | undefined {
  for (const e of entries) if (inForce(e, day)) return e;
  return undefined;
}

export function citationOf(source: Source): string {
  return source.docNo.length ? `${source.ref} ${source.docNo.join('；')}` : source.ref;
}
