/**
 * Bundle sizes and start-up: minified and gzipped size of the code Excel loads to register
 * the functions (dist/functions.js) and of the task pane, and the time from page load to
 * every function associated, in headless Chromium (median of several runs). The page is a
 * bare one that loads functions.js with a recording CustomFunctions stub — what Excel's
 * runtime does first, without office.js (which cannot start outside Office).
 * Run after `npm run build:addin`: npx ts-node --transpile-only bench/startup.ts [runs]
 */
import { existsSync, readFileSync, readdirSync } from 'fs';
import { createServer, type Server } from 'http';
import { join } from 'path';
import { gzipSync } from 'zlib';

const DIST = join(__dirname, '..', 'dist');
export const CHROMIUM = '/usr/bin/chromium';

export interface SizeRow {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export function bundleSizes(): SizeRow[] {
  return readdirSync(DIST)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((file) => {
      const buf = readFileSync(join(DIST, file));
      return { file, bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
    });
}

const PAGE = `<!doctype html><meta charset="utf-8"><script>
window.__associated = 0;
window.CustomFunctions = {
  associate() { window.__associated++; window.__last = performance.now(); },
  Error: class extends Error { constructor(code, message) { super(message); this.code = code; } },
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!' },
};
</script><script src="functions.js"></script>`;

function serve(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0];
    if (name === '/' || name === '/bench.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      return;
    }
    const file = join(DIST, name.replace(/^\/+/, ''));
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const addr = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/bench.html` });
  }));
}

export interface StartupResult {
  runs: number;
  functions: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

/** Time from navigation start to the last CustomFunctions.associate call, per fresh page. */
export async function startupTime(runs = 7): Promise<StartupResult> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require('playwright-core');
  const { server, url } = await serve();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const times: number[] = [];
  let functions = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const r = await page.evaluate(() => ({ n: (window as any).__associated, t: (window as any).__last }));
      functions = r.n;
      times.push(r.t);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { runs, functions, medianMs: sorted[Math.floor(sorted.length / 2)], minMs: sorted[0], maxMs: sorted[sorted.length - 1] };
}

if (require.main === module) {
  console.table(bundleSizes());
  startupTime(Number(process.argv[2] ?? 7)).then((r) => console.table([r]));
}
