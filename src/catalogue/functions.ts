import type { ArgType } from '../engine/args';
import { codeType, region, type CodeDef, type Region } from '../engine/codes';
import { valueError, type Bilingual } from '../engine/errors';
import { defineFunction, optional, required, withDefault, type Table } from '../registry/define';
import {
  documentNumber,
  policiesFor,
  policyById,
  windowText,
  type PolicyRecord,
} from './catalogue';
import { policyRecords } from './records';

/** What an id may be, with each seed's item range; read from the records, so only when needed. */
function idAccepts(): Bilingual {
  const ranges = (['000', '001', '002', '003', '004'] as const)
    .map((s) => `${s}#1…${s}#${policyRecords().filter((r) => r.seed === s).length}`)
    .join(', ');
  return {
    zh: `政策编号“种子文件号#条目号”，如 000#49（也可写 000-49）：${ranges}`,
    en: `a policy id "seed#item" such as 000#49 (or 000-49): ${ranges}`,
  };
}

/** A catalogue id in any spelling policyById accepts; an id of no record is #VALUE! naming the argument. */
const policyId: ArgType<PolicyRecord> = {
  kind: 'policyId',
  get accepts() {
    return idAccepts();
  },
  parse(raw, arg) {
    const r = typeof raw === 'string' ? policyById(raw) : undefined;
    if (!r) throw valueError(arg, idAccepts(), raw);
    return r;
  },
  show: (r) => r.id,
};

type Field =
  | 'title'
  | 'keyword'
  | 'text'
  | 'documents'
  | 'window'
  | 'departments'
  | 'phones'
  | 'category'
  | 'jurisdiction'
  | 'functions';

const FIELDS: readonly CodeDef<Field>[] = [
  { code: 'title', zh: '标题', en: 'title', aliases: ['名称'] },
  { code: 'keyword', zh: '关键词', en: 'keyword' },
  { code: 'text', zh: '原文', en: 'clause text', aliases: ['clause', '条款', '内容', '核心内容'] },
  { code: 'documents', zh: '文号', en: 'source documents', aliases: ['document', '政策出处', '出处', '文件'] },
  { code: 'window', zh: '有效期', en: 'effective window', aliases: ['期限', '执行期限'] },
  { code: 'departments', zh: '咨询部门', en: 'departments', aliases: ['department', '部门', '责任单位', '联系人'] },
  { code: 'phones', zh: '电话', en: 'phones', aliases: ['phone', '咨询电话'] },
  { code: 'category', zh: '类别', en: 'category', aliases: ['政策类别'] },
  { code: 'jurisdiction', zh: '地区', en: 'jurisdiction', aliases: ['层级', '发文地区'] },
  { code: 'functions', zh: '函数', en: 'functions', aliases: ['function'] },
];
const field = codeType('field', FIELDS);

const LIST = '；';

/** One field of a record as the text a cell shows; "" where the seed states nothing. */
function fieldText(r: PolicyRecord, f: Field): string {
  switch (f) {
    case 'title':
      return r.title;
    case 'keyword':
      return r.keyword;
    case 'text':
      return r.text;
    case 'documents':
      return r.documents.join(LIST);
    case 'window':
      return windowText(r.window);
    case 'departments':
      return r.departments.map((d) => (d.phone ? `${d.name}（${d.phone}）` : d.name)).join(LIST);
    case 'phones':
      return r.departments.flatMap((d) => (d.phone ? [d.phone] : [])).join(LIST);
    case 'category':
      return r.category;
    case 'jurisdiction':
      return r.jurisdiction.join(', ');
    case 'functions':
      return r.functions.join(', ');
  }
}

