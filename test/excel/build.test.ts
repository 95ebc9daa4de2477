/**
 * The built add-in agrees with itself: dist/functions.json lists the registry's ids, and the
 * bundle dist/functions.js associates exactly those ids when Excel loads it. A function in
 * the JSON but not associated by the bundle (or the reverse) is the classic #NAME?.
 * `npm test` builds first.
 */
import fs from 'fs';
import path from 'path';
import vm from 'vm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FUNCTIONS } from '../../src/registry/registry';

const DIST = path.resolve(__dirname, '../../dist');
const file = (name: string) => path.join(DIST, name);

function requireBuilt(name: string): string {
  if (!fs.existsSync(file(name))) {
    throw new Error(`dist/${name} is missing: run \`npm run build\` first (the Excel build tests check its output).`);
  }
  return fs.readFileSync(file(name), 'utf8');
}

function idsOf(json: string): string[] {
  return (JSON.parse(json) as { functions: { id: string }[] }).functions.map((f) => f.id);
}

class FakeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** Runs the bundle as Excel's runtime would, recording what it associates. */
function runBundle(source: string): Map<string, (...args: unknown[]) => unknown> {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    associate(id: string, impl: (...args: unknown[]) => unknown) {
      if (associated.has(id)) throw new Error(`${id} associated twice`);
      associated.set(id, impl);
    },
    Error: FakeError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!' },
  };
  const context: Record<string, unknown> = { CustomFunctions, console };
  context.self = context;
  context.window = context;
  context.globalThis = context;
  vm.createContext(context);
  vm.runInContext(source, context, { filename: 'dist/functions.js' });
  return associated;
}

describe('the built add-in (dist/)', () => {
  const registryIds = FUNCTIONS.map((fn) => fn.name.toUpperCase());

  test('functions.json and functions.zh-CN.json list the registry ids, in order', () => {
    for (const name of ['functions.json', 'functions.zh-CN.json']) {
      const built = idsOf(requireBuilt(name));
      if (built.join() !== registryIds.join()) {
        const missing = registryIds.filter((id) => !built.includes(id));
        const extra = built.filter((id) => !registryIds.includes(id));
        throw new Error(
          `dist/${name} does not list the registry's functions in order (missing: ${missing.join(', ') || 'none'}; ` +
            `extra: ${extra.join(', ') || 'none'}). dist is older than the registry: run \`npm run build\` again.`,
        );
      }
    }
  });

  test('functions.js associates exactly the ids functions.json declares, and they compute', () => {
    const associated = runBundle(requireBuilt('functions.js'));
    expect([...associated.keys()].sort()).toEqual(idsOf(requireBuilt('functions.json')).sort());
    expect(associated.get('STEAMPRICE')!(0.7, '2020-03-01')).toBe(168);
    expect(() => associated.get('STEAMPRICE')!(0.9, null)).toThrow(FakeError);
  });

  test('taskpane.html loads office.js and both bundles, with no inline script', () => {
    const html = requireBuilt('taskpane.html');
    expect(html).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map((m) => /src="?([^"\s>]+)/.exec(m[1])?.[1])).toEqual([
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
      'functions.js',
      'taskpane.js',
    ]);
    for (const m of scripts) expect(m[2].trim()).toBe('');
    expect(html).toMatch(/http-equiv="?Content-Security-Policy/);
    expect(fs.existsSync(file('taskpane.js'))).toBe(true);
  });

  test('manifest.xml and the icons are copied, and the manifest parses', () => {
    const xml = requireBuilt('manifest.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.OfficeApp).toBeDefined();
    for (const size of [16, 32, 64, 80]) expect(fs.existsSync(file(`assets/icon-${size}.png`))).toBe(true);
  });
});
