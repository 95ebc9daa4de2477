import { REGIONS } from '../../engine/codes';
import { formulaRef } from '../a1';
import { guideSheet } from '../guide';
import type { WorkbookLayout } from '../layout';
import { codeList, excelDate, fieldBlock, SheetBuilder, table, titleBlock } from '../sheetBuilder';
import type { TemplatePart } from '../template';

export const SUMMARY_SHEET = '汇总';

/**
 * 汇总: every calculation sheet in one workbook, under one 说明 and a 汇总 sheet whose rows
 * reference each sheet's claim totals, with their grand total — the workbook to attach to an
 * application.
 */
export function summaryLayout(parts: readonly TemplatePart[]): WorkbookLayout {
  const sb = new SheetBuilder(SUMMARY_SHEET);
  const width = 5;
  const top = titleBlock(
    sb,
    '惠企政策补贴与减负汇总表（2020年）',
    ['本表各行引用各测算表的合计，自动更新；请在各测算表中填写数据，本表只填企业信息。'],
    width,
  );
  const { refs, next } = fieldBlock(sb, top + 1, [
    { key: 'name', label: '企业名称', value: '示例：威海某某制造有限公司' },
    { key: 'code', label: '统一社会信用代码', value: '示例：91371000XXXXXXXXXX', format: 'text' },
    { key: 'region', label: '所在地区', value: '威海', list: codeList(REGIONS) },
    { key: 'date', label: '填报日期', value: excelDate('2020-06-30'), format: 'date' },
  ]);
  const lines = parts.flatMap((p) => p.totals.filter((t) => t.claim).map((t) => ({ part: p, ...t })));
  const t = table(sb, {
    top: next + 1,
    columns: [
      { key: 'no', header: '序号', width: 8, constant: true },
      { key: 'sheet', header: '测算表', width: 24, constant: true },
      { key: 'item', header: '项目', width: 28, constant: true },
      { key: 'amount', header: '金额（元）', width: 18, format: 'yuan', total: true, formula: (r) => formulaRef(lines[r.row - (next + 2)].ref) },
      { key: 'source', header: '引用单元格', width: 22, constant: true },
    ],
    rows: lines.map((l, i) => ({ no: i + 1, sheet: l.part.title.zh, item: l.label, source: l.ref })),
    totalLabel: '合计',
  });
  sb.freeze(t.headerRow);
  const grand = `${SUMMARY_SHEET}!${t.total('amount')}`;

  const functions = [...new Set(parts.flatMap((p) => p.guide.functions))];
  const guide = guideSheet({
    title: '惠企政策补贴与减负汇总表 · 使用说明',
    purpose: `本工作簿包含 ${parts.length} 张测算表（${parts.map((p) => `“${p.sheet.name}”`).join('、')}）和“${SUMMARY_SHEET}”表；“${SUMMARY_SHEET}”表引用各测算表的合计，可作为申报材料附件。`,
    steps: [
      `在“${SUMMARY_SHEET}”表 ${refs.name.replace(/\$/g, '')}:${refs.date.replace(/\$/g, '')} 填写企业名称、统一社会信用代码、所在地区和填报日期。`,
      ...parts.flatMap((p) => p.guide.steps.map((s) => `【${p.sheet.name}】${s}`)),
      `“${SUMMARY_SHEET}”表第 ${t.firstRow}—${t.lastRow} 行逐项引用各测算表的合计，第 ${t.totalRow} 行为补贴与减负总额；不适用的项目在对应测算表中填 0 即可。`,
    ],
    functions,
    notes: [...new Set(parts.flatMap((p) => p.guide.notes ?? []))],
  });

  return {
    id: 'summary',
    fileName: '惠企政策汇总表.xlsx',
    title: { zh: '惠企政策补贴与减负汇总表', en: 'Summary of relief and subsidies' },
    sheets: [guide, sb.build(), ...parts.map((p) => p.sheet)],
    totals: [
      ...lines.map((l, i) => ({ label: `${l.part.title.zh}：${l.label}`, ref: `${SUMMARY_SHEET}!${t.col('amount')}${t.firstRow + i}` })),
      { label: '补贴与减负合计', ref: grand },
    ],
  };
}
