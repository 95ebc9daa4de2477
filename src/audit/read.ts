/**
 * Reads an .xlsx for the audit: every sheet's constants and formulas with their cached
 * results, exactly as the file holds them, in one streaming pass over each sheet's XML.
 *
 * Why not ExcelJS's readers (measured on a 100,000-row claim, see bench/audit.ts):
 * - the whole-workbook reader builds a full object model (≈ 750 MB peak, 6.6 s) and turns
 *   date-formatted numbers into JS Dates;
 * - the streaming WorkbookReader decodes each zip chunk on its own, so a Chinese character
 *   split across two chunks comes out as U+FFFD (exceljs#2063, #2316; 11 cells in 40,000
 *   here), and its cell parser drops what an audit needs: shared-formula clones come back
 *   with an empty formula, an error result becomes NaN, a boolean result 1/0.
 * So the package is opened with JSZip and the XML parsed with saxes — the zip and XML
 * libraries ExcelJS itself is built on — with a streaming UTF-8 decoder.
 *
 * The file is untrusted: it is read, never written; it must be a zip holding a workbook
 * part; XML entities are not expanded (saxes has no DTD support); cell addresses must be
 * inside Excel's grid; the number of cells is bounded.
 */
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { AuditValue } from './compare';
import { a1, columnNumber, parseRange, referenceParts, renderShifted } from './formula';

/** The file could not be read as a workbook: the CLI's exit code 2, one line on stderr. */
export class AuditInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditInputError';
  }
}

/** What HyperFormula is given for a constant cell. */
export type Constant = number | string | boolean;

export interface FormulaCell {
  /** 1-based. */
  row: number;
  col: number;
  /** The formula as the file holds it, without '=' (a shared-formula clone: moved to this cell). */
  formula: string;
  /** The value cached in the file (null: saved without one). */
  cached: AuditValue;
  /** An array formula (legacy CSE or a dynamic-array spill): the range it covers. */
  array?: { top: number; left: number; bottom: number; right: number };
  /** Why the cell cannot be recomputed (a what-if data table, a clone without its master). */
  problem?: string;
}

/** A cell covered by an array formula's range, holding only the cached value of that array. */
export interface SpillCell {
  row: number;
  col: number;
  cached: AuditValue;
  /** Index of the anchor in the sheet's formulas. */
  anchor: number;
}

export interface SheetData {
  name: string;
  /** Constants, [row-1][col-1], as HyperFormula content (text is prefixed with ' so it stays text). */
  grid: Constant[][];
  formulas: FormulaCell[];
  spills: SpillCell[];
}

export interface DefinedName {
  name: string;
  /** The name's formula text, without '='. */
  text: string;
  /** Index of the sheet it is local to. */
  localSheet?: number;
}

export interface WorkbookData {
  sheets: SheetData[];
  names: DefinedName[];
  date1904: boolean;
}

export interface ReadOptions {
  /** Called as the sheets' XML is read: bytes so far and in all. */
  onBytes?(done: number, total: number): void;
  /** Refuse a workbook with more non-empty cells than this (memory safety). */
  maxCells?: number;
}

export const MAX_CELLS = 5_000_000;
/** Uncompressed XML of all sheets (and of the shared strings) beyond which a file is refused: a zip bomb is not a claim. */
const MAX_XML_BYTES = 4 * 2 ** 30;
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_WORKSHEET = /\/worksheet$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;

const local = (name: string) => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

/** Bytes that begin a zip archive (a local file header, or the end record of an empty archive). */
function isZip(head: Buffer): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}

/** An OLE2 compound file: a legacy .xls, or an .xlsx encrypted with a password. */
function isOle(head: Buffer): boolean {
  return head.length >= 4 && head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
}

async function openPackage(path: string): Promise<JSZip> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new AuditInputError(`cannot read it: ${why}`);
  }
  if (isOle(bytes)) {
    throw new AuditInputError('a legacy .xls or a password-protected workbook; save it as an unprotected .xlsx');
  }
  if (!isZip(bytes)) throw new AuditInputError('not an .xlsx workbook (not a zip archive)');
  try {
    return await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    throw new AuditInputError(`not a readable .xlsx workbook (${(e as Error).message})`);
  }
}

