import { existsSync, readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { templateLayouts } from '../../src/templates/specs';
import { buildXlsx } from '../../src/templates/xlsx';

/**
 * templates/*.xlsx are built by `npm run templates` and committed. The build is deterministic
 * (fixed document dates, zip entries re-packed with fixed timestamps and compression), so a
 * rebuild must equal the committed bytes; a difference means a spec, the engine or a rate
 * changed without the files being rebuilt.
 */
const DIR = join(__dirname, '..', '..', 'templates');
const STALE = 'is stale: run `npm run templates` and commit the result';

async function parts(bytes: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    if (!zip.files[name].dir) out[name] = await zip.files[name].async('string');
  }
  return out;
}

describe('committed templates are fresh', () => {
  const layouts = templateLayouts();

  test('every template has a committed file, and every committed .xlsx has a template', () => {
    const committed = readdirSync(DIR).filter((f) => f.endsWith('.xlsx')).sort();
    expect(committed).toEqual(layouts.map((l) => l.fileName).sort());
  });

  test('building twice gives the same bytes', async () => {
    const [first] = layouts;
    const a = await buildXlsx(first);
    const b = await buildXlsx(first);
    expect(a.equals(b)).toBe(true);
  });

  test.each(layouts.map((l) => [l.fileName, l] as const))('%s equals a rebuild', async (fileName, layout) => {
    const path = join(DIR, fileName);
    expect(existsSync(path)).toBe(true);
    const committed = readFileSync(path);
    const rebuilt = await buildXlsx(layout);
    if (!rebuilt.equals(committed)) {
      // Say which part differs, which is what a reviewer needs to know.
      const [x, y] = await Promise.all([parts(committed), parts(rebuilt)]);
      const differing = [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((k) => x[k] !== y[k]);
      throw new Error(`templates/${fileName} ${STALE}; parts that differ: ${differing.join(', ') || '(zip container only)'}`);
    }
  });
});
