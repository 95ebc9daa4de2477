/**
 * Shared renderers: a result value, an engine error, and the explanation steps as a table
 * (step, value, rule, citation). Citations that start with a catalogue id (000#49) link to
 * that policy in the 政策 tab.
 */
import type { Bilingual } from '../engine/errors';
import { withCommas } from '../engine/args';
import { toCents } from '../engine/money';
import type { Step } from '../engine/trace';
import type { ResultKind, Table } from '../registry/define';
import { h } from './dom';
import { pick, t, type Lang } from './i18n';

/** 30000 → "30,000.00" (money is shown to the cent, rounded as the comparison rounds it). */
export function formatMoney(n: number): string {
  const [int, frac] = toCents(n).split('.');
  return `${withCommas(int)}.${frac}`;
}

export function resultNode(lang: Lang, kind: ResultKind, value: number | string | Table): HTMLElement {
  if (Array.isArray(value)) return tableNode(value);
  if (kind === 'money' && typeof value === 'number') {
    return h('div', { className: 'result-value', attrs: { 'data-testid': 'result-value' } }, formatMoney(value), h('span', { className: 'result-unit' }, ` ${t(lang, 'yuan')}`));
  }
  return h('div', { className: `result-value ${typeof value === 'string' ? 'result-text' : ''}`, attrs: { 'data-testid': 'result-value' } }, String(value));
}

/** A table result (RENTSCHEDULE, POLICIES, EXPLAIN): the first row is its header. */
export function tableNode(table: Table): HTMLElement {
  const [head = [], ...rows] = table;
  return h(
    'div',
    { className: 'table-wrap' },
    h(
      'table',
      { className: 'data-table', attrs: { 'data-testid': 'result-table' } },
      h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { attrs: { scope: 'col' } }, String(c))))),
      h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', { className: typeof c === 'number' ? 'num' : '' }, String(c)))))),
    ),
  );
}

/** An engine error: its code and the message naming the argument, in both languages (the pane's first). */
export function errorNode(lang: Lang, code: string, message: Bilingual): HTMLElement {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return h(
    'div',
    { className: 'error-box', attrs: { role: 'alert', 'data-testid': 'error' } },
    h('span', { className: 'error-code' }, code),
    h('p', { className: 'error-main' }, pick(lang, message)),
    message[other] && message[other] !== message[lang] ? h('p', { className: 'error-other', attrs: { lang: other === 'zh' ? 'zh-CN' : 'en' } }, message[other]) : null,
  );
}

const CITED_ID = /^(\d{3}#\d+)\s*(.*)$/;

function citationCell(citation: string, openPolicy?: (id: string) => void, lang: Lang = 'zh'): HTMLElement {
  const cell = h('td', { className: 'citation' });
  if (!citation) return cell;
  const m = CITED_ID.exec(citation);
  if (m && openPolicy) {
    cell.appendChild(
      h('button', { className: 'link', attrs: { type: 'button', title: t(lang, 'openPolicy', { id: m[1] }) }, on: { click: () => openPolicy(m[1]) } }, m[1]),
    );
    if (m[2]) cell.appendChild(h('span', { className: 'doc-no' }, ` ${m[2]}`));
  } else {
    cell.appendChild(document.createTextNode(citation));
  }
  return cell;
}

/** The explanation steps as a table. */
export function stepsTable(lang: Lang, steps: readonly Step[], openPolicy?: (id: string) => void): HTMLElement {
  return h(
    'div',
    { className: 'table-wrap' },
    h(
      'table',
      { className: 'steps-table', attrs: { 'data-testid': 'steps' } },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'col' } }, t(lang, 'stepCol')),
          h('th', { attrs: { scope: 'col' } }, t(lang, 'valueCol')),
          h('th', { attrs: { scope: 'col' } }, t(lang, 'ruleCol')),
          h('th', { attrs: { scope: 'col' } }, t(lang, 'citationCol')),
        ),
      ),
      h(
        'tbody',
        {},
        ...steps.map((s) =>
          h(
            'tr',
            {},
            h('td', { className: 'step' }, pick(lang, s.step)),
            h('td', { className: typeof s.value === 'number' ? 'num value' : 'value' }, String(s.value)),
            h('td', { className: 'rule' }, pick(lang, s.rule)),
            citationCell(s.citation, openPolicy, lang),
          ),
        ),
      ),
    ),
  );
}
