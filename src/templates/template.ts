import { guideSheet, type GuideSpec } from './guide';
import type { SheetLayout, WorkbookLayout } from './layout';

/**
 * One claim type's calculation sheet with what its guide says and which cells are its
 * totals. A single-type template is its part plus a 说明 sheet (`assemble`); the 汇总
 * workbook gathers every part's sheet under one guide and one summary sheet.
 */
export interface TemplatePart {
  id: string;
  fileName: string;
  title: { zh: string; en: string };
  sheet: SheetLayout;
  guide: GuideSpec;
  /**
   * The sheet's totals ("Sheet!A1"). `claim` marks the amounts of relief a claim adds up
   * (false for figures shown for reference, such as the steam bill itself).
   */
  totals: { label: string; ref: string; claim: boolean }[];
}

/** A single-type template workbook: its 说明 sheet, then its calculation sheet. */
export function assemble(part: TemplatePart): WorkbookLayout {
  return {
    id: part.id,
    fileName: part.fileName,
    title: part.title,
    sheets: [guideSheet(part.guide), part.sheet],
    totals: part.totals.map(({ label, ref }) => ({ label, ref })),
  };
}
