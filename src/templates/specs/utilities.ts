import { INDUSTRIES } from '../../engine/codes';
import { argNote, BOOLEAN_LIST, codeList, excelMonth, sections, SheetBuilder, titleBlock, totalCell } from '../sheetBuilder';
import type { TemplatePart } from '../template';

export const UTILITIES_SHEET = '水电气费';

/**
 * 水电气费优惠测算表: electricity at 95% (POWERRELIEF), transfer-supply refunds
 * (TRANSFERPOWERREFUND), demand-charge relief (DEMANDRELIEF), Weihai water (WATERRELIEF) and
 * gas (GASRELIEF), each section with a subtotal, and their total.
 */
export function utilitiesPart(): TemplatePart {
  const sb = new SheetBuilder(UTILITIES_SHEET);
  const width = 5;
  const row = titleBlock(
    sb,
    '水电气费优惠测算表（2020年）',
    ['阶段性降低用电价格、转供电差价退还、需量电费、威海服务业用水和用气优惠，按项目分节测算，每节有小计，最下方为合计。'],
    width,
  );
  sb.freeze(row - 1);
  [30, 18, 18, 18, 18].forEach((w, i) => sb.width(i + 1, w));
  const call = (fn: string, keys: string[]) => (r: { cell(k: string): string }) => `SUBSIDY.${fn}(${keys.map(r.cell).join(',')})`;

  const [power, transfer, demand, water, gas] = sections(sb, row + 1, width, [
    {
      heading: '一、工商业用电降价（SUBSIDY.POWERRELIEF）',
      table: {
        columns: [
          { key: 'month', header: '电费月份', format: 'month', comment: argNote('POWERRELIEF', 'month') },
          { key: 'bill', header: '原电费（元）', format: 'yuan', comment: argNote('POWERRELIEF', 'bill') },
          { key: 'high', header: '高耗能用户', list: BOOLEAN_LIST, comment: argNote('POWERRELIEF', 'highEnergy') },
          { key: 'relief', header: '优惠额（元）', format: 'yuan', total: true, formula: call('POWERRELIEF', ['bill', 'month', 'high']) },
        ],
        rows: [
          { month: excelMonth('2020-02'), bill: 100_000, high: false },
          { month: excelMonth('2020-03'), bill: 80_000, high: false },
          { month: excelMonth('2020-07'), bill: 90_000, high: false },
        ],
        totalLabel: '用电降价小计',
      },
    },
    {
      heading: '二、转供电降价差价退还（SUBSIDY.TRANSFERPOWERREFUND）',
      table: {
        columns: [
          { key: 'month', header: '用电月份', format: 'month', comment: argNote('TRANSFERPOWERREFUND', 'month') },
          { key: 'kwh', header: '用电量（千瓦时）', format: 'integer', comment: argNote('TRANSFERPOWERREFUND', 'kwh') },
          { key: 'price', header: '实付电价（元/千瓦时）', comment: argNote('TRANSFERPOWERREFUND', 'pricePaid') },
          { key: 'refund', header: '应退差价（元）', format: 'yuan', total: true, formula: call('TRANSFERPOWERREFUND', ['kwh', 'price', 'month']) },
        ],
        rows: [
          { month: excelMonth('2020-03'), kwh: 10_000, price: 1.2 },
          { month: excelMonth('2020-04'), kwh: 5_000, price: 0.85 },
        ],
        totalLabel: '转供电退还小计',
      },
    },
    {
      heading: '三、需量电费（超合同105%部分不加倍，SUBSIDY.DEMANDRELIEF）',
      table: {
        columns: [
          { key: 'item', header: '计费月份 / 电表' },
          { key: 'actual', header: '实际最大需量（千瓦）', comment: argNote('DEMANDRELIEF', 'actualDemand') },
          { key: 'contract', header: '合同需量（千瓦）', comment: argNote('DEMANDRELIEF', 'contractDemand') },
          { key: 'price', header: '需量电价（元/千瓦）', comment: argNote('DEMANDRELIEF', 'unitPrice') },
          { key: 'relief', header: '节省额（元）', format: 'yuan', total: true, formula: call('DEMANDRELIEF', ['actual', 'contract', 'price']) },
        ],
        rows: [
          { item: '示例：3月 1号进线', actual: 1_200, contract: 1_000, price: 38 },
          { item: '示例：4月 1号进线', actual: 900, contract: 1_000, price: 38 },
        ],
        totalLabel: '需量电费小计',
      },
    },
    {
      heading: '四、服务业用水优惠（威海，SUBSIDY.WATERRELIEF）',
      table: {
        columns: [
          { key: 'month', header: '水费月份', format: 'month', comment: argNote('WATERRELIEF', 'month') },
          { key: 'bill', header: '原水费（元）', format: 'yuan', comment: argNote('WATERRELIEF', 'bill') },
          { key: 'industry', header: '行业', list: codeList(INDUSTRIES), comment: argNote('WATERRELIEF', 'industry') },
          { key: 'relief', header: '优惠额（元）', format: 'yuan', total: true, formula: call('WATERRELIEF', ['bill', 'month', 'industry']) },
        ],
        rows: [
          { month: excelMonth('2020-03'), bill: 5_000, industry: '餐饮业' },
          { month: excelMonth('2020-05'), bill: 5_000, industry: '餐饮业' },
        ],
        totalLabel: '用水优惠小计',
      },
    },
    {
      heading: '五、服务业用气优惠（威海，SUBSIDY.GASRELIEF）',
      table: {
        columns: [
          { key: 'item', header: '用气期间 / 气表' },
          { key: 'm3', header: '用气量（立方米）', format: 'integer', comment: argNote('GASRELIEF', 'cubicMeters') },
          { key: 'industry', header: '行业', list: codeList(INDUSTRIES), comment: argNote('GASRELIEF', 'industry') },
          { key: 'relief', header: '优惠额（元）', format: 'yuan', total: true, formula: call('GASRELIEF', ['m3', 'industry']) },
        ],
        rows: [
          { item: '示例：酒店 2—4月用气', m3: 3_000, industry: '住宿业' },
          { item: '示例：餐厅 2—4月用气', m3: 2_000, industry: '餐饮业' },
        ],
        totalLabel: '用气优惠小计',
      },
    },
  ]);

  const parts = [
    { label: '用电降价优惠', t: power, key: 'relief' },
    { label: '转供电差价退还', t: transfer, key: 'refund' },
    { label: '需量电费节省', t: demand, key: 'relief' },
    { label: '用水优惠', t: water, key: 'relief' },
    { label: '用气优惠', t: gas, key: 'relief' },
  ];
  const grand = totalCell(sb, gas.next + 1, '水电气费优惠合计', parts.map((p) => p.t.total(p.key)).join('+'), width - 1);
  const ref = (a: string) => `${UTILITIES_SHEET}!${a}`;
  return {
    id: 'utilities',
    fileName: '水电气费优惠测算表.xlsx',
    title: { zh: '水电气费优惠测算表', en: 'Utility relief' },
    sheet: sb.build(),
    totals: [
      ...parts.map((p) => ({ label: p.label, ref: ref(p.t.total(p.key)), claim: true })),
      { label: '水电气费优惠合计', ref: ref(grand), claim: false },
    ],
    guide: {
      title: '水电气费优惠测算表 · 使用说明',
      purpose: '测算阶段性降低工商业电价、转供电差价退还、需量电费、威海服务业企业用水用气优惠。',
      steps: [
        `在“${UTILITIES_SHEET}”表各节黄色单元格填写数据；月份单元格是日期（显示为年-月），可输入 2020-03 或 2020/3/1。`,
        `一、用电降价（第 ${power.firstRow} 行起）：每月一行，填原电费（按原电价计算的电费）和是否高耗能用户（TRUE/FALSE）。`,
        `二、转供电（第 ${transfer.firstRow} 行起）：每月一行，填用电量和转供电主体实际收取的电价。`,
        `三、需量电费（第 ${demand.firstRow} 行起）：填实际最大需量、合同需量和需量电价。`,
        `四、五、用水用气（第 ${water.firstRow}、${gas.firstRow} 行起，仅威海服务业）：填水费或用气量及行业。`,
        `各节小计在每节最后一行，${grand} 为合计。`,
      ],
      functions: ['POWERRELIEF', 'TRANSFERPOWERREFUND', 'DEMANDRELIEF', 'WATERRELIEF', 'GASRELIEF'],
      notes: ['政策期外的月份、高耗能用户、不属于政策所列行业的，结果为 0。'],
    },
  };
}
