/**
 * The size budget of issue 6: the code Excel loads to register the functions stays under
 * 150 KB minified (the clause texts, descriptions and task pane load later, as chunks of
 * their own). Sizes are deterministic, so this is a test; start-up time is the benchmark's
 * verdict (`npm run bench`). `npm test` builds first.
 */
import { REGISTRATION_FILES, REGISTRATION_MAX_BYTES } from '../../bench/budgets';
import { bundleSizes } from '../../bench/sizes';

test(`${REGISTRATION_FILES.join(' + ')} stays under ${REGISTRATION_MAX_BYTES.toLocaleString('en')} bytes minified`, () => {
  const { registration, taskpane } = bundleSizes();
  // eslint-disable-next-line no-console
  console.log(
    `${registration.files.join(' + ')}: ${registration.bytes.toLocaleString('en')} B minified, ${registration.gzipBytes.toLocaleString('en')} B gzipped; ` +
      `taskpane.js: ${taskpane.bytes.toLocaleString('en')} B minified, ${taskpane.gzipBytes.toLocaleString('en')} B gzipped`,
  );
  expect(registration.bytes).toBeLessThan(REGISTRATION_MAX_BYTES);
});

test('the documentation texts left out of functions.js are a chunk of their own', () => {
  const { lazy } = bundleSizes();
  expect(lazy.map((s) => s.files[0])).toEqual(expect.arrayContaining(['catalogue.js', 'doctexts.js']));
});