function entry(zip: JSZip, name: string): JSZip.JSZipObject | null {
  const exact = zip.file(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  return zip.file(new RegExp(`^${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i'))[0] ?? null;
}

/** Parses a whole (small) XML part, calling back on tags and text. */
async function parseSmall(
  file: JSZip.JSZipObject,
  on: { open?(tag: SaxesTagPlain): void; close?(tag: SaxesTagPlain): void; text?(t: string): void },
): Promise<void> {
  const xml = await file.async('string');
  const parser = new SaxesParser();
  if (on.open) parser.on('opentag', on.open as (t: SaxesTagPlain) => void);
  if (on.close) parser.on('closetag', on.close as (t: SaxesTagPlain) => void);
  if (on.text) {
    parser.on('text', on.text);
    parser.on('cdata', on.text);
  }
  parser.write(xml).close();
}

interface Rel {
  id: string;
  type: string;
  target: string;
}

async function readRels(zip: JSZip, relsPath: string): Promise<Rel[]> {
  const file = entry(zip, relsPath);
  if (!file) return [];
  const rels: Rel[] = [];
  await parseSmall(file, {
    open(tag) {
      if (local(tag.name) === 'Relationship' && tag.attributes.TargetMode !== 'External') {
        rels.push({ id: String(tag.attributes.Id), type: String(tag.attributes.Type ?? ''), target: String(tag.attributes.Target ?? '') });
      }
    },
  });
  return rels;
}

/** A relationship target as a path inside the package. */
function resolvePart(baseDir: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : `${baseDir}${target}`).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

const dirOf = (part: string) => part.slice(0, part.lastIndexOf('/') + 1);
const relsOf = (part: string) => `${dirOf(part)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;

async function readSharedStrings(file: JSZip.JSZipObject | null): Promise<string[]> {
  if (!file) return [];
  const list: string[] = [];
  let text = '';
  let inT = false;
  let phonetic = 0;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const n = local(tag.name);
    if (n === 'si') text = '';
    else if (n === 't' && phonetic === 0) inT = true;
    else if (n === 'rPh') phonetic++;
  });
  parser.on('closetag', (tag) => {
    const n = local(tag.name);
    if (n === 't') inT = false;
    else if (n === 'rPh') phonetic--;
    else if (n === 'si') list.push(text);
  });
  const onText = (t: string) => {
    if (inT) text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  await pump(file, parser);
  return list;
}

/** Streams a part through the parser with a streaming UTF-8 decoder (a character may straddle two chunks). */
async function pump(file: JSZip.JSZipObject, parser: SaxesParser, onChunk?: (bytes: number) => void): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  await new Promise<void>((resolve, reject) => {
    const stream = file.nodeStream('nodebuffer');
    let bytes = 0;
    stream.on('data', (chunk: Buffer) => {
      try {
        // The sizes in a zip's directory are the zip's word; these are the bytes it really inflates to.
        if ((bytes += chunk.length) > MAX_XML_BYTES) throw new AuditInputError('a part inflates beyond 4 GiB; too large to audit');
        parser.write(decoder.decode(chunk, { stream: true }));
        onChunk?.(chunk.length);
      } catch (e) {
        reject(e);
        (stream as unknown as { pause(): void }).pause();
      }
    });
    stream.on('error', reject);
    stream.on('end', () => {
      try {
        parser.write(decoder.decode());
        parser.close();
        resolve();
      } catch (e) {
        reject(e);
      }
    });
  });
}

function uncompressedSize(file: JSZip.JSZipObject): number {
  // JSZip keeps the central directory's sizes on a private field; an estimate is all progress needs.
  const size = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
  return typeof size === 'number' && size > 0 ? size : 1;
}

/** An ISO date (a `t="d"` cell, written by some producers) as a 1900-system serial. */
function isoToSerial(text: string): number {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) || !/T/.test(text) ? text : `${text}Z`);
  return ms / 86_400_000 + 25569;
}

interface SheetPart {
  name: string;
  file: JSZip.JSZipObject;
}

/** Reads one worksheet part into constants, formula cells and spill cells. */
async function readSheet(part: SheetPart, strings: readonly string[], budget: { cells: number; max: number }, onChunk: (n: number) => void): Promise<SheetData> {
  const grid: Constant[][] = [];
  const formulas: FormulaCell[] = [];
  const spills: SpillCell[] = [];
  const masters = new Map<string, { text: string; row: number; col: number; parts?: ReturnType<typeof referenceParts> }>();
  /** Array formulas whose range is still ahead of the reader. */
  let arrays: { top: number; left: number; bottom: number; right: number; anchor: number }[] = [];

  let row = 0;
  let col = 0;
  let inSheetData = false;
  // The cell being read.
  let cT: string | undefined;
  let f: { t?: string; ref?: string; si?: string; text: string } | undefined;
  let v: string | undefined;
  let capture: 'f' | 'v' | 't' | undefined;
  let inInline = false;
  let phonetic = 0;
  const where = () => `${part.name}!${a1(row, col)}`;

  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const n = local(tag.name);
    if (n === 'c') {
      if (!inSheetData) return;
      const r = tag.attributes.r;
      if (r) {
        const m = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(String(r));
        if (!m) throw new AuditInputError(`bad cell address "${r}" in sheet ${part.name}`);
        col = columnNumber(m[1].toUpperCase());
        const rr = Number(m[2]);
        if (rr !== row) row = rr;
      } else col++;
      if (row < 1 || row > MAX_ROW || col < 1 || col > MAX_COL) throw new AuditInputError(`cell address outside Excel's grid in sheet ${part.name}`);
      cT = tag.attributes.t as string | undefined;
      f = undefined;
      v = undefined;
      inInline = false;
    } else if (n === 'row') {
      if (!inSheetData) return;
      const r = tag.attributes.r;
      row = r ? Number(r) : row + 1;
      if (!Number.isInteger(row) || row < 1 || row > MAX_ROW) throw new AuditInputError(`row number outside Excel's grid in sheet ${part.name}`);
      col = 0;
    } else if (n === 'f') {
      const a = tag.attributes;
      f = { t: a.t as string | undefined, ref: a.ref as string | undefined, si: a.si as string | undefined, text: '' };
      capture = 'f';
    } else if (n === 'v') {
      v = '';
      capture = 'v';
    } else if (n === 'is') {
      inInline = true;
      v = '';
    } else if (n === 't') {
      if (inInline && phonetic === 0) capture = 't';
    } else if (n === 'rPh') {
      phonetic++;
    } else if (n === 'sheetData') {
      inSheetData = true;
    }
  });
  const onText = (t: string) => {
    if (capture === 'f') f!.text += t;
    else if (capture === 'v' || capture === 't') v += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    const n = local(tag.name);
    if (n === 'f' || n === 'v' || n === 't') capture = undefined;
    else if (n === 'rPh') phonetic--;
    else if (n === 'is') inInline = false;
    else if (n === 'sheetData') inSheetData = false;
    else if (n === 'c' && inSheetData) endCell();
  });

  function value(t: string | undefined, text: string | undefined): AuditValue {
    if (text === undefined) return null;
    switch (t) {
      case 's': {
        const s = strings[Number(text)];
        if (s === undefined) throw new AuditInputError(`shared string ${text} missing (${where()})`);
        return s;
      }
      case 'str':
      case 'inlineStr':
        return text;
      case 'b':
        return text.trim() !== '0' && text.trim().toLowerCase() !== 'false';
      case 'e':
        return { error: text.trim() };
      case 'd':
        return isoToSerial(text.trim());
      default: {
        if (text.trim() === '') return null;
        const x = Number(text);
        if (!Number.isFinite(x)) throw new AuditInputError(`bad number "${text.slice(0, 40)}" (${where()})`);
        return x;
      }
    }
  }

  function endCell(): void {
    if (f) {
      const cached = value(cT, v);
      let formula = f.text;
      let problem: string | undefined;
      let array: FormulaCell['array'];
      if (f.t === 'shared' && f.si !== undefined) {
        if (formula !== '') masters.set(f.si, { text: formula, row, col });
        else {
          const m = masters.get(f.si);
          if (!m) problem = `shared formula ${f.si} has no master cell before ${a1(row, col)}`;
          else {
            m.parts ??= referenceParts(m.text);
            formula = renderShifted(m.parts, row - m.row, col - m.col);
          }
        }
      } else if (f.t === 'array' && f.ref) {
        const range = parseRange(f.ref);
        if (range && (range.bottom > range.top || range.right > range.left)) {
          array = { top: range.top, left: range.left, bottom: range.bottom, right: range.right };
          arrays.push({ ...array, anchor: formulas.length });
        } else if (range) array = { top: range.top, left: range.left, bottom: range.bottom, right: range.right };
      } else if (f.t === 'dataTable') {
        problem = 'what-if data table (TABLE) cells are not recomputed';
        formula = formula || `TABLE(${f.ref ?? ''})`;
      }
      if (!problem && formula.trim() === '') problem = 'formula cell without formula text';
      count();
      formulas.push({ row, col, formula, cached, ...(array ? { array } : {}), ...(problem ? { problem } : {}) });
      return;
    }
    if (arrays.length) {
      arrays = arrays.filter((a) => a.bottom >= row);
      const a = arrays.find((x) => row >= x.top && row <= x.bottom && col >= x.left && col <= x.right);
      if (a) {
        count();
        spills.push({ row, col, cached: value(cT, v), anchor: a.anchor });
        return;
      }
    }
    const val = value(cT, v);
    if (val === null) return;
    count();
    let content: Constant;
    if (typeof val === 'string') content = `'${val}`;
    else if (typeof val === 'object') content = val.error;
    else content = val;
    (grid[row - 1] ??= [])[col - 1] = content;
  }

  function count(): void {
    if (++budget.cells > budget.max) throw new AuditInputError(`more than ${budget.max.toLocaleString('en')} cells; too large to audit`);
  }

  try {
    await pump(part.file, parser, onChunk);
  } catch (e) {
    if (e instanceof AuditInputError) throw e;
    throw new AuditInputError(`sheet ${part.name} is not well-formed XML (${(e as Error).message.split('\n')[0]})`);
  }
  return { name: part.name, grid, formulas, spills };
}

