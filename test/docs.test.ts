import { readFileSync } from 'fs';
import { join } from 'path';
import { renderReference, REFERENCE_FILES, withReadmeList, type Lang } from '../src/docs/reference';
import { FUNCTIONS } from '../src/registry/registry';

describe('the generated function reference', () => {
  test.each(Object.keys(REFERENCE_FILES) as Lang[])('%s is fresh (run `npm run docs` after changing the registry)', (lang) => {
    const committed = readFileSync(join(__dirname, '..', REFERENCE_FILES[lang]), 'utf8');
    expect(committed).toBe(renderReference(lang));
  });

  test("README's function list is fresh", () => {
    const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
    expect(readme).toBe(withReadmeList(readme));
    for (const fn of FUNCTIONS) expect(readme).toContain(`| \`${fn.name}\` |`);
  });

  test('every function has a section with its signature and a computed example', () => {
    const zh = renderReference('zh');
    const en = renderReference('en');
    for (const fn of FUNCTIONS) {
      expect(zh).toContain(`### SUBSIDY.${fn.name}\n`);
      expect(en).toContain(`### SUBSIDY.${fn.name}\n`);
    }
    expect(en).toContain('=SUBSIDY.STEAMPRICE(0.7,"2020-03-01")` → `168`');
    expect(zh).toContain('=SUBSIDY.STEAMBILL(0.7,300,"2020-01-15","2020-02-14")` → `51930`');
  });

  test('no example errs: every worked example in the reference is a real answer', () => {
    expect(renderReference('en')).not.toMatch(/→ `#(VALUE!|NUM!|N\/A)`/);
  });
});
