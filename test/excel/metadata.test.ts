import { buildMetadata, functionId } from '../../src/excel/metadata';
import { FUNCTIONS } from '../../src/registry/registry';

const en = buildMetadata('en');
const zh = buildMetadata('zh');

/** Everything in an entry that must not depend on the language. */
function shape(m: ReturnType<typeof buildMetadata>) {
  return m.functions.map((f) => ({
    id: f.id,
    name: f.name,
    result: f.result,
    parameters: f.parameters.map((p) => ({
      name: p.name,
      type: p.type,
      dimensionality: p.dimensionality,
      optional: p.optional,
      repeating: p.repeating,
    })),
  }));
}

describe('buildMetadata', () => {
  test('one entry per registry function, in registry order, in both languages', () => {
    expect(en.functions.map((f) => f.id)).toEqual(FUNCTIONS.map((fn) => fn.name.toUpperCase()));
    expect(zh.functions.map((f) => f.id)).toEqual(FUNCTIONS.map((fn) => fn.name.toUpperCase()));
    expect(FUNCTIONS.map(functionId)).toEqual(en.functions.map((f) => f.id));
  });

  test('ids, names, parameters and results are the same in both languages', () => {
    expect(shape(zh)).toEqual(shape(en));
  });

  test('ids are valid, unique and equal to the (English, upper-case) names', () => {
    const ids = en.functions.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of en.functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9.]{2,}$/);
      expect(f.name).toBe(f.id);
    }
  });

  test('parameters follow the registry: any-typed scalars, optional and repeating as declared', () => {
    FUNCTIONS.forEach((fn, i) => {
      const params = en.functions[i].parameters;
      expect(params.map((p) => p.name)).toEqual(fn.args.map((a) => a.name));
      fn.args.forEach((a, j) => {
        expect(params[j].type).toBe('any');
        expect(params[j].dimensionality).toBe('scalar');
        expect(params[j].optional === true).toBe(a.optional || a.repeating === true);
        expect(params[j].repeating === true).toBe(a.repeating === true);
      });
      // Excel's rules: no required parameter after an optional one; a repeating one comes last.
      const firstOptional = params.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(params.slice(firstOptional).every((p) => p.optional)).toBe(true);
      const repeatingAt = params.findIndex((p) => p.repeating);
      if (repeatingAt >= 0) expect(repeatingAt).toBe(params.length - 1);
    });
  });

  test('results: a matrix for tables, a number for money and numbers, a string for text', () => {
    FUNCTIONS.forEach((fn, i) => {
      const expected = {
        table: { dimensionality: 'matrix' },
        money: { type: 'number', dimensionality: 'scalar' },
        number: { type: 'number', dimensionality: 'scalar' },
        text: { type: 'string', dimensionality: 'scalar' },
      }[fn.result];
      expect(en.functions[i].result).toEqual(expected);
    });
  });

  test('every description is non-empty, in its language, taken from the registry', () => {
    FUNCTIONS.forEach((fn, i) => {
      for (const [meta, lang] of [
        [en, 'en'],
        [zh, 'zh'],
      ] as const) {
        const f = meta.functions[i];
        expect(f.description.trim()).not.toBe('');
        expect(f.description).toBe(fn.description[lang]);
        f.parameters.forEach((p, j) => {
          expect(p.description.trim()).not.toBe('');
          expect(p.description).toBe(fn.args[j].description[lang]);
        });
      }
    });
  });

  test('the Chinese file is Chinese', () => {
    for (const f of zh.functions) expect(f.description).toMatch(/[\u4e00-\u9fff]/);
  });

  test('the metadata is plain JSON (what the build writes is what Excel reads)', () => {
    expect(JSON.parse(JSON.stringify(en))).toEqual(en);
    expect(Object.keys(en)).toEqual(['functions']);
  });
});
