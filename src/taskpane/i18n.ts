/**
 * The task pane's two languages. Chinese by default; inside Excel the pane follows Excel's
 * display language (zh-* → Chinese, anything else → English) until the user picks one with
 * the switch, which is remembered in localStorage. Policy texts (clauses, 文号, departments)
 * exist only in Chinese and are shown as printed in both languages.
 */
import type { Bilingual } from '../engine/errors';
import type { Group } from '../registry/define';

export type Lang = 'zh' | 'en';

/** The localStorage key holding the user's explicit choice. */
export const LANG_KEY = 'shandong-subsidy.taskpane.lang';

/** Excel's display language ("zh-CN", "en-US", …) as a pane language. */
export function languageFromOffice(displayLanguage: string | undefined): Lang {
  return /^zh\b/i.test(displayLanguage ?? '') ? 'zh' : 'en';
}

/**
 * The language to open in: the user's remembered choice first; then, inside Excel, Excel's
 * display language; otherwise Chinese.
 */
export function chooseLanguage(opts: { stored?: string | null; inExcel: boolean; displayLanguage?: string }): Lang {
  if (opts.stored === 'zh' || opts.stored === 'en') return opts.stored;
  if (opts.inExcel && opts.displayLanguage) return languageFromOffice(opts.displayLanguage);
  return 'zh';
}

/** The stored choice; storage can be missing or throw (private mode, sandboxed frames). */
export function readStoredLanguage(storage: Pick<Storage, 'getItem'> | undefined): string | null {
  try {
    return storage?.getItem(LANG_KEY) ?? null;
  } catch {
    return null;
  }
}

export function storeLanguage(storage: Pick<Storage, 'setItem'> | undefined, lang: Lang): void {
  try {
    storage?.setItem(LANG_KEY, lang);
  } catch {
    // Not remembered; the switch still works for this session.
  }
}

/** A bilingual text in `lang`, falling back to the other language when one side is blank. */
export function pick(lang: Lang, text: Bilingual | undefined): string {
  if (!text) return '';
  return text[lang] || text[lang === 'zh' ? 'en' : 'zh'] || '';
}

export const GROUP_NAMES: Readonly<Record<Group, Bilingual>> = {
  social: { zh: '社保与企业规模', en: 'Social insurance, payroll and enterprise size' },
  employment: { zh: '稳岗就业补贴', en: 'Employment subsidies' },
  rent: { zh: '房租', en: 'Rent' },
  finance: { zh: '金融支持', en: 'Finance' },
  utilities: { zh: '水电气热', en: 'Utilities' },
  tax: { zh: '税费', en: 'Tax and fees' },
  catalogue: { zh: '政策目录与解释', en: 'Catalogue and explanation' },
};

/** The six policy categories of seed 000, in English for the English pane. */
export const CATEGORY_NAMES: Readonly<Record<string, Bilingual>> = {
  社保减免: { zh: '社保减免', en: 'Social-insurance relief' },
  税费优惠: { zh: '税费优惠', en: 'Tax and fee relief' },
  财政扶持: { zh: '财政扶持', en: 'Fiscal support' },
  金融支持: { zh: '金融支持', en: 'Financial support' },
  稳岗就业: { zh: '稳岗就业', en: 'Jobs and employment' },
  成本降低: { zh: '成本降低', en: 'Lower costs' },
};

export const JURISDICTION_NAMES: Readonly<Record<string, Bilingual>> = {
  national: { zh: '国家', en: 'National' },
  shandong: { zh: '山东省', en: 'Shandong' },
  weihai: { zh: '威海', en: 'Weihai' },
  liaocheng: { zh: '聊城', en: 'Liaocheng' },
  qingdao: { zh: '青岛', en: 'Qingdao' },
  jining: { zh: '济宁', en: 'Jining' },
};

