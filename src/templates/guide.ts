import { documentNumber, policyById, windowText } from '../catalogue/catalogue';
import { lookupFunction, NAMESPACE } from '../registry/registry';
import { SheetBuilder, sectionHeading, titleBlock } from './sheetBuilder';
import type { SheetLayout } from './layout';

/**
 * The 说明 (guide) sheet every template carries. Its policy part is generated: the clauses
 * (`NNN#item`) are the `sources` of the functions the template uses, and each clause's
 * keyword, 文号, documents and window come from the policy catalogue — nothing is retyped.
 */
export interface GuideSpec {
  /** Sheet title, e.g. "社保减免测算表 · 使用说明". */
  title: string;
  /** What the template is for, one or two sentences. */
  purpose: string;
  /** What to fill, which cells, in order. */
  steps: readonly string[];
  /** The SUBSIDY functions the template uses, in the order to present them. */
  functions: readonly string[];
  /** Anything else the user must know (eligibility limits, regions without amounts…). */
  notes?: readonly string[];
}

export const GUIDE_SHEET = '说明';

const SEED_ITEM = /^\d{3}#\d+$/;

/** The notes every template shares: colours, cached values, not-eligible zeros, how to add rows. */
const COMMON_NOTES: readonly string[] = [
  '黄色底、蓝色字的单元格是输入单元格，其中的示例数据请用本企业的数据覆盖；绿色单元格是公式，橙色单元格是合计，请勿改写。',
  `公式使用“山东惠企政策计算器”加载项的 ${NAMESPACE}.* 函数。未加载加载项时，表中显示的是上次计算保存的结果；加载后会重新计算。`,
  '需要更多行时，选中最后一行数据、插入整行（新行在它上方），再把上一行的公式复制到新行，合计公式会自动包含新行；紧贴合计行上方插入的行不会计入合计。多余的示例行可以删除，但每张表至少保留一行。',
  '不符合条件的情形结果为 0（函数的解释说明原因）；输入错误（代码拼写、比率写成 16 而不是 16%）结果为 #VALUE! 或 #NUM!，信息中写明哪个参数、可填什么；政策未规定金额的地区为 #N/A。',
  '代码类单元格（地区、规模、行业、出租方、压力等）有下拉列表；函数也接受英文代码和常见简称（如 weihai、餐饮）。',
  '本表只做测算，实际享受以主管部门审核为准。',
];

/** The sources of the functions, seed items first (catalogue order), other references after, without repeats. */
export function sourcesOf(functions: readonly string[]): { items: string[]; others: string[] } {
  const items: string[] = [];
  const others: string[] = [];
  for (const name of functions) {
    const fn = lookupFunction(name);
    if (!fn) throw new Error(`guide: no function ${name}`);
    for (const s of fn.sources) {
      const list = SEED_ITEM.test(s) ? items : others;
      if (!list.includes(s)) list.push(s);
    }
  }
  const key = (id: string) => id.split('#').map(Number);
  items.sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
  return { items, others };
}

function otherSourceText(ref: string): string {
  if (/^\d{3}$/.test(ref)) return `种子文件 ${ref} 全文（非编号条款，如结尾段的适用范围）`;
  return '外部依据（种子文件引用的国家或省级规定）';
}

/** The 说明 sheet for a template. */
export function guideSheet(spec: GuideSpec): SheetLayout {
  const sb = new SheetBuilder(GUIDE_SHEET);
  const WIDTH = 5;
  let row = titleBlock(sb, spec.title, [spec.purpose], WIDTH);
  sb.freeze(1);
  [22, 48, 28, 60, 24].forEach((w, i) => sb.width(i + 1, w));

  row++;
  sectionHeading(sb, row++, '一、填写步骤', WIDTH);
  spec.steps.forEach((s, i) => {
    sb.put(`A${row}`, { value: `第${i + 1}步`, style: 'note' });
    sb.put(`B${row}`, { value: s, style: 'note' });
    sb.merge(`B${row}:E${row}`);
    row++;
  });

  row++;
  sectionHeading(sb, row++, '二、单元格颜色', WIDTH);
  const legend: [string, 'input' | 'formula' | 'total', string][] = [
    ['输入', 'input', '填写或覆盖（示例数据）'],
    ['公式', 'formula', '自动计算，请勿改写'],
    ['合计', 'total', '合计，供汇总表引用'],
  ];
  for (const [text, style, meaning] of legend) {
    sb.put(`A${row}`, { value: text, style });
    sb.put(`B${row}`, { value: meaning, style: 'note' });
    row++;
  }

  row++;
  sectionHeading(sb, row++, '三、所用函数', WIDTH);
  ['函数', '计算内容', '政策条款'].forEach((h, i) => sb.put(`${'ABC'[i]}${row}`, { value: h, style: 'header' }));
  row++;
  for (const name of spec.functions) {
    const fn = lookupFunction(name)!;
    sb.put(`A${row}`, { value: `${NAMESPACE}.${fn.name}`, style: 'label' });
    sb.put(`B${row}`, { value: fn.description.zh, style: 'note' });
    sb.put(`C${row}`, { value: fn.sources.join('、'), style: 'note' });
    row++;
  }

  row++;
  sectionHeading(sb, row++, '四、政策依据（条款编号 NNN#项：种子文件编号#条目）', WIDTH);
  ['条款', '要点', '文号', '文件', '适用期间'].forEach((h, i) => sb.put(`${'ABCDE'[i]}${row}`, { value: h, style: 'header' }));
  row++;
  const { items, others } = sourcesOf(spec.functions);
  for (const id of items) {
    const p = policyById(id);
    if (!p) throw new Error(`guide: ${id} is not in the policy catalogue`);
    const numbers = p.documents.map((d) => documentNumber(d)).filter((n): n is string => n !== undefined);
    sb.put(`A${row}`, { value: id, style: 'label' });
    sb.put(`B${row}`, { value: p.keyword, style: 'note' });
    sb.put(`C${row}`, { value: numbers.length ? numbers.join('；') : '（文件未标文号）', style: 'note' });
    sb.put(`D${row}`, { value: p.documents.join('；'), style: 'note' });
    sb.put(`E${row}`, { value: windowText(p.window) || '（文件未写明）', style: 'note' });
    row++;
  }
  for (const ref of others) {
    // A bare seed number ("001") would become the number 1 when Office.js writes it.
    sb.put(`A${row}`, { value: /^\d{3}$/.test(ref) ? `种子 ${ref}` : ref, style: 'label' });
    sb.put(`B${row}`, { value: otherSourceText(ref), style: 'note' });
    row++;
  }

  row++;
  sectionHeading(sb, row++, '五、注意事项', WIDTH);
  for (const n of [...(spec.notes ?? []), ...COMMON_NOTES]) {
    sb.put(`A${row}`, { value: '•', style: 'note' });
    sb.put(`B${row}`, { value: n, style: 'note' });
    sb.merge(`B${row}:E${row}`);
    row++;
  }
  return sb.build();
}
