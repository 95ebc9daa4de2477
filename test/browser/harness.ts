/**
 * The browser tests' harness: Debian's Chromium driven by playwright-core, the built dist/
 * served by a tiny static server on 127.0.0.1, office.js answered from the local
 * @microsoft/office-js copy, and every other outside request blocked (and recorded).
 *
 * Without /usr/bin/chromium the tests are skipped, with the one command that installs it,
 * unless REQUIRE_BROWSER=1 (CI), where a missing browser fails.
 */
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import type { AddressInfo } from 'net';
import type { BrowserContext, Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const INSTALL_HINT = 'sudo apt-get install -y chromium';
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');
const OFFICE_JS_LOCAL = path.join(ROOT, 'node_modules/@microsoft/office-js/dist/office.js');

/** Headless, and nothing that reaches out (updates, sync, field trials) while a test or a timing runs. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const haveBrowser = fs.existsSync(CHROMIUM);
export const browserRequired = process.env.REQUIRE_BROWSER === '1';

/** `describe` when Chromium is there, else a skipped block whose name says how to install it. */
export function describeBrowser(name: string, body: () => void): void {
  if (haveBrowser) {
    describe(name, body);
    return;
  }
  if (browserRequired) {
    describe(name, () => {
      test('Chromium is installed (REQUIRE_BROWSER=1)', () => {
        throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM} does not exist. Install it with: ${INSTALL_HINT}`);
      });
    });
    return;
  }
  // eslint-disable-next-line no-console
  console.warn(`[browser tests] SKIPPED: ${CHROMIUM} not found. Install Chromium with: ${INSTALL_HINT}`);
  describe.skip(`${name} [SKIPPED: no Chromium at ${CHROMIUM}; install it with: ${INSTALL_HINT}]`, body);
}

export function requireDist(): void {
  for (const f of ['taskpane.html', 'taskpane.js', 'functions.js', 'functions.json']) {
    if (!fs.existsSync(path.join(DIST, f))) throw new Error(`dist/${f} is missing: run \`npm run build:addin\` first.`);
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
};

export interface Served {
  origin: string;
  close(): Promise<void>;
}

/** Serves dist/ (plus `extra` virtual files) on 127.0.0.1 at a free port. */
export async function serveDist(extra: Record<string, string> = {}): Promise<Served> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const name = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'taskpane.html';
    if (name in extra) {
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(name)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(extra[name]);
      return;
    }
    const file = path.resolve(DIST, name);
    if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Browser {
  context: BrowserContext;
  /** Outside requests that were blocked. */
  blocked: string[];
  userDataDir: string;
  close(): Promise<void>;
}

/** What the fake office.js (fakeOffice.js) pretends: Excel's language, API level and workbook. */
export interface FakeExcelConfig {
  displayLanguage?: string;
  /** Highest ExcelApi 1.x minor version supported (default 18). */
  maxMinor?: number;
  sheets?: Record<string, Record<string, { value?: string | number | boolean; formula?: string; type?: string; fill?: string }>>;
  selection?: { sheet: string; address: string };
}

export interface LaunchOptions {
  /** Answer office.js from the local copy (default), make it fail to load, or pretend to be inside Excel. */
  officeJs?: 'local' | 'fail' | { fake: FakeExcelConfig };
  locale?: string;
}

/** A fresh Chromium profile with the network limited to `origin` and office.js. */
export async function launch(origin: string, opts: LaunchOptions = {}): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'subsidy-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 420, height: 900 },
    deviceScaleFactor: 1,
    locale: opts.locale ?? 'zh-CN',
  });
  const blocked: string[] = [];
  const fake = typeof opts.officeJs === 'object' ? opts.officeJs.fake : undefined;
  const officeJs = fs.readFileSync(fake ? path.join(__dirname, 'fakeOffice.js') : OFFICE_JS_LOCAL);
  if (fake) await context.addInitScript((config) => ((window as unknown as { __fakeOfficeConfig: unknown }).__fakeOfficeConfig = config), fake);
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL) {
      if (opts.officeJs === 'fail') return route.abort('internetdisconnected');
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: officeJs });
    }
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return {
    context,
    blocked,
    userDataDir,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Overrides how one page's office.js is answered (page routes win over the context's):
 * make it fail to load, or serve the fake with its configuration. Saves a browser launch.
 */
export async function routeOfficeJs(page: Page, mode: 'fail' | { fake: FakeExcelConfig }): Promise<void> {
  if (mode === 'fail') {
    await page.route(OFFICE_JS_URL, (route) => route.abort('internetdisconnected'));
    return;
  }
  const body = fs.readFileSync(path.join(__dirname, 'fakeOffice.js'));
  await page.addInitScript((config) => ((window as unknown as { __fakeOfficeConfig: unknown }).__fakeOfficeConfig = config), mode.fake);
  await page.route(OFFICE_JS_URL, (route) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body }));
}

/** Collects console errors, page errors and CSP violations of a page. */
export function watchPage(page: Page): { errors: string[]; csp: string[] } {
  const errors: string[] = [];
  const csp: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    const text = m.text();
    if (/Content Security Policy|Content-Security-Policy/i.test(text)) csp.push(text);
    else if (m.type() === 'error') errors.push(`console: ${text}`);
  });
  return { errors, csp };
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
