/**
 * Hostile workbooks through `subsidy audit` (the CLI entry, as a user runs it). Each ends in
 * exit 2 with one line on stderr naming the problem — or, for a valid workbook whose content
 * is odd, in a report whose findings say what was not recomputed — and none is written to.
 * Memory is bounded by design (limits checked before inflating, refused with their value in
 * the message); where time is asserted the bound is generous, for a busy 2-core CI machine.
 */
import { execFileSync, spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, truncateSync, writeFileSync } from 'fs';
import { join } from 'path';
import { MAX_FORMULA_NESTING, MAX_RANGE_CELLS } from '../../src/audit/audit';
import { MAX_FILE_BYTES, MAX_SHEETS, MAX_TEXT_CHARS, MAX_ZIP_ENTRIES } from '../../src/audit/read';
import {
  billionLaughs,
  cellAt,
  corruptEntry,
  declaredSheets,
  deepXml,
  encryptedXlsx,
  externalEntity,
  externalLinkWorkbook,
  farRightOnEveryRow,
  hostileWorkbook,
  legacyXls,
  manyAttributes,
  manyEntries,
  manySheets,
  oneSheet,
  repeatDeflated,
  SHEET_HEAD,
  SHEET_TAIL,
  sheetOf,
  sheetsSharingOnePart,
  withSheetXml,
} from '../fixtures/hostile';
import { writeXlsx } from '../fixtures/xlsx';
import { cli, pathState, tempDir } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.remove());

const MiB = 2 ** 20;
const SST = 'xl/sharedStrings.xml';
const SHEET1 = 'xl/worksheets/sheet1.xml';
const SST_HEAD = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
/** Generous: what takes a second here must not fail CI on a loaded machine. */
const SLOW_MS = 20_000;

function file(name: string, bytes: Buffer | string): string {
  const path = join(tmp.dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** `subsidy audit PATH`, checking that the path is as it was (bytes, mtime, ctime) afterwards. */
async function audit(path: string, { checkState = true, hash = true } = {}): Promise<{ code: number; out: string; err: string; ms: number }> {
  const before = checkState ? pathState(path, hash) : undefined;
  const t0 = Date.now();
  const r = await cli('audit', path);
  const ms = Date.now() - t0;
  if (before) expect(pathState(path, hash)).toEqual(before);
  return { ...r, ms };
}

/** Exit 2, nothing on stdout, exactly one line on stderr: "subsidy audit: PATH: message". */
function refused(r: { code: number; out: string; err: string }, path: string, message: string | RegExp): void {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err.endsWith('\n')).toBe(true);
  const lines = r.err.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0].startsWith(`subsidy audit: ${path}: `)).toBe(true);
  if (typeof message === 'string') expect(lines[0].slice(`subsidy audit: ${path}: `.length)).toBe(message);
  else expect(lines[0]).toMatch(message);
}

/** The "✗ Sheet1!A1 … note …" block of one cell in the listing. */
function finding(out: string, cell: string): string {
  const at = out.indexOf(`✗ ${cell} `);
  expect(at).toBeGreaterThanOrEqual(0);
  const next = out.indexOf('✗ ', at + 2);
  return out.slice(at, next < 0 ? undefined : next);
}