const S = {
  appTitle: { zh: '山东惠企政策计算器', en: 'Shandong relief calculator' },
  appSubtitle: { zh: '2020 年疫情期间惠企政策 · 逐条有据', en: '2020 COVID-relief policies · every number cited' },
  switchLang: { zh: 'English', en: '中文' },
  switchLangTitle: { zh: 'Switch to English', en: '切换到中文' },
  tabPolicies: { zh: '政策', en: 'Policies' },
  tabCalc: { zh: '计算', en: 'Calculate' },
  tabTemplates: { zh: '模板', en: 'Templates' },
  tabCheck: { zh: '核对', en: 'Check' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  loadFailed: { zh: '加载失败：', en: 'Could not load: ' },
  outsideExcel: {
    zh: '当前在浏览器中打开（不在 Excel 中）：可以查政策、用计算器；插入公式、插入模板和核对单元格需在 Excel 中使用本加载项。',
    en: 'Opened in a browser, not in Excel: the policy browser and calculators work; inserting formulas and templates and checking cells need the add-in inside Excel.',
  },
  excelOnly: {
    zh: '此功能需要在 Excel 中使用本加载项。',
    en: 'This needs the add-in running inside Excel.',
  },

  // Policies
  searchLabel: { zh: '关键词', en: 'Keyword' },
  searchPlaceholder: { zh: '如：房租、社保、鲁政办发〔2020〕4号、000#49', en: 'e.g. 房租, 社保, 鲁政办发〔2020〕4号, 000#49' },
  regionLabel: { zh: '地区', en: 'Region' },
  regionAll: { zh: '全部地区', en: 'All regions' },
  categoryLabel: { zh: '类别', en: 'Category' },
  categoryAll: { zh: '全部类别', en: 'All categories' },
  sizeLabel: { zh: '企业规模', en: 'Enterprise size' },
  sizeAll: { zh: '不限', en: 'Any size' },
  sizeSme: { zh: '中小微企业', en: 'SME (medium, small, micro)' },
  sizeLarge: { zh: '大型企业', en: 'Large enterprise' },
  sizeNoteTitle: { zh: '企业规模如何筛选', en: 'How the size filter works' },
  sizeNote: {
    zh: '政策目录没有“适用规模”字段，本筛选按条文文字判断：条文提及中小微、中小、小微企业或个体工商户的，视为面向中小微企业；选“大型企业”时隐藏这些条目（条文同时提及大型企业的保留）。计算器中带 size 参数的函数会按规模计算。以原文为准。',
    en: 'The catalogue has no “eligible size” field, so this filter reads the clause text: a clause naming SMEs (中小微/中小/小微企业, 个体工商户) counts as aimed at SMEs; “Large enterprise” hides those (unless the clause also names 大型企业). Functions with a size argument compute by size. The clause itself decides.',
  },
  resultsCount: { zh: '共 {n} 条', en: '{n} policies' },
  noResults: { zh: '没有符合条件的政策。', en: 'No policy matches.' },
  clause: { zh: '政策原文', en: 'Clause (original Chinese)' },
  documents: { zh: '政策出处（文号）', en: 'Source documents (文号)' },
  departments: { zh: '咨询部门及电话', en: 'Departments and phones' },
  window: { zh: '执行期限', en: 'Effective window' },
  windowNone: { zh: '条文未载明', en: 'not stated in the clause' },
  computedBy: { zh: '计算函数', en: 'Computed by' },
  computedByNone: { zh: '无（此条不产生可计算的金额）', en: 'none (this clause grants no countable amount)' },
  smeBadge: { zh: '面向中小微企业', en: 'aimed at SMEs' },
  clauseChineseOnly: { zh: '', en: 'Clause texts are shown as printed (Chinese).' },

  // Calculators
  fnLabel: { zh: '函数', en: 'Function' },
  optional: { zh: '可选', en: 'optional' },
  required: { zh: '必填', en: 'required' },
  omitDefault: { zh: '（省略：{d}）', en: '(omitted: {d})' },
  omit: { zh: '（省略）', en: '(omitted)' },
  choose: { zh: '请选择…', en: 'Choose…' },
  fillExample: { zh: '填入示例', en: 'Fill example' },
  clear: { zh: '清空', en: 'Clear' },
  result: { zh: '结果', en: 'Result' },
  fillRequired: { zh: '填写必填参数后自动计算。', en: 'Fill in the required arguments to compute.' },
  steps: { zh: '计算过程', en: 'How it is computed' },
  stepCol: { zh: '步骤', en: 'Step' },
  valueCol: { zh: '值', en: 'Value' },
  ruleCol: { zh: '规则', en: 'Rule' },
  citationCol: { zh: '依据', en: 'Citation' },
  formula: { zh: '公式', en: 'Formula' },
  insertFormula: { zh: '插入公式', en: 'Insert formula' },
  insertFormulaTitle: { zh: '把此公式写入当前选中的单元格', en: 'Write this formula into the selected cell' },
  inserted: { zh: '已写入 {addr}', en: 'Written to {addr}' },
  yuan: { zh: '元', en: 'yuan' },
  argsPlaceholder: { zh: '按公式写法，如 0.7, 300, "2020-01-15"', en: 'as in a formula, e.g. 0.7, 300, "2020-01-15"' },
  rateHint: { zh: '可输入 16% 或 0.16', en: 'type 16% or 0.16' },
  openPolicy: { zh: '查看政策 {id}', en: 'Open policy {id}' },

  // Templates
  templatesIntro: {
    zh: '把申报测算模板插入当前工作簿：新增工作表，写入示例数据、格式、下拉列表和 SUBSIDY 公式。黄色单元格填写，绿色单元格为公式，橙色为合计。',
    en: 'Insert a claim template into the open workbook: new sheets with sample data, formatting, drop-downs and live SUBSIDY formulas. Yellow cells are typed in, green cells are formulas, orange cells are totals.',
  },
  templatesOutside: {
    zh: '插入模板需在 Excel 中使用本加载项；项目的 templates/ 文件夹另有同样内容的 .xlsx 文件。',
    en: 'Inserting a template needs the add-in inside Excel; the project’s templates/ folder has the same workbooks as .xlsx files.',
  },
  sheets: { zh: '工作表', en: 'Sheets' },
  insertTemplate: { zh: '插入模板', en: 'Insert template' },
  inserting: { zh: '正在插入…', en: 'Inserting…' },
  insertedTemplate: { zh: '已插入：{sheets}', en: 'Inserted: {sheets}' },
  sheetsRenamed: {
    zh: '工作簿中已有同名工作表，新表已改名（公式已随之更新）：{list}',
    en: 'The workbook already had sheets of these names; the new ones were renamed (formulas updated): {list}',
  },
  formulaCount: { zh: '{n} 个公式', en: '{n} formulas' },
  degraded: { zh: '此 Excel 版本不支持以下功能，已跳过：', en: 'This Excel lacks these APIs; skipped:' },
  noExcelApi: {
    zh: '此 Excel 版本不支持所需的 Excel JavaScript API（ExcelApi 1.1），无法插入模板。',
    en: 'This Excel does not support the Excel JavaScript API (ExcelApi 1.1) needed to insert templates.',
  },

  // Check
  checkIntro: {
    zh: '选中含 SUBSIDY 公式的单元格或区域，点击“核对”：用引擎重新计算每个公式，显示计算过程，并标出与引擎结果（按分比较）不一致的单元格。',
    en: 'Select cells with SUBSIDY formulas and press “Check”: each formula is recomputed by the engine with its explanation, and cells whose value differs from the engine’s (compared to the cent) are marked.',
  },
  checkButton: { zh: '核对选中单元格', en: 'Check selected cells' },
  clearMarks: { zh: '清除标记', en: 'Clear marks' },
  checking: { zh: '正在核对…', en: 'Checking…' },
  checkSummary: {
    zh: '{range}：{formulas} 个 SUBSIDY 公式，{ok} 个一致，{diff} 个不一致，{na} 个无法在此核对',
    en: '{range}: {formulas} SUBSIDY formulas, {ok} agree, {diff} differ, {na} cannot be checked here',
  },
  noSubsidyFormulas: { zh: '选中区域没有 SUBSIDY 公式。', en: 'No SUBSIDY formula in the selection.' },
  agree: { zh: '一致', en: 'agrees' },
  differ: { zh: '不一致', en: 'differs' },
  cannotCheck: { zh: '无法在此核对', en: 'cannot check here' },
  cellValue: { zh: '单元格值', en: 'Cell value' },
  engineValue: { zh: '引擎结果', en: 'Engine' },
  truncated: { zh: '只核对了前 {n} 个单元格。', en: 'Only the first {n} cells were checked.' },
  marked: { zh: '不一致的单元格已标为红色填充。', en: 'Differing cells are filled red.' },
  selectCell: { zh: '定位', en: 'Select' },
} as const satisfies Record<string, Bilingual>;

export type StringKey = keyof typeof S;

/** A UI string in `lang`, with {placeholders} filled in. */
export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return S[key][lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
