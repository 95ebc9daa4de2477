/**
 * Start-up: the time from navigation start to the last CustomFunctions.associate call, in
 * headless Chromium, each run in a fresh browser context (nothing cached), median of several.
 * office.js cannot start outside Office, so the page loads in its place a stub whose
 * CustomFunctions.associate records the time — what Excel's runtime provides by then.
 *
 * Three pages, measured in turn in every round so that a busy moment hits them alike:
 *   taskpane.html  the shared-runtime page Excel opens, as built: stylesheet, functions.js,
 *                  taskpane.js (which then fetches the documentation texts and the catalogue)
 *   functions.js   a bare page with the stub and functions.js only
 *   baseline       the bare page with a script that associates nothing: what any page costs
 *
 * Run after `npm run build:addin`: npx ts-node --transpile-only bench/startup.ts [runs]
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { CHROMIUM, CHROMIUM_ARGS, OFFICE_JS_URL, serveDist } from '../test/browser/harness';
import { median } from './child';
import { DIST } from './sizes';

const OFFICE_STUB = `window.__associated = 0;
window.CustomFunctions = {
  associate: function () { window.__associated++; window.__last = performance.now(); },
  Error: function (code, message) { this.code = code; this.message = message; },
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!' },
};`;

/**
 * Served by the page's own server under its own name (taskpane.html is rewritten to load it):
 * answering office.js's URL through playwright's request interception would add a round trip
 * to every request of the page.
 */
const STUB_URL = 'startup-office-stub.js';

const barePage = (script: string) => `<!doctype html><meta charset="utf-8"><script src="${STUB_URL}"></script><script src="${script}"></script>`;

type PageKind = 'taskpane' | 'functions' | 'baseline';

const PAGES: Record<PageKind, string> = {
  taskpane: 'startup-taskpane.html',
  functions: 'startup-functions.html',
  baseline: 'startup-baseline.html',
};

export interface StartupTimes {
  runs: number;
  /** Functions associated on the real page (every run must reach functions.json's count). */
  functions: number;
  /** Medians, ms from navigation start to the last associate (baseline: to its script running). */
  taskpaneMs: number;
  functionsMs: number;
  baselineMs: number;
  taskpaneAll: number[];
  /** On the real page, every chunk the pane fetched started after the last associate. */
  paneChunksAfterAssociation: boolean;
}

export async function startupTimes(runs = 7): Promise<StartupTimes> {
  const expected = (JSON.parse(readFileSync(join(DIST, 'functions.json'), 'utf8')) as { functions: unknown[] }).functions.length;
  const taskpaneHtml = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
  if (!taskpaneHtml.includes(OFFICE_JS_URL)) throw new Error(`dist/taskpane.html does not load ${OFFICE_JS_URL}`);
  const served = await serveDist({
    [STUB_URL]: OFFICE_STUB,
    [PAGES.taskpane]: taskpaneHtml.replace(OFFICE_JS_URL, STUB_URL),
    [PAGES.functions]: barePage('functions.js'),
    [PAGES.baseline]: barePage('startup-noop.js'),
    'startup-noop.js': 'window.__last = performance.now();',
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require('playwright-core') as typeof import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const times: Record<PageKind, number[]> = { taskpane: [], functions: [], baseline: [] };
  let functions = 0;
  let paneChunksAfterAssociation = true;
  try {
    for (let i = 0; i < runs; i++) {
      for (const kind of Object.keys(PAGES) as PageKind[]) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${served.origin}/${PAGES[kind]}`, { waitUntil: 'load' });
        const want = kind === 'baseline' ? 0 : expected;
        await page.waitForFunction((n) => (window as any).__last !== undefined && (window as any).__associated >= n, want);
        const r = await page.evaluate(() => ({
          n: (window as any).__associated as number,
          t: (window as any).__last as number,
          chunks: performance
            .getEntriesByType('resource')
            .filter((e) => /\/(doctexts|catalogue|taskpane-[a-z]+)\.js$/.test(e.name))
            .map((e) => e.startTime),
        }));
        times[kind].push(r.t);
        if (kind === 'taskpane') {
          functions = r.n;
          if (r.n !== expected) throw new Error(`taskpane.html associated ${r.n} functions, functions.json declares ${expected}`);
          if (r.chunks.some((start) => start < r.t)) paneChunksAfterAssociation = false;
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await served.close();
  }
  return {
    runs,
    functions,
    taskpaneMs: median(times.taskpane),
    functionsMs: median(times.functions),
    baselineMs: median(times.baseline),
    taskpaneAll: times.taskpane,
    paneChunksAfterAssociation,
  };
}

if (require.main === module) {
  startupTimes(Number(process.argv[2] ?? 7)).then((r) => console.log(r));
}
