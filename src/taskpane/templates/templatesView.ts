/**
 * 模板 tab: the template workbooks, each insertable into the open workbook (inside Excel)
 * through insertTemplate.ts. Outside Excel the list is shown with a note instead of buttons.
 */
import type { AppContext, View } from '../app';
import { h, replaceChildren } from '../dom';
import {
  featuresUsed,
  insertTemplate,
  UnsupportedExcelError,
  type InsertResult,
} from '../excel/insertTemplate';
import { pick, t } from '../i18n';
import type { WorkbookLayout } from '../../templates/layout';
import { availableTemplates } from './templateSource';

export class TemplatesView implements View {
  readonly element = h('div', { className: 'view templates-view' });
  private layouts: WorkbookLayout[] | undefined;
  private error: string | undefined;
  private readonly status = new Map<string, { kind: 'ok' | 'bad' | 'busy'; lines: string[] }>();

  constructor(private readonly app: AppContext) {
    availableTemplates()
      .then((layouts) => {
        this.layouts = layouts;
        this.render();
      })
      .catch((e) => {
        this.error = e instanceof Error ? e.message : String(e);
        this.render();
      });
  }

  render(): void {
    const lang = this.app.lang;
    const intro = h('p', { className: 'intro' }, t(lang, 'templatesIntro'));
    const note = this.app.host.inExcel ? null : h('p', { className: 'host-note small', attrs: { 'data-testid': 'excel-only-note' } }, t(lang, 'templatesOutside'));
    if (this.error) {
      replaceChildren(this.element, intro, note, h('p', { className: 'error-box' }, t(lang, 'loadFailed'), this.error));
      return;
    }
    if (!this.layouts) {
      replaceChildren(this.element, intro, note, h('p', { className: 'loading' }, t(lang, 'loading')));
      return;
    }
    const list = h('ul', { className: 'template-list' }, ...this.layouts.map((l) => this.card(l)));
    replaceChildren(this.element, intro, note, list);
  }

  private card(layout: WorkbookLayout): HTMLElement {
    const lang = this.app.lang;
    const formulas = layout.sheets.reduce((n, s) => n + s.cells.filter((c) => c.formula !== undefined).length, 0);
    const missing = this.app.host.inExcel ? featuresUsed(layout).filter((f) => !this.app.host.supports(f.version)) : [];
    const status = this.status.get(layout.id);
    return h(
      'li',
      { className: 'template-card', attrs: { 'data-template': layout.id } },
      h('h3', {}, pick(lang, layout.title)),
      h('p', { className: 'muted file-name' }, layout.fileName, ' · ', t(lang, 'formulaCount', { n: formulas })),
      h('div', { className: 'sheet-chips' }, h('span', { className: 'field-label' }, t(lang, 'sheets')), ...layout.sheets.map((s) => h('span', { className: 'chip' }, s.name))),
      missing.length
        ? h('p', { className: 'warn' }, t(lang, 'degraded'), ' ', missing.map((f) => `${pick(lang, f.label)} (ExcelApi ${f.version})`).join('；'))
        : null,
      this.app.host.inExcel
        ? h(
            'button',
            {
              className: 'button primary',
              attrs: { type: 'button', 'data-insert': layout.id, disabled: status?.kind === 'busy' },
              on: { click: () => void this.insert(layout) },
            },
            status?.kind === 'busy' ? t(lang, 'inserting') : t(lang, 'insertTemplate'),
          )
        : null,
      status && status.kind !== 'busy'
        ? h('div', { className: `status ${status.kind}`, attrs: { role: 'status' } }, ...status.lines.map((l) => h('p', {}, l)))
        : null,
    );
  }

  private async insert(layout: WorkbookLayout): Promise<void> {
    const lang = this.app.lang;
    this.status.set(layout.id, { kind: 'busy', lines: [] });
    this.render();
    try {
      const result: InsertResult = await this.app.excel((context) => insertTemplate(context, layout, this.app.host.supports));
      const lines = [t(lang, 'insertedTemplate', { sheets: result.sheets.join('、') })];
      if (result.renamed.length) lines.push(t(lang, 'sheetsRenamed', { list: result.renamed.map((r) => `${r.from} → ${r.to}`).join('；') }));
      if (result.skipped.length) lines.push(`${t(lang, 'degraded')} ${result.skipped.map((f) => `${pick(lang, f.label)} (ExcelApi ${f.version})`).join('；')}`);
      if (result.listsSkipped.length) lines.push(`${pick(lang, { zh: '下拉列表过长，未设置：', en: 'Lists too long for a drop-down, not set: ' })}${result.listsSkipped.join(', ')}`);
      this.status.set(layout.id, { kind: 'ok', lines });
    } catch (e) {
      let line: string;
      if (e instanceof UnsupportedExcelError) line = t(lang, 'noExcelApi');
      else line = e instanceof Error ? e.message : String(e);
      this.status.set(layout.id, { kind: 'bad', lines: [line] });
    }
    this.render();
  }
}
