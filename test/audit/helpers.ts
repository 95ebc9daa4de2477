import { createHash } from 'crypto';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';

export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'subsidy-audit-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function sha256(path: string): string {
  // In pieces: a test's input may be larger than one Buffer should be.
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** What reading a path could change: a file's bytes and times, or another kind's times (a FIFO or device is never read here). */
export function pathState(path: string, hash = true): { mtimeMs: number; ctimeMs: number; size: number; sha256?: string } {
  const st = statSync(path);
  return { mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, size: st.size, ...(hash && st.isFile() ? { sha256: sha256(path) } : {}) };
}

/** Runs the CLI with captured output. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
