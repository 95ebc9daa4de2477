/**
 * 核对 tab: recomputes the SUBSIDY formulas of the selected cells with the engine
 * (checkCells.ts), shows each one's explanation, and marks the cells that differ.
 */
import type { AppContext, View } from '../app';
import { h, replaceChildren } from '../dom';
import { checkSelection, clearMarks, differing, markCells, selectCell, SelectionTooLargeError, type CellCheck, type CheckReport } from '../excel/checkCells';
import type { CallCheck } from '../excel/recompute';
import { errorNode, formatMoney, resultNode, stepsTable } from '../explainView';
import { pick, t, type Lang } from '../i18n';
import { lookupFunction } from '../../registry/registry';

export class CheckView implements View {
  readonly element = h('div', { className: 'view check-view' });
  private report: CheckReport | undefined;
  private message: { kind: 'ok' | 'bad' | 'busy'; text: string } | undefined;

  constructor(private readonly app: AppContext) {}

  render(): void {
    const lang = this.app.lang;
    const intro = h('p', { className: 'intro' }, t(lang, 'checkIntro'));
    if (!this.app.host.inExcel) {
      replaceChildren(this.element, intro, h('p', { className: 'host-note small', attrs: { 'data-testid': 'excel-only-note' } }, t(lang, 'excelOnly')));
      return;
    }
    const actions = h(
      'div',
      { className: 'form-actions' },
      h('button', { className: 'button primary', attrs: { type: 'button', id: 'check-run', disabled: this.message?.kind === 'busy' }, on: { click: () => void this.run() } }, t(lang, 'checkButton')),
      h('button', { className: 'button secondary', attrs: { type: 'button', id: 'check-clear' }, on: { click: () => void this.clear() } }, t(lang, 'clearMarks')),
    );
    const msg = this.message ? h('p', { className: `status ${this.message.kind === 'busy' ? '' : this.message.kind}`, attrs: { role: 'status' } }, this.message.text) : null;
    replaceChildren(this.element, intro, actions, msg, this.report ? this.reportNode(lang, this.report) : null);
  }

  private async run(): Promise<void> {
    const lang = this.app.lang;
    this.message = { kind: 'busy', text: t(lang, 'checking') };
    this.render();
    try {
      const report = await this.app.excel((context) => checkSelection(context, this.app.host.supports));
      const bad = differing(report);
      if (bad.length) await this.app.excel((context) => markCells(context, bad));
      this.report = report;
      this.message = bad.length ? { kind: 'bad', text: t(lang, 'marked') } : undefined;
    } catch (e) {
      this.message = {
        kind: 'bad',
        text:
          e instanceof SelectionTooLargeError
            ? pick(lang, { zh: `选区有 ${e.cells} 个单元格，过大；请选择较小的区域。`, en: `The selection has ${e.cells} cells; select a smaller range.` })
            : e instanceof Error
              ? e.message
              : String(e),
      };
    }
    this.render();
  }

  private async clear(): Promise<void> {
    try {
      await this.app.excel((context) => clearMarks(context));
      this.message = undefined;
    } catch (e) {
      this.message = { kind: 'bad', text: e instanceof Error ? e.message : String(e) };
    }
    this.render();
  }

  private reportNode(lang: Lang, report: CheckReport): HTMLElement {
    if (!report.cells.length) return h('p', { className: 'empty', attrs: { 'data-testid': 'check-summary' } }, t(lang, 'noSubsidyFormulas'));
    const count = (k: string) => report.cells.filter((c) => c.check.verdict.kind === k).length;
    const summary = h(
      'p',
      { className: 'count', attrs: { 'data-testid': 'check-summary' } },
      t(lang, 'checkSummary', { range: report.range, formulas: report.cells.length, ok: count('agree'), diff: count('differ'), na: count('unchecked') }),
    );
    return h(
      'div',
      { className: 'check-report' },
      summary,
      report.truncated ? h('p', { className: 'warn' }, t(lang, 'truncated', { n: report.cells.length })) : null,
      h('ol', { className: 'check-list' }, ...report.cells.map((c) => this.cellNode(lang, c))),
    );
  }

  private cellNode(lang: Lang, c: CellCheck): HTMLElement {
    const v = c.check.verdict;
    const badge = v.kind === 'agree' ? t(lang, 'agree') : v.kind === 'differ' ? t(lang, 'differ') : t(lang, 'cannotCheck');
    // Amounts (money results) are shown to the cent with separators; other values as Excel holds them.
    const money = c.check.calls.length === 1 && lookupFunction(c.check.calls[0].name)?.result === 'money';
    const show = (x: string | number | boolean) => (money && typeof x === 'number' ? formatMoney(x) : String(x));
    const shown = show(c.shown.value);
    const head = h(
      'div',
      { className: 'check-head' },
      h('button', { className: 'link cell-ref', attrs: { type: 'button', title: t(lang, 'selectCell') }, on: { click: () => void this.app.excel((ctx) => selectCell(ctx, c.sheet, c.address)) } }, c.address),
      h('span', { className: `badge verdict ${v.kind}` }, badge),
    );
    const detail: (HTMLElement | null)[] = [
      h('code', { className: 'formula' }, c.check.formula),
      h(
        'p',
        { className: 'values' },
        `${t(lang, 'cellValue')}: ${shown}`,
        v.kind === 'differ' ? ` · ${t(lang, 'engineValue')}: ${/^-?\d+\.\d{2}$/.test(v.expected) ? show(Number(v.expected)) : v.expected}` : '',
      ),
      v.kind === 'unchecked' ? h('p', { className: 'warn' }, pick(lang, v.reason)) : null,
    ];
    // A call that could not be recomputed says why in the verdict above; the details hold the rest.
    const calls = c.check.calls.flatMap((call) => [...call.nested, call]).filter((call) => call.outcome.kind !== 'unsupported');
    const explain = h('details', { className: 'explain' }, h('summary', {}, t(lang, 'steps')), ...calls.map((call) => this.callNode(lang, call)));
    if (v.kind === 'differ') explain.open = true;
    return h('li', { className: `check-item ${v.kind}`, attrs: { 'data-cell': c.address } }, head, ...detail, calls.length ? explain : null);
  }

  private callNode(lang: Lang, call: CallCheck): HTMLElement {
    const o = call.outcome;
    const fn = lookupFunction(call.name);
    const body =
      o.kind === 'value'
        ? [resultNode(lang, fn?.result ?? 'number', o.value), stepsTable(lang, o.steps, (id) => this.app.openPolicy(id))]
        : o.kind === 'error'
          ? [errorNode(lang, o.code, o.message)]
          : [h('p', { className: 'warn' }, pick(lang, o.reason))];
    return h('div', { className: 'call' }, h('code', { className: 'formula small' }, call.text), ...body);
  }
}
