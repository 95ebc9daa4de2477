/**
 * 计算 tab: a form for every registry function, generated from its argument specs
 * (formModel.ts), computed by the engine as the user types (debounced), with the result,
 * its explanation steps and citations, or the engine's bilingual error naming the argument.
 * Inside Excel, "insert formula" writes the equivalent =SUBSIDY.NAME(...) into the
 * selected cell.
 */
import { SubsidyError } from '../../engine/errors';
import { loadPolicyRecords } from '../../catalogue/records';
import { evaluate, type FunctionSpec } from '../../registry/define';
import { FUNCTIONS, lookupFunction, NAMESPACE } from '../../registry/registry';
import { toCellValue } from '../../registry/results';
import type { AppContext, View } from '../app';
import { debounce, h, replaceChildren } from '../dom';
import { errorNode, resultNode, stepsTable } from '../explainView';
import { insertFormula } from '../excel/insertFormula';
import { GROUP_NAMES, pick, t, type Lang } from '../i18n';
import {
  ArgsListError,
  exampleInputs,
  formModel,
  formulaFor,
  rawArgs,
  requiredFilled,
  type FieldModel,
  type FormModel,
  type InputValue,
} from './formModel';

/** Milliseconds after the last keystroke before computing. */
export const COMPUTE_DELAY_MS = 250;

/** A code's drop-down label: its name in the pane's language and the code the formula gets ("工业 · industry"). */
export function optionLabel(lang: Lang, o: { value: string; zh: string; en: string }): string {
  const name = lang === 'zh' ? o.zh : o.en;
  return name.toLowerCase() === o.value.toLowerCase() ? o.value : `${name} · ${o.value}`;
}

