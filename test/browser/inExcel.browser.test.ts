/**
 * The task pane as it behaves inside Excel, with office.js replaced by a small fake
 * (fakeOffice.js: Office.onReady says Excel, Excel.run works on a workbook held in the page).
 * It checks the Excel-mode UI end to end — language from Excel's display language, insert
 * formula, insert template, check cells — and screenshots the Excel-only tabs. The Office.js
 * calls themselves are unit-tested against office-addin-mock (test/taskpane/).
 */
import type { Page } from 'playwright-core';
import { describeBrowser, launch, requireDist, routeOfficeJs, screenshot, serveDist, watchPage, type Browser, type Served } from './harness';

jest.setTimeout(60000);

const SHEETS = {
  Sheet1: {
    A1: { value: 10000 },
    B1: { value: 'weihai' },
    C1: { formula: '=SUBSIDY.RENTRELIEF(A1,B1,"soe","工业")', value: 30000 },
    C2: { formula: '=SUBSIDY.RENTRELIEF(A1,B1,"soe","工业")', value: 32000 },
    C3: { formula: '=SUBSIDY.STEAMBILL(0.7,300,DATE(2020,1,15),DATE(2020,2,14))', value: 51930 },
    C4: { formula: '=SUBSIDY.FEEDISCOUNT(A1*0.3)', value: 1500 },
  },
};

describeBrowser('task pane inside (fake) Excel', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  let watch: ReturnType<typeof watchPage>;

  beforeAll(async () => {
    requireDist();
    served = await serveDist();
    browser = await launch(served.origin, { officeJs: { fake: { displayLanguage: 'zh-CN', sheets: SHEETS, selection: { sheet: 'Sheet1', address: 'C1:C4' } } } });
    page = await browser.context.newPage();
    watch = watchPage(page);
    await page.goto(`${served.origin}/taskpane.html`);
    await page.waitForSelector('.policy-card');
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  const book = () => page.evaluate(() => (window as unknown as { __fakeWorkbook: { sheets: Record<string, Record<string, { formula?: string; fill?: string }>>; order: string[]; log: string[] } }).__fakeWorkbook);

  test('inside Excel: no outside-Excel note; insert formula writes into the selected cell', async () => {
    expect(await page.locator('[data-testid="outside-excel"]').isVisible()).toBe(false);
    await page.click('#tab-calc');
    await page.selectOption('#fn-select', 'GASRELIEF');
    await page.fill('[data-arg="cubicMeters"]', '3000');
    await page.selectOption('[data-arg="industry"]', 'accommodation');
    await page.waitForSelector('#insert-formula');
    await page.evaluate(() => ((window as unknown as { __fakeWorkbook: { selection: unknown } }).__fakeWorkbook.selection = { sheet: 'Sheet1', address: 'E5' }));
    await page.click('#insert-formula');
    await page.waitForFunction(() => document.querySelector('.output .status')?.textContent === '已写入 Sheet1!E5');
    expect((await book()).sheets.Sheet1.E5.formula).toBe('=SUBSIDY.GASRELIEF(3000,"accommodation")');
    await screenshot(page, '2-calc-in-excel', true);
  });

  test('insert template: sheets added, formulas written, a second template gets "说明 (2)"', async () => {
    await page.click('#tab-templates');
    await page.click('[data-insert="rent"]');
    await page.waitForSelector('[data-template="rent"] .status.ok');
    let wb = await book();
    expect(wb.order).toEqual(['Sheet1', '说明', '房租减免']);
    expect(Object.values(wb.sheets['房租减免']).some((c) => c.formula?.startsWith('=SUBSIDY.RENTRELIEF('))).toBe(true);
    expect(JSON.stringify(wb.sheets)).not.toContain('_xldudf_');
    await page.click('[data-insert="steam"]');
    await page.waitForSelector('[data-template="steam"] .status.ok');
    expect(await page.locator('[data-template="steam"] .status').textContent()).toContain('说明 → 说明 (2)');
    wb = await book();
    expect(wb.order).toEqual(['Sheet1', '说明', '房租减免', '说明 (2)', '热汽费']);
    await screenshot(page, '3-templates-in-excel', true);
  });

  test('check: each SUBSIDY formula recomputed; the differing cell is reported and filled red', async () => {
    await page.evaluate(() => ((window as unknown as { __fakeWorkbook: { selection: unknown } }).__fakeWorkbook.selection = { sheet: 'Sheet1', address: 'C1:C4' }));
    await page.click('#tab-check');
    await page.click('#check-run');
    await page.waitForSelector('[data-testid="check-summary"]');
    expect(await page.locator('[data-testid="check-summary"]').textContent()).toBe('Sheet1!C1:C4：4 个 SUBSIDY 公式，2 个一致，1 个不一致，1 个无法在此核对');
    const verdicts = await page.locator('.check-item').evaluateAll((items) => items.map((i) => [i.getAttribute('data-cell'), i.className.replace('check-item ', '')]));
    expect(verdicts).toEqual([
      ['C1', 'agree'],
      ['C2', 'differ'],
      ['C3', 'agree'],
      ['C4', 'unchecked'],
    ]);
    expect(await page.locator('[data-cell="C2"] .values').textContent()).toContain('30,000.00');
    expect(await page.locator('[data-cell="C4"] .warn').textContent()).toContain('A1*0.3');
    // The differing cell's explanation is open, with its steps.
    expect(await page.locator('[data-cell="C2"] details.explain').getAttribute('open')).not.toBeNull();
    expect(await page.locator('[data-cell="C2"] [data-testid="steps"]').textContent()).toContain('两免两减半');
    expect((await book()).sheets.Sheet1.C2.fill).toBe('#FFC7CE');
    await screenshot(page, '4-check-in-excel', true);
    await page.click('#check-clear');
    await page.waitForFunction(() => !(window as unknown as { __fakeWorkbook: { sheets: { Sheet1: { C2: { fill?: string } } } } }).__fakeWorkbook.sheets.Sheet1.C2.fill);
    expect(watch.errors).toEqual([]);
    expect(watch.csp).toEqual([]);
  });

  test('an English Excel opens the pane in English (no choice stored yet); an old Excel is told what is skipped', async () => {
    // Same profile, no language stored in it: this page's fake Excel is English and at ExcelApi 1.7.
    const p = await browser.context.newPage();
    await routeOfficeJs(p, { fake: { displayLanguage: 'en-US', maxMinor: 7 } });
    await p.goto(`${served.origin}/taskpane.html#templates`);
    await p.waitForFunction(() => document.querySelector('#tab-policies')?.textContent === 'Policies');
    await p.waitForSelector('[data-template="rent"] .warn');
    expect(await p.locator('[data-template="rent"] .warn').textContent()).toContain('drop-down lists (data validation) (ExcelApi 1.8)');
    await p.close();
  });
});
