/**
 * What the build puts where (needs `npm run build:addin`): the task pane's UI stays out of
 * functions.js (Excel's start-up code), no browser bundle carries HyperFormula or ExcelJS,
 * nothing writes markup from strings, and the page's CSP allows only the add-in and office.js.
 */
import fs from 'fs';
import path from 'path';

const DIST = path.resolve(__dirname, '../../dist');

function built(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) throw new Error(`dist/${name} is missing: run \`npm run build:addin\` first.`);
  return fs.readFileSync(file, 'utf8');
}

const scripts = () => fs.readdirSync(DIST).filter((f) => f.endsWith('.js'));

test('the task pane UI is in taskpane.js and its lazy chunks, not in functions.js', () => {
  const functions = built('functions.js');
  for (const uiMarker of ['lang-switch', 'policy-search', 'fn-select', 'check-run', '政策原文', 'insertTemplate', 'suspendApiCalculationUntilNextSync']) {
    expect(functions).not.toContain(uiMarker);
  }
  const pane = built('taskpane.js');
  for (const marker of ['lang-switch', 'policy-search', 'fn-select']) expect(pane).toContain(marker);
  // The Excel-only tabs are chunks of their own, loaded when opened.
  expect(built('taskpane-templates.js')).toContain('suspendApiCalculationUntilNextSync');
  expect(built('taskpane-check.js')).toContain('getSelectedRange');
  expect(pane).not.toContain('suspendApiCalculationUntilNextSync');
});

test('no browser bundle carries HyperFormula or ExcelJS', () => {
  for (const f of scripts()) {
    const js = built(f);
    expect({ f, hf: /hyperformula/i.test(js), exceljs: /exceljs/i.test(js) }).toEqual({ f, hf: false, exceljs: false });
  }
});

test('no bundle builds markup from strings (innerHTML, insertAdjacentHTML, outerHTML, document.write)', () => {
  for (const f of scripts()) {
    const js = built(f);
    expect({ f, hit: /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write\(/.exec(js)?.[0] }).toEqual({ f, hit: undefined });
  }
});

test('taskpane.html: the stylesheet linked, the CSP limited to the add-in and office.js, without unsafe-inline', () => {
  const html = built('taskpane.html');
  expect(html).toMatch(/<link[^>]+href="?taskpane\.css/);
  expect(fs.existsSync(path.join(DIST, 'taskpane.css'))).toBe(true);
  const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)![1];
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  expect(directives['default-src']).toEqual(["'self'"]);
  expect(directives['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
  expect(directives['style-src']).toEqual(["'self'"]);
  expect(directives['connect-src']).toEqual(["'self'"]);
  expect(directives['frame-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
  expect(directives['object-src']).toEqual(["'none'"]);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
});
