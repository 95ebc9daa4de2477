/**
 * Builds src/catalogue/policies.json from the five seed documents in seeds/.
 *
 *   npx ts-node --transpile-only scripts/build-catalogue.ts
 *
 * The parser is strict: it throws on anything it does not recognise (a missing or
 * out-of-order item number, a table row with the wrong number of cells, a department cell
 * it cannot read, a reviewed-data key naming no item) rather than write a partial catalogue.
 * The reviewed, hand-written inputs are merged in: src/catalogue/categories.ts (categories of
 * 001–004), functionsByPolicy.ts (from FUNCTIONS.md's source column) and windows.ts.
 * test/catalogue/fresh.test.ts re-runs buildCatalogue() and compares with the committed JSON.
 */
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { Department, Jurisdiction, PolicyRecord, PolicyWindow, SeedId } from '../src/catalogue/catalogue';
import { CATEGORY_BY_ID, isCategory, type Category } from '../src/catalogue/categories';
import { FUNCTIONS_BY_POLICY } from '../src/catalogue/functionsByPolicy';
import { WINDOWS } from '../src/catalogue/windows';

const ROOT = join(__dirname, '..');
export const SEED_DIR = join(ROOT, 'seeds');
export const OUTPUT = join(ROOT, 'src', 'catalogue', 'policies.json');

const SEEDS: readonly SeedId[] = ['000', '001', '002', '003', '004'];
const EXPECTED_ITEMS: Record<SeedId, number> = { '000': 67, '001': 16, '002': 18, '003': 10, '004': 20 };
const JURISDICTION_ORDER: readonly Jurisdiction[] = ['national', 'shandong', 'weihai', 'liaocheng', 'qingdao', 'jining'];

class SeedError extends Error {
  constructor(seed: string, what: string) {
    super(`build-catalogue: seed ${seed}: ${what}`);
  }
}

function check(cond: unknown, seed: string, what: string): asserts cond {
  if (!cond) throw new SeedError(seed, what);
}