/** Opens and reads a workbook; throws AuditInputError when it is not one. */
export async function readWorkbook(path: string, options: ReadOptions = {}): Promise<WorkbookData> {
  const zip = await openPackage(path);
  const root = await readRels(zip, '_rels/.rels');
  const officeDoc = root.find((r) => REL_OFFICE_DOCUMENT.test(r.type));
  const workbookPart = officeDoc ? resolvePart('', officeDoc.target) : 'xl/workbook.xml';
  if (/\.bin$/i.test(workbookPart)) throw new AuditInputError('a binary .xlsb workbook; save it as .xlsx');
  const workbookFile = entry(zip, workbookPart);
  if (!workbookFile) throw new AuditInputError(`a zip archive but not an .xlsx workbook (no ${workbookPart})`);

  const sheetsDecl: { name: string; rid: string }[] = [];
  const names: { name: string; text: string; localSheetId?: number; hidden: boolean }[] = [];
  let date1904 = false;
  let currentName: (typeof names)[number] | undefined;
  try {
    await parseSmall(workbookFile, {
      open(tag) {
        const n = local(tag.name);
        const a = tag.attributes;
        if (n === 'sheet') {
          const rid = Object.entries(a).find(([k]) => local(k) === 'id')?.[1];
          sheetsDecl.push({ name: String(a.name), rid: String(rid ?? '') });
        } else if (n === 'definedName') {
          currentName = {
            name: String(a.name),
            text: '',
            ...(a.localSheetId !== undefined ? { localSheetId: Number(a.localSheetId) } : {}),
            hidden: a.hidden === '1' || a.hidden === 'true',
          };
        } else if (n === 'workbookPr') {
          date1904 = a.date1904 === '1' || a.date1904 === 'true';
        }
      },
      text(t) {
        if (currentName) currentName.text += t;
      },
      close(tag) {
        if (local(tag.name) === 'definedName' && currentName) {
          names.push(currentName);
          currentName = undefined;
        }
      },
    });
  } catch (e) {
    throw new AuditInputError(`the workbook part is not well-formed XML (${(e as Error).message.split('\n')[0]})`);
  }

  const rels = await readRels(zip, relsOf(workbookPart));
  const byId = new Map(rels.map((r) => [r.id, r]));
  const base = dirOf(workbookPart);
  const parts: SheetPart[] = [];
  for (const s of sheetsDecl) {
    const rel = byId.get(s.rid);
    if (!rel || !REL_WORKSHEET.test(rel.type)) continue; // chart sheets, dialog and macro sheets hold no cells to audit
    const file = entry(zip, resolvePart(base, rel.target));
    if (!file) throw new AuditInputError(`sheet "${s.name}" is missing from the package`);
    parts.push({ name: s.name, file });
  }
  const sstRel = rels.find((r) => REL_SHARED_STRINGS.test(r.type));
  const sstFile = sstRel ? entry(zip, resolvePart(base, sstRel.target)) : null;
  if (sstFile && uncompressedSize(sstFile) > MAX_XML_BYTES) throw new AuditInputError('its shared strings are too large to audit');
  let strings: string[];
  try {
    strings = await readSharedStrings(sstFile);
  } catch (e) {
    throw new AuditInputError(`the shared strings are not well-formed XML (${(e as Error).message.split('\n')[0]})`);
  }

  const total = parts.reduce((s, p) => s + uncompressedSize(p.file), 0);
  if (total > MAX_XML_BYTES) throw new AuditInputError(`its sheets hold ${(total / 2 ** 30).toFixed(1)} GiB of XML; too large to audit`);
  let done = 0;
  const budget = { cells: 0, max: options.maxCells ?? MAX_CELLS };
  const sheets: SheetData[] = [];
  for (const p of parts) {
    sheets.push(
      await readSheet(p, strings, budget, (n) => {
        done += n;
        options.onBytes?.(Math.min(done, total), total);
      }),
    );
  }
  const sheetIndex = new Map(sheetsDecl.map((s, i) => [i, parts.findIndex((p) => p.name === s.name)]));
  return {
    sheets,
    date1904,
    names: names
      .filter((n) => !n.hidden && !/^_xlnm\./i.test(n.name))
      .filter((n) => n.localSheetId === undefined || (sheetIndex.get(n.localSheetId) ?? -1) >= 0)
      .map((n) => {
        const idx = n.localSheetId === undefined ? undefined : sheetIndex.get(n.localSheetId);
        return { name: n.name, text: n.text, ...(idx !== undefined ? { localSheet: idx } : {}) };
      }),
  };
}
