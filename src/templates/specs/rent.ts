import { INDUSTRIES, REGIONS, SIZES } from '../../engine/codes';
import { LANDLORDS, RENTSCHEDULE } from '../../functions/rent';
import { argNote, codeList, sectionHeading, SheetBuilder, table, titleBlock } from '../sheetBuilder';
import type { TemplatePart } from '../template';

export const RENT_SHEET = '房租减免';

/** RENTSCHEDULE's spilled table: a header row and one row per month, five columns. */
const SCHEDULE = RENTSCHEDULE.tableShape!([]);

/**
 * 房租减免测算表: one row per lease with RENTRELIEF, a total, and the first lease's month by
 * month relief as RENTSCHEDULE's spilled table.
 */
export function rentPart(): TemplatePart {
  const sb = new SheetBuilder(RENT_SHEET);
  const width = 7;
  const top = titleBlock(
    sb,
    '房租减免测算表（2020年）',
    [
      '测算中小企业承租国有企业、市属国有企业、创业园区房产可获的房租减免（SUBSIDY.RENTRELIEF）：威海两免两减半（市属国企且承租方为餐饮住宿、批发零售、交通物流、旅游业：两免四减半），聊城免3个月。',
      '每行填一份租赁合同；下方为第1份租赁的逐月明细（SUBSIDY.RENTSCHEDULE 溢出表）。',
    ],
    width,
  );
  const t = table(sb, {
    top: top + 1,
    columns: [
      { key: 'lease', header: '租赁房屋 / 合同', width: 34 },
      { key: 'rent', header: '月租金（元）', width: 14, format: 'yuan', comment: argNote('RENTRELIEF', 'monthlyRent') },
      { key: 'region', header: '地区', width: 14, list: codeList(REGIONS), comment: argNote('RENTRELIEF', 'region') },
      { key: 'landlord', header: '出租方', width: 16, list: codeList(LANDLORDS), comment: argNote('RENTRELIEF', 'landlord') },
      { key: 'industry', header: '承租方行业', width: 18, list: codeList(INDUSTRIES), comment: argNote('RENTRELIEF', 'industry') },
      { key: 'size', header: '承租方规模', width: 12, list: codeList(SIZES), comment: argNote('RENTRELIEF', 'size') },
      {
        key: 'relief',
        header: '房租减免额（元）',
        width: 16,
        format: 'yuan',
        total: true,
        formula: (r) => `SUBSIDY.RENTRELIEF(${['rent', 'region', 'landlord', 'industry', 'size'].map(r.cell).join(',')})`,
      },
    ],
    rows: [
      { lease: '示例：威海市区临街商铺（餐饮门店）', rent: 10_000, region: '威海', landlord: '市属国有企业', industry: '餐饮业', size: '小型' },
      { lease: '示例：聊城创业园区办公室', rent: 6_000, region: '聊城', landlord: '创业园区', industry: '零售业', size: '微型' },
      { lease: '示例：威海国有企业标准厂房', rent: 8_000, region: '威海', landlord: '国有企业', industry: '工业', size: '中小微' },
    ],
  });
  sb.freeze(t.headerRow, 1);

  const heading = t.next + 1;
  sectionHeading(sb, heading, '第1份租赁逐月明细（SUBSIDY.RENTSCHEDULE 自动溢出，下方区域请勿输入）', width);
  const firstLease = ['rent', 'region', 'landlord', 'industry', 'size'].map((k) => `${t.col(k)}${t.firstRow}`);
  const anchor = sb.spill(`A${heading + 1}`, SCHEDULE.rows, SCHEDULE.cols, {
    formula: `SUBSIDY.RENTSCHEDULE(${firstLease.join(',')})`,
    style: 'formula',
    spillFormats: [null, 'yuan', 'rate', 'yuan', 'yuan'],
    comment: '动态数组公式：结果自动溢出到右下方 7 行 × 5 列（表头 + 2020年1—6月）。',
  });

  return {
    id: 'rent',
    fileName: '房租减免测算表.xlsx',
    title: { zh: '房租减免测算表', en: 'Rent relief' },
    sheet: sb.build(),
    totals: [{ label: '房租减免', ref: `${RENT_SHEET}!${t.total('relief')}`, claim: true }],
    guide: {
      title: '房租减免测算表 · 使用说明',
      purpose: '测算中小企业承租国有企业（含市属国有企业）、创业园区（示范基地）经营用房在2020年上半年可获的房租减免。',
      steps: [
        `在“${RENT_SHEET}”表从第 ${t.firstRow} 行起每行填一份租赁：房屋或合同名称、月租金（元），并从下拉列表选择地区、出租方类型、承租方行业和企业规模（规模可填社保减免测算表中 SUBSIDY.ENTSIZE 的结果）。`,
        `${t.col('relief')} 列为每份租赁的减免总额，第 ${t.totalRow} 行为合计。`,
        `${anchor} 起的区域是第1份租赁的逐月明细（月份、月租金、减免比例、减免额、应付租金），由公式自动溢出，请勿在其中输入。要看其他租赁的明细，把 ${anchor} 公式中的行号改为该租赁所在行。`,
      ],
      functions: ['RENTRELIEF', 'RENTSCHEDULE'],
      notes: [
        '出租方为其他业主（民营、个人）时政策只是“鼓励”减免，结果为 0；承租方为大型企业时结果为 0。青岛、济宁及全省文件未规定减免金额，结果为 #N/A。',
      ],
    },
  };
}
