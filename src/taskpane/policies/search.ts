/**
 * The policy browser's filter, pure: keyword (keyword, title, clause text, documents and
 * their 文号, id, function names), region (the applies-to semantics of `policiesFor`),
 * category, and enterprise size.
 *
 * Size: the catalogue has no "eligible size" field. What the data does say is the clause
 * text, so `aimedAtSmes` reads it: a clause naming 中小微/中小/小微 enterprises or 个体工商户
 * is aimed at SMEs. "sme" keeps every policy (an SME may use the general measures too);
 * "large" drops the SME-aimed ones unless the clause also names 大型企业 (000#1's 减半 for
 * large enterprises). The UI says so next to the filter.
 */
import type { Region } from '../../engine/codes';
import { policiesFor, type PolicyRecord } from '../../catalogue/catalogue';

export type SizeFilter = 'all' | 'sme' | 'large';

export interface PolicyQuery {
  text?: string;
  region?: Region | '';
  category?: string;
  size?: SizeFilter;
}

const SME_WORDS = /中小微|中小企业|中小型|小微|小型微型|个体工商户/;
const LARGE_WORDS = /大型企业|大企业/;

export function aimedAtSmes(r: PolicyRecord): boolean {
  return SME_WORDS.test(`${r.title} ${r.keyword} ${r.text}`);
}

export function namesLarge(r: PolicyRecord): boolean {
  return LARGE_WORDS.test(`${r.title} ${r.keyword} ${r.text}`);
}

/** Case-, width- and spacing-insensitive form for matching ("〔2020〕4号" and "[2020]4号" differ; both are typed). */
export function foldText(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** The words of a query; every one must match somewhere in the record. */
export function queryTerms(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[\s,，;；]+/)
    .map((t) => t.trim())
    .filter(Boolean);
}

function haystack(r: PolicyRecord): string {
  return foldText([r.id, r.keyword, r.title, r.text, ...r.documents, ...r.functions, r.category].join('\u0001'));
}

const cache = new WeakMap<PolicyRecord, string>();

function searchable(r: PolicyRecord): string {
  let s = cache.get(r);
  if (s === undefined) {
    s = haystack(r);
    cache.set(r, s);
  }
  return s;
}

/** The records matching every given filter, in catalogue order. */
export function searchPolicies(records: readonly PolicyRecord[], q: PolicyQuery): PolicyRecord[] {
  const pool = q.region ? new Set(policiesFor(q.region)) : undefined;
  const terms = queryTerms(q.text).map(foldText);
  // An id typed as 000-49 or 0#49 matches 000#49.
  const idTerms = terms.map((t) => {
    const m = /^(\d{1,3})[#\-_./:：](\d{1,3})$/.exec(t);
    return m ? `${m[1].padStart(3, '0')}#${Number(m[2])}` : t;
  });
  return records.filter((r) => {
    if (pool && !pool.has(r)) return false;
    if (q.category && r.category !== q.category) return false;
    if (q.size === 'large' && aimedAtSmes(r) && !namesLarge(r)) return false;
    const hay = searchable(r);
    return idTerms.every((t) => hay.includes(t));
  });
}
