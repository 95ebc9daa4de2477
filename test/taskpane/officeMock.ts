/**
 * A small Excel for the task pane's Office.js code, built on Microsoft's office-addin-mock
 * (OfficeMockObject): properties must be load()ed and context.sync()ed before they are read,
 * as in Excel, and every property write and method call is recorded with the number of
 * syncs done before it, so tests can assert what was written and in which batch.
 *
 * office-addin-mock does not navigate collection paths (`load('items/name')`), so the
 * worksheets collection maps that one load to `load('items')`.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { address as a1, colLetter, colNumber } from '../../src/templates/a1';

type LoadArg = Parameters<OfficeMockObject['load']>[0];

// office-addin-mock imports office-addin-manifest only for its OfficeApp enum; that package pulls
// in an ES-module-only dependency Jest's CommonJS runtime cannot require. The enum is all it needs.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));

export type CellData = { value?: string | number | boolean; formula?: string; type?: string; fill?: string };

export interface Write {
  seq: number;
  /** Syncs completed before the write: writes with the same number went in one batch. */
  sync: number;
  target: string;
  path: string;
  value: unknown;
}

export interface Call {
  seq: number;
  sync: number;
  target: string;
  method: string;
  args: unknown[];
}

/** "B2:C4" → { row: 1, col: 1, rows: 3, cols: 2 } (0-based start). */
function bounds(address: string): { row: number; col: number; rows: number; cols: number } | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address.toUpperCase());
  if (!m) return undefined;
  const c1 = colNumber(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? colNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return { row: Math.min(r1, r2) - 1, col: Math.min(c1, c2) - 1, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

export class FakeExcel {
  readonly writes: Write[] = [];
  readonly calls: Call[] = [];
  syncs = 0;
  private seq = 0;
  private readonly mocks: OfficeMockObject[] = [];
  readonly sheets: Map<string, Map<string, CellData>>;
  /** Sheet names added through worksheets.add, in order. */
  readonly added: string[] = [];

  constructor(
    sheets: Record<string, Record<string, CellData>> = { Sheet1: {} },
    public selection: { sheet: string; address: string } = { sheet: Object.keys(sheets)[0] ?? 'Sheet1', address: 'A1' },
  ) {
    this.sheets = new Map(Object.entries(sheets).map(([name, cells]) => [name, new Map(Object.entries(cells))]));
  }

  /** The writes to a target ("Sheet!A1") whose path ends with `path`. */
  written(target: string, path: string): unknown[] {
    return this.writes.filter((w) => w.target === target && w.path === path).map((w) => w.value);
  }

  callsOf(method: string): Call[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Remembers a mock so context.sync() syncs it once something was loaded on it (or on a mock nested in it). */
  private track(mock: OfficeMockObject): OfficeMockObject {
    const load = mock.load.bind(mock);
    mock.load = (p: LoadArg) => {
      if (!this.mocks.includes(mock)) this.mocks.push(mock);
      return load(p);
    };
    for (const nested of Object.values(mock)) if (nested instanceof OfficeMockObject && nested !== mock) this.trackNested(nested, mock);
    return mock;
  }

  private trackNested(nested: OfficeMockObject, root: OfficeMockObject): void {
    const load = nested.load.bind(nested);
    nested.load = (p: LoadArg) => {
      if (!this.mocks.includes(root)) this.mocks.push(root);
      return load(p);
    };
    for (const deeper of Object.values(nested)) if (deeper instanceof OfficeMockObject && deeper !== nested) this.trackNested(deeper, root);
  }

  /** Records writes and own-method calls on a mock (and on the mocks nested in it). */
  private record<T extends object>(obj: T, target: string, path = ''): T {
    return new Proxy(obj, {
      get: (o, p) => {
        const v = Reflect.get(o, p);
        if (typeof p === 'symbol') return v;
        if (typeof v === 'function') {
          // The mock's own machinery (load, sync) is not part of what the code under test does to Excel.
          if (!Object.prototype.hasOwnProperty.call(o, p) || p === 'load' || p === 'sync') return v.bind(o);
          return (...args: unknown[]) => {
            this.calls.push({ seq: ++this.seq, sync: this.syncs, target, method: `${path}${p}`, args });
            return v.apply(o, args);
          };
        }
        if (v instanceof OfficeMockObject) return this.record(v, target, `${path}${p}.`);
        return v;
      },
      set: (o, p, value) => {
        if (typeof p !== 'symbol') this.writes.push({ seq: ++this.seq, sync: this.syncs, target, path: `${path}${p}`, value });
        Reflect.set(o, p, value);
        return true;
      },
    });
  }

  private usedAddress(sheet: string): string {
    const all = [...(this.sheets.get(sheet)?.keys() ?? [])].map((a) => bounds(a)!);
    if (!all.length) return 'A1';
    const r = Math.max(...all.map((b) => b.row)) + 1;
    const c = Math.max(...all.map((b) => b.col)) + 1;
    return `A1:${colLetter(c)}${r}`;
  }

  private cell(sheet: string, address: string): CellData {
    return this.sheets.get(sheet)?.get(address) ?? {};
  }

  private rangeMock(sheet: string, address: string): Excel.Range {
    const b = bounds(address);
    const grid = <T>(f: (cell: CellData) => T): T[][] =>
      b && b.rows * b.cols <= 100000
        ? Array.from({ length: b.rows }, (_, r) => Array.from({ length: b.cols }, (_, c) => f(this.cell(sheet, a1(b.row + r + 1, b.col + c + 1)))))
        : [];
    const first = b ? this.cell(sheet, a1(b.row + 1, b.col + 1)) : {};
    const border = () => this.record(this.track(new OfficeMockObject({ style: 'None', weight: 'Thin', color: '#000000' })), `${sheet}!${address}`, 'border.');
    const mock = this.track(
      new OfficeMockObject({
        address: `${sheet}!${address}`,
        rowIndex: b?.row ?? 0,
        columnIndex: b?.col ?? 0,
        rowCount: b?.rows ?? 0,
        columnCount: b?.cols ?? 0,
        isNullObject: false,
        values: grid((c) => (c.value ?? '') as string | number | boolean),
        formulas: grid((c) => c.formula ?? c.value ?? ''),
        valueTypes: grid((c) => c.type ?? (c.value === undefined ? 'Empty' : typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : 'String')),
        numberFormat: [['General']],
        format: {
          fill: { color: first.fill ?? '#FFFFFF', clear: () => undefined },
          font: { color: '#000000', bold: false, italic: false, size: 11 },
          borders: { getItem: (_edge: string) => border() },
          protection: { locked: true },
          wrapText: false,
          horizontalAlignment: 'General',
          verticalAlignment: 'Bottom',
          columnWidth: 48,
          rowHeight: 15,
        },
        dataValidation: { rule: {}, errorAlert: {} },
        merge: () => undefined,
        select: () => undefined,
        getCell: (r: number, c: number) => this.rangeMock(sheet, a1((b?.row ?? 0) + r + 1, (b?.col ?? 0) + c + 1)),
        // The fake's used range is the bounding box of the cells it holds; intersections are that.
        getIntersectionOrNullObject: () => this.rangeMock(sheet, this.usedAddress(sheet)),
        worksheet: this.sheetData(sheet),
      }),
    );
    return this.record(mock, `${sheet}!${address}`) as unknown as Excel.Range;
  }

  private sheetData(name: string): Record<string, unknown> {
    return {
      name,
      getRange: (address: string) => this.rangeMock(name, address),
      getUsedRange: () => this.rangeMock(name, this.usedAddress(name)),
      activate: () => undefined,
      freezePanes: { freezeRows: () => undefined, freezeColumns: () => undefined, freezeAt: () => undefined },
      notes: { add: () => undefined },
    };
  }

  private sheetMock(name: string): Excel.Worksheet {
    return this.record(this.track(new OfficeMockObject(this.sheetData(name))), name) as unknown as Excel.Worksheet;
  }

  /** A RequestContext over this workbook. */
  context(): Excel.RequestContext {
    const worksheets = this.track(
      new OfficeMockObject({
        // Loaded items are Worksheet objects: their name, and what the code calls on them.
        items: [...this.sheets.keys()].map((name) => this.record({ name, getRange: (address: string) => this.rangeMock(name, address) }, name)),
        add: (name: string) => {
          this.added.push(name);
          this.sheets.set(name, new Map());
          return this.sheetMock(name);
        },
        getItem: (name: string) => this.sheetMock(name),
      }),
    );
    const load = worksheets.load.bind(worksheets);
    worksheets.load = (p: LoadArg) => load(p === 'items/name' ? 'items' : p);
    const ctx = new OfficeMockObject({
      workbook: {
        getSelectedRange: () => this.rangeMock(this.selection.sheet, this.selection.address),
      },
      application: { suspendApiCalculationUntilNextSync: () => undefined },
    });
    (ctx.workbook as Record<string, unknown>).worksheets = this.record(worksheets, 'worksheets');
    const recorded = this.record(ctx, 'context') as OfficeMockObject;
    const mocks = this.mocks;
    ctx.sync = async () => {
      this.syncs++;
      for (const m of [...mocks]) await m.sync();
      await new Promise((r) => setImmediate(r));
    };
    return recorded as unknown as Excel.RequestContext;
  }
}

/** ExcelApi versions up to `max` ("1.8"), as Office.context.requirements.isSetSupported would answer. */
export function supportsUpTo(max: string): (version: string) => boolean {
  const minor = (v: string) => Number(v.split('.')[1]);
  return (v) => v.split('.')[0] === '1' && minor(v) <= minor(max);
}
