import { NEW_PRICE_FROM, STEAM_GRADES } from '../../rates/steam';
import { argNote, excelDate, SheetBuilder, table, titleBlock } from '../sheetBuilder';
import type { TemplatePart } from '../template';

export const STEAM_SHEET = '热汽费';

/**
 * 热汽费调整测算表: one row per meter-reading period with the bill under the split rule
 * (STEAMBILL), the saving against the old price (STEAMRELIEF) and the bill at the old price.
 */
export function steamPart(): TemplatePart {
  const sb = new SheetBuilder(STEAM_SHEET);
  const width = 8;
  const top = titleBlock(
    sb,
    '热汽费调整测算表（威海市区生产经营用热汽）',
    [
      `自 ${NEW_PRICE_FROM} 起威海市区生产经营用热汽降价；跨该日的抄表周期按日平均用汽量拆分新旧价格（SUBSIDY.STEAMBILL），节省额为 SUBSIDY.STEAMRELIEF。`,
      '每行填一个抄表周期：热汽压力、用汽量、抄表起止日（起始日计入、截止日不计入）。',
    ],
    width,
  );
  const args = ['pressure', 'tons', 'start', 'end'];
  const t = table(sb, {
    top: top + 1,
    columns: [
      { key: 'period', header: '抄表周期', width: 20 },
      {
        key: 'pressure',
        header: '热汽压力（MPa）',
        width: 14,
        list: STEAM_GRADES.map((g) => g.pressure),
        comment: argNote('STEAMBILL', 'pressure'),
      },
      { key: 'tons', header: '用汽量（吨）', width: 13, comment: argNote('STEAMBILL', 'tons') },
      { key: 'start', header: '抄表起始日', width: 13, format: 'date', comment: argNote('STEAMBILL', 'readStart') },
      { key: 'end', header: '抄表截止日', width: 13, format: 'date', comment: argNote('STEAMBILL', 'readEnd') },
      {
        key: 'bill',
        header: '调整后汽费（元）',
        width: 16,
        format: 'yuan',
        total: true,
        formula: (r) => `SUBSIDY.STEAMBILL(${args.map(r.cell).join(',')})`,
      },
      { key: 'old', header: '按原价汽费（元）', width: 16, format: 'yuan', total: true, formula: (r) => `${r.cell('bill')}+${r.cell('relief')}` },
      {
        key: 'relief',
        header: '降价节省额（元）',
        width: 16,
        format: 'yuan',
        total: true,
        formula: (r) => `SUBSIDY.STEAMRELIEF(${args.map(r.cell).join(',')})`,
      },
    ],
    rows: [
      { period: '示例：1月抄表周期', pressure: 0.7, tons: 300, start: excelDate('2020-01-15'), end: excelDate('2020-02-14') },
      { period: '示例：2月抄表周期', pressure: 1.3, tons: 620, start: excelDate('2020-02-14'), end: excelDate('2020-03-15') },
    ],
  });
  sb.freeze(t.headerRow, 1);
  const ref = (key: string) => `${STEAM_SHEET}!${t.total(key)}`;
  return {
    id: 'steam',
    fileName: '热汽费调整测算表.xlsx',
    title: { zh: '热汽费调整测算表', en: 'Steam price cut' },
    sheet: sb.build(),
    totals: [
      { label: '调整后汽费', ref: ref('bill'), claim: false },
      { label: '按原价汽费', ref: ref('old'), claim: false },
      { label: '热汽降价节省', ref: ref('relief'), claim: true },
    ],
    guide: {
      title: '热汽费调整测算表 · 使用说明',
      purpose: '核对威海市区生产经营用热汽降价后的汽费：跨降价日的抄表周期按日平均用汽量拆分，降价日起的天数按新价、之前按原价。',
      steps: [
        `在“${STEAM_SHEET}”表从第 ${t.firstRow} 行起每行填一个抄表周期：${t.col('pressure')} 列热汽压力（下拉选择已定价的压力），${t.col('tons')} 列本周期用汽量（吨），${t.col('start')}、${t.col('end')} 列抄表起始日和截止日（日期格式，如 2020-01-15）。`,
        `${t.col('bill')} 列为调整后应付汽费，${t.col('old')} 列为全部按原价计算的汽费，${t.col('relief')} 列为降价节省额；第 ${t.totalRow} 行为合计。`,
      ],
      functions: ['STEAMBILL', 'STEAMRELIEF'],
      notes: ['只有文件定价的热汽压力可以计算，其他压力结果为 #N/A 并列出已定价的压力。'],
    },
  };
}