/** Layout never carries meaning: <p> tags, U+FFFD and runs of whitespace (incl. U+3000) become one space. */
function norm(s: string): string {
  return s
    .replace(/<\/?p>/g, ' ')
    .replace(/\uFFFD/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whitespace-insensitive containment, for checking reviewed quotes against clause texts. */
function squeeze(s: string): string {
  return s.replace(/\s+/g, '');
}

export function readSeeds(dir: string = SEED_DIR): Record<SeedId, string> {
  const files = readdirSync(dir);
  const out = {} as Record<SeedId, string>;
  for (const seed of SEEDS) {
    const found = files.filter((f) => f.startsWith(`${seed}_`) && f.endsWith('.txt'));
    check(found.length === 1, seed, `expected one file ${seed}_*.txt in ${dir}, found ${found.length}`);
    out[seed] = readFileSync(join(dir, found[0]), 'utf8').replace(/\r\n?/g, '\n');
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Seed 000: the Weihai compilation, a tab-separated table.

const HEADER_000 = ['政策类别', '序号', '关键词', '核心内容', '政策出处', '咨询部门'];
/** The online platforms that follow the 67 items are not policy items. */
const PLATFORMS_000 = '“零见面”网上服务企业平台';

/** 政策出处 into documents: a new one starts after a closing ）of a 文号 or after “…国务院常务会议”. */
function splitDocuments(cell: string): string[] {
  return cell
    .split(/(?<=[）)]|会议)[\s、]+/)
    .map((d) => d.trim())
    .filter((d) => d !== '');
}

/** 鲁… documents are Shandong's, 威… Weihai's, others national; without a 文号, by the issuer's name. */
function jurisdictionOfDocument(doc: string): Jurisdiction {
  const m = /[（(]([^（）()]*)[）)]$/.exec(doc);
  const docNo = m && /〔\d{4}〕|\d{4}年第\d+号/.test(m[1]) ? m[1] : undefined;
  if (docNo) {
    if (docNo.startsWith('鲁')) return 'shandong';
    if (docNo.startsWith('威')) return 'weihai';
    return 'national';
  }
  if (/^(山东|省)/.test(doc)) return 'shandong';
  if (/^威海/.test(doc)) return 'weihai';
  return 'national';
}

/** 咨询部门: "威海市财政局 （咨询电话：5261779） 威海海关 （咨询电话：3807322）…". */
function parseDepartments000(cell: string, id: string): Department[] {
  const re = /\s*([^（()）]+?)\s*[（(]咨询电话[：:]\s*([^）)]*?)\s*[）)]/y;
  const out: Department[] = [];
  let pos = 0;
  while (pos < cell.length) {
    re.lastIndex = pos;
    const m = re.exec(cell);
    check(m, '000', `${id}: cannot read department cell at "${cell.slice(pos)}"`);
    out.push({ name: m[1].trim(), phone: m[2].split(/[、，,\s]+/).filter(Boolean).join('、') });
    pos = re.lastIndex;
    while (pos < cell.length && /\s/.test(cell[pos])) pos++;
  }
  check(out.length > 0, '000', `${id}: no department`);
  return out;
}

interface Draft {
  seed: SeedId;
  item: number;
  jurisdiction: Jurisdiction[];
  category: Category;
  keyword: string;
  text: string;
  documents: string[];
  departments: Department[];
  window?: PolicyWindow;
}

function parse000(raw: string): Draft[] {
  const end = raw.indexOf(PLATFORMS_000);
  check(end > 0, '000', `no "${PLATFORMS_000}" section after the items`);
  const drafts: Draft[] = [];
  let category: Category | undefined;
  for (const line of raw.slice(0, end).split('\n')) {
    if (!line.includes('\t')) continue;
    const cells = line.split('\t').map(norm);
    if (cells[0] === HEADER_000[0]) {
      check(cells.join('|') === HEADER_000.join('|'), '000', `unexpected header row "${line}"`);
      continue;
    }
    check(cells.length === 6, '000', `row with ${cells.length} cells: "${line.slice(0, 60)}…"`);
    const [cat, no, keyword, content, source, dept] = cells;
    if (cat !== '') {
      const m = /^[一二三四五六]、(.+)$/.exec(cat);
      check(m && isCategory(m[1]), '000', `unknown category "${cat}"`);
      category = m[1];
    }
    check(category, '000', `row before any category: "${line.slice(0, 60)}"`);
    check(/^\d+$/.test(no), '000', `item number "${no}"`);
    const item = Number(no);
    const id = `000#${item}`;
    check(keyword !== '' && content !== '' && source !== '', '000', `${id}: empty cell`);
    const documents = splitDocuments(source);
    const jurisdiction = JURISDICTION_ORDER.filter((j) => documents.some((d) => jurisdictionOfDocument(d) === j));
    drafts.push({
      seed: '000',
      item,
      jurisdiction,
      category,
      keyword,
      text: content,
      documents,
      departments: parseDepartments000(dept, id),
    });
  }
  return drafts;
}

// ---------------------------------------------------------------------------------------
// Seeds 001–004: numbered clauses in running text.

interface TextSeed {
  seed: Exclude<SeedId, '000'>;
  jurisdiction: Jurisdiction;
  /** The item marker at the start of a paragraph; group 1 the number, group 2 the rest. */
  marker: RegExp;
  /**
   * 002 is hard-wrapped mid-sentence: a line that does not start with the paragraph indent
   * (U+3000) continues the previous one. The others have one paragraph per line.
   */
  indentedParagraphs: boolean;
  /** The seed's own document (see seeds/README.md); checked against the seed where it prints it. */
  document: string;
  printed: readonly string[];
}

const CN_NUMERALS = '一二三四五六七八九十';
function numeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const i = CN_NUMERALS.indexOf(s);
  if (s.length === 1 && i >= 0) return i + 1;
  throw new Error(`build-catalogue: numeral "${s}"`);
}

const TEXT_SEEDS: readonly TextSeed[] = [
  {
    seed: '001',
    jurisdiction: 'liaocheng',
    marker: /^(\d+)\.(.*)$/s,
    indentedParagraphs: false,
    // The seed prints no title or 文号; issuer and date are its signature, "通知" its own word ("本通知").
    document: '聊城市人民政府办公室通知（2020年2月7日）',
    printed: ['聊城市人民政府办公室', '2020年2月7日', '本通知'],
  },
  {
    seed: '002',
    jurisdiction: 'qingdao',
    marker: /^(\d+)\.(.*)$/s,
    indentedParagraphs: true,
    // The seed prints no title, issuer or date; the issuer is from seeds/README.md.
    document: '青岛市人民政府通知',
    printed: ['本通知'],
  },
  {
    seed: '003',
    jurisdiction: 'shandong',
    marker: new RegExp(`^([${CN_NUMERALS}])、(.*)$`, 's'),
    indentedParagraphs: false,
    document: '山东省工业和信息化厅关于贯彻落实国家和省有关政策措施促进中小企业平稳健康发展的实施细则（鲁工信发〔2020〕1号）',
    printed: ['山东省工业和信息化厅关于贯彻落实国家和省有关政策措施促进中小企业平稳健康发展的实施细则', '鲁工信发〔2020〕1号'],
  },
  {
    seed: '004',
    jurisdiction: 'jining',
    marker: /^(\d+)\.(.*)$/s,
    indentedParagraphs: false,
    // Title and date as printed; issuer from the signature, 济宁 from seeds/README.md.
    document:
      '济宁市委经济运行应急保障指挥部工业运行工作组关于贯彻落实省委经济运行应急保障指挥部文件精神加快推动中小微企业复工复产的指导意见（2020年3月10日）',
    printed: [
      '关于贯彻落实省委经济运行应急保障指挥部文件精神加快推动中小微企业复工复产的指导意见',
      '市委经济运行应急保障指挥部工业运行工作组',
      '2020年3月10日',
    ],
  },
];

function paragraphsOf(raw: string, indented: boolean): string[] {
  const paragraphs: string[] = [];
  for (const line of raw.replace(/\uFFFD/g, '').split('\n')) {
    if (line.trim() === '') continue;
    if (!indented || /^[ \t]*\u3000/.test(line) || paragraphs.length === 0) paragraphs.push(line.trim());
    else paragraphs[paragraphs.length - 1] += line.trim();
  }
  return paragraphs;
}

/** A clause is complete once it ends with a full stop or a closing bracket. */
const ENDS_CLAUSE = /[。）)〕”]$/;

