/**
 * 政策 tab: the policy catalogue, searchable by keyword, region, category and enterprise
 * size. Each policy shows its original clause, source documents with their 文号, the
 * responsible departments and phones, the effective window, and the functions that compute
 * it (a click opens the function in the calculator tab).
 */
import { REGIONS, type Region } from '../../engine/codes';
import { documentNumber, windowText, type PolicyRecord } from '../../catalogue/catalogue';
import { CATEGORIES } from '../../catalogue/categories';
import { loadPolicyRecords, policyRecords } from '../../catalogue/records';
import type { AppContext, View } from '../app';
import { debounce, h, highlighted, replaceChildren } from '../dom';
import { CATEGORY_NAMES, JURISDICTION_NAMES, pick, t } from '../i18n';
import { aimedAtSmes, queryTerms, searchPolicies, type PolicyQuery, type SizeFilter } from './search';

/** Results up to this many open with their details shown. */
const AUTO_EXPAND = 2;

export class PoliciesView implements View {
  readonly element = h('div', { className: 'view policies-view' });
  private query: Required<PolicyQuery> = { text: '', region: '', category: '', size: 'all' };
  private readonly expanded = new Set<string>();
  private readonly collapsed = new Set<string>();
  private records: readonly PolicyRecord[] | undefined;
  private loadError: string | undefined;
  private results = h('div', { className: 'results', attrs: { 'aria-live': 'polite' } });
  private readonly refresh = debounce(() => this.renderResults(), 150);

  constructor(private readonly app: AppContext) {
    loadPolicyRecords()
      .then(() => {
        this.records = policyRecords();
        this.renderResults();
      })
      .catch((e) => {
        this.loadError = e instanceof Error ? e.message : String(e);
        this.renderResults();
      });
  }

