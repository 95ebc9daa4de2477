/**
 * The task pane shell: header with the language switch, four tabs (政策 policies, 计算
 * calculators, 模板 templates, 核对 check) and the note shown outside Excel. The policy and
 * calculator tabs are part of taskpane.js; the template and check tabs, which only make
 * sense inside Excel, are chunks of their own loaded when first opened.
 */
import { loadDocTexts } from '../registry/docTexts';
import { CalcView } from './calc/calcView';
import { h, replaceChildren } from './dom';
import type { HostInfo } from './host';
import { storeLanguage, t, type Lang, type StringKey } from './i18n';
import { PoliciesView } from './policies/policiesView';

export type TabId = 'policies' | 'calc' | 'templates' | 'check';

export interface View {
  readonly element: HTMLElement;
  /** Rebuilds the view's DOM in the current language, keeping its state. */
  render(): void;
  /** Called each time the tab is shown. */
  shown?(): void;
}

export interface AppContext {
  readonly lang: Lang;
  readonly host: HostInfo;
  openFunction(name: string): void;
  openPolicy(id: string): void;
  /** Runs a batch against the workbook (inside Excel only). */
  excel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

interface TabDef {
  id: TabId;
  label: StringKey;
  load(app: App): Promise<View>;
}

const TABS: readonly TabDef[] = [
  { id: 'policies', label: 'tabPolicies', load: async (app) => new PoliciesView(app) },
  { id: 'calc', label: 'tabCalc', load: async (app) => new CalcView(app) },
  {
    id: 'templates',
    label: 'tabTemplates',
    load: async (app) => new (await import(/* webpackChunkName: "taskpane-templates" */ './templates/templatesView')).TemplatesView(app),
  },
  {
    id: 'check',
    label: 'tabCheck',
    load: async (app) => new (await import(/* webpackChunkName: "taskpane-check" */ './check/checkView')).CheckView(app),
  },
];

export class App implements AppContext {
  private active: TabId = 'policies';
  private readonly views = new Map<TabId, Promise<View>>();
  private readonly panels = new Map<TabId, HTMLElement>();
  private readonly shell: HTMLElement;

  constructor(
    private readonly root: HTMLElement,
    public host: HostInfo,
    public lang: Lang,
    private readonly storage?: Storage,
  ) {
    this.shell = h('div', { className: 'app' });
    for (const tab of TABS) {
      this.panels.set(tab.id, h('section', { className: 'panel', attrs: { id: `panel-${tab.id}`, role: 'tabpanel', 'aria-labelledby': `tab-${tab.id}` } }));
    }
  }

  start(initial: TabId = 'policies'): void {
    replaceChildren(this.root, this.shell);
    this.active = initial;
    this.renderShell();
    void this.showQuietly(initial);
  }

  private readonly header = h('header', { className: 'app-header' });
  private readonly tablist = h('nav', { className: 'tabs', attrs: { role: 'tablist' } });
  private readonly note = h('p', { className: 'host-note', attrs: { role: 'note', 'data-testid': 'outside-excel' } });
  private readonly main = h('main', { className: 'panels' });

  /**
   * Header, tabs and host note in the current language. The panels stay where they are, so
   * a redraw never takes the focus from a field being typed in.
   */
  private renderShell(): void {
    document.documentElement.lang = this.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(this.lang, 'appTitle');
    if (!this.shell.firstChild) {
      for (const tab of TABS) this.main.appendChild(this.panels.get(tab.id)!);
      replaceChildren(this.shell, this.header, this.tablist, this.note, this.main);
    }
    replaceChildren(
      this.header,
      h('div', { className: 'brand' }, h('h1', {}, t(this.lang, 'appTitle')), h('p', { className: 'subtitle' }, t(this.lang, 'appSubtitle'))),
      h(
        'button',
        {
          className: 'lang-switch',
          attrs: { type: 'button', id: 'lang-switch', title: t(this.lang, 'switchLangTitle'), lang: this.lang === 'zh' ? 'en' : 'zh-CN' },
          on: { click: () => this.setLanguage(this.lang === 'zh' ? 'en' : 'zh') },
        },
        t(this.lang, 'switchLang'),
      ),
    );
    replaceChildren(
      this.tablist,
      ...TABS.map((tab) => {
        const selected = tab.id === this.active;
        return h(
          'button',
          {
            className: `tab${selected ? ' active' : ''}`,
            attrs: {
              type: 'button',
              role: 'tab',
              id: `tab-${tab.id}`,
              'aria-selected': selected ? 'true' : 'false',
              'aria-controls': `panel-${tab.id}`,
              'data-tab': tab.id,
              tabindex: selected ? 0 : -1,
            },
            on: {
              click: () => void this.showQuietly(tab.id),
              keydown: (ev) => this.tabKey(ev, tab.id),
            },
          },
          t(this.lang, tab.label),
        );
      }),
    );
    // Outside Excel (once known) the Excel actions are hidden, and this says why.
    this.note.textContent = t(this.lang, 'outsideExcel');
    this.note.hidden = !this.host.known || this.host.inExcel;
    for (const [id, panel] of this.panels) panel.hidden = id !== this.active;
  }

