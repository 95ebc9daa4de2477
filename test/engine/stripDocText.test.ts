import ts from 'typescript';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stripDocText } = require('../../scripts/strip-doc-text');

function strip(source: string, include?: (file: string) => boolean): string {
  return ts.transpileModule(source, {
    fileName: 'src/functions/x.ts',
    compilerOptions: { module: ts.ModuleKind.ES2020, target: ts.ScriptTarget.ES2020 },
    transformers: { before: [stripDocText(include)] },
  }).outputText;
}

describe('the start-up bundle transformer', () => {
  test('blanks argument descriptions and default texts, keeps names, types and defaults', () => {
    const out = strip(`const a = [required('base', money, { zh: '缴费基数', en: 'base' }), withDefault('size', size, { zh: '规模', en: 'size' }, 'sme', { zh: '中小微', en: 'SME' })];`);
    expect(out).not.toContain('缴费基数');
    expect(out).not.toContain('中小微');
    expect(out).toContain("'base', money");
    expect(out).toContain("'sme'");
  });

  test('blanks descriptions and quotes, keeps labels, refs, document numbers and notes (explanations read them)', () => {
    const out = strip(`const s = { ref: '000#1', docNo: ['人社部发〔2020〕11号'], quote: '免征中小微企业', basis: 'seed', note: { zh: '假设', en: 'assumed' } };
      const e = { label: { zh: '免征比例', en: 'share' }, description: { zh: '说明', en: 'text' }, returns: { zh: '元', en: 'yuan' } };`);
    for (const gone of ['免征中小微企业', '说明']) expect(out).not.toContain(gone);
    for (const kept of ['000#1', '人社部发〔2020〕11号', '免征比例', "basis: 'seed'", '假设']) expect(out).toContain(kept);
  });

  test('blanks literals only: code that reads a description is left alone', () => {
    const out = strip(`const m = { description: fn.description[lang], quote: source.quote }; const a = required('x', money, SHARED_TEXT);`);
    expect(out).toContain('description: fn.description[lang]');
    expect(out).toContain('quote: source.quote');
    expect(out).toContain('SHARED_TEXT');
  });

  test('leaves the files it is not given untouched', () => {
    const out = strip(`const f = { description: { zh: '说明', en: 'text' } };`, (file) => !file.startsWith('src/functions/'));
    expect(out).toContain('说明');
  });
});