describe('not a workbook at all', () => {
  test('a text file', async () => {
    const path = file('notes.xlsx', 'name,amount\n张三,100\n');
    refused(await audit(path), path, 'not an .xlsx workbook (not a zip archive)');
  });

  test('an empty file', async () => {
    const path = file('empty.xlsx', '');
    refused(await audit(path), path, 'an empty file, not an .xlsx workbook');
  });

  test('a directory', async () => {
    const path = join(tmp.dir, 'folder.xlsx');
    mkdirSync(path);
    refused(await audit(path), path, 'cannot read it: it is a directory');
  });

  test('a missing file', async () => {
    const path = join(tmp.dir, 'missing.xlsx');
    refused(await audit(path, { checkState: false }), path, 'cannot read it: no such file');
  });

  test('/dev/zero: refused before reading (it never ends)', async () => {
    if (!existsSync('/dev/zero')) return;
    refused(await audit('/dev/zero', { checkState: false }), '/dev/zero', 'cannot read it: not a regular file (a device, pipe or socket)');
  });

  test('a FIFO: refused without opening it (opening would wait for a writer forever)', async () => {
    const path = join(tmp.dir, 'pipe.xlsx');
    try {
      execFileSync('mkfifo', [path]);
    } catch {
      return; // no mkfifo here
    }
    refused(await audit(path), path, 'cannot read it: not a regular file (a device, pipe or socket)');
  });

  test('a file past the size limit: refused by its size, before reading it', async () => {
    const path = file('huge.xlsx', '');
    truncateSync(path, MAX_FILE_BYTES * 1.5); // sparse: no disk, no time
    // Its size and times show it unwritten; hashing 1.5 GiB of holes twice would only cost time.
    const r = await audit(path, { hash: false });
    refused(r, path, 'the file is 1.5 GiB, past the 1 GiB limit for a workbook');
    expect(r.ms).toBeLessThan(SLOW_MS);
  });
});

describe('zips that are not readable workbooks', () => {
  test('a truncated zip', async () => {
    const whole = await writeXlsx(oneSheet({ A1: { value: 1 } }));
    const path = file('truncated.xlsx', whole.subarray(0, whole.length >> 1));
    refused(await audit(path), path, /a damaged or truncated zip, not a readable \.xlsx workbook \(.+\)$/);
  });

  test('a zip whose sheet part does not inflate', async () => {
    const path = file('corrupt.xlsx', corruptEntry());
    refused(await audit(path), path, /^subsidy audit: .*: xl\/worksheets\/sheet1\.xml cannot be inflated \(.+\): a damaged zip$/);
  });

  test('a zip with more entries than the limit: refused before JSZip builds them', async () => {
    const path = file('entries.xlsx', manyEntries(MAX_ZIP_ENTRIES));
    refused(await audit(path), path, 'a zip of more than 100,000 entries, past the limit for a workbook');
  });

  test('a zip bomb: 1 GiB of zeros in 1 MiB, refused by its declared size before inflating', async () => {
    const bomb = repeatDeflated(Buffer.alloc(MiB), 1024);
    expect(bomb.data.length).toBeLessThan(2 * MiB);
    const path = file('bomb.xlsx', withSheetXml(bomb));
    const r = await audit(path);
    refused(r, path, 'xl/worksheets/sheet1.xml would inflate to 1 GiB, past the 512 MiB limit for one part (a zip bomb?)');
    expect(r.ms).toBeLessThan(SLOW_MS);
  });

  test('a zip bomb that lies about its size: stopped as soon as it inflates past what it declared', async () => {
    const path = file('liar.xlsx', withSheetXml(repeatDeflated(Buffer.alloc(MiB, 0x20), 1024, SHEET_HEAD, SHEET_TAIL), 1000));
    const r = await audit(path);
    refused(r, path, 'xl/worksheets/sheet1.xml inflates to more than the 1,000 bytes its zip directory declares: a damaged or hostile zip');
    expect(r.ms).toBeLessThan(SLOW_MS);
  });

  test('a bomb in workbook.xml, a part read whole', async () => {
    const xml = repeatDeflated(Buffer.alloc(MiB, 0x20), 100, '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', '</workbook>');
    const path = file('bomb-workbook.xlsx', hostileWorkbook(oneSheet({}), { 'xl/workbook.xml': { deflated: xml } }));
    refused(await audit(path), path, 'xl/workbook.xml would inflate to 100 MiB, past the 64 MiB limit for one part (a zip bomb?)');
  });

  test('parts each under the limit, together past the limit for a workbook', async () => {
    const part = { deflated: sheetOf(Buffer.alloc(MiB, 0x20).toString(), 400) };
    const sheets = [1, 2, 3].map((i) => ({ name: `S${i}`, cells: {} }));
    const path = file('bombs.xlsx', hostileWorkbook(sheets, { [SHEET1]: part, 'xl/worksheets/sheet2.xml': part, 'xl/worksheets/sheet3.xml': part }));
    refused(await audit(path), path, /^subsidy audit: .*: its sheets and strings would inflate to 1\.2 GiB of XML, past the 1 GiB limit for a workbook \(a zip bomb\?\)$/);
  });

  test('an entry named to escape the folder (../../…): never extracted, nothing written', async () => {
    const escape = `../../../../../../tmp/subsidy-hostile-${process.pid}.txt`;
    const path = file('traversal.xlsx', hostileWorkbook(oneSheet({ A1: { value: 1 }, B1: { formula: 'A1*2', cached: 2 } }), { [escape]: { content: 'x' }, '/etc/subsidy-hostile': { content: 'x' } }));
    const r = await audit(path);
    expect(r.code).toBe(0);
    expect(r.out).toContain('formula cells 1, values checked 1');
    expect(existsSync(`/tmp/subsidy-hostile-${process.pid}.txt`)).toBe(false);
    expect(existsSync('/etc/subsidy-hostile')).toBe(false);
  });

  test('a relationship pointing out of the package: resolved inside it, found missing', async () => {
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="../../../../../etc/passwd"/></Relationships>';
    const path = file('rel-escape.xlsx', hostileWorkbook(oneSheet({}), { 'xl/_rels/workbook.xml.rels': { content: rels } }));
    refused(await audit(path), path, 'sheet "Sheet1" is missing from the package');
  });
});

