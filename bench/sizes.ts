/**
 * Bundle sizes: bytes as built (minified) and gzipped (level 9, as a server would send them)
 * of the code Excel loads to register the functions, of the task pane's own script and of
 * each chunk loaded on first use. Read from dist/, so build first (`npm run build:addin`).
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { REGISTRATION_FILES } from './budgets';

export const DIST = join(__dirname, '..', 'dist');

export interface Size {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/** Files are served one by one, so each is gzipped on its own. */
export function sizeOf(files: readonly string[], dist = DIST): Size {
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const path = join(dist, file);
    if (!existsSync(path)) throw new Error(`dist/${file} is missing: run \`npm run build\` (or \`npm run build:addin\`) first.`);
    const buf = readFileSync(path);
    bytes += buf.length;
    gzipBytes += gzipSync(buf, { level: 9 }).length;
  }
  return { files: [...files], bytes, gzipBytes };
}

export interface BundleSizes {
  /** What Excel loads to register and compute the functions. */
  registration: Size;
  /** The task pane's own script, loaded after functions.js on the same page. */
  taskpane: Size;
  /** Chunks fetched on first use: catalogue, documentation texts, the templates and check tabs. */
  lazy: Size[];
}

export function bundleSizes(dist = DIST): BundleSizes {
  const initial = new Set<string>([...REGISTRATION_FILES, 'taskpane.js']);
  const lazy = existsSync(dist) ? readdirSync(dist).filter((f) => f.endsWith('.js') && !initial.has(f)).sort() : [];
  return {
    registration: sizeOf(REGISTRATION_FILES, dist),
    taskpane: sizeOf(['taskpane.js'], dist),
    lazy: lazy.map((f) => sizeOf([f], dist)),
  };
}