  private tabKey(ev: KeyboardEvent, id: TabId): void {
    const i = TABS.findIndex((x) => x.id === id);
    let next = -1;
    if (ev.key === 'ArrowRight') next = (i + 1) % TABS.length;
    if (ev.key === 'ArrowLeft') next = (i + TABS.length - 1) % TABS.length;
    if (next < 0) return;
    ev.preventDefault();
    void this.showQuietly(TABS[next].id).then(() => document.getElementById(`tab-${TABS[next].id}`)?.focus());
  }

  private view(id: TabId): Promise<View> {
    let v = this.views.get(id);
    if (!v) {
      const tab = TABS.find((x) => x.id === id)!;
      // The views show functions' descriptions and explanations, whose words functions.js leaves to a chunk (docTexts.ts).
      v = loadDocTexts()
        .then(() => tab.load(this))
        .then((view) => {
          replaceChildren(this.panels.get(id)!, view.element);
          view.render();
          return view;
        });
      v.catch((e) => {
        this.views.delete(id);
        replaceChildren(this.panels.get(id)!, h('p', { className: 'error-box' }, t(this.lang, 'loadFailed'), e instanceof Error ? e.message : String(e)));
      });
      this.views.set(id, v);
    }
    return v;
  }

  /** Shows a tab, loading its view the first time. */
  async show(id: TabId): Promise<View> {
    this.active = id;
    for (const [tabId, panel] of this.panels) panel.hidden = tabId !== id;
    this.shell.querySelectorAll<HTMLButtonElement>('.tab').forEach((button) => {
      const on = button.dataset.tab === id;
      button.classList.toggle('active', on);
      button.setAttribute('aria-selected', on ? 'true' : 'false');
      button.tabIndex = on ? 0 : -1;
    });
    const panel = this.panels.get(id)!;
    if (!this.views.has(id)) replaceChildren(panel, h('p', { className: 'loading' }, t(this.lang, 'loading')));
    const view = await this.view(id);
    view.shown?.();
    return view;
  }

  /** show() for event handlers: a view that fails to load has already said so in its panel. */
  private showQuietly(id: TabId): Promise<View | undefined> {
    return this.show(id).catch(() => undefined);
  }

  /** The user's language switch: remembered, and the pane redrawn in that language. */
  setLanguage(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    storeLanguage(this.storage, lang);
    this.redraw();
    document.getElementById('lang-switch')?.focus();
  }

  /** The host became known (Office.onReady answered, or the wait ran out). */
  setHost(host: HostInfo, lang: Lang): void {
    const viewsChange = host.inExcel !== this.host.inExcel || lang !== this.lang;
    this.host = host;
    this.lang = lang;
    // Outside Excel the views are already drawn right (no Excel actions): only the note appears.
    if (viewsChange) this.redraw();
    else this.renderShell();
  }

  private redraw(): void {
    this.renderShell();
    for (const v of this.views.values()) void v.then((view) => view.render()).catch(() => undefined);
  }

  openFunction(name: string): void {
    void this.showQuietly('calc').then((view) => (view as (View & { select?(name: string): void }) | undefined)?.select?.(name));
  }

  openPolicy(id: string): void {
    void this.showQuietly('policies').then((view) => (view as (View & { focusPolicy?(id: string): void }) | undefined)?.focusPolicy?.(id));
  }

  excel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    if (!this.host.inExcel) return Promise.reject(new Error(t(this.lang, 'excelOnly')));
    return Excel.run(batch);
  }
}
