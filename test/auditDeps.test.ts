/**
 * scripts/audit-deps.js decides what CI does with `npm audit --omit=dev --json`: fail on a
 * high or critical advisory, pass on lower ones, pass with "not checked" when the advisory
 * endpoint answered with an error. The samples are shaped as npm 11 prints them
 * (@npmcli/arborist's AuditReport.toJSON, and npm's audit-error output for an endpoint error).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { decide } = require('../scripts/audit-deps.js') as { decide(text: string): { code: number; lines: string[] } };

const metadata = (counts: Partial<Record<'info' | 'low' | 'moderate' | 'high' | 'critical', number>>) => {
  const all = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts };
  return {
    vulnerabilities: { ...all, total: Object.values(all).reduce((a, b) => a + b, 0) },
    dependencies: { prod: 96, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 95 },
  };
};

const semverHigh = {
  name: 'semver',
  severity: 'high',
  isDirect: false,
  via: [
    {
      source: 1101088,
      name: 'semver',
      dependency: 'semver',
      title: 'semver vulnerable to Regular Expression Denial of Service',
      url: 'https://github.com/advisories/GHSA-c2qf-rxjj-qqgw',
      severity: 'high',
      cwe: ['CWE-1333'],
      cvss: { score: 7.5, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' },
      range: '>=7.0.0 <7.5.2',
    },
  ],
  effects: ['make-dir'],
  range: '7.0.0 - 7.5.1',
  nodes: ['node_modules/semver'],
  fixAvailable: true,
};

const makeDirHigh = {
  name: 'make-dir',
  severity: 'high',
  isDirect: false,
  via: ['semver'],
  effects: [],
  range: '2.0.0 - 3.1.0',
  nodes: ['node_modules/make-dir'],
  fixAvailable: { name: 'make-dir', version: '4.0.0', isSemVerMajor: true },
};

const postcssModerate = {
  name: 'postcss',
  severity: 'moderate',
  isDirect: false,
  via: [
    {
      source: 1094544,
      name: 'postcss',
      dependency: 'postcss',
      title: 'PostCSS line return parsing error',
      url: 'https://github.com/advisories/GHSA-7fh5-64p2-3v2j',
      severity: 'moderate',
      cwe: ['CWE-74', 'CWE-144'],
      cvss: { score: 5.3, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:L/A:N' },
      range: '<8.4.31',
    },
  ],
  effects: [],
  range: '<8.4.31',
  nodes: ['node_modules/postcss'],
  fixAvailable: true,
};

const report = (vulnerabilities: Record<string, unknown>, counts: Parameters<typeof metadata>[0]) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: metadata(counts) }, null, 2);

describe('npm audit --omit=dev --json, judged', () => {
  test('a high advisory (and what it pulls in): exit 1, each package listed with its advisory and fix', () => {
    const { code, lines } = decide(report({ 'make-dir': makeDirHigh, postcss: postcssModerate, semver: semverHigh }, { high: 2, moderate: 1 }));
    expect(code).toBe(1);
    expect(lines[0]).toBe('npm audit: 2 runtime dependencies have a high or critical advisory:');
    expect(lines.slice(1)).toEqual([
      '  high make-dir 2.0.0 - 3.1.0: via semver; fix: make-dir@4.0.0 (semver-major)',
      '  high semver 7.0.0 - 7.5.1: semver vulnerable to Regular Expression Denial of Service (https://github.com/advisories/GHSA-c2qf-rxjj-qqgw) affects >=7.0.0 <7.5.2; fix: npm audit fix',
    ]);
  });

  test('a critical advisory fails too', () => {
    const critical = { ...semverHigh, severity: 'critical', isDirect: true, via: [{ ...semverHigh.via[0], severity: 'critical' }], fixAvailable: false };
    const { code, lines } = decide(report({ semver: critical }, { critical: 1 }));
    expect(code).toBe(1);
    expect(lines[1]).toMatch(/^ {2}critical semver .*\(direct\).*; no fix available$/);
  });

  test('only a moderate advisory: exit 0, counted', () => {
    expect(decide(report({ postcss: postcssModerate }, { moderate: 1 }))).toEqual({
      code: 0,
      lines: ['npm audit: no high or critical advisory in the runtime dependencies (1 moderate)'],
    });
  });

  test('no advisory at all: exit 0', () => {
    expect(decide(report({}, {}))).toEqual({ code: 0, lines: ['npm audit: no high or critical advisory in the runtime dependencies'] });
  });

  test('the endpoint answered with an error (as here: 405 on the bulk advisory POST): not checked, exit 0', () => {
    const error = {
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      method: 'POST',
      uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      headers: { allow: ['GET,HEAD'], 'content-length': ['0'] },
      statusCode: 405,
      body: '',
      error: { summary: '', detail: '' },
    };
    expect(decide(JSON.stringify(error, null, 2))).toEqual({
      code: 0,
      lines: ['npm audit: the advisory endpoint could not be reached (405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk): not checked'],
    });
  });

  test('a network failure reported as an error object only: not checked, exit 0', () => {
    const { code, lines } = decide(JSON.stringify({ error: { code: 'ECONNREFUSED', summary: 'request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed', detail: '' } }));
    expect(code).toBe(0);
    expect(lines).toEqual(['npm audit: the advisory endpoint could not be reached (ECONNREFUSED): not checked']);
  });

  test('no JSON at all (npm itself failed): exit 2, not a pass', () => {
    expect(decide('npm error code ENOLOCK\nnpm error audit This command requires an existing lockfile.').code).toBe(2);
    expect(decide('').code).toBe(2);
  });
});
