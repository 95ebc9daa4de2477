/**
 * TEMPLATE LIST WIRING — the one place the task pane learns which templates exist.
 *
 * The layouts come from the template specs (src/templates/specs/index.ts), built fresh in
 * the browser; building reads the policy catalogue, which `loadTemplateLayouts` loads first.
 * This module is part of the lazily loaded templates chunk, never of functions.js.
 */
import type { WorkbookLayout } from '../../templates/layout';
import { loadTemplateLayouts } from '../../templates/specs/index';

export function availableTemplates(): Promise<WorkbookLayout[]> {
  return loadTemplateLayouts();
}
