import { loanLevel } from '../../functions/finance';
import { BENCHMARK_ONE_YEAR } from '../../rates/finance';
import { argNote, codeList, excelDate, sections, SheetBuilder, titleBlock, totalCell } from '../sheetBuilder';
import type { TemplatePart } from '../template';

export const LOANS_SHEET = '贷款贴息';

/**
 * 贷款贴息测算表: one row per new 2020 loan of a key epidemic-supply enterprise (LOANSUBSIDY)
 * and one row per import of epidemic supplies (IMPORTINTEREST), each block totalled, and a
 * total of both.
 */
export function loansPart(): TemplatePart {
  const sb = new SheetBuilder(LOANS_SHEET);
  const width = 7;
  const row = titleBlock(
    sb,
    '贷款贴息测算表（2020年）',
    [
      '一、疫情防控重点保障企业2020年新增贷款财政贴息（SUBSIDY.LOANSUBSIDY）；二、防疫物资进口贴息（SUBSIDY.IMPORTINTEREST）。',
      '每行填一笔贷款或一笔进口；起息日计入、截止日不计入，按实际天数/360计算。',
    ],
    width,
  );
  sb.freeze(row - 1);

  const loanArgs = ['principal', 'refRate', 'start', 'end', 'level'];
  const importArgs = ['amount', 'start', 'end', 'rate'];
  const [loans, imports] = sections(sb, row + 1, width, [
    {
      heading: '一、重点保障企业贷款财政贴息（SUBSIDY.LOANSUBSIDY）',
      table: {
        columns: [
          { key: 'loan', header: '贷款银行 / 合同', width: 30 },
          { key: 'principal', header: '贷款本金（元）', width: 16, format: 'yuan', comment: argNote('LOANSUBSIDY', 'principal') },
          { key: 'refRate', header: '再贷款利率（年）', width: 14, format: 'rate', comment: argNote('LOANSUBSIDY', 'refRate') },
          { key: 'start', header: '起息日', width: 13, format: 'date', comment: argNote('LOANSUBSIDY', 'startDate') },
          { key: 'end', header: '计息截止日', width: 13, format: 'date', comment: argNote('LOANSUBSIDY', 'endDate') },
          { key: 'level', header: '贴息层级', width: 12, list: codeList(loanLevel.defs), comment: argNote('LOANSUBSIDY', 'level') },
          {
            key: 'subsidy',
            header: '贴息额（元）',
            width: 16,
            format: 'yuan',
            total: true,
            formula: (r) => `SUBSIDY.LOANSUBSIDY(${loanArgs.map(r.cell).join(',')})`,
          },
        ],
        rows: [
          { loan: '示例：工商银行 流动资金贷款', principal: 10_000_000, refRate: 0.025, start: excelDate('2020-02-15'), end: excelDate('2020-08-13'), level: '国家' },
          { loan: '示例：农业银行 技术改造贷款', principal: 3_600_000, refRate: 0.025, start: excelDate('2020-03-01'), end: excelDate('2021-06-30'), level: '省级' },
        ],
        totalLabel: '贷款贴息小计',
      },
    },
    {
      heading: '二、防疫物资进口贴息（SUBSIDY.IMPORTINTEREST）',
      table: {
        columns: [
          { key: 'item', header: '进口合同 / 物资' },
          { key: 'amount', header: '进口金额（元）', format: 'yuan', comment: argNote('IMPORTINTEREST', 'amount') },
          { key: 'start', header: '进口（计息起始）日', format: 'date', comment: argNote('IMPORTINTEREST', 'startDate') },
          { key: 'end', header: '计息截止日', format: 'date', comment: argNote('IMPORTINTEREST', 'endDate') },
          { key: 'rate', header: '贴息利率（年）', format: 'rate', comment: argNote('IMPORTINTEREST', 'rate') },
          {
            key: 'interest',
            header: '贴息额（元）',
            format: 'yuan',
            total: true,
            formula: (r) => `SUBSIDY.IMPORTINTEREST(${importArgs.map(r.cell).join(',')})`,
          },
        ],
        rows: [
          {
            item: '示例：医用口罩生产设备进口',
            amount: 1_000_000,
            start: excelDate('2020-02-10'),
            end: excelDate('2020-05-10'),
            rate: BENCHMARK_ONE_YEAR.value.toNumber(),
          },
          {
            item: '示例：防护服原料进口',
            amount: 500_000,
            start: excelDate('2020-03-01'),
            end: excelDate('2020-04-30'),
            rate: BENCHMARK_ONE_YEAR.value.toNumber(),
          },
        ],
        totalLabel: '进口贴息小计',
      },
    },
  ]);

  const grand = totalCell(sb, imports.next + 1, '贴息合计', `${loans.total('subsidy')}+${imports.total('interest')}`, width - 1);
  const ref = (a: string) => `${LOANS_SHEET}!${a}`;
  return {
    id: 'loans',
    fileName: '贷款贴息测算表.xlsx',
    title: { zh: '贷款贴息测算表', en: 'Loan interest subsidies' },
    sheet: sb.build(),
    totals: [
      { label: '重点保障企业贷款贴息', ref: ref(loans.total('subsidy')), claim: true },
      { label: '防疫物资进口贴息', ref: ref(imports.total('interest')), claim: true },
      { label: '贴息合计', ref: ref(grand), claim: false },
    ],
    guide: {
      title: '贷款贴息测算表 · 使用说明',
      purpose: '测算疫情防控重点保障企业2020年新增贷款的财政贴息，以及防疫物资进口的贴息。',
      steps: [
        `在“${LOANS_SHEET}”表第一部分（第 ${loans.firstRow} 行起）每行填一笔贷款：本金、人民银行再贷款利率、起息日、计息截止日和贴息层级（国家 / 省级 / 市级，决定引用的文件，比例相同）。`,
        `第二部分（第 ${imports.firstRow} 行起）每行填一笔防疫物资进口：金额、进口（计息起始）日、计息截止日、贴息利率（已预填人民币1年期贷款基准利率）。`,
        `各部分小计在第 ${loans.totalRow}、${imports.totalRow} 行，${grand} 为贴息合计。`,
      ],
      functions: ['LOANSUBSIDY', 'IMPORTINTEREST'],
      notes: ['贷款贴息期不超过1年：截止日晚于起息日满1年的，按1年计算；起息日不在2020年新增贷款期间的，结果为 0。'],
    },
  };
}
