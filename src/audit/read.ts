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
 * The file is untrusted: it is opened read-only and never written; it must be a regular file
 * holding a zip with a workbook part; an XML part with a DOCTYPE is refused (saxes expands no
 * entities anyway); cell addresses must be inside Excel's grid. Everything it can make the
 * reader hold or do is capped below (MAX_*), checked against what the zip declares before
 * anything is inflated and again against the bytes actually inflated, with a one-line
 * AuditInputError naming the part and the limit.
 */
import { constants as fsConstants, promises as fs } from 'fs';
import JSZip from 'jszip';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { address as a1, colNumber } from '../templates/a1';
import { compoundKind, isCompoundFile } from './cfb';
import type { AuditValue } from './compare';
import { parseRange, referenceParts, renderShifted } from './formula';

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
  /** Why the cell cannot be recomputed (a what-if data table, a clone without its master, an external link…). */
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
  /** The workbooks external references point at, by their number: `[1]Sheet1!A1` reads externalLinks[0]. */
  externalLinks: string[];
}

export interface ReadOptions {
  /** Called as the sheets' XML is read: bytes so far and in all. */
  onBytes?(done: number, total: number): void;
  /** Refuse a workbook with more non-empty cells than this (memory safety). */
  maxCells?: number;
}

const MiB = 2 ** 20;
const GiB = 2 ** 30;

/*
 * Limits on what an untrusted file can make the reader hold or do. Each is far above what a
 * claim saved by Excel needs (bench/audit.ts: 1,000,000 cells are 44 MB of sheet XML in a
 * 6.6 MB file) and low enough that the worst file within them still reads in bounded memory.
 */

/** Non-empty cells kept for recalculation: HyperFormula holds every one (≈ 0.5 KB each). */
export const MAX_CELLS = 5_000_000;
/** The file is held whole in memory (a zip's directory is at its end). A claim at MAX_CELLS compresses to ≈ 35 MB; the rest is room for pictures and attachments, below Node's 2 GiB readFile limit. */
export const MAX_FILE_BYTES = 1 * GiB;
/** Zip entries: JSZip builds an object for each before a byte is inflated. Excel writes a few parts a sheet, so MAX_SHEETS sheets with drawings and comments stay far below. */
export const MAX_ZIP_ENTRIES = 100_000;
/** Inflated XML of one sheet or shared-strings part: a sheet at MAX_CELLS is ≈ 220 MB (44 bytes a cell); twice that leaves room for long formulas, and keeps any one text below V8's 512 Mi-character string limit. */
export const MAX_PART_BYTES = 512 * MiB;
/** Inflated XML of all the parts read: twice the bytes of a sheet at MAX_CELLS with long formulas; the bound on reading time and on what the XML can make the parser hold. */
export const MAX_XML_BYTES = 1 * GiB;
/** workbook.xml, relationship and external-link parts: they list sheets, names and link targets; Excel's are kilobytes, MAX_SHEETS sheets a few MB. */
export const MAX_SMALL_PART_BYTES = 64 * MiB;
/** Sheets: each becomes a HyperFormula sheet; 5,000 audit in about a second here. Excel itself sets no number. */
export const MAX_SHEETS = 10_000;
/** Nesting of XML elements: SpreadsheetML goes about ten deep (worksheet/sheetData/row/c/is/r/t, extLst); the parser keeps every open element. */
export const MAX_XML_DEPTH = 128;
/** Attributes of one element: Excel writes at most a few dozen; the parser keeps them all until the tag ends. */
export const MAX_ATTRIBUTES = 1_000;
/** Characters of one text (a shared or inline string, a formula, a value): 32 × Excel's own 32,767-character limit for a cell, for producers that ignore it. */
export const MAX_TEXT_CHARS = 32 * 32_767;
/**
 * Row slots HyperFormula walks: it takes each sheet as rows of arrays up to each row's last
 * cell, so one cell at XFD on each of a million rows is 17 billion slots (hours) though only a
 * million cells. Ten slots for each cell a workbook may have: a claim's rows are dense.
 */
