/**
 * The built custom-functions bundle (dist/functions.js) in a real browser, as Excel's shared
 * runtime loads it: a recording CustomFunctions.associate stub, every id of functions.json
 * associated, calls computing the right values — POLICY included, which fetches the lazily
 * loaded catalogue chunk.
 */
import fs from 'fs';
import path from 'path';
import { evaluate } from '../../src/registry/define';
import { FUNCTIONS } from '../../src/registry/registry';
import { toCellValue } from '../../src/registry/results';
import { describeBrowser, DIST, launch, requireDist, serveDist, watchPage, type Browser, type Served } from './harness';

jest.setTimeout(60000);

/** The page Excel's runtime would be: a CustomFunctions stub, then functions.js. */
const HARNESS = `<!doctype html><meta charset="utf-8"><title>functions.js</title>
<script>
  window.associated = {};
  window.CustomFunctions = {
    associate: function (id, fn) { window.associated[id] = fn; },
    Error: function (code, message) { this.code = code; this.message = message; },
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!' },
  };
</script>
<script src="functions.js"></script>`;

describeBrowser('functions.js in Chromium', () => {
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    requireDist();
    served = await serveDist({ 'functions-harness.html': HARNESS });
    browser = await launch(served.origin);
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  test('associates every id of functions.json, and the calls compute', async () => {
    const page = await browser.context.newPage();
    const watch = watchPage(page);
    await page.goto(`${served.origin}/functions-harness.html`);
    await page.waitForFunction(() => Object.keys((window as unknown as { associated: object }).associated).length > 0);
    const ids = JSON.parse(fs.readFileSync(path.join(DIST, 'functions.json'), 'utf8')).functions.map((f: { id: string }) => f.id);
    const associated = await page.evaluate(() => Object.keys((window as unknown as { associated: object }).associated));
    expect([...associated].sort()).toEqual([...ids].sort());

    const call = (id: string, ...args: unknown[]) =>
      page.evaluate(
        async ([id, args]) => {
          const fn = (window as unknown as { associated: Record<string, (...a: unknown[]) => unknown> }).associated[id as string];
          try {
            return { value: await fn(...(args as unknown[])) };
          } catch (e) {
            const err = e as { code?: string; message?: string };
            return { error: err.code, message: err.message };
          }
        },
        [id, args] as const,
      );
    expect(await call('STEAMPRICE', 0.7, '2020-03-01')).toEqual({ value: 168 });
    expect(await call('RENTRELIEF', 10000, 'weihai', 'soe', '工业', null)).toEqual({ value: 30000 });
    expect(await call('STEAMBILL', 0.7, 300, '2020-01-15', '2020-02-14')).toEqual({ value: 51930 });
    const bad = await call('RENTRELIEF', -5, 'weihai', 'soe', '工业', null);
    expect(bad.error).toBe('#NUM!');
    expect(bad.message).toContain('monthlyRent');

    // POLICY loads the catalogue chunk on first use.
    const before = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    expect(before.some((n) => n.endsWith('/catalogue.js'))).toBe(false);
    expect(await call('POLICY', '000#49')).toEqual({ value: '减免中小企业房租' });
    const policyDocs = await call('POLICY', '000#49', '文号');
    expect(policyDocs.value).toContain('鲁政办发〔2020〕4号');
    const after = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    expect(after.some((n) => n.endsWith('/catalogue.js'))).toBe(true);

    expect(watch.errors).toEqual([]);
    expect(browser.blocked).toEqual([]);
    await page.close();
  });

  test('every example computes as in Node, EXPLAIN included: the texts left out of functions.js come back from their chunk', async () => {
    const page = await browser.context.newPage();
    const watch = watchPage(page);
    await page.goto(`${served.origin}/functions-harness.html`);
    await page.waitForFunction(() => Object.keys((window as unknown as { associated: object }).associated).length > 0);
    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/doctexts.js')));
    expect(await loaded()).toBe(false);
    // Excel passes a repeating argument as one array of its repetitions.
    const calls: { id: string; args: unknown[] }[] = FUNCTIONS.map((fn) => {
      const i = fn.args.findIndex((a) => a.repeating);
      return { id: fn.name, args: i < 0 ? [...fn.example] : [...fn.example.slice(0, i), fn.example.slice(i)] };
    });
    // Cases whose explanation quotes a rate's note as its rule (notes stay in functions.js).
    calls.push({ id: 'EXPLAIN', args: ['IMPORTINTEREST', [1000000, '2020-04-10', '2020-05-10']] }, { id: 'EXPLAIN', args: ['RISKCOMP', [2000000, 'province']] });
    const results = await page.evaluate(async (calls) => {
      const fns = (window as unknown as { associated: Record<string, (...a: unknown[]) => unknown> }).associated;
      const out: unknown[] = [];
      for (const c of calls) {
        try {
          out.push(await fns[c.id](...c.args));
        } catch (e) {
          out.push({ error: (e as { message?: string }).message });
        }
      }
      return out;
    }, calls);
    const expected = calls.map((c) => {
      const fn = FUNCTIONS.find((f) => f.name === c.id)!;
      const raw = c.args.flatMap((a, i) => (fn.args[i]?.repeating ? (a as unknown[]) : [a]));
      return toCellValue(fn, evaluate(fn, raw as never).value);
    });
    expect(results).toEqual(expected);
    // The explanation names each input with its description, as in Node.
    expect(JSON.stringify(results[FUNCTIONS.findIndex((f) => f.name === 'EXPLAIN')])).toContain('输入 pressure（');
    expect(await loaded()).toBe(true);
    expect(watch.errors).toEqual([]);
    await page.close();
  });
});
