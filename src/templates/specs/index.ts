import { loadPolicyRecords } from '../../catalogue/records';
import type { WorkbookLayout } from '../layout';
import { assemble, type TemplatePart } from '../template';
import { employmentPart } from './employment';
import { loansPart } from './loans';
import { rentPart } from './rent';
import { socinsPart } from './socins';
import { steamPart } from './steam';
import { summaryLayout } from './summary';
import { utilitiesPart } from './utilities';

/** The claim types, in the order the 汇总 workbook shows them. */
export const PARTS: readonly (() => TemplatePart)[] = [socinsPart, rentPart, steamPart, loansPart, employmentPart, utilitiesPart];

export type TemplateId = 'socins' | 'rent' | 'steam' | 'loans' | 'employment' | 'utilities' | 'summary';

/** Every template: the six claim types, then the 汇总 workbook holding all of them. */
export const TEMPLATE_IDS: readonly TemplateId[] = ['socins', 'rent', 'steam', 'loans', 'employment', 'utilities', 'summary'];

/**
 * Every template's layout, built fresh. Building reads the policy catalogue (the 说明 sheet's
 * clauses and 文号): in the Excel bundle, where the catalogue loads lazily, call
 * `loadTemplateLayouts()` instead.
 */
export function templateLayouts(): WorkbookLayout[] {
  const parts = PARTS.map((p) => p());
  return [...parts.map(assemble), summaryLayout(parts)];
}

/** One template's layout by id. */
export function templateLayout(id: TemplateId): WorkbookLayout {
  const found = templateLayouts().find((l) => l.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}

/** The layouts once the policy catalogue is loaded (the task pane's entry point). */
export async function loadTemplateLayouts(): Promise<WorkbookLayout[]> {
  await loadPolicyRecords();
  return templateLayouts();
}
