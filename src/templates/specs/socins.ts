import { INDUSTRIES } from '../../engine/codes';
import { PENSION_RATE, UNEMPLOYMENT_RATE } from '../../rates/socialInsurance';
import { argNote, codeList, excelMonth, fieldBlock, SheetBuilder, table, titleBlock, type Column } from '../sheetBuilder';
import type { TemplatePart } from '../template';

export const SOCINS_SHEET = '社保减免';

/** 2020-02 … 2020-12: the months either measure can touch (SOCINSWAIVE from February, MEDINSCUT to December). */
const MONTHS = Array.from({ length: 11 }, (_, i) => `2020-${String(i + 2).padStart(2, '0')}`);

/**
 * 社保减免测算表: the enterprise's size from ENTSIZE, then one row per employee with the
 * employer pension + unemployment + work-injury waiver (SOCINSWAIVE) and the medical-insurance
 * cut (MEDINSCUT) month by month, 2020-02 … 2020-12, with row and column totals.
 */
export function socinsPart(): TemplatePart {
  const sb = new SheetBuilder(SOCINS_SHEET);
  const width = 2 + 2 * (MONTHS.length + 1) + 1;
  const top = titleBlock(
    sb,
    '社保减免测算表（2020年）',
    [
      '测算阶段性免征（减征）养老、失业、工伤三项社保单位缴费（SUBSIDY.SOCINSWAIVE）和职工医保单位费率降低1个百分点（SUBSIDY.MEDINSCUT）的减负额，按职工逐月计算。',
      '先填企业信息（规模由 SUBSIDY.ENTSIZE 自动判定），再每行填一名职工的姓名和月缴费基数；月份列为公式。',
    ],
    width,
  );

  const { refs, next } = fieldBlock(sb, top + 1, [
    { key: 'industry', label: '所属行业', value: '工业', list: codeList(INDUSTRIES), comment: argNote('ENTSIZE', 'industry') },
    { key: 'employees', label: '从业人员（人）', value: 80, format: 'integer', comment: argNote('ENTSIZE', 'employees') },
    { key: 'revenue', label: '上年营业收入（元）', value: 15_000_000, format: 'yuan', comment: argNote('ENTSIZE', 'revenue') },
    { key: 'assets', label: '资产总额（元）', value: 12_000_000, format: 'yuan', comment: argNote('ENTSIZE', 'assets') },
    {
      key: 'size',
      label: '企业规模（自动判定）',
      formula: (r) => `SUBSIDY.ENTSIZE(${r.industry},${r.employees},${r.revenue},${r.assets})`,
      comment: 'SUBSIDY.ENTSIZE 按《中小企业划型标准规定》（工信部联企业〔2011〕300号）判定；结果供各月公式的 size 参数使用。',
    },
    { key: 'injury', label: '工伤保险单位费率', value: 0.005, format: 'rate', comment: argNote('SOCINSWAIVE', 'injuryRate') },
    { key: 'pension', label: '养老保险单位费率', value: PENSION_RATE.value.toNumber(), format: 'rate', comment: argNote('SOCINSWAIVE', 'pensionRate') },
    {
      key: 'unemployment',
      label: '失业保险单位费率',
      value: UNEMPLOYMENT_RATE.value.toNumber(),
      format: 'rate',
      comment: argNote('SOCINSWAIVE', 'unemploymentRate'),
    },
  ]);

  const waive: Column[] = MONTHS.map((m) => ({
    key: `w${m}`,
    header: { value: excelMonth(m), format: 'month' },
    width: 11,
    format: 'yuan',
    total: true,
    formula: (r) =>
      `SUBSIDY.SOCINSWAIVE(${r.fixed('base')},${refs.size},${r.header(`w${m}`)},${refs.injury},${refs.pension},${refs.unemployment})`,
  }));
  const cut: Column[] = MONTHS.map((m) => ({
    key: `m${m}`,
    header: { value: excelMonth(m), format: 'month' },
    width: 11,
    format: 'yuan',
    total: true,
    formula: (r) => `SUBSIDY.MEDINSCUT(${r.fixed('base')},${r.header(`m${m}`)})`,
  }));
  const first = (cols: Column[]) => cols[0].key;
  const last = (cols: Column[]) => cols[cols.length - 1].key;
  const headerRow = next + 2;
  const t = table(sb, {
    top: headerRow,
    groups: [
      { from: first(waive), to: 'waiveSum', text: '一、三项社保单位缴费免征额（SUBSIDY.SOCINSWAIVE）' },
      { from: first(cut), to: 'cutSum', text: '二、医保单位缴费减征额（SUBSIDY.MEDINSCUT）' },
    ],
    columns: [
      { key: 'name', header: '职工姓名', width: 12 },
      { key: 'base', header: '月缴费基数（元）', width: 16, format: 'yuan', comment: argNote('SOCINSWAIVE', 'base') },
      ...waive,
      { key: 'waiveSum', header: '免征小计', width: 13, format: 'yuan', total: true, formula: (r) => `SUM(${r.cell(first(waive))}:${r.cell(last(waive))})` },
      ...cut,
      { key: 'cutSum', header: '减征小计', width: 13, format: 'yuan', total: true, formula: (r) => `SUM(${r.cell(first(cut))}:${r.cell(last(cut))})` },
      { key: 'all', header: '减负合计', width: 14, format: 'yuan', total: true, formula: (r) => `${r.cell('waiveSum')}+${r.cell('cutSum')}` },
    ],
    rows: [
      { name: '张三', base: 8000 },
      { name: '李四', base: 6000 },
    ],
  });
  sb.width('A', 22);
  sb.width('B', 16);
  sb.freeze(t.headerRow, 2);

  const ref = (key: string) => `${SOCINS_SHEET}!${t.total(key)}`;
  const fieldRow = (key: string) => refs[key].replace(/\$/g, '');
  return {
    id: 'socins',
    fileName: '社保减免测算表.xlsx',
    title: { zh: '社保减免测算表', en: 'Social-insurance relief' },
    sheet: sb.build(),
    totals: [
      { label: '三项社保单位缴费免征', ref: ref('waiveSum'), claim: true },
      { label: '医保单位缴费减征', ref: ref('cutSum'), claim: true },
      { label: '社保减负合计', ref: ref('all'), claim: false },
    ],
    guide: {
      title: '社保减免测算表 · 使用说明',
      purpose:
        '测算2020年阶段性减免企业社会保险费：中小微企业2—6月免征、大型企业2—4月减半征收养老、失业、工伤三项社保单位缴费；3—12月职工医保单位费率降低1个百分点。',
      steps: [
        `在“${SOCINS_SHEET}”表 ${fieldRow('industry')}:${fieldRow('assets')} 填写所属行业（下拉选择）、从业人员、上年营业收入和资产总额；${fieldRow('size')} 由 SUBSIDY.ENTSIZE 自动判定企业规模（大型 / 中型 / 小型 / 微型）。`,
        `在 ${fieldRow('injury')}:${fieldRow('unemployment')} 填写本单位工伤、养老、失业保险单位费率（养老、失业已按政策常用费率预填，可按实际修改）。`,
        `从第 ${t.firstRow} 行起每行填一名职工：A 列姓名，B 列月缴费基数（元）。示例职工（${t.firstRow}—${t.lastRow} 行）请覆盖。`,
        `${t.col(first(waive))}:${t.col(last(waive))} 列为2020年2—12月三项社保单位缴费免征（减征）额，${t.col(first(cut))}:${t.col(last(cut))} 列为医保单位缴费减征额；${t.col('waiveSum')}、${t.col('cutSum')}、${t.col('all')} 列为每名职工的小计与合计，第 ${t.totalRow} 行为各列合计。`,
        `月份列的表头是日期（显示为年-月）；公式按表头月份判断是否在政策期内，请勿改成文字。`,
      ],
      functions: ['ENTSIZE', 'SOCINSWAIVE', 'MEDINSCUT'],
      notes: [
        `失业保险单位费率：${UNEMPLOYMENT_RATE.source.note?.zh ?? ''}`,
      ],
    },
  };
}