  /** Shows one policy: the search is set to its id and its details opened. */
  focusPolicy(id: string): void {
    this.query = { text: id, region: '', category: '', size: 'all' };
    this.expanded.add(id);
    this.collapsed.delete(id);
    this.render();
    this.element.querySelector<HTMLElement>(`[data-policy-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'start' });
  }

  render(): void {
    const lang = this.app.lang;
    const search = h('input', {
      className: 'input',
      attrs: { type: 'search', id: 'policy-search', placeholder: t(lang, 'searchPlaceholder'), autocomplete: 'off', 'aria-label': t(lang, 'searchLabel') },
      on: {
        input: () => {
          this.query.text = search.value;
          this.refresh();
        },
      },
    });
    search.value = this.query.text;

    const select = (id: string, label: string, options: [string, string][], value: string, set: (v: string) => void) => {
      const s = h('select', { className: 'input', attrs: { id } }, ...options.map(([v, text]) => h('option', { attrs: { value: v } }, text)));
      s.value = value;
      s.addEventListener('change', () => {
        set(s.value);
        this.renderResults();
      });
      return h('label', { className: 'field compact' }, h('span', { className: 'field-label' }, label), s);
    };

    const filters = h(
      'div',
      { className: 'filters' },
      h('label', { className: 'field search-field' }, h('span', { className: 'field-label' }, t(lang, 'searchLabel')), search),
      h(
        'div',
        { className: 'filter-row' },
        select(
          'policy-region',
          t(lang, 'regionLabel'),
          [['', t(lang, 'regionAll')], ...REGIONS.map((r): [string, string] => [r.code, lang === 'zh' ? r.zh : r.en])],
          this.query.region,
          (v) => (this.query.region = v as Region | ''),
        ),
        select(
          'policy-category',
          t(lang, 'categoryLabel'),
          [['', t(lang, 'categoryAll')], ...CATEGORIES.map((c): [string, string] => [c, pick(lang, CATEGORY_NAMES[c])])],
          this.query.category,
          (v) => (this.query.category = v),
        ),
        select(
          'policy-size',
          t(lang, 'sizeLabel'),
          [
            ['all', t(lang, 'sizeAll')],
            ['sme', t(lang, 'sizeSme')],
            ['large', t(lang, 'sizeLarge')],
          ],
          this.query.size,
          (v) => (this.query.size = v as SizeFilter),
        ),
      ),
      h('details', { className: 'size-note' }, h('summary', {}, `ⓘ ${t(lang, 'sizeNoteTitle')}`), h('p', {}, t(lang, 'sizeNote'))),
    );
    this.results = h('div', { className: 'results', attrs: { 'aria-live': 'polite' } });
    replaceChildren(this.element, filters, this.results);
    this.renderResults();
  }

  private renderResults(): void {
    const lang = this.app.lang;
    if (this.loadError) {
      replaceChildren(this.results, h('p', { className: 'error-box' }, t(lang, 'loadFailed'), this.loadError));
      return;
    }
    if (!this.records) {
      replaceChildren(this.results, h('p', { className: 'loading' }, t(lang, 'loading')));
      return;
    }
    const found = searchPolicies(this.records, this.query);
    const terms = queryTerms(this.query.text);
    const count = h('p', { className: 'count', attrs: { 'data-testid': 'policy-count' } }, t(lang, 'resultsCount', { n: found.length }));
    if (lang === 'en') count.appendChild(h('span', { className: 'muted' }, ` · ${t(lang, 'clauseChineseOnly')}`));
    if (!found.length) {
      replaceChildren(this.results, count, h('p', { className: 'empty' }, t(lang, 'noResults')));
      return;
    }
    const list = h('ol', { className: 'policy-list' });
    for (const r of found) list.appendChild(this.card(r, terms, found.length <= AUTO_EXPAND));
    replaceChildren(this.results, count, list);
  }

  private card(r: PolicyRecord, terms: string[], autoOpen: boolean): HTMLElement {
    const lang = this.app.lang;
    const opened = !this.collapsed.has(r.id) && (autoOpen || this.expanded.has(r.id));
    const numbers = r.documents.map((d) => documentNumber(d)).filter((x): x is string => !!x);
    const head = h(
      'button',
      {
        className: 'policy-head',
        attrs: { type: 'button', 'aria-expanded': opened ? 'true' : 'false' },
        on: {
          click: () => {
            if (opened) {
              this.expanded.delete(r.id);
              this.collapsed.add(r.id);
            } else {
              this.expanded.add(r.id);
              this.collapsed.delete(r.id);
            }
            this.renderResults();
          },
        },
      },
      h(
        'span',
        { className: 'policy-meta' },
        h('span', { className: 'badge id' }, r.id),
        h('span', { className: 'badge cat' }, pick(lang, CATEGORY_NAMES[r.category])),
        ...r.jurisdiction.map((j) => h('span', { className: 'badge region' }, pick(lang, JURISDICTION_NAMES[j]))),
        aimedAtSmes(r) ? h('span', { className: 'badge sme' }, t(lang, 'smeBadge')) : null,
      ),
      h('span', { className: 'policy-title' }, highlighted(r.title, terms)),
      numbers.length ? h('span', { className: 'policy-docnos' }, highlighted(numbers.join('；'), terms)) : null,
    );
    const card = h('li', { className: `policy-card${opened ? ' open' : ''}`, attrs: { 'data-policy-id': r.id } }, head);
    if (!opened) {
      card.appendChild(h('p', { className: 'policy-excerpt' }, highlighted(r.text, terms)));
      return card;
    }
    const section = (label: string, ...body: (Node | string | null)[]) =>
      h('div', { className: 'policy-section' }, h('h3', {}, label), ...body.filter((b): b is Node | string => b !== null));
    const fns = r.functions.length
      ? h(
          'div',
          { className: 'fn-links' },
          ...r.functions.map((name) =>
            h('button', { className: 'chip fn', attrs: { type: 'button', 'data-function': name }, on: { click: () => this.app.openFunction(name) } }, `SUBSIDY.${name}`),
          ),
        )
      : h('p', { className: 'muted' }, t(lang, 'computedByNone'));
    card.appendChild(
      h(
        'div',
        { className: 'policy-body' },
        section(t(lang, 'clause'), h('p', { className: 'clause', attrs: { lang: 'zh-CN', 'data-testid': 'clause' } }, highlighted(r.text, terms))),
        section(
          t(lang, 'documents'),
          h(
            'ul',
            { className: 'docs', attrs: { 'data-testid': 'documents' } },
            ...r.documents.map((d) => {
              const no = documentNumber(d);
              return h('li', {}, highlighted(no ? d.slice(0, d.length - no.length - 2) : d, terms), no ? h('span', { className: 'doc-no' }, highlighted(`（${no}）`, terms)) : null);
            }),
          ),
        ),
        section(
          t(lang, 'departments'),
          r.departments.length
            ? h(
                'ul',
                { className: 'depts' },
                ...r.departments.map((d) => h('li', {}, d.name, d.phone ? h('span', { className: 'phone' }, ` ☎ ${d.phone}`) : null)),
              )
            : h('p', { className: 'muted' }, '—'),
        ),
        section(t(lang, 'window'), h('p', {}, windowText(r.window) || t(lang, 'windowNone'))),
        section(t(lang, 'computedBy'), fns),
      ),
    );
    return card;
  }
}