/** The first clause of a description, short enough for the function picker of a narrow pane. */
export function shortDescription(lang: Lang, text: string): string {
  const first = text.split(/[：:。；;（(]/)[0].trim();
  const max = lang === 'zh' ? 16 : 32;
  return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}

export class CalcView implements View {
  readonly element = h('div', { className: 'view calc-view' });
  private current: FunctionSpec = FUNCTIONS.find((f) => f.name === 'RENTRELIEF') ?? FUNCTIONS[0];
  private readonly inputs = new Map<string, InputValue[]>();
  private output = h('div', { className: 'output' });
  private readonly compute = debounce(() => void this.renderOutput(), COMPUTE_DELAY_MS);
  private status = h('p', { className: 'status' });

  constructor(private readonly app: AppContext) {}

  /** Opens a function's form (from the policy tab's links). */
  select(name: string): void {
    const fn = lookupFunction(name);
    if (!fn) return;
    this.current = fn;
    this.render();
    this.element.querySelector<HTMLSelectElement>('#fn-select')?.focus();
  }

  private values(model: FormModel): InputValue[] {
    let v = this.inputs.get(model.name);
    if (!v) {
      v = model.fields.map((f) => (f.control === 'checkbox' ? f.defaultChecked ?? false : ''));
      this.inputs.set(model.name, v);
    }
    return v;
  }

  render(): void {
    const lang = this.app.lang;
    const fn = this.current;
    const model = formModel(fn);
    const values = this.values(model);

    const picker = h('select', {
      className: 'input fn-select',
      attrs: { id: 'fn-select', 'aria-label': t(lang, 'fnLabel') },
      on: {
        change: () => {
          this.select(picker.value);
        },
      },
    });
    const groups = new Map<string, HTMLOptGroupElement>();
    for (const f of FUNCTIONS) {
      let g = groups.get(f.group);
      if (!g) {
        g = h('optgroup', { attrs: { label: pick(lang, GROUP_NAMES[f.group]) } });
        groups.set(f.group, g);
        picker.appendChild(g);
      }
      g.appendChild(h('option', { attrs: { value: f.name } }, `${f.name} · ${shortDescription(lang, pick(lang, f.description))}`));
    }
    picker.value = fn.name;

    const signature = `=${NAMESPACE}.${fn.name}(${model.fields.map((f) => (f.optional ? `[${f.name}]` : f.name) + (f.repeating ? '…' : '')).join(', ')})`;
    const head = h(
      'div',
      { className: 'fn-head' },
      h('label', { className: 'field' }, h('span', { className: 'field-label' }, t(lang, 'fnLabel')), picker),
      h('h2', { className: 'fn-name' }, `${NAMESPACE}.${fn.name}`),
      h('p', { className: 'fn-desc', attrs: { 'data-testid': 'fn-description' } }, pick(lang, fn.description)),
      h('code', { className: 'signature' }, signature),
    );

    const form = h('form', {
      className: 'calc-form',
      attrs: { 'data-function': fn.name, novalidate: true, autocomplete: 'off' },
      on: { submit: (ev) => ev.preventDefault() },
    });
    model.fields.forEach((field, i) => form.appendChild(this.fieldNode(lang, field, i, values)));

    const actions = h(
      'div',
      { className: 'form-actions' },
      h(
        'button',
        {
          className: 'button secondary',
          attrs: { type: 'button', id: 'fill-example' },
          on: {
            click: () => {
              this.inputs.set(fn.name, exampleInputs(fn, model));
              this.render();
            },
          },
        },
        t(lang, 'fillExample'),
      ),
      h(
        'button',
        {
          className: 'button secondary',
          attrs: { type: 'button', id: 'clear-form' },
          on: {
            click: () => {
              this.inputs.delete(fn.name);
              this.render();
            },
          },
        },
        t(lang, 'clear'),
      ),
    );

    this.output = h('div', { className: 'output', attrs: { 'aria-live': 'polite', 'data-testid': 'output' } });
    this.status = h('p', { className: 'status', attrs: { role: 'status' } });
    replaceChildren(this.element, head, form, actions, this.output);
    void this.renderOutput();
  }

  private fieldNode(lang: Lang, field: FieldModel, i: number, values: InputValue[]): HTMLElement {
    const id = `arg-${this.current.name}-${field.name}`;
    const descId = `${id}-desc`;
    const onChange = (v: InputValue) => {
      values[i] = v;
      this.compute();
    };
    let control: HTMLElement;
    const common = { id, name: field.name, 'aria-describedby': descId, 'data-arg': field.name, 'data-kind': field.kind, title: field.accepts ? pick(lang, field.accepts) : undefined };
    switch (field.control) {
      case 'checkbox': {
        const box = h('input', { className: 'checkbox', attrs: { ...common, type: 'checkbox' } });
        box.checked = values[i] === true;
        box.addEventListener('change', () => onChange(box.checked));
        control = box;
        break;
      }
      case 'select': {
        const none = field.optional
          ? field.defaultText
            ? t(lang, 'omitDefault', { d: pick(lang, field.defaultText) })
            : t(lang, 'omit')
          : t(lang, 'choose');
        const sel = h(
          'select',
          { className: 'input', attrs: { ...common } },
          h('option', { attrs: { value: '' } }, none),
          ...(field.options ?? []).map((o) =>
            h('option', { attrs: { value: o.value } }, optionLabel(lang, o)),
          ),
        );
        sel.value = typeof values[i] === 'string' ? (values[i] as string) : '';
        sel.addEventListener('change', () => onChange(sel.value));
        control = sel;
        break;
      }
      default: {
        const type = field.control === 'date' ? 'date' : field.control === 'month' ? 'month' : 'text';
        const inputmode = field.control === 'number' || field.control === 'rate' ? 'decimal' : undefined;
        const placeholder =
          field.control === 'rate'
            ? t(lang, 'rateHint')
            : field.control === 'args'
              ? t(lang, 'argsPlaceholder')
              : field.control === 'month'
                ? '2020-03'
                : field.optional && field.defaultText
                  ? pick(lang, field.defaultText)
                  : undefined;
        const input = h('input', { className: 'input', attrs: { ...common, type, inputmode, placeholder, spellcheck: 'false' } });
        input.value = typeof values[i] === 'string' ? (values[i] as string) : '';
        input.addEventListener('input', () => onChange(input.value));
        input.addEventListener('change', () => onChange(input.value));
        control = input;
      }
    }
    const unit = field.unit && field.control !== 'rate' ? h('span', { className: 'unit' }, pick(lang, field.unit)) : null;
    const badge = h('span', { className: `badge ${field.optional ? 'optional' : 'required'}` }, t(lang, field.optional ? 'optional' : 'required'));
    const label = h('label', { className: 'arg-label', attrs: { for: id } }, h('code', { className: 'arg-name' }, field.name), badge);
    const desc = h('span', { className: 'arg-desc', attrs: { id: descId } }, pick(lang, field.description));
    if (field.control === 'checkbox') {
      return h('div', { className: 'arg arg-checkbox', attrs: { 'data-field': field.name } }, h('div', { className: 'arg-row' }, control, label), desc);
    }
    return h('div', { className: 'arg', attrs: { 'data-field': field.name } }, label, desc, h('div', { className: 'control-row' }, control, unit));
  }

  private async renderOutput(): Promise<void> {
    const lang = this.app.lang;
    const fn = this.current;
    const model = formModel(fn);
    const values = this.values(model);
    const out = this.output;
    if (!requiredFilled(model, values)) {
      this.element.querySelectorAll('.arg.invalid').forEach((node) => node.classList.remove('invalid'));
      replaceChildren(out, h('p', { className: 'hint' }, t(lang, 'fillRequired')));
      return;
    }
    let raw;
    try {
      raw = rawArgs(model, values);
    } catch (e) {
      if (e instanceof ArgsListError) {
        replaceChildren(out, errorNode(lang, '#VALUE!', { zh: `参数 ${e.field}：无法读取 ${e.detail}`, en: `argument ${e.field}: cannot read ${e.detail}` }));
        return;
      }
      throw e;
    }
    if (fn.usesCatalogue) {
      try {
        await loadPolicyRecords();
      } catch (e) {
        replaceChildren(out, h('p', { className: 'error-box' }, t(lang, 'loadFailed'), e instanceof Error ? e.message : String(e)));
        return;
      }
    }
    // The user may have switched function or typed on while the catalogue loaded.
    if (fn !== this.current || out !== this.output) return;
    const formula = formulaFor(fn.name, raw);
    const formulaRow = h(
      'div',
      { className: 'formula-row' },
      h('span', { className: 'field-label' }, t(lang, 'formula')),
      h('code', { className: 'formula', attrs: { 'data-testid': 'formula' } }, formula),
      this.app.host.inExcel
        ? h(
            'button',
            {
              className: 'button primary',
              attrs: { type: 'button', id: 'insert-formula', title: t(lang, 'insertFormulaTitle') },
              on: { click: () => void this.insert(formula) },
            },
            t(lang, 'insertFormula'),
          )
        : null,
    );
    this.element.querySelectorAll('.arg.invalid').forEach((node) => node.classList.remove('invalid'));
    try {
      const ev = evaluate(fn, raw, true);
      const value = toCellValue(fn, ev.value);
      replaceChildren(
        out,
        h('div', { className: 'result' }, h('span', { className: 'field-label' }, t(lang, 'result')), resultNode(lang, fn.result, value)),
        formulaRow,
        this.status,
        h('h3', { className: 'steps-title' }, t(lang, 'steps')),
        stepsTable(lang, ev.steps, (id) => this.app.openPolicy(id)),
      );
    } catch (e) {
      if (e instanceof SubsidyError) {
        replaceChildren(out, errorNode(lang, e.code, { zh: e.zh, en: e.en }), formulaRow, this.status);
        if (e.arg) this.element.querySelector(`[data-field="${CSS.escape(e.arg)}"]`)?.classList.add('invalid');
        return;
      }
      // Not a policy answer but a defect: said so, as the Excel adapter does (#VALUE! "internal error").
      const detail = e instanceof Error ? e.message : String(e);
      replaceChildren(out, errorNode(lang, '#VALUE!', { zh: `内部错误，请报告：${detail}`, en: `internal error, please report: ${detail}` }), formulaRow);
    }
  }

  private async insert(formula: string): Promise<void> {
    const lang = this.app.lang;
    this.status.className = 'status';
    this.status.textContent = '…';
    try {
      const address = await this.app.excel((context) => insertFormula(context, formula));
      this.status.className = 'status ok';
      this.status.textContent = t(lang, 'inserted', { addr: address });
    } catch (e) {
      this.status.className = 'status bad';
      this.status.textContent = e instanceof Error ? e.message : String(e);
    }
  }
}