export const MAX_GRID_SLOTS = 10 * MAX_CELLS;
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

const REL_EXTERNAL_LINK = /\/externalLink$/;
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

const bytesText = (n: number) => (n >= GiB ? `${+(n / GiB).toFixed(1)} GiB` : n >= MiB ? `${+(n / MiB).toFixed(1)} MiB` : `${n.toLocaleString('en')} bytes`);

/** The file's bytes: a regular file only (a FIFO would block and /dev/zero never end), opened read-only, at most MAX_FILE_BYTES. */
async function readInput(path: string): Promise<Buffer> {
  const why = (e: unknown) => {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (e as Error).message;
  };
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (e) {
    throw new AuditInputError(`cannot read it: ${why(e)}`);
  }
  if (stat.isDirectory()) throw new AuditInputError('cannot read it: it is a directory');
  if (!stat.isFile()) throw new AuditInputError('cannot read it: not a regular file (a device, pipe or socket)');
  if (stat.size > MAX_FILE_BYTES) throw new AuditInputError(`the file is ${bytesText(stat.size)}, past the ${bytesText(MAX_FILE_BYTES)} limit for a workbook`);
  let handle;
  try {
    // O_NONBLOCK: should the path have become a FIFO since stat, opening it does not wait for a writer.
    handle = await fs.open(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  } catch (e) {
    throw new AuditInputError(`cannot read it: ${why(e)}`);
  }
  try {
    const now = await handle.stat();
    if (!now.isFile()) throw new AuditInputError('cannot read it: not a regular file (a device, pipe or socket)');
    if (now.size > MAX_FILE_BYTES) throw new AuditInputError(`the file is ${bytesText(now.size)}, past the ${bytesText(MAX_FILE_BYTES)} limit for a workbook`);
    const bytes = Buffer.alloc(now.size);
    let done = 0;
    while (done < bytes.length) {
      const { bytesRead } = await handle.read(bytes, done, bytes.length - done, done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return bytes.subarray(0, done);
  } catch (e) {
    if (e instanceof AuditInputError) throw e;
    throw new AuditInputError(`cannot read it: ${why(e)}`);
  } finally {
    await handle.close();
  }
}

/** Occurrences of a zip's central-directory signature: at least as many as the entries JSZip would build. */
function zipEntryBound(bytes: Buffer, stopAfter: number): number {
  const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  let n = 0;
  for (let at = bytes.indexOf(signature); at >= 0 && n <= stopAfter; at = bytes.indexOf(signature, at + 4)) n++;
  return n;
}

async function openPackage(path: string): Promise<JSZip> {
  const bytes = await readInput(path);
  if (bytes.length === 0) throw new AuditInputError('an empty file, not an .xlsx workbook');
  if (isCompoundFile(bytes)) {
    switch (compoundKind(bytes)) {
      case 'encrypted':
        throw new AuditInputError('password-protected (encrypted) workbook: save it without a password to audit');
      case 'xls':
        throw new AuditInputError('a legacy .xls workbook (Excel 97-2003): save it as .xlsx to audit');
      case 'other':
        throw new AuditInputError('an OLE compound file (a Word or other Office document?), not an .xlsx workbook');
      default:
        throw new AuditInputError('an OLE compound file that cannot be read: a legacy .xls or a password-protected workbook? Save it as an unprotected .xlsx');
    }
  }
  if (!isZip(bytes)) throw new AuditInputError('not an .xlsx workbook (not a zip archive)');
  if (zipEntryBound(bytes, MAX_ZIP_ENTRIES) > MAX_ZIP_ENTRIES) throw new AuditInputError(`a zip of more than ${MAX_ZIP_ENTRIES.toLocaleString('en')} entries, past the limit for a workbook`);
  try {
    return await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    throw new AuditInputError(`a damaged or truncated zip, not a readable .xlsx workbook (${(e as Error).message.split('\n')[0]})`);
  }
}

/** The package as the reader sees it: its parts by name, and the XML inflated from it so far. */
interface Package {
  zip: JSZip;
  /** Lower-cased part name → part, for producers that change the case of a name. */
  lower?: Map<string, JSZip.JSZipObject>;
  inflated: number;
}

function entry(pkg: Package, name: string): JSZip.JSZipObject | null {
  const exact = pkg.zip.file(name);
  if (exact) return exact;
  if (!pkg.lower) {
    pkg.lower = new Map();
    pkg.zip.forEach((_, f) => {
      if (!f.dir) pkg.lower!.set(f.name.toLowerCase(), f);
    });
  }
  return pkg.lower.get(name.toLowerCase()) ?? null;
}

/** The uncompressed size the zip's directory declares for a part (JSZip keeps it on a private field). */
function declaredSize(file: JSZip.JSZipObject): number | undefined {
  const size = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
  return typeof size === 'number' && size >= 0 ? size : undefined;
}

interface XmlHandlers {
  open?(tag: SaxesTagPlain): void;
  close?(tag: SaxesTagPlain): void;
  text?(t: string): void;
}

/** A parser for one part, refusing a DOCTYPE and holding the nesting depth and attributes per element to their limits. */
function xmlParser(part: string, on: XmlHandlers): SaxesParser {
  const parser = new SaxesParser();
  let depth = 0;
  let attributes = 0;
  parser.on('doctype', () => {
    throw new AuditInputError(`${part} has a DOCTYPE, which Excel never writes: refused (its entities are not expanded)`);
  });
  parser.on('opentagstart', () => {
    attributes = 0;
  });
  parser.on('attribute', () => {
    if (++attributes > MAX_ATTRIBUTES) throw new AuditInputError(`${part} has an element with more than ${MAX_ATTRIBUTES.toLocaleString('en')} attributes, past the limit`);
  });
  parser.on('opentag', (tag) => {
    if (++depth > MAX_XML_DEPTH) throw new AuditInputError(`${part} nests XML elements more than ${MAX_XML_DEPTH} deep, past the limit`);
    on.open?.(tag as SaxesTagPlain);
  });
  parser.on('closetag', (tag) => {
    depth--;
    on.close?.(tag as SaxesTagPlain);
  });
  if (on.text) {
    parser.on('text', on.text);
    parser.on('cdata', on.text);
  }
  return parser;
}

/** A parse failure as one line: the reader's own refusals as they are, anything else as not well-formed. */
function xmlFailure(what: string, e: unknown): AuditInputError {
  if (e instanceof AuditInputError) return e;
  const message = (e as Error).message.split('\n')[0];
  // V8's limit on one string, reached by a single text (saxes gathers a text whole).
  if (e instanceof RangeError && /string length/i.test(message)) return new AuditInputError(`${what} holds a text too long to read`);
  return new AuditInputError(`${what} is not well-formed XML (${message})`);
}

/**
 * Streams a part through the parser with a streaming UTF-8 decoder (a character may straddle
 * two chunks), stopping as soon as it inflates past the size the zip declares for it, past
 * `limit`, or the package past MAX_XML_BYTES: the declared sizes are checked before reading,
 * and these catch a zip that lies about them.
 */
async function pump(pkg: Package, file: JSZip.JSZipObject, parser: SaxesParser, limit: number, onChunk?: (bytes: number) => void): Promise<void> {
  checkDeclared(file, limit);
  const declared = declaredSize(file);
  const decoder = new TextDecoder('utf-8');
  await new Promise<void>((resolve, reject) => {
    const stream = file.nodeStream('nodebuffer');
    let bytes = 0;
    let failed = false;
    stream.on('data', (chunk: Buffer) => {
      if (failed) return;
      try {
        bytes += chunk.length;
        pkg.inflated += chunk.length;
        if (declared !== undefined && bytes > declared) {
          throw new AuditInputError(`${file.name} inflates to more than the ${bytesText(declared)} its zip directory declares: a damaged or hostile zip`);
        }
        if (bytes > limit) throw new AuditInputError(`${file.name} inflates past the ${bytesText(limit)} limit for one part`);
        if (pkg.inflated > MAX_XML_BYTES) throw new AuditInputError(`its XML inflates past the ${bytesText(MAX_XML_BYTES)} limit for a workbook (at ${file.name})`);
        parser.write(decoder.decode(chunk, { stream: true }));
        onChunk?.(chunk.length);
      } catch (e) {
        failed = true;
        (stream as unknown as { pause(): void }).pause();
        reject(e);
      }
    });
    stream.on('error', (e: Error) => {
      failed = true;
      reject(new AuditInputError(`${file.name} cannot be inflated (${e.message.split('\n')[0]}): a damaged zip`));
    });
    stream.on('end', () => {
      if (failed) return;
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

/** Refuses a part whose declared size is past its limit, before a byte of it is inflated. */
function checkDeclared(file: JSZip.JSZipObject, limit: number): void {
  const declared = declaredSize(file);
  if (declared !== undefined && declared > limit) {
    throw new AuditInputError(`${file.name} would inflate to ${bytesText(declared)}, past the ${bytesText(limit)} limit for one part (a zip bomb?)`);
  }
}

/** Parses a small part (workbook.xml, relationships), calling back on tags and text. */
async function parseSmall(pkg: Package, file: JSZip.JSZipObject, on: XmlHandlers): Promise<void> {
  try {
    await pump(pkg, file, xmlParser(file.name, on), MAX_SMALL_PART_BYTES);
  } catch (e) {
    throw xmlFailure(file.name, e);
  }
}

interface Rel {
  id: string;
  type: string;
  target: string;
  /** TargetMode="External": a target outside the package (another workbook, a web page). */
  external: boolean;
}

async function readRels(pkg: Package, relsPath: string): Promise<Rel[]> {
  const file = entry(pkg, relsPath);
  if (!file) return [];
  const rels: Rel[] = [];
  await parseSmall(pkg, file, {
    open(tag) {
      if (local(tag.name) === 'Relationship') {
        const a = tag.attributes;
        rels.push({ id: String(a.Id), type: String(a.Type ?? ''), target: String(a.Target ?? ''), external: a.TargetMode === 'External' });
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

function textTooLong(what: string): AuditInputError {
  return new AuditInputError(`${what} holds a text longer than ${MAX_TEXT_CHARS.toLocaleString('en')} characters, past the limit`);
}

async function readSharedStrings(pkg: Package, file: JSZip.JSZipObject | null, maxStrings: number): Promise<string[]> {
  if (!file) return [];
  const list: string[] = [];
  let text = '';
  let inT = false;
  let phonetic = 0;
  const onText = (t: string) => {
    if (!inT) return;
    text += t;
    if (text.length > MAX_TEXT_CHARS) throw textTooLong(`${file.name} (string ${list.length})`);
  };
  const parser = xmlParser(file.name, {
    open(tag) {
      const n = local(tag.name);
      if (n === 'si') text = '';
      else if (n === 't' && phonetic === 0) inT = true;
      else if (n === 'rPh') phonetic++;
    },
    close(tag) {
      const n = local(tag.name);
      if (n === 't') inT = false;
      else if (n === 'rPh') phonetic--;
      else if (n === 'si') {
        // A workbook cannot use more strings than it may have cells.
        if (list.length >= maxStrings) throw new AuditInputError(`${file.name} holds more than ${maxStrings.toLocaleString('en')} strings, more than the cells a workbook may have`);
        list.push(text);
      }
    },
    text: onText,
  });
  try {
    await pump(pkg, file, parser, MAX_PART_BYTES);
  } catch (e) {
    throw xmlFailure(file.name, e);
  }
  return list;
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

/** What the sheets of a workbook use up together, against their limits. */
interface Budget {
  cells: number;
  max: number;
  /** Row slots up to each row's last cell (MAX_GRID_SLOTS). */
  slots: number;
}

/** Reads one worksheet part into constants, formula cells and spill cells. */
async function readSheet(pkg: Package, part: SheetPart, strings: readonly string[], budget: Budget, onChunk: (n: number) => void): Promise<SheetData> {
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
  // The row whose slots are counted, and its last column counted so far.
  let slotRow = 0;
  let slotCol = 0;
  const where = () => `${part.name}!${a1(row, col)}`;

  function open(tag: SaxesTagPlain): void {
    const n = local(tag.name);
    if (n === 'c') {
      if (!inSheetData) return;
      const r = tag.attributes.r;
      if (r) {
        const m = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(String(r));
        if (!m) throw new AuditInputError(`bad cell address "${r}" in sheet ${part.name}`);
        col = colNumber(m[1].toUpperCase());
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
  }
  function text(t: string): void {
    if (capture === 'f') {
      f!.text += t;
      if (f!.text.length > MAX_TEXT_CHARS) throw textTooLong(`the formula of ${where()}`);
    } else if (capture === 'v' || capture === 't') {
      v += t;
      if (v!.length > MAX_TEXT_CHARS) throw textTooLong(where());
    }
  }
  function close(tag: SaxesTagPlain): void {
    const n = local(tag.name);
    if (n === 'f' || n === 'v' || n === 't') capture = undefined;
    else if (n === 'rPh') phonetic--;
    else if (n === 'is') inInline = false;
    else if (n === 'sheetData') inSheetData = false;
    else if (n === 'c' && inSheetData) endCell();
  }

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
    if (row !== slotRow) {
      slotRow = row;
      slotCol = 0;
    }
    if (col > slotCol) {
      budget.slots += col - slotCol;
      slotCol = col;
      if (budget.slots > MAX_GRID_SLOTS) {
        throw new AuditInputError(
          `its cells spread over more than ${MAX_GRID_SLOTS.toLocaleString('en')} row slots (each row counted up to its last cell, here ${where()}): too sparse to recompute`,
        );
      }
    }
  }

  try {
    await pump(pkg, part.file, xmlParser(part.file.name, { open, close, text }), MAX_PART_BYTES, onChunk);
  } catch (e) {
    throw xmlFailure(`sheet ${part.name}`, e);
  }
  return { name: part.name, grid, formulas, spills };
}

/** Opens and reads a workbook; throws AuditInputError when it is not one. */
export async function readWorkbook(path: string, options: ReadOptions = {}): Promise<WorkbookData> {
  const pkg: Package = { zip: await openPackage(path), inflated: 0 };
  const root = await readRels(pkg, '_rels/.rels');
  const officeDoc = root.find((r) => REL_OFFICE_DOCUMENT.test(r.type) && !r.external);
  const workbookPart = officeDoc ? resolvePart('', officeDoc.target) : 'xl/workbook.xml';
  if (/\.bin$/i.test(workbookPart)) throw new AuditInputError('a binary .xlsb workbook; save it as .xlsx');
  const workbookFile = entry(pkg, workbookPart);
  if (!workbookFile) throw new AuditInputError(`a zip archive but not an .xlsx workbook (no ${workbookPart})`);

  const sheetsDecl: { name: string; rid: string }[] = [];
  const externalIds: string[] = [];
  const names: { name: string; text: string; localSheetId?: number; hidden: boolean }[] = [];
  let date1904 = false;
  let currentName: (typeof names)[number] | undefined;
  const relId = (a: Record<string, string>) => Object.entries(a).find(([k]) => local(k) === 'id')?.[1];
  await parseSmall(pkg, workbookFile, {
    open(tag) {
      const n = local(tag.name);
      const a = tag.attributes;
      if (n === 'sheet') {
        if (sheetsDecl.length >= MAX_SHEETS) throw new AuditInputError(`more than ${MAX_SHEETS.toLocaleString('en')} sheets, past the limit for a workbook`);
        sheetsDecl.push({ name: String(a.name), rid: String(relId(a) ?? '') });
      } else if (n === 'externalReference') {
        externalIds.push(String(relId(a) ?? ''));
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
      if (!currentName) return;
      currentName.text += t;
      if (currentName.text.length > MAX_TEXT_CHARS) throw textTooLong(`the defined name ${currentName.name}`);
    },
    close(tag) {
      if (local(tag.name) === 'definedName' && currentName) {
        names.push(currentName);
        currentName = undefined;
      }
    },
  });

  const rels = await readRels(pkg, relsOf(workbookPart));
  const byId = new Map(rels.map((r) => [r.id, r]));
  const base = dirOf(workbookPart);
  const parts: SheetPart[] = [];
  // Excel compares sheet names without case: HyperFormula would merge two such sheets into one.
  const seen = new Set<string>();
  for (const s of sheetsDecl) {
    const key = s.name.toLowerCase();
    if (seen.has(key)) throw new AuditInputError(`two sheets are named "${s.name}"`);
    seen.add(key);
    const rel = byId.get(s.rid);
    if (!rel || rel.external) throw new AuditInputError(`sheet "${s.name}" has no part in the package (relationship ${s.rid || 'missing'})`);
    if (!REL_WORKSHEET.test(rel.type)) continue; // chart sheets, dialog and macro sheets hold no cells to audit
    const file = entry(pkg, resolvePart(base, rel.target));
    if (!file) throw new AuditInputError(`sheet "${s.name}" is missing from the package`);
    parts.push({ name: s.name, file });
  }
  const sstRel = rels.find((r) => REL_SHARED_STRINGS.test(r.type) && !r.external);
  const sstFile = sstRel ? entry(pkg, resolvePart(base, sstRel.target)) : null;

  // Every part to be read, by the sizes the zip declares, before any is inflated.
  const big = sstFile ? [sstFile, ...parts.map((p) => p.file)] : parts.map((p) => p.file);
  for (const file of big) checkDeclared(file, MAX_PART_BYTES);
  const declared = big.reduce((sum, file) => sum + (declaredSize(file) ?? 0), pkg.inflated);
  if (declared > MAX_XML_BYTES) {
    throw new AuditInputError(`its sheets and strings would inflate to ${bytesText(declared)} of XML, past the ${bytesText(MAX_XML_BYTES)} limit for a workbook (a zip bomb?)`);
  }

  const budget: Budget = { cells: 0, max: options.maxCells ?? MAX_CELLS, slots: 0 };
  const strings = await readSharedStrings(pkg, sstFile, budget.max);
  const externalLinks = await readExternalLinks(pkg, externalIds, byId, base);

  const total = parts.reduce((sum, p) => sum + Math.max(declaredSize(p.file) ?? 0, 1), 0);
  let done = 0;
  const sheets: SheetData[] = [];
  for (const p of parts) {
    sheets.push(
      await readSheet(pkg, p, strings, budget, (n) => {
        done += n;
        options.onBytes?.(Math.min(done, total), total);
      }),
    );
  }
  const partIndex = new Map(parts.map((p, i) => [p.name, i]));
  const sheetIndex = new Map(sheetsDecl.map((s, i) => [i, partIndex.get(s.name) ?? -1]));
  return {
    sheets,
    date1904,
    externalLinks,
    names: names
      .filter((n) => !n.hidden && !/^_xlnm\./i.test(n.name))
      .filter((n) => n.localSheetId === undefined || (sheetIndex.get(n.localSheetId) ?? -1) >= 0)
      .map((n) => {
        const idx = n.localSheetId === undefined ? undefined : sheetIndex.get(n.localSheetId);
        return { name: n.name, text: n.text, ...(idx !== undefined ? { localSheet: idx } : {}) };
      }),
  };
}

/** Where each external reference points (`[1]` is the first): its externalLink part's external target, as the file names it. */
async function readExternalLinks(pkg: Package, ids: readonly string[], byId: ReadonlyMap<string, Rel>, base: string): Promise<string[]> {
  const out: string[] = [];
  for (const id of ids) {
    const rel = byId.get(id);
    let target = '(a workbook the file does not name)';
    if (rel && !rel.external && REL_EXTERNAL_LINK.test(rel.type)) {
      const part = resolvePart(base, rel.target);
      const link = (await readRels(pkg, relsOf(part))).find((r) => r.external);
      if (link) target = link.target;
    }
    out.push(target);
  }
  return out;
}
