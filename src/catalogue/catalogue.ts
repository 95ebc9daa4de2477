import type { Region } from '../engine/codes';
import type { Category } from './categories';
import { policyRecords } from './records';

/**
 * The policy catalogue: one record per numbered item of the five seed documents (67 + 16 +
 * 18 + 10 + 20 = 131). `policies.json` is generated from the seeds by
 * `npx ts-node --transpile-only scripts/build-catalogue.ts`; never edit it by hand (a test
 * re-runs the parser and fails on any difference). The reviewed, hand-written parts are
 * `categories.ts`, `functionsByPolicy.ts` and `windows.ts`.
 */

export type SeedId = '000' | '001' | '002' | '003' | '004';

/** Who issued the documents an item rests on; regions plus `national` for the central government. */
export type Jurisdiction = 'national' | 'shandong' | 'weihai' | 'liaocheng' | 'qingdao' | 'jining';

export const JURISDICTION_ORDER: readonly Jurisdiction[] = ['national', 'shandong', 'weihai', 'liaocheng', 'qingdao', 'jining'];

export interface Department {
  name: string;
  /** Phone numbers as printed, several joined by 、. */
  phone?: string;
}

/** ISO dates, both ends inclusive; an end the seed does not state is absent. */
export interface PolicyWindow {
  from?: string;
  to?: string;
}

export interface PolicyRecord {
  /** `NNN#item`: seed file prefix and item number (003's 一…十 as 1…10). */
  id: string;
  seed: SeedId;
  item: number;
  jurisdiction: Jurisdiction[];
  category: Category;
  keyword: string;
  title: string;
  /** The clause as printed, whitespace-normalised (layout breaks and U+FFFD removed). */
  text: string;
  /** Source documents, each its full name with its 文号 where it has one. */
  documents: string[];
  departments: Department[];
  window?: PolicyWindow;
  /** SUBSIDY functions that compute an amount under this clause. */
  functions: string[];
}

let byId: { records: readonly PolicyRecord[]; index: Map<string, PolicyRecord> } | undefined;

function indexById(): Map<string, PolicyRecord> {
  const records = policyRecords();
  if (byId?.records !== records) byId = { records, index: new Map(records.map((r) => [r.id, r])) };
  return byId.index;
}

/**
 * An id in the forms people type it: "000#1", "000-1", " 000#01 ", "0#1", "000＃1",
 * "000 1". Returns the canonical "NNN#n", or undefined when it is not of that shape.
 */
export function canonicalId(text: string): string | undefined {
  const m = /^(\d{1,3})\s*(?:[#\-_./:：、]|\s)\s*(\d{1,3})$/.exec(text.normalize('NFKC').trim());
  if (!m) return undefined;
  return `${m[1].padStart(3, '0')}#${Number(m[2])}`;
}

/** The record with that id (any spelling canonicalId accepts), or undefined. */
export function policyById(id: string): PolicyRecord | undefined {
  const c = canonicalId(id);
  return c === undefined ? undefined : indexById().get(c);
}

/** Items of seed 000 that rest only on national or Shandong documents. */
function isNationalOrProvincial(r: PolicyRecord): boolean {
  return r.jurisdiction.every((j) => j === 'national' || j === 'shandong');
}

/**
 * The policies that apply to an enterprise in `region`:
 * - weihai: all 67 items of 000 (the Weihai compilation) plus 003 (provincial);
 * - liaocheng: 001 + 003 + the national/Shandong items of 000;
 * - qingdao: 002 + 003 + the national/Shandong items of 000;
 * - jining: 004 + 003 + the national/Shandong items of 000;
 * - shandong (an enterprise anywhere in the province, city unknown): 003 + the
 *   national/Shandong items of 000.
 * "National/Shandong items of 000" are those whose source documents are all national or
 * Shandong ones. An item that also cites a Weihai document is the compilation's Weihai
 * version of the measure and stays with Weihai: 000#49 cites 鲁政办发〔2020〕4号 but its
 * 两免两减半 is Weihai's scheme (Liaocheng's own version is 001#5). Such mixed items (e.g.
 * 000#24's national and provincial interest subsidy) are thereby left out for other
 * regions, whose own seed or 003 carries the provincial measure where one exists.
 * Records come in catalogue order (seed, then item).
 */
export function policiesFor(region: Region): PolicyRecord[] {
  const own: Record<Region, SeedId | undefined> = {
    weihai: undefined,
    liaocheng: '001',
    qingdao: '002',
    jining: '004',
    shandong: undefined,
  };
  return policyRecords().filter((r) => {
    if (r.seed === '003') return true;
    if (r.seed === '000') return region === 'weihai' || isNationalOrProvincial(r);
    return r.seed === own[region];
  });
}

/** The 文号 of a document name: its closing （…〔2020〕5号） or （2020年第6号）, or undefined. */
export function documentNumber(document: string): string | undefined {
  const m = /[（(]([^（）()]*(?:〔\d{4}〕\d+号|\d{4}年第\d+号))[）)]$/.exec(document);
  return m?.[1];
}

/** A window as text: "2020-02-07 至 2020-06-30", "2020-02-01 起", "至 2020-06-30", or "". */
export function windowText(w: PolicyWindow | undefined): string {
  if (!w || (!w.from && !w.to)) return '';
  if (w.from && w.to) return `${w.from} 至 ${w.to}`;
  return w.from ? `${w.from} 起` : `至 ${w.to}`;
}