/**
 * Items are paragraphs that start with the marker. A paragraph without a marker continues
 * the open item while that item has not ended its sentence (003's page breaks cut clauses
 * mid-word: "鼓励加 / 加大对…", "持续 / 落实…", "及 / 时推送…"); otherwise it is a heading or
 * closing text and closes the item.
 */
function itemsOf(spec: TextSeed, raw: string): { item: number; text: string }[] {
  const items: { item: number; text: string }[] = [];
  let open = false;
  for (const p of paragraphsOf(raw, spec.indentedParagraphs)) {
    const m = spec.marker.exec(p);
    if (m) {
      items.push({ item: numeral(m[1]), text: m[2].trim() });
      open = true;
    } else if (open && !ENDS_CLAUSE.test(items[items.length - 1].text)) {
      items[items.length - 1].text += p;
    } else {
      open = false;
    }
  }
  return items.map((i) => ({ item: i.item, text: norm(i.text) }));
}

/** Splits a list on 、，,。；; at bracket depth 0, keeping "各区、市政府" (Qingdao's districts and cities) whole. */
function splitList(s: string): string[] {
  const KEEP = '\u0001';
  const protectedText = s.replace(/各区、市(人民)?政府/g, (x) => x.replace('、', KEEP));
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of protectedText) {
    if ('（(〔['.includes(ch)) depth++;
    if ('）)〕]'.includes(ch)) depth--;
    if (depth === 0 && '、，,。；;'.includes(ch)) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((x) => x.replace(new RegExp(KEEP, 'g'), '、').trim()).filter((x) => x !== '');
}

/** 001/002/004: the closing "（责任单位：A、B等分别落实。C、D）". */
function parseResponsible(text: string, id: string, seed: string): Department[] {
  const at = text.lastIndexOf('责任单位');
  check(at >= 0, seed, `${id}: no 责任单位`);
  const inner = text
    .slice(at + '责任单位'.length)
    .replace(/^\s*[:：]\s*/, '')
    .replace(/\s*[）)〕]\s*[。.]?\s*$/, '');
  const names = splitList(inner)
    .map((n) => n.replace(/(等)?(分别落实|牵头|配合)$/, '').trim())
    .filter((n) => n !== '');
  check(names.length > 0, seed, `${id}: empty 责任单位`);
  return [...new Set(names)].map((name) => ({ name }));
}

/** 003: "（联系人：省工信厅：崔大峰，电话：0531-86198628；省财金集团：许晨阳，电话：…）". */
function parseContacts(text: string, id: string): Department[] {
  const out: Department[] = [];
  for (const m of text.matchAll(/[（(]联系人[：:]([^）)]*)[）)]/g)) {
    for (const part of m[1].split(/[；;]/)) {
      const c = /^\s*(.+?)\s*[，,]\s*电话[：:]\s*(.+?)\s*$/.exec(part);
      check(c, '003', `${id}: cannot read contact "${part}"`);
      out.push({ name: c[1], phone: c[2] });
    }
  }
  return out;
}

/** Documents an item names itself: 《title》 with an optional following （文号）, or a bare （X〔2020〕N号）. */
function namedDocuments(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/《([^》]+)》\s*(?:[（(]([^（）()]*〔\d{4}〕\d+号)[）)])?/g)) {
    out.push(m[2] ? `${m[1]}（${m[2]}）` : m[1]);
  }
  return out;
}

