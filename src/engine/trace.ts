import type { Bilingual } from './errors';
import type { Dec } from './money';
import { citationOf, type RateEntry, type Source } from './provenance';

/** One line of a result's explanation: what, its value, the rule that produced it, where the rule is written. */
export interface Step {
  step: Bilingual;
  value: number | string;
  rule: Bilingual;
  citation: string;
}

export type StepValue = Dec | number | string | boolean;

/**
 * The explanation of a result, written by the calculator as it computes. Calculators call
 * the same methods whether or not anyone will read the steps; when `recording` is false
 * (a plain recalculation of thousands of cells) the calls return at once, so the
 * explanation costs nothing yet can never drift from the computation.
 */
export class Trace {
  readonly steps: Step[] = [];

  constructor(readonly recording: boolean) {}

  /** A free-form step. */
  add(step: Bilingual, value: StepValue, rule: Bilingual, citation = ''): void {
    if (!this.recording) return;
    this.steps.push({ step, value: display(value), rule, citation });
  }

  /** A rate-table value used by the computation, with its source. */
  rate<V extends StepValue>(entry: RateEntry<V>, shown?: string): V {
    if (this.recording) {
      this.steps.push({
        step: entry.label,
        value: shown ?? display(entry.value),
        rule: windowRule(entry),
        citation: citationOf(entry.source),
      });
    }
    return entry.value;
  }

  /** A computed intermediate: records it and hands it back, so the value shown is the value used. */
  calc<V extends StepValue>(step: Bilingual, value: V, rule: Bilingual, source?: Source): V {
    if (this.recording) {
      this.steps.push({ step, value: display(value), rule, citation: source ? citationOf(source) : '' });
    }
    return value;
  }

  /** Why a case gets 0 (or is limited): eligibility decisions are part of the explanation. */
  because(step: Bilingual, rule: Bilingual, source?: Source): void {
    if (!this.recording) return;
    this.steps.push({ step, value: '', rule, citation: source ? citationOf(source) : '' });
  }
}

function display(value: StepValue): number | string {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.toNumber();
}

function windowRule(entry: RateEntry<StepValue>): Bilingual {
  const from = entry.fromIso ?? '…';
  const to = entry.toIso ?? '…';
  if (!entry.fromIso && !entry.toIso) return { zh: '政策规定值', en: 'value set by the policy' };
  return { zh: `适用期 ${from} 至 ${to}`, en: `in force ${from} to ${to}` };
}
