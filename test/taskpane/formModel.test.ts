/**
 * The calculator forms are generated from the registry: every function gets one control per
 * argument, code arguments get exactly their codes, and what a form sends the engine (and
 * writes into Excel) is what the function's documented example means.
 */
import { FUNCTIONS } from '../../src/registry/registry';
import { evaluate, type RawArg } from '../../src/registry/define';
import { toCellValue } from '../../src/registry/results';
import {
  argsFromText,
  ArgsListError,
  exampleInputs,
  formModel,
  formulaFor,
  literal,
  numberFromText,
  rateFromText,
  rawArgs,
  rawFromInput,
  requiredFilled,
  type FieldModel,
} from '../../src/taskpane/calc/formModel';
import { optionLabel } from '../../src/taskpane/calc/calcView';
import { checkFormula } from '../../src/taskpane/excel/recompute';

const CONTROL_BY_KIND: Record<string, string> = {
  quantity: 'number',
  count: 'number',
  year: 'number',
  pressure: 'number',
  rate: 'rate',
  date: 'date',
  month: 'month',
  boolean: 'checkbox',
  text: 'text',
};

function value(name: string, raw: RawArg[]) {
  const fn = FUNCTIONS.find((f) => f.name === name)!;
  return toCellValue(fn, evaluate(fn, raw).value);
}

describe.each(FUNCTIONS.map((f) => [f.name, f] as const))('%s', (_name, fn) => {
  const model = formModel(fn);

  test('one field per argument, in order, with name, description and optional flag', () => {
    expect(model.fields.map((f) => f.name)).toEqual(fn.args.map((a) => a.name));
    model.fields.forEach((f, i) => {
      expect(f.optional).toBe(fn.args[i].optional);
      expect(f.repeating).toBe(fn.args[i].repeating === true);
      expect(f.description).toBe(fn.args[i].description);
      expect(f.description.zh).not.toBe('');
    });
  });

  test('each argument gets the control its type calls for; code arguments get exactly their codes', () => {
    model.fields.forEach((f: FieldModel, i) => {
      const type = fn.args[i].type as { kind: string; defs?: { code: string; zh: string; en: string }[] };
      if (fn.args[i].repeating) expect(f.control).toBe('args');
      else if (type.defs) {
        expect(f.control).toBe('select');
        expect(f.options!.map((o) => o.value)).toEqual(type.defs.map((d) => d.code));
        expect(f.options!.map((o) => o.zh)).toEqual(type.defs.map((d) => d.zh));
      } else if (fn.name === 'EXPLAIN' && i === 0) {
        expect(f.control).toBe('select');
        expect(f.options!.map((o) => o.value)).toEqual(FUNCTIONS.filter((x) => x.name !== 'EXPLAIN').map((x) => x.name));
      } else if (type.kind === 'policyId') expect(f.control).toBe('text');
      else expect(f.control).toBe(CONTROL_BY_KIND[type.kind]);
    });
  });

  test('the example, entered in the form, gives the example result (engine and formula text agree)', () => {
    const inputs = exampleInputs(fn, model);
    expect(requiredFilled(model, inputs)).toBe(true);
    const raw = rawArgs(model, inputs);
    const expected = toCellValue(fn, evaluate(fn, fn.example).value);
    expect(toCellValue(fn, evaluate(fn, raw).value)).toEqual(expected);
    // The formula "insert formula" would write reads back, through the check tab's parser, to the same value.
    const formula = formulaFor(fn.name, raw);
    expect(formula.startsWith(`=SUBSIDY.${fn.name}(`)).toBe(true);
    const check = checkFormula(formula, { value: typeof expected === 'number' || typeof expected === 'string' ? expected : '' }, () => undefined);
    const outcome = check!.calls[0].outcome;
    expect(outcome.kind).toBe('value');
    if (outcome.kind === 'value') expect(outcome.value).toEqual(expected);
  });
});

describe('input conversion', () => {
  const field = (control: FieldModel['control'], extra: Partial<FieldModel> = {}): FieldModel => ({
    name: 'x',
    description: { zh: 'x', en: 'x' },
    kind: control,
    control,
    optional: false,
    repeating: false,
    ...extra,
  });

  test('numbers: thousands separators, full-width digits and spaces; other text is passed on for the engine to name', () => {
    expect(numberFromText('10,000')).toBe(10000);
    expect(numberFromText('１２.５')).toBe(12.5);
    expect(numberFromText(' 3e3 ')).toBe(3000);
    expect(numberFromText('-5')).toBe(-5);
    expect(numberFromText('abc')).toBe('abc');
    expect(numberFromText('1.2.3')).toBe('1.2.3');
  });

  test('rates: 16% is 0.16 and 0.7% is 0.007 exactly, as Excel reads them', () => {
    expect(rateFromText('16%')).toBe(0.16);
    expect(rateFromText('0.7%')).toBe(0.007);
    expect(rateFromText('0.16')).toBe(0.16);
    expect(rateFromText('16')).toBe(16); // the engine refuses it with #NUM!, naming the argument
  });

  test('empty inputs are omitted (null); dates and months pass as the ISO text the engine reads', () => {
    expect(rawFromInput(field('number'), '')).toBeNull();
    expect(rawFromInput(field('date'), '2020-01-15')).toBe('2020-01-15');
    expect(rawFromInput(field('month'), '2020-03')).toBe('2020-03');
    expect(rawFromInput(field('select'), '')).toBeNull();
  });

  test('checkboxes: an optional one left at its default is omitted, so the explanation says "default"', () => {
    const opt = field('checkbox', { optional: true, defaultChecked: false });
    expect(rawFromInput(opt, false)).toBeNull();
    expect(rawFromInput(opt, true)).toBe(true);
    expect(rawFromInput(field('checkbox'), false)).toBe(false);
  });

  test('a repeating argument is typed as a formula argument list, literals only', () => {
    expect(argsFromText('args', '0.7, 300, "2020-01-15", TRUE, 16%')).toEqual([0.7, 300, '2020-01-15', true, 0.16]);
    expect(() => argsFromText('args', 'A1')).toThrow(ArgsListError);
    expect(() => argsFromText('args', '"open')).toThrow(ArgsListError);
  });

  test('formula text: quoted strings with "" doubled, TRUE/FALSE, blanks kept inside and dropped at the end', () => {
    expect(literal('a"b')).toBe('"a""b"');
    expect(formulaFor('X', [1, null, 'a', true, null, null])).toBe('=SUBSIDY.X(1,,"a",TRUE)');
    expect(formulaFor('X', [])).toBe('=SUBSIDY.X()');
  });

  test('code drop-down labels: name and code, once when they are the same word', () => {
    expect(optionLabel('zh', { value: 'industry', zh: '工业', en: 'industry' })).toBe('工业 · industry');
    expect(optionLabel('en', { value: 'industry', zh: '工业', en: 'industry' })).toBe('industry');
    expect(optionLabel('en', { value: 'weihai', zh: '威海', en: 'Weihai' })).toBe('weihai');
    expect(optionLabel('en', { value: 'soe', zh: '国有企业', en: 'state-owned enterprise' })).toBe('state-owned enterprise · soe');
  });
});

test('the two figures the browser test also checks', () => {
  expect(value('RENTRELIEF', [10000, 'weihai', 'soe', 'industry'])).toBe(30000);
  expect(value('STEAMBILL', [0.7, 300, '2020-01-15', '2020-02-14'])).toBe(51930);
});