/** 001 and 002 close with "本通知自发布之日起执行至2020年6月30日"; 001 is signed 2020年2月7日, 002 undated. */
function noticeWindow(seed: string, raw: string): PolicyWindow | undefined {
  // 002 wraps this sentence across lines ("自发布之日 / 起执行至…"), so match it with layout removed.
  const to = /自发布之日起执行至(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(squeeze(raw.replace(/\uFFFD/g, '')));
  if (!to) return undefined;
  const signed = [...raw.matchAll(/^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*$/gm)].pop();
  const iso = (m: RegExpExecArray | RegExpMatchArray) => `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  check(seed === '001' || seed === '002', seed, 'unexpected notice window');
  return signed ? { from: iso(signed), to: iso(to) } : { to: iso(to) };
}

function parseTextSeed(spec: TextSeed, raw: string): Draft[] {
  const flat = squeeze(raw.replace(/\uFFFD/g, ''));
  for (const p of spec.printed) check(flat.includes(squeeze(p)), spec.seed, `expected "${p}" in the seed`);
  const window = noticeWindow(spec.seed, raw);
  return itemsOf(spec, raw).map(({ item, text }) => {
    const id = `${spec.seed}#${item}`;
    const keyword = text.split('。')[0].trim();
    check(keyword !== '' && keyword.length < text.length && keyword.length <= 40, spec.seed, `${id}: no lead phrase`);
    const entry = CATEGORY_BY_ID[id];
    check(entry, spec.seed, `${id}: no category in src/catalogue/categories.ts`);
    return {
      seed: spec.seed,
      item,
      jurisdiction: [spec.jurisdiction],
      category: entry[0],
      keyword,
      text,
      documents: [spec.document, ...namedDocuments(text).filter((d) => d !== spec.document)],
      departments: spec.seed === '003' ? parseContacts(text, id) : parseResponsible(text, id, spec.seed),
      ...(window ? { window } : {}),
    };
  });
}

// ---------------------------------------------------------------------------------------

function checkNumbering(seed: SeedId, drafts: Draft[]): void {
  const got = drafts.map((d) => d.item).join(',');
  const want = Array.from({ length: EXPECTED_ITEMS[seed] }, (_, i) => i + 1).join(',');
  check(got === want, seed, `items ${got}, expected 1…${EXPECTED_ITEMS[seed]} in order`);
}

/** Parses the five seeds into catalogue records, in seed and item order. */
export function buildCatalogue(dir: string = SEED_DIR): PolicyRecord[] {
  const raw = readSeeds(dir);
  const drafts: Draft[] = [];
  const first = parse000(raw['000']);
  checkNumbering('000', first);
  drafts.push(...first);
  for (const spec of TEXT_SEEDS) {
    const items = parseTextSeed(spec, raw[spec.seed]);
    checkNumbering(spec.seed, items);
    drafts.push(...items);
  }

  const ids = new Set(drafts.map((d) => `${d.seed}#${d.item}`));
  for (const [what, keys] of [
    ['categories.ts', Object.keys(CATEGORY_BY_ID)],
    ['functionsByPolicy.ts', Object.keys(FUNCTIONS_BY_POLICY)],
    ['windows.ts', Object.keys(WINDOWS)],
  ] as const) {
    for (const k of keys) check(ids.has(k), k.slice(0, 3), `${what} names ${k}, which is no item`);
  }

  return drafts.map((d): PolicyRecord => {
    const id = `${d.seed}#${d.item}`;
    let window = d.window;
    const reviewed = WINDOWS[id];
    if (reviewed) {
      check(!window, d.seed, `${id}: windows.ts repeats the notice window`);
      for (const q of reviewed.quotes) check(squeeze(d.text).includes(squeeze(q)), d.seed, `${id}: window quote "${q}" not in the clause`);
      window = {
        ...(reviewed.from ? { from: reviewed.from } : {}),
        ...(reviewed.to ? { to: reviewed.to } : {}),
      };
    }
    return {
      id,
      seed: d.seed,
      item: d.item,
      jurisdiction: d.jurisdiction,
      category: d.category,
      keyword: d.keyword,
      title: d.keyword,
      text: d.text,
      documents: d.documents,
      departments: d.departments,
      ...(window ? { window } : {}),
      functions: [...(FUNCTIONS_BY_POLICY[id] ?? [])],
    };
  });
}

/** The JSON text committed as src/catalogue/policies.json. */
export function renderCatalogue(records: readonly PolicyRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

if (require.main === module) {
  const records = buildCatalogue();
  writeFileSync(OUTPUT, renderCatalogue(records));
  const counts = SEEDS.map((s) => `${s}: ${records.filter((r) => r.seed === s).length}`).join(', ');
  process.stdout.write(`wrote ${records.length} records to ${OUTPUT} (${counts})\n`);
}
