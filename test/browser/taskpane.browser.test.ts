/**
 * The built task pane (dist/) in a real browser: Debian's Chromium through playwright-core,
 * opened as a plain web page (outside Excel). Needs `npm run build:addin` first.
 * Screenshots of each tab go to test-output/screenshots/.
 */
import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { FUNCTIONS } from '../../src/registry/registry';
import { describeBrowser, DIST, launch, requireDist, routeOfficeJs, screenshot, serveDist, watchPage, type Browser, type Served } from './harness';

jest.setTimeout(60000);

describeBrowser('task pane in Chromium', () => {
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    requireDist();
    served = await serveDist();
    browser = await launch(served.origin);
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  async function open(hash = ''): Promise<{ page: Page; watch: ReturnType<typeof watchPage> }> {
    const page = await browser.context.newPage();
    const watch = watchPage(page);
    await page.goto(`${served.origin}/taskpane.html${hash}`);
    await page.waitForSelector('.app .tabs');
    return { page, watch };
  }

  /** Console errors other than the blocked office.js helper requests the harness refuses. */
  const realErrors = (errors: string[]) => errors.filter((e) => !/ERR_BLOCKED_BY_CLIENT|ERR_INTERNET_DISCONNECTED/.test(e));

  async function fillCalculator(page: Page, name: string, values: Record<string, string>): Promise<void> {
    await page.click('#tab-calc');
    await page.selectOption('#fn-select', name);
    await page.waitForSelector(`form.calc-form[data-function="${name}"]`);
    for (const [arg, value] of Object.entries(values)) {
      const el = page.locator(`form.calc-form [data-arg="${arg}"]`);
      if ((await el.evaluate((e) => e.tagName)) === 'SELECT') await el.selectOption(value);
      else await el.fill(value);
    }
  }

  test('opens in Chinese outside Excel: the note is shown, Excel-only actions are hidden, no CSP violation', async () => {
    const { page, watch } = await open();
    await page.waitForSelector('[data-testid="outside-excel"]');
    expect(await page.locator('.tab').allTextContents()).toEqual(['政策', '计算', '模板', '核对']);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.waitForSelector('.policy-card');
    await screenshot(page, '1-policies');

    await fillCalculator(page, 'RENTRELIEF', { monthlyRent: '10000', region: 'weihai', landlord: 'soe', industry: 'industry' });
    await page.waitForSelector('[data-testid="result-value"]');
    expect(await page.locator('#insert-formula').count()).toBe(0);

    await page.click('#tab-templates');
    await page.waitForSelector('.template-card');
    expect(await page.locator('[data-insert]').count()).toBe(0);
    expect(await page.locator('#panel-templates [data-testid="excel-only-note"]').isVisible()).toBe(true);
    await screenshot(page, '3-templates', true);

    await page.click('#tab-check');
    await page.waitForSelector('#panel-check [data-testid="excel-only-note"]');
    expect(await page.locator('#check-run').count()).toBe(0);
    await screenshot(page, '4-check');

    expect(watch.csp).toEqual([]);
    expect(realErrors(watch.errors)).toEqual([]);
    // Nothing but the add-in's own files and office.js: the only outside requests are office.js's own helpers.
    expect(browser.blocked.filter((u) => !u.startsWith('https://appsforoffice.microsoft.com/'))).toEqual([]);
    await page.close();
  });

  test('policy search: 房租 finds the rent clauses; a policy shows its clause, 文号, departments, window and functions', async () => {
    const { page } = await open();
    await page.fill('#policy-search', '房租');
    await page.waitForFunction(() => document.querySelector('[data-testid="policy-count"]')?.textContent === '共 3 条');
    const ids = await page.locator('.policy-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-policy-id')));
    expect(ids).toEqual(['000#49', '001#5', '002#7']);
    await page.click('[data-policy-id="000#49"] .policy-head');
    const card = page.locator('[data-policy-id="000#49"]');
    await card.locator('[data-testid="clause"]').waitFor();
    expect(await card.locator('[data-testid="clause"]').textContent()).toContain('两免两减半');
    const docs = await card.locator('[data-testid="documents"]').textContent();
    expect(docs).toContain('鲁政办发〔2020〕4号');
    expect(docs).toContain('威政办发〔2020〕2号');
    expect(await card.locator('mark').first().textContent()).toBe('房租');
    expect(await card.locator('button[data-function]').allTextContents()).toEqual(['SUBSIDY.RENTRELIEF', 'SUBSIDY.RENTSCHEDULE']);
    await page.waitForSelector('[data-testid="outside-excel"]');
    await screenshot(page, '1-policies-search', true);

    // Region: Liaocheng sees its own rent clause only.
    await page.selectOption('#policy-region', 'liaocheng');
    await page.waitForFunction(() => document.querySelector('[data-testid="policy-count"]')?.textContent === '共 1 条');
    expect(await page.locator('.policy-card').getAttribute('data-policy-id')).toBe('001#5');

    // A function link opens that function in the calculator.
    await page.click('[data-policy-id="001#5"] button[data-function="INCUBATORSUBSIDY"]');
    await page.waitForSelector('form.calc-form[data-function="INCUBATORSUBSIDY"]');
    expect(await page.locator('#tab-calc').getAttribute('aria-selected')).toBe('true');
    await page.close();
  });

  test('calculators: RENTRELIEF and STEAMBILL give 30,000 and 51,930 with their steps and citations', async () => {
    const { page } = await open('#calc');
    await fillCalculator(page, 'RENTRELIEF', { monthlyRent: '10000', region: 'weihai', landlord: 'soe', industry: 'industry' });
    await page.waitForFunction(() => document.querySelector('[data-testid="result-value"]')?.textContent?.startsWith('30,000.00'));
    expect(await page.locator('[data-testid="formula"]').textContent()).toBe('=SUBSIDY.RENTRELIEF(10000,"weihai","soe","industry")');
    const steps = page.locator('[data-testid="steps"] tbody tr');
    expect(await steps.count()).toBeGreaterThan(5);
    expect(await page.locator('[data-testid="steps"]').textContent()).toContain('两免两减半');
    expect(await page.locator('[data-testid="steps"] td.citation').allTextContents()).toContain('000#49 鲁政办发〔2020〕4号；威政办发〔2020〕2号；威政办发〔2020〕3号');
    await screenshot(page, '2-calc', true);

    // A citation opens its policy.
    await page.locator('[data-testid="steps"] td.citation button', { hasText: '000#49' }).first().click();
    await page.waitForSelector('[data-policy-id="000#49"] [data-testid="clause"]');
    expect(await page.inputValue('#policy-search')).toBe('000#49');

    await fillCalculator(page, 'STEAMBILL', { pressure: '0.7', tons: '300', readStart: '2020-01-15', readEnd: '2020-02-14' });
    expect(await page.getAttribute('[data-arg="readStart"]', 'type')).toBe('date');
    await page.waitForFunction(() => document.querySelector('[data-testid="result-value"]')?.textContent?.startsWith('51,930.00'));
    const citations = await page.locator('[data-testid="steps"] td.citation').allTextContents();
    expect(citations).toContain('000#67 威发改发〔2020〕56号');
    await page.close();
  });

  test('an invalid argument shows the engine’s error naming it, in both languages, and marks the field', async () => {
    const { page } = await open('#calc');
    await fillCalculator(page, 'RENTRELIEF', { monthlyRent: '-5', region: 'weihai', landlord: 'soe', industry: 'industry' });
    await page.waitForSelector('[data-testid="error"]');
    const text = await page.locator('[data-testid="error"]').textContent();
    expect(text).toContain('#NUM!');
    expect(text).toContain('参数 monthlyRent');
    expect(text).toContain('argument monthlyRent');
    await page.waitForSelector('.arg.invalid[data-field="monthlyRent"]');
    await screenshot(page, '2-calc-error', true);
    await page.close();
  });

  test('every function gets a form: one control per argument, code arguments with their codes', async () => {
    const { page } = await open('#calc');
    await page.waitForSelector('#fn-select');
    const options = await page.locator('#fn-select option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const json = JSON.parse(fs.readFileSync(path.join(DIST, 'functions.json'), 'utf8')) as { functions: { id: string; parameters: unknown[] }[] };
    expect(options).toEqual(json.functions.map((f) => f.id));
    // Each function's form, read in the page in one go (the form renders synchronously on change).
    const forms = await page.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('#fn-select')!;
      const names = Array.from(select.options).map((o) => o.value);
      return names.map((name) => {
        const current = document.querySelector<HTMLSelectElement>('#fn-select')!;
        current.value = name;
        current.dispatchEvent(new Event('change'));
        const form = document.querySelector(`form.calc-form[data-function="${name}"]`);
        const controls = Array.from(form ? form.querySelectorAll('[data-arg]') : []).map((e) => ({
          arg: e.getAttribute('data-arg'),
          tag: e.tagName,
          type: e.getAttribute('type'),
          options: e.tagName === 'SELECT' ? (e as HTMLSelectElement).options.length : 0,
        }));
        const description = document.querySelector('[data-testid="fn-description"]')?.textContent ?? '';
        return { name, found: !!form, controls, description };
      });
    });
    expect(forms.map((f) => f.name)).toEqual(FUNCTIONS.map((f) => f.name));
    for (const fn of FUNCTIONS) {
      const { found, controls, description } = forms.find((f) => f.name === fn.name)!;
      expect(found).toBe(true);
      expect(controls.map((c) => c.arg)).toEqual(fn.args.map((a) => a.name));
      expect(controls.length).toBe(json.functions.find((f) => f.id === fn.name)!.parameters.length);
      fn.args.forEach((a, i) => {
        const defs = (a.type as { defs?: unknown[] }).defs;
        if (defs) expect(controls[i]).toMatchObject({ tag: 'SELECT', options: defs.length + 1 });
        if (a.type.kind === 'date') expect(controls[i].type).toBe('date');
        if (a.type.kind === 'month') expect(controls[i].type).toBe('month');
        if (a.type.kind === 'boolean') expect(controls[i].type).toBe('checkbox');
      });
      // The description comes through (not blanked from the bundle).
      expect(description.length).toBeGreaterThan(5);
    }
    // The example button fills a form and it computes: POLICY loads the catalogue chunk on the way.
    await page.selectOption('#fn-select', 'POLICY');
    await page.click('#fill-example');
    await page.waitForFunction(() => document.querySelector('[data-testid="result-value"]')?.textContent?.includes('鲁政办发〔2020〕4号'));
    await page.close();
  });

  test('the English switch: English labels, remembered after a reload', async () => {
    const { page } = await open('#calc');
    await fillCalculator(page, 'RENTRELIEF', { monthlyRent: '10000', region: 'weihai', landlord: 'soe', industry: 'industry' });
    await page.click('#lang-switch');
    await page.waitForFunction(() => document.querySelector('#tab-policies')?.textContent === 'Policies');
    expect(await page.locator('.tab').allTextContents()).toEqual(['Policies', 'Calculate', 'Templates', 'Check']);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // The form keeps what was typed; the steps are in English.
    expect(await page.inputValue('[data-arg="monthlyRent"]')).toBe('10000');
    await page.waitForSelector('[data-testid="steps"]');
    expect(await page.locator('[data-testid="steps"] th').allTextContents()).toEqual(['Step', 'Value', 'Rule', 'Citation']);
    expect(await page.locator('[data-testid="steps"]').textContent()).toContain('total relief');
    await page.waitForSelector('[data-testid="outside-excel"]');
    await screenshot(page, '2-calc-en', true);
    await page.click('#tab-policies');
    await page.waitForFunction(() => /^\d+ policies/.test(document.querySelector('[data-testid="policy-count"]')?.textContent ?? ''));
    expect(await page.locator('#policy-size option').allTextContents()).toEqual(['Any size', 'SME (medium, small, micro)', 'Large enterprise']);
    await screenshot(page, '1-policies-en');
    await page.reload();
    await page.waitForFunction(() => document.querySelector('#tab-policies')?.textContent === 'Policies');
    await page.click('#lang-switch');
    await page.waitForFunction(() => document.querySelector('#tab-policies')?.textContent === '政策');
    await page.close();
  });

  test('office.js failing to load: the policy browser and calculators still work', async () => {
    const page = await browser.context.newPage();
    await routeOfficeJs(page, 'fail');
    const watch = watchPage(page);
    await page.goto(`${served.origin}/taskpane.html`);
    await page.waitForSelector('[data-testid="outside-excel"]');
    await page.fill('#policy-search', '房租');
    await page.waitForFunction(() => /^(共 3 条|3 policies)/.test(document.querySelector('[data-testid="policy-count"]')?.textContent ?? ''));
    await fillCalculator(page, 'STEAMBILL', { pressure: '0.7', tons: '300', readStart: '2020-01-15', readEnd: '2020-02-14' });
    await page.waitForFunction(() => document.querySelector('[data-testid="result-value"]')?.textContent?.startsWith('51,930.00'));
    expect(realErrors(watch.errors)).toEqual([]);
    expect(watch.csp).toEqual([]);
    await page.close();
  });
});
