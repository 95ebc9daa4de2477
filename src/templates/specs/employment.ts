import { INDUSTRIES, REGIONS } from '../../engine/codes';
import { argNote, BOOLEAN_LIST, codeList, excelDate, sections, SheetBuilder, titleBlock, totalCell } from '../sheetBuilder';
import type { TemplatePart } from '../template';

export const EMPLOYMENT_SHEET = '稳岗用工';

/**
 * 稳岗与用工补贴测算表: five sections — job-stability refund (STABILITYREFUND), one-off hiring
 * subsidy (HIRESUBSIDY), Weihai service-industry staffing subsidy (STAFFSUBSIDY), 以工代训
 * (WORKTRAINSUBSIDY) and online training (ONLINETRAINSUBSIDY, per trainee × trainees) — each
 * with a subtotal, and their total.
 */
export function employmentPart(): TemplatePart {
  const sb = new SheetBuilder(EMPLOYMENT_SHEET);
  const width = 7;
  const row = titleBlock(
    sb,
    '稳岗与用工补贴测算表（2020年）',
    ['稳岗返还、新招用职工补贴、服务业用工补贴、以工代训和线上培训补贴，按项目分节测算，每节有小计，最下方为合计。'],
    width,
  );
  sb.freeze(row - 1);
  [30, 18, 16, 16, 14, 14, 16].forEach((w, i) => sb.width(i + 1, w));
  const call = (fn: string, keys: string[]) => (r: { cell(k: string): string }) => `SUBSIDY.${fn}(${keys.map(r.cell).join(',')})`;

  const [stability, hire, staff, work, online] = sections(sb, row + 1, width, [
    {
      heading: '一、稳岗返还（SUBSIDY.STABILITYREFUND）',
      table: {
        columns: [
          { key: 'item', header: '年度 / 参保单位' },
          { key: 'paid', header: '上年实缴失业保险费（元）', format: 'yuan', comment: argNote('STABILITYREFUND', 'unemploymentPaid') },
          { key: 'insured', header: '上年参保职工（人）', format: 'integer', comment: argNote('STABILITYREFUND', 'insured') },
          { key: 'layoffs', header: '上年裁员（人）', format: 'integer', comment: argNote('STABILITYREFUND', 'layoffs') },
          { key: 'region', header: '地区', list: codeList(REGIONS), comment: argNote('STABILITYREFUND', 'region') },
          { key: 'refund', header: '返还额（元）', format: 'yuan', total: true, formula: call('STABILITYREFUND', ['paid', 'insured', 'layoffs', 'region']) },
        ],
        rows: [
          { item: '示例：本公司 2019年度', paid: 200_000, insured: 200, layoffs: 5, region: '威海' },
          { item: '示例：分公司（参保30人以下）2019年度', paid: 20_000, insured: 25, layoffs: 5, region: '威海' },
        ],
        totalLabel: '稳岗返还小计',
      },
    },
    {
      heading: '二、新招用职工一次性补贴（SUBSIDY.HIRESUBSIDY）',
      table: {
        columns: [
          { key: 'batch', header: '招用批次' },
          { key: 'hires', header: '新招用人数（人）', format: 'integer', comment: argNote('HIRESUBSIDY', 'newHires') },
          { key: 'date', header: '招用日期', format: 'date', comment: argNote('HIRESUBSIDY', 'hireDate') },
          { key: 'subsidy', header: '补贴额（元）', format: 'yuan', total: true, formula: call('HIRESUBSIDY', ['hires', 'date']) },
        ],
        rows: [
          { batch: '示例：复工首批招用', hires: 10, date: excelDate('2020-02-20') },
          { batch: '示例：第二批招用', hires: 5, date: excelDate('2020-03-12') },
        ],
        totalLabel: '招用补贴小计',
      },
    },
    {
      heading: '三、服务业企业用工补贴（威海，SUBSIDY.STAFFSUBSIDY）',
      table: {
        columns: [
          { key: 'item', header: '企业 / 门店' },
          { key: 'industry', header: '行业', list: codeList(INDUSTRIES), comment: argNote('STAFFSUBSIDY', 'industry') },
          { key: 'tax', header: '2019年纳税额（元）', format: 'yuan', comment: argNote('STAFFSUBSIDY', 'tax2019') },
          { key: 'staff', header: '参保职工（人）', format: 'integer', comment: argNote('STAFFSUBSIDY', 'insuredStaff') },
          { key: 'months', header: '补贴月数', format: 'integer', comment: argNote('STAFFSUBSIDY', 'months') },
          { key: 'subsidy', header: '补贴额（元）', format: 'yuan', total: true, formula: call('STAFFSUBSIDY', ['industry', 'tax', 'staff', 'months']) },
        ],
        rows: [
          { item: '示例：餐饮门店', industry: '餐饮业', tax: 1_500_000, staff: 50, months: 3 },
          { item: '示例：批发门市', industry: '批发业', tax: 1_500_000, staff: 20, months: 3 },
        ],
        totalLabel: '用工补贴小计',
      },
    },
    {
      heading: '四、以工代训补贴（SUBSIDY.WORKTRAINSUBSIDY）',
      table: {
        columns: [
          { key: 'batch', header: '培训批次' },
          { key: 'persons', header: '新录用培训人数（人）', format: 'integer', comment: argNote('WORKTRAINSUBSIDY', 'persons') },
          { key: 'subsidy', header: '补贴额（元）', format: 'yuan', total: true, formula: call('WORKTRAINSUBSIDY', ['persons']) },
        ],
        rows: [
          { batch: '示例：2月新录用职工', persons: 20 },
          { batch: '示例：3月新录用职工', persons: 5 },
        ],
        totalLabel: '以工代训小计',
      },
    },
    {
      heading: '五、线上职业技能培训补贴（SUBSIDY.ONLINETRAINSUBSIDY，每名学员 × 人数）',
      table: {
        columns: [
          { key: 'course', header: '培训项目 / 学员类别' },
          { key: 'standard', header: '补贴标准（元/人）', format: 'yuan', comment: argNote('ONLINETRAINSUBSIDY', 'standardAmount') },
          { key: 'hours', header: '合格学时', format: 'integer', comment: argNote('ONLINETRAINSUBSIDY', 'hours') },
          { key: 'key', header: '重点群体', list: BOOLEAN_LIST, comment: argNote('ONLINETRAINSUBSIDY', 'keyGroup') },
          { key: 'persons', header: '学员人数（人）', format: 'integer' },
          { key: 'each', header: '每人补贴（元）', format: 'yuan', formula: call('ONLINETRAINSUBSIDY', ['standard', 'hours', 'key']) },
          { key: 'subsidy', header: '补贴额（元）', format: 'yuan', total: true, formula: (r) => `${r.cell('each')}*${r.cell('persons')}` },
        ],
        rows: [
          { course: '示例：电工线上培训（农民工）', standard: 1_500, hours: 40, key: true, persons: 10 },
          { course: '示例：电工线上培训（其他学员）', standard: 1_500, hours: 40, key: false, persons: 5 },
        ],
        totalLabel: '线上培训小计',
      },
    },
  ]);

  const parts = [
    { label: '稳岗返还', t: stability, key: 'refund' },
    { label: '新招用职工补贴', t: hire, key: 'subsidy' },
    { label: '服务业用工补贴', t: staff, key: 'subsidy' },
    { label: '以工代训补贴', t: work, key: 'subsidy' },
    { label: '线上培训补贴', t: online, key: 'subsidy' },
  ];
  const grand = totalCell(sb, online.next + 1, '稳岗与用工补贴合计', parts.map((p) => p.t.total(p.key)).join('+'), width - 1);
  const ref = (a: string) => `${EMPLOYMENT_SHEET}!${a}`;
  return {
    id: 'employment',
    fileName: '稳岗与用工补贴测算表.xlsx',
    title: { zh: '稳岗与用工补贴测算表', en: 'Job-stability and employment subsidies' },
    sheet: sb.build(),
    totals: [
      ...parts.map((p) => ({ label: p.label, ref: ref(p.t.total(p.key)), claim: true })),
      { label: '稳岗与用工补贴合计', ref: ref(grand), claim: false },
    ],
    guide: {
      title: '稳岗与用工补贴测算表 · 使用说明',
      purpose: '测算稳岗返还、新招用职工一次性补贴、威海服务业企业用工补贴、以工代训补贴和线上职业技能培训补贴。',
      steps: [
        `在“${EMPLOYMENT_SHEET}”表各节黄色单元格填写数据；不适用的项目把金额或人数改为 0（稳岗返还改上年实缴失业保险费），不要删除整节。`,
        `一、稳岗返还（第 ${stability.firstRow} 行）：上年度实缴失业保险费、参保职工人数、裁员人数和地区。`,
        `二、新招用职工补贴（第 ${hire.firstRow} 行起）：每批新招用（签订1年以上劳动合同并缴纳社保）的人数和招用日期。`,
        `三、服务业用工补贴（第 ${staff.firstRow} 行起，仅威海）：行业、2019年纳税额、参保职工人数和补贴月数。`,
        `四、以工代训（第 ${work.firstRow} 行起）：新录用并开展以工代训的人数。`,
        `五、线上培训（第 ${online.firstRow} 行起）：每类学员一行，填本市补贴标准、合格学时、是否属4类重点群体（TRUE/FALSE）和人数；每人补贴由公式计算，再乘以人数。`,
        `各节小计在每节最后一行，${grand} 为合计。`,
      ],
      functions: ['STABILITYREFUND', 'HIRESUBSIDY', 'STAFFSUBSIDY', 'WORKTRAINSUBSIDY', 'ONLINETRAINSUBSIDY'],
      notes: [
        '青岛困难企业按上年度6个月社保费的50%返还的，在稳岗返还公式末尾加第5个参数 sixMonthPremiums（地区须为青岛）。',
      ],
    },
  };
}
