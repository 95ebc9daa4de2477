import { text } from '../engine/args';
import { valueError } from '../engine/errors';
import type { Step } from '../engine/trace';
import { defineFunction, evaluate, repeating, required, type FunctionSpec, type RawArg, type Table } from './define';

export const EXPLAIN_HEADER = ['步骤 step', '值 value', '规则 rule', '依据 citation'];

/**
 * Spreadsheet engines size a spill before computing it, so EXPLAIN promises at most this
 * many rows; a longer explanation ends with a row saying how many steps were left out.
 */
export const EXPLAIN_MAX_ROWS = 64;

export function stepRow(s: Step): (string | number)[] {
  return [`${s.step.zh} / ${s.step.en}`, s.value, `${s.rule.zh} / ${s.rule.en}`, s.citation];
}

function explanationTable(steps: readonly Step[]): Table {
  const rows = steps.map(stepRow);
  const room = EXPLAIN_MAX_ROWS - 1;
  if (rows.length > room) {
    const left = rows.length - (room - 1);
    rows.splice(room - 1, rows.length, [`…另有 ${left} 步 / ${left} more steps`, '', '', '']);
  }
  return [EXPLAIN_HEADER, ...rows];
}

/**
 * EXPLAIN(functionName, args…): the steps of any catalogue call as a table. The steps are
 * the ones the calculator records while computing, so the derivation shown is the one
 * that produced the number. A call that fails returns its own error.
 */
export function makeExplain(lookup: (name: string) => FunctionSpec | undefined, names: () => readonly string[]): FunctionSpec {
  const target = (name: string): FunctionSpec => {
    const fn = lookup(name);
    if (!fn || fn.name === 'EXPLAIN') {
      throw valueError('functionName', {
        zh: `SUBSIDY 函数名之一：${names().filter((n) => n !== 'EXPLAIN').join('、')}`,
        en: `the name of a SUBSIDY function: ${names().filter((n) => n !== 'EXPLAIN').join(', ')}`,
      }, name);
    }
    return fn;
  };
  return defineFunction({
    name: 'EXPLAIN',
    group: 'catalogue',
    description: {
      zh: '逐步展示任一 SUBSIDY 函数调用的计算过程（溢出表）：步骤、值、适用规则、政策依据。',
      en: 'The step-by-step computation of any SUBSIDY call as a spilled table: step, value, rule applied, citation.',
    },
    returns: { zh: '4 列的表：步骤、值、规则、依据', en: 'a 4-column table: step, value, rule, citation' },
    result: 'table',
    args: [
      required('functionName', text, { zh: '函数名，如 "RENTRELIEF"', en: 'function name, e.g. "RENTRELIEF"' }),
      repeating('args', { zh: '该函数的参数，顺序同该函数', en: "that function's arguments, in its order" }),
    ],
    sources: [],
    example: ['STEAMBILL', 0.7, 300, '2020-01-15', '2020-02-14'],
    usesDocTexts: true,
    tableShape(literals) {
      const [name, ...rest] = literals;
      if (typeof name === 'string' && rest.every((r) => r !== undefined)) {
        try {
          return { rows: explanationTable(evaluate(target(name), rest as RawArg[], true).steps).length, cols: 4 };
        } catch {
          return { rows: 1, cols: 1 };
        }
      }
      return { rows: EXPLAIN_MAX_ROWS, cols: 4 };
    },
    compute([name, args]) {
      return explanationTable(evaluate(target(name), args, true).steps);
    },
  });
}
