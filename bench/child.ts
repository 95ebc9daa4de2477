/** What the bench scripts share: a measurement in a Node process of its own, and the median. */
import { execFileSync } from 'child_process';
import { join } from 'path';

/**
 * Runs `file --child …args` in a fresh Node, so that heap and peak RSS are that measurement's
 * alone and no JIT state carries over, and parses the JSON it writes to stdout.
 */
export function runChild<T>(file: string, args: readonly string[], nodeFlags: readonly string[] = []): T {
  const out = execFileSync(process.execPath, [...nodeFlags, '-r', 'ts-node/register/transpile-only', file, '--child', ...args], {
    cwd: join(__dirname, '..'),
    maxBuffer: 1 << 24,
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' },
  });
  return JSON.parse(out.toString()) as T;
}

/** This machine is shared: single runs vary by ±30%, so a figure is the median of several. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
