import { browserRequired, CHROMIUM, haveBrowser, INSTALL_HINT } from './harness';

/**
 * Jest's globalTeardown: Jest shows no console output of a suite whose tests are all
 * skipped, so without this `npm test` on a machine without Chromium would say only
 * "3 skipped" and not how to run them.
 */
export default function skipNotice(): void {
  if (haveBrowser || browserRequired) return;
  process.stderr.write(`\n[browser tests] SKIPPED: no Chromium at ${CHROMIUM}. Install it with: ${INSTALL_HINT}\n`);
}