export const POLICY = defineFunction({
  name: 'POLICY',
  group: 'catalogue',
  usesCatalogue: true,
  description: {
    zh: '政策目录中一条政策的字段：标题（默认）、关键词、原文、文号、有效期、咨询部门、电话、类别、地区或计算函数。',
    en: "One field of a catalogue policy: title (default), keyword, clause text, source documents, effective window, departments, phones, category, jurisdiction or the functions that compute it.",
  },
  returns: { zh: '文本（种子未载明的字段为空）', en: 'text (empty where the seed states nothing)' },
  result: 'text',
  args: [
    required('id', policyId, { zh: '政策编号，如 000#49', en: 'policy id, e.g. 000#49' }),
    withDefault(
      'field',
      field,
      {
        zh: '字段：title 标题、keyword 关键词、text 原文、document 文号、window 有效期、department 咨询部门、phone 电话、category 类别、jurisdiction 地区、functions 函数',
        en: 'field: title, keyword, text, document, window, department, phone, category, jurisdiction, functions',
      },
      'title' as Field,
      { zh: 'title（标题）', en: 'title' },
    ),
  ] as const,
  sources: ['000', '001', '002', '003', '004'],
  example: ['000#49', '文号'],
  compute([r, f], t) {
    const value = fieldText(r, f);
    t.add(
      { zh: `${r.id} 的${FIELDS.find((d) => d.code === f)!.zh}`, en: `${f} of ${r.id}` },
      value,
      { zh: '政策目录（由种子文件生成）', en: 'policy catalogue (generated from the seeds)' },
      r.id,
    );
    return value;
  },
});

export const POLICIES_HEADER = [
  'id',
  '地区 jurisdiction',
  '类别 category',
  '关键词 keyword',
  '文号 documents',
  '有效期 window',
  '函数 functions',
];

/** The table column 文号: each document's 文号, or its name where it has none ("2月18日国务院常务会议"). */
function documentNumbers(r: PolicyRecord): string {
  return r.documents.map((d) => documentNumber(d) ?? d).join(LIST);
}

export const POLICIES = defineFunction({
  name: 'POLICIES',
  group: 'catalogue',
  usesCatalogue: true,
  description: {
    zh: '政策目录（溢出表）：编号、地区、类别、关键词、文号、有效期、函数；给定地区时只列适用于该地区企业的政策。',
    en: 'The policy catalogue as a spilled table: id, jurisdiction, category, keyword, document numbers, window, functions; with a region, only the policies that apply to an enterprise there.',
  },
  returns: {
    zh: `表头 + 每条政策一行，共 ${POLICIES_HEADER.length} 列`,
    en: `a header row and one row per policy, ${POLICIES_HEADER.length} columns`,
  },
  result: 'table',
  args: [
    optional('region', region, {
      zh: '地区：weihai 威海、liaocheng 聊城、qingdao 青岛、jining 济宁、shandong 山东；省略则列出全部',
      en: 'region: weihai, liaocheng, qingdao, jining, shandong; omitted: all policies',
    }),
  ] as const,
  sources: ['000', '001', '002', '003', '004'],
  example: ['liaocheng'],
  // An upper bound whatever the argument: the whole catalogue plus the header.
  tableShape: () => ({ rows: policyRecords().length + 1, cols: POLICIES_HEADER.length }),
  compute([reg], t): Table {
    const records = reg === null ? policyRecords() : policiesFor(reg as Region);
    t.add(
      { zh: '政策条数', en: 'policies listed' },
      records.length,
      reg === null
        ? { zh: '全部政策', en: 'all policies' }
        : {
            zh: '该地区企业适用的政策：本市文件、鲁工信发〔2020〕1号，以及汇编（000）中国家和省级文件的条目（威海为汇编全部条目）',
            en: "policies for an enterprise there: the city's own seed, 鲁工信发〔2020〕1号, and the national/provincial items of the compilation 000 (all of 000 for Weihai)",
          },
    );
    return [
      [...POLICIES_HEADER],
      ...records.map((r) => [
        r.id,
        r.jurisdiction.join(', '),
        r.category,
        r.keyword,
        documentNumbers(r),
        windowText(r.window),
        r.functions.join(', '),
      ]),
    ];
  },
});

export const CATALOGUE_FUNCTIONS = [POLICY, POLICIES];
