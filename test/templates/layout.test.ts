import { policyById } from '../../src/catalogue/catalogue';
import { lookupFunction, NAMESPACE } from '../../src/registry/registry';
import { parseAddress, rangeCells, spillRange, splitRef, address as a1 } from '../../src/templates/a1';
import { functionsIn, referencesIn } from '../../src/templates/formulaText';
import { GUIDE_SHEET, sourcesOf } from '../../src/templates/guide';
import type { WorkbookLayout } from '../../src/templates/layout';
import { templateLayouts, TEMPLATE_IDS } from '../../src/templates/specs';

const layouts = templateLayouts();
const cases = layouts.map((l) => [l.id, l] as const);

function formulaCells(layout: WorkbookLayout) {
  return layout.sheets.flatMap((s) => s.cells.filter((c) => c.formula !== undefined).map((c) => ({ sheet: s.name, cell: c })));
}

test('one layout per template id, unique file names', () => {
  expect(layouts.map((l) => l.id)).toEqual([...TEMPLATE_IDS]);
  expect(new Set(layouts.map((l) => l.fileName)).size).toBe(layouts.length);
  for (const l of layouts) expect(l.fileName).toMatch(/^[^/\\]+\.xlsx$/);
});

describe.each(cases)('layout %s', (_id, layout) => {
  const sheets = new Map(layout.sheets.map((s) => [s.name, new Set(s.cells.map((c) => c.address))]));

  test('sheet names are unique and valid Excel sheet names', () => {
    expect(sheets.size).toBe(layout.sheets.length);
    for (const name of sheets.keys()) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[\\/?*[\]:]/);
    }
  });

  test('text stays text when Office.js writes it through range.values (Excel would turn these into numbers, dates or booleans)', () => {
    const convertible = [/^\s*[-+]?[\d.,]+\s*%?\s*$/, /^\s*\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?\s*$/, /^\s*\(\s*[\d.,]+\s*\)\s*$/, /^\s*(TRUE|FALSE)\s*$/i, /^\s*[=+@]/];
    for (const sheet of layout.sheets) {
      for (const c of sheet.cells.filter((x) => typeof x.value === 'string')) {
        expect({ at: `${sheet.name}!${c.address}`, value: c.value, convertible: convertible.some((re) => re.test(c.value as string)) }).toEqual({ at: `${sheet.name}!${c.address}`, value: c.value, convertible: false });
      }
    }
  });

  test('it survives JSON (the task pane may pass it around as data)', () => {
    expect(JSON.parse(JSON.stringify(layout))).toEqual(layout);
  });

  test('every formula refers only to cells that exist, on sheets that exist', () => {
    for (const { sheet, cell } of formulaCells(layout)) {
      for (const ref of referencesIn(cell.formula!)) {
        const target = ref.sheet ?? sheet;
        expect({ formula: `${sheet}!${cell.address}`, sheet: target, exists: sheets.has(target) }).toEqual({ formula: `${sheet}!${cell.address}`, sheet: target, exists: true });
        expect({ formula: `${sheet}!${cell.address}`, ref: `${target}!${ref.address}`, exists: sheets.get(target)!.has(ref.address) }).toEqual({
          formula: `${sheet}!${cell.address}`,
          ref: `${target}!${ref.address}`,
          exists: true,
        });
      }
    }
  });

  test('every function a formula calls is in the registry, and only SUBSIDY or native SUM is used', () => {
    const used = formulaCells(layout).flatMap(({ cell }) => functionsIn(cell.formula!));
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) expect(lookupFunction(name)?.name).toBe(name);
    for (const { cell } of formulaCells(layout)) {
      const natives = [...cell.formula!.replace(/"[^"]*"/g, '').matchAll(/(?<![.\w])([A-Z][A-Z0-9]*)\(/g)].map((m) => m[1]);
      for (const n of natives) expect(['SUM']).toContain(n);
    }
  });

  test('the 说明 sheet names every function used and cites every seed clause (NNN#item) they implement, from the catalogue', () => {
    const guide = layout.sheets.find((s) => s.name === GUIDE_SHEET);
    expect(guide).toBeDefined();
    const texts = guide!.cells.map((c) => String(c.value ?? ''));
    const used = [...new Set(formulaCells(layout).flatMap(({ cell }) => functionsIn(cell.formula!)))];
    for (const name of used) expect(texts).toContain(`${NAMESPACE}.${name}`);
    const { items } = sourcesOf(used);
    expect(items.length).toBeGreaterThan(0);
    const cited = texts.filter((t) => /^\d{3}#\d+$/.test(t));
    expect(cited.length).toBeGreaterThanOrEqual(1);
    expect(cited).toEqual(expect.arrayContaining(items));
    for (const id of cited) {
      const p = policyById(id)!;
      expect(p).toBeDefined();
      expect(texts).toContain(p.keyword);
    }
    // 文号 come from the catalogue's document names
    expect(texts.some((t) => /〔20\d\d〕\d+号/.test(t))).toBe(true);
  });

  test('calculation sheets freeze their header rows; inputs and formulas are styled apart', () => {
    for (const sheet of layout.sheets) {
      expect(sheet.freezeRows).toBeGreaterThan(1);
      for (const c of sheet.cells) {
        if (c.formula !== undefined) expect(['formula', 'total']).toContain(c.style);
        if (c.style === 'input') expect(c.formula).toBeUndefined();
      }
    }
    const inputs = layout.sheets.flatMap((s) => s.cells.filter((c) => c.style === 'input' && c.value !== undefined));
    expect(inputs.length).toBeGreaterThan(0);
  });

  test('drop-down lists fit in an inline list (255 characters) and hold the sample value', () => {
    for (const sheet of layout.sheets) {
      for (const c of sheet.cells.filter((x) => x.list)) {
        expect(c.list!.join(',').length).toBeLessThanOrEqual(255);
        for (const item of c.list!) expect(item).not.toContain(',');
        if (c.value !== undefined) expect(c.list!.map((x) => x.toUpperCase())).toContain(String(c.value).toUpperCase());
      }
    }
  });

  test('spill areas are empty in the layout and inside the sheet', () => {
    for (const sheet of layout.sheets) {
      for (const anchor of sheet.cells.filter((c) => c.spill)) {
        const covered = rangeCells(spillRange(anchor.address, anchor.spill!.rows, anchor.spill!.cols)).map((p) => a1(p.row, p.col));
        const others = sheet.cells.filter((c) => c !== anchor && covered.includes(c.address));
        expect(others).toEqual([]);
        expect(anchor.style).toBe('formula');
        expect(anchor.spillFormats?.length ?? anchor.spill!.cols).toBe(anchor.spill!.cols);
      }
    }
  });

  test('merges do not overlap and start at a placed cell', () => {
    for (const sheet of layout.sheets) {
      const seen = new Set<string>();
      for (const m of sheet.merges ?? []) {
        expect(sheet.cells.some((c) => c.address === m.split(':')[0])).toBe(true);
        const cells = rangeCells(m).map((p) => a1(p.row, p.col));
        for (const c of cells) {
          expect(seen.has(c)).toBe(false);
          seen.add(c);
        }
        // Only the first cell of a merge holds content.
        for (const c of cells.slice(1)) expect(sheet.cells.find((x) => x.address === c)).toBeUndefined();
      }
    }
  });

  test('every SUM in a total row spans at least two rows, so a row inserted above the last one is counted', () => {
    for (const sheet of layout.sheets) {
      for (const c of sheet.cells.filter((x) => x.style === 'total' && x.formula?.startsWith('SUM('))) {
        const m = /^SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(c.formula!);
        expect(m).not.toBeNull();
        expect(Number(m![4]) - Number(m![2])).toBeGreaterThanOrEqual(1);
      }
    }
  });

  test('totals point at computed cells', () => {
    expect(layout.totals.length).toBeGreaterThan(0);
    for (const t of layout.totals) {
      const { sheet, address } = splitRef(t.ref);
      const cell = layout.sheets.find((s) => s.name === sheet)?.cells.find((c) => c.address === address);
      expect({ ref: t.ref, formula: typeof cell?.formula }).toEqual({ ref: t.ref, formula: 'string' });
      expect(parseAddress(address).row).toBeGreaterThan(1);
    }
  });
});

test('the 汇总 workbook holds every claim sheet once, each identical to its own template', () => {
  const summary = layouts.find((l) => l.id === 'summary')!;
  for (const l of layouts.filter((x) => x.id !== 'summary')) {
    const calc = l.sheets.filter((s) => s.name !== GUIDE_SHEET);
    for (const s of calc) expect(summary.sheets.find((x) => x.name === s.name)).toEqual(s);
  }
});
