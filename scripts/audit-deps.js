#!/usr/bin/env node
/**
 * `npm run audit:deps`: `npm audit --omit=dev --json`, judged for CI.
 *   exit 1  a high or critical advisory affects a runtime dependency (each listed);
 *   exit 0  none (lower severities are counted in the one line printed);
 *   exit 0  the advisory endpoint itself answered with an error (npm prints an `error` object
 *           and no `vulnerabilities`): one line says the dependencies were not checked, so CI
 *           fails on a real advisory, never because a sandbox cannot reach the endpoint;
 *   exit 2  npm printed no audit JSON at all (npm itself failed): that is not an answer.
 * Plain Node, no dependencies: it must run before and without `npm ci`'s devDependencies.
 */
'use strict';

const { spawnSync } = require('child_process');

const FAILING = ['critical', 'high'];

/** One line of what an advisory entry says: name, severity, the advisories or packages it comes through, the fix. */
function describe(name, v) {
  const via = (v.via || [])
    .map((x) => (typeof x === 'string' ? `via ${x}` : `${x.title || 'advisory'}${x.url ? ` (${x.url})` : ''}${x.range ? ` affects ${x.range}` : ''}`))
    .join('; ');
  const fix = v.fixAvailable === false ? 'no fix available' : v.fixAvailable && v.fixAvailable.name ? `fix: ${v.fixAvailable.name}@${v.fixAvailable.version}${v.fixAvailable.isSemVerMajor ? ' (semver-major)' : ''}` : 'fix: npm audit fix';
  return `  ${v.severity} ${name}${v.range ? ` ${v.range}` : ''}${v.isDirect ? ' (direct)' : ''}: ${via}; ${fix}`;
}

/**
 * What CI should do with npm's audit output (the text of `npm audit --json`):
 * { code, lines } — the exit code and the lines to print.
 */
function decide(text) {
  let report;
  try {
    report = JSON.parse(text);
  } catch {
    const first = String(text).trim().split('\n')[0] || '(nothing)';
    return { code: 2, lines: [`npm audit: no audit JSON from npm (${first.slice(0, 200)})`] };
  }
  if (!report || typeof report !== 'object') return { code: 2, lines: ['npm audit: no audit JSON from npm'] };

  if (report.vulnerabilities && typeof report.vulnerabilities === 'object') {
    const entries = Object.entries(report.vulnerabilities);
    const failing = entries.filter(([, v]) => FAILING.includes(v.severity));
    const counts = (report.metadata && report.metadata.vulnerabilities) || {};
    const others = ['moderate', 'low', 'info']
      .map((s) => [s, counts[s] !== undefined ? counts[s] : entries.filter(([, v]) => v.severity === s).length])
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}`);
    if (failing.length === 0) {
      return { code: 0, lines: [`npm audit: no high or critical advisory in the runtime dependencies${others.length ? ` (${others.join(', ')})` : ''}`] };
    }
    return {
      code: 1,
      lines: [
        `npm audit: ${failing.length} runtime ${failing.length === 1 ? 'dependency has' : 'dependencies have'} a high or critical advisory:`,
        ...failing.sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, v]) => describe(name, v)),
      ],
    };
  }

  if (report.error || report.statusCode || report.message) {
    const e = report.error || {};
    const why = [report.message, e.code, e.summary, report.statusCode && !report.message ? `HTTP ${report.statusCode}` : ''].filter(Boolean)[0] || 'no detail';
    return { code: 0, lines: [`npm audit: the advisory endpoint could not be reached (${String(why).split('\n')[0]}): not checked`] };
  }
  return { code: 2, lines: ['npm audit: the JSON has neither vulnerabilities nor an error'] };
}

function main() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, shell: process.platform === 'win32' });
  if (run.error) {
    process.stderr.write(`npm audit: could not run npm (${run.error.message})\n`);
    return 2;
  }
  const { code, lines } = decide(run.stdout);
  (code === 1 || code === 2 ? process.stderr : process.stdout).write(`${lines.join('\n')}\n`);
  return code;
}

if (require.main === module) process.exitCode = main();

module.exports = { decide };