describe('OLE compound files', () => {
  test('a password-protected .xlsx (EncryptionInfo + EncryptedPackage)', async () => {
    const path = file('protected.xlsx', encryptedXlsx());
    refused(await audit(path), path, 'password-protected (encrypted) workbook: save it without a password to audit');
  });

  test('a legacy .xls', async () => {
    const path = file('old.xls', legacyXls());
    refused(await audit(path), path, 'a legacy .xls workbook (Excel 97-2003): save it as .xlsx to audit');
  });

  test('an OLE file whose directory chain loops on itself: read once, not forever', async () => {
    const bytes = encryptedXlsx();
    // Sector 1 holds the directory (after the one FAT sector); its FAT entry now points back at it.
    bytes.writeUInt32LE(1, 512 + 4);
    const path = file('loop.xlsx', bytes);
    refused(await audit(path), path, /OLE compound file that cannot be read/);
  });

  test('an OLE signature and nothing readable after it', async () => {
    const path = file('ole.xlsx', Buffer.from('d0cf11e0a1b11ae1000000', 'hex'));
    refused(await audit(path), path, /OLE compound file that cannot be read: a legacy \.xls or a password-protected workbook\?/);
  });
});

describe('hostile XML', () => {
  test('billion laughs: the DTD is refused, no entity expanded', async () => {
    const path = file('laughs.xlsx', billionLaughs());
    refused(await audit(path), path, 'xl/worksheets/sheet1.xml has a DOCTYPE, which Excel never writes: refused (its entities are not expanded)');
  });

  test('an external entity (XXE): refused, the file it names never read', async () => {
    const secret = file('secret.txt', 'TOP-SECRET-CONTENT');
    const path = file('xxe.xlsx', externalEntity(secret));
    const r = await audit(path);
    refused(r, path, /has a DOCTYPE/);
    expect(r.err + r.out).not.toContain('TOP-SECRET');
  });

  test('elements nested without end', async () => {
    const path = file('deep.xlsx', deepXml(1_000_000));
    const r = await audit(path);
    refused(r, path, 'xl/worksheets/sheet1.xml nests XML elements more than 128 deep, past the limit');
    expect(r.ms).toBeLessThan(SLOW_MS);
  });

  test('an element with 100,000 attributes', async () => {
    const path = file('attributes.xlsx', manyAttributes(100_000));
    refused(await audit(path), path, 'xl/worksheets/sheet1.xml has an element with more than 1,000 attributes, past the limit');
  });

  test('a cell address beyond Excel’s grid', async () => {
    for (const address of ['XFE1', 'A1048577']) {
      const path = file(`beyond-${address}.xlsx`, cellAt(address));
      refused(await audit(path), path, /(cell address|row number) outside Excel's grid in sheet Sheet1$/);
    }
  });

  test('shared strings: more strings than a workbook may have cells', async () => {
    const path = file('strings.xlsx', hostileWorkbook(oneSheet({ A1: { value: 1 } }), { [SST]: { deflated: repeatDeflated('<si><t>x</t></si>'.repeat(1000), 5001, SST_HEAD, '</sst>') } }));
    const r = await audit(path);
    refused(r, path, 'xl/sharedStrings.xml holds more than 5,000,000 strings, more than the cells a workbook may have');
    expect(r.ms).toBeLessThan(SLOW_MS);
  });

  test('shared strings: one string longer than the text limit', async () => {
    const text = repeatDeflated('x'.repeat(4096), Math.ceil(MAX_TEXT_CHARS / 4096) + 1, `${SST_HEAD}<si><t>`, '</t></si></sst>');
    const path = file('long-string.xlsx', hostileWorkbook(oneSheet({ A1: { value: 1 } }), { [SST]: { deflated: text } }));
    refused(await audit(path), path, 'xl/sharedStrings.xml (string 0) holds a text longer than 1,048,544 characters, past the limit');
  });
});

describe('workbook structure', () => {
  test(`5,000 sheets audit in seconds; more than ${MAX_SHEETS.toLocaleString('en')} are refused by their number`, async () => {
    const path = file('5000.xlsx', manySheets(5000));
    const r = await audit(path);
    expect(r.code).toBe(0);
    expect(r.out).toContain('formula cells 5000, values checked 5000, SUBSIDY cells 0, mismatches 0');
    expect(r.ms).toBeLessThan(SLOW_MS);

    const many = file('many-sheets.xlsx', sheetsSharingOnePart(MAX_SHEETS + 1));
    refused(await audit(many), many, 'more than 10,000 sheets, past the limit for a workbook');
  });

  test('two sheets whose names differ only in case (HyperFormula would merge them)', async () => {
    const path = file('same-name.xlsx', hostileWorkbook([{ name: 'Data', cells: { A1: { value: 1 } } }, { name: 'DATA', cells: { A1: { value: 2 } } }]));
    refused(await audit(path), path, 'two sheets are named "DATA"');
  });

  test('a sheet declared without a relationship is not silently skipped', async () => {
    const path = file('no-rel.xlsx', declaredSheets([['Sheet1', 'rId1'], ['Ghost', 'rId99']]));
    refused(await audit(path), path, 'sheet "Ghost" has no part in the package (relationship rId99)');
  });

  test('<dimension ref="A1:XFD1048576"/> with one formula at the far corner: no dense grid', async () => {
    const path = file('dimension.xlsx', hostileWorkbook(oneSheet({ A1: { value: 20 }, XFD1048576: { formula: 'A1+1', cached: 21 } }), {}, 'A1:XFD1048576'));
    const r = await audit(path);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('formula cells 1, values checked 1, SUBSIDY cells 0, mismatches 0');
    expect(r.ms).toBeLessThan(SLOW_MS);
  });

  test('a value at XFD on every row: refused by the row slots it would lay out', async () => {
    const path = file('far-right.xlsx', farRightOnEveryRow(4000));
    refused(await audit(path), path, /its cells spread over more than 50,000,000 row slots \(each row counted up to its last cell, here Sheet1!XFD3052\): too sparse to recompute$/);
  });
});

describe('valid workbooks with odd content: findings, not crashes', () => {
  test('circular references: a finding for each cell of the cycle', async () => {
    const path = file('circular.xlsx', hostileWorkbook(oneSheet({ A1: { formula: 'B1+1', cached: 0 }, B1: { formula: 'A1+1', cached: 0 }, C1: { formula: 'C1', cached: 0 }, D1: { value: 5 }, D2: { formula: 'D1*2', cached: 10 } })));
    const r = await audit(path);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.out).toContain('formula cells 4, values checked 4, SUBSIDY cells 0, mismatches 3, unknown functions 0, not recomputable 3');
    for (const cell of ['Sheet1!A1', 'Sheet1!B1', 'Sheet1!C1']) expect(finding(r.out, cell)).toMatch(/recomputed\s+#CYCLE!\n\s+note\s+circular reference: HyperFormula does not iterate/);
    expect(r.out).not.toContain('Sheet1!D2');
  });

  test('external links: "cannot recompute" findings naming the linked file, never a silent pass', async () => {
    const path = file('external.xlsx', externalLinkWorkbook('file:///C:/claims/other.xlsx'));
    const r = await audit(path);
    expect(r.code).toBe(1);
    expect(r.out).toContain('formula cells 4, values checked 2, SUBSIDY cells 0, mismatches 3, unknown functions 0, not recomputable 3');
    const note = 'not recomputed: external link to another workbook ([1] = file:///C:/claims/other.xlsx): its cells are not in the file';
    expect(finding(r.out, 'Sheet1!A1')).toContain(note);
    expect(finding(r.out, 'Sheet1!A3')).toContain(note);
    // A2 = A1+1 is checked against the value the file holds for A1.
    expect(r.out).not.toContain('Sheet1!A2');
    // A name pointing into the other workbook is left out, said so, and its users reported.
    expect(r.out).toContain('warning: defined name OtherRate left out: it refers to another workbook ([1] = file:///C:/claims/other.xlsx)\n');
    expect(finding(r.out, 'Sheet1!A4')).toContain('not recomputed: Named expression OtherRate not recognized.');
  });

  test('unknown add-in functions (_xldudf_ with and without a namespace, _xludf., _xll.): unknown-function findings', async () => {
    const path = file(
      'udf.xlsx',
      hostileWorkbook(
        oneSheet({
          A1: { formula: '_xldudf_SUBSIDY_NOSUCH(1)', cached: 1 },
          A2: { formula: '_xldudf_CONTOSO_ADD(1,2)', cached: 3 },
          A3: { formula: '_xldudf_MYMACRO(1)', cached: 1 },
          A4: { formula: '_xludf.NEWFN(1)', cached: 1 },
          A5: { formula: '_xll.XLLFN(1)', cached: 1 },
          A6: { formula: 'A2*2', cached: 6 },
        }),
      ),
    );
    const r = await audit(path);
    expect(r.code).toBe(1);
    expect(r.out).toContain('formula cells 6, values checked 1, SUBSIDY cells 1, mismatches 0, unknown functions 5, not recomputable 0');
    for (const [name, cell] of [['SUBSIDY.NOSUCH', 'A1'], ['CONTOSO.ADD', 'A2'], ['MYMACRO', 'A3'], ['NEWFN', 'A4'], ['XLLFN', 'A5']]) {
      expect(r.out).toContain(`unknown function ${name}: Sheet1!${cell}\n`);
    }
  });

  test('a shared-formula clone without its master', async () => {
    const path = file('orphan.xlsx', withSheetXml(sheetOf('<row r="2"><c r="B2"><f t="shared" si="7"/><v>3</v></c></row>')));
    const r = await audit(path);
    expect(r.code).toBe(1);
    expect(finding(r.out, 'Sheet1!B2')).toContain('not recomputed: shared formula 7 has no master cell before B2');
  });

  test(`a formula nested deeper than Excel allows (${MAX_FORMULA_NESTING}): a finding, the rest recomputed`, async () => {
    const deep = `${'('.repeat(20_000)}1${')'.repeat(20_000)}`;
    const path = file('nested.xlsx', hostileWorkbook(oneSheet({ A1: { formula: deep, cached: 1 }, A2: { formula: '((1+1))', cached: 2 } })));
    const r = await audit(path);
    expect(r.code).toBe(1);
    expect(r.out).toContain('formula cells 2, values checked 1');
    expect(finding(r.out, 'Sheet1!A1')).toContain('not recomputed: nested 20,000 levels deep; Excel allows 64');
    // The .xlsx report keeps to Excel's 32,767 characters a cell, or Excel would have to repair it.
    const report = join(tmp.dir, 'nested-report.xlsx');
    expect((await cli('audit', path, '--report', report)).code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(report);
    const formula = String(wb.getWorksheet('差异 Mismatches')!.getRow(2).getCell(4).value);
    expect(formula.length).toBe(32_767);
    expect(formula.endsWith('…')).toBe(true);
  });

  test('ranges HyperFormula would build cell by cell past the limit: a finding, smaller ranges recomputed', async () => {
    const path = file(
      'ranges.xlsx',
      hostileWorkbook(
        oneSheet({
          A1: { value: 1 },
          A2: { value: 2 },
          B1: { formula: 'SUM(A1:J1048576)', cached: 3 },
          B2: { formula: 'SUM(A:A)', cached: 3 },
          B3: { formula: 'SUM($A$1:A1)', cached: 1 },
          B4: { formula: 'SUM($A$1:A2)', cached: 3 },
        }),
      ),
    );
    const r = await audit(path);
    expect(r.code).toBe(1);
    expect(r.out).toContain('formula cells 4, values checked 3, SUBSIDY cells 0, mismatches 1');
    expect(finding(r.out, 'Sheet1!B1')).toContain(
      `not recomputed: its ranges would take the cells HyperFormula builds for ranges past ${MAX_RANGE_CELLS.toLocaleString('en')} (this formula: 10,485,760, A1:J1048576)`,
    );
    expect(r.ms).toBeLessThan(SLOW_MS);
  });
});

describe('formulas that ask HyperFormula for more memory than any reading limit can see', () => {
  test('=SUM(SEQUENCE(A1,B1)) with A1 = 1,000,000 and B1 = 1,000 (10^9 cells): the worker hits its heap limit, one line, exit 2, the next file still audited', () => {
    // Through the compiled CLI (bin/subsidy.js after `npm run build`): only it starts the
    // worker thread. Before isolation this formula took 4.2 GB and aborted the process.
    const path = file(
      'sequence.xlsx',
      hostileWorkbook(oneSheet({ A1: { value: 1_000_000 }, B1: { value: 1000 }, C1: { formula: 'SUM(SEQUENCE(A1,B1))', cached: 0 } })),
    );
    const clean = file('clean.xlsx', hostileWorkbook(oneSheet({ A1: { value: 2 }, B1: { formula: 'A1*3', cached: 6 } })));
    const before = pathState(path);
    const bin = join(__dirname, '../../bin/subsidy.js');
    const run = spawnSync(process.execPath, [bin, 'audit', '--max-memory', '256', path, clean], { encoding: 'utf8', timeout: 120_000 });
    expect(pathState(path)).toEqual(before);
    expect(run.status).toBe(2);
    refused({ code: 2, out: '', err: run.stderr }, path, 'recomputing its formulas needs more than the 256 MiB memory limit (--max-memory): not audited');
    expect(run.stdout).toContain(`${clean}\n  formula cells 1, values checked 1, SUBSIDY cells 0, mismatches 0`);
  });

  test('--max-memory takes a whole number of MiB, at least 64', async () => {
    const r = await cli('audit', '--max-memory', '10', 'x.xlsx');
    expect(r.code).toBe(2);
    expect(r.err).toContain("option '--max-memory <MiB>' argument '10' is invalid. expected a whole number of MiB, at least 64");
  });
});
