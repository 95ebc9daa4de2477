/**
 * Offline checks of manifest.xml (office-addin-manifest validate needs Microsoft's web
 * service): well-formed, ids, resids that resolve, https everywhere, the custom-functions
 * wiring of the shared runtime, and icons that exist at the size they claim.
 */
import fs from 'fs';
import path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { NAMESPACE } from '../../src/registry/registry';

const ROOT = path.resolve(__dirname, '../..');
const DEV_ORIGIN = 'https://localhost:3000/';
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

type Node = { [key: string]: unknown };

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseAttributeValue: false, parseTagValue: false });
const doc = parser.parse(xml) as Node;
const app = doc.OfficeApp as Node;

function asArray<T>(x: T | T[] | undefined): T[] {
  return x === undefined ? [] : Array.isArray(x) ? x : [x];
}

/** Every element in document order, with its tag and path. */
function elements(node: unknown, tag = '', at = ''): { tag: string; at: string; node: Node }[] {
  if (typeof node !== 'object' || node === null) return [];
  if (Array.isArray(node)) return node.flatMap((n) => elements(n, tag, at));
  const out = [{ tag, at, node: node as Node }];
  for (const [k, v] of Object.entries(node)) {
    if (!k.startsWith('@_') && k !== '#text') out.push(...elements(v, k, `${at}/${k}`));
  }
  return out;
}

const all = elements(app, 'OfficeApp', '/OfficeApp');
const attr = (n: Node, name: string) => n[`@_${name}`] as string | undefined;
const resources = (app.VersionOverrides as Node).Resources as Node;

function resourceIds(group: string, item: string): Map<string, Node> {
  const g = resources[group] as Node | undefined;
  return new Map(asArray(g?.[item] as Node | Node[]).map((n) => [attr(n, 'id')!, n]));
}

const urls = resourceIds('bt:Urls', 'bt:Url');
const images = resourceIds('bt:Images', 'bt:Image');
const shortStrings = resourceIds('bt:ShortStrings', 'bt:String');
const longStrings = resourceIds('bt:LongStrings', 'bt:String');

/** A resource by id, wherever it is declared. */
function resource(id: string): Node | undefined {
  return urls.get(id) ?? images.get(id) ?? shortStrings.get(id) ?? longStrings.get(id);
}

/** The element at a path (tags joined by "/"), exactly one. */
function only(suffix: string): Node {
  const found = all.filter((e) => e.at.endsWith(suffix));
  expect(found.map((e) => e.at)).toHaveLength(1);
  return found[0].node;
}

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  test('is well-formed XML for an add-in-only TaskPaneApp manifest with VersionOverrides V1_0 for Excel', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(attr(app, 'xsi:type')).toBe('TaskPaneApp');
    expect(attr(app.VersionOverrides as Node, 'xsi:type')).toBe('VersionOverridesV1_0');
    expect(asArray((app.Hosts as Node).Host as Node | Node[]).map((h) => attr(h, 'Name'))).toEqual(['Workbook']);
    const hosts = asArray(((app.VersionOverrides as Node).Hosts as Node).Host as Node | Node[]);
    expect(hosts.map((h) => attr(h, 'xsi:type'))).toEqual(['Workbook']);
  });

  test('has a GUID Id', () => {
    expect(String(app.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  test('a Chinese display name and description with an English override', () => {
    for (const key of ['DisplayName', 'Description']) {
      const n = app[key] as Node;
      expect(attr(n, 'DefaultValue')).toMatch(/[\u4e00-\u9fff]/);
      const overrides = asArray(n.Override as Node | Node[]);
      expect(overrides.map((o) => attr(o, 'Locale'))).toContain('en-US');
      expect(attr(overrides.find((o) => attr(o, 'Locale') === 'en-US')!, 'Value')).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(attr(app.DisplayName as Node, 'DefaultValue')!.length).toBeLessThanOrEqual(125);
    expect(attr(app.Description as Node, 'DefaultValue')!.length).toBeLessThanOrEqual(250);
  });

  test('every resid resolves to a bt:Url, bt:String or bt:Image, and resource ids are unique', () => {
    const resids = all.map((e) => attr(e.node, 'resid')).filter((r): r is string => r !== undefined);
    expect(resids.length).toBeGreaterThan(10);
    for (const r of resids) expect({ resid: r, found: resource(r) !== undefined }).toEqual({ resid: r, found: true });
    const ids = [...urls.keys(), ...images.keys(), ...shortStrings.keys(), ...longStrings.keys()];
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('short strings fit in 125 characters and long strings in 250', () => {
    const values = (n: Node) => [attr(n, 'DefaultValue')!, ...asArray(n['bt:Override'] as Node | Node[]).map((o) => attr(o, 'Value')!)];
    for (const n of shortStrings.values()) for (const v of values(n)) expect(v.length).toBeLessThanOrEqual(125);
    for (const n of longStrings.values()) for (const v of values(n)) expect(v.length).toBeLessThanOrEqual(250);
  });

  test('every URL is https', () => {
    const found: string[] = [];
    for (const e of all) {
      for (const [k, v] of Object.entries(e.node)) {
        if (k.startsWith('@_xmlns')) continue; // namespace names, not locations
        if (k.startsWith('@_') && typeof v === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(v)) found.push(v);
        if (!k.startsWith('@_') && typeof v === 'string' && /:\/\//.test(v)) found.push(v);
      }
    }
    expect(found.length).toBeGreaterThan(5);
    for (const u of found) expect(u).toMatch(/^https:\/\//);
  });

  test('the shared runtime: SharedRuntime requirement and one long-lived Runtime on the task pane page', () => {
    const sets = asArray(((app.Requirements as Node).Sets as Node).Set as Node | Node[]);
    const version = (name: string) => attr(sets.find((s) => attr(s, 'Name') === name)!, 'MinVersion');
    expect(version('SharedRuntime')).toBe('1.1');
    // CustomFunctions.Error (how the functions report errors) needs CustomFunctionsRuntime 1.2.
    expect(Number(version('CustomFunctionsRuntime'))).toBeGreaterThanOrEqual(1.2);
    const runtime = only('/Runtimes/Runtime');
    expect(attr(runtime, 'lifetime')).toBe('long');
    expect(attr(runtime, 'resid')).toBe('Taskpane.Url');
  });

  test('the CustomFunctions extension point: script, shared page, metadata and the SUBSIDY namespace', () => {
    const point = all.find((e) => e.tag === 'ExtensionPoint' && attr(e.node, 'xsi:type') === 'CustomFunctions')!.node;
    expect(point).toBeDefined();
    const source = (key: string) => attr((point[key] as Node).SourceLocation as Node, 'resid')!;
    const url = (resid: string) => attr(urls.get(resid)!, 'DefaultValue');
    expect(url(source('Script'))).toBe(`${DEV_ORIGIN}functions.js`);
    expect(source('Page')).toBe(attr(only('/Runtimes/Runtime'), 'resid'));
    expect(url(source('Page'))).toBe(`${DEV_ORIGIN}taskpane.html`);

    const metadata = urls.get(source('Metadata'))!;
    expect(attr(metadata, 'DefaultValue')).toBe(`${DEV_ORIGIN}functions.json`);
    const overrides = asArray(metadata['bt:Override'] as Node | Node[]);
    expect(overrides.map((o) => [attr(o, 'Locale'), attr(o, 'Value')])).toEqual([['zh-CN', `${DEV_ORIGIN}functions.zh-CN.json`]]);

    const namespace = shortStrings.get(attr(point.Namespace as Node, 'resid')!)!;
    expect(attr(namespace, 'DefaultValue')).toBe('SUBSIDY');
    expect(attr(namespace, 'DefaultValue')).toBe(NAMESPACE);
    expect(namespace['bt:Override']).toBeUndefined(); // never localised: it is in every formula
  });

  test('a Home-tab button opens the task pane', () => {
    const tab = all.find((e) => e.tag === 'OfficeTab')!.node;
    expect(attr(tab, 'id')).toBe('TabHome');
    const actions = all.filter((e) => e.tag === 'Action' && e.at.includes('/OfficeTab/'));
    expect(actions.map((a) => attr(a.node, 'xsi:type'))).toEqual(['ShowTaskpane']);
    expect(attr(actions[0].node.SourceLocation as Node, 'resid')).toBe('Taskpane.Url');
    expect(attr(only('/DesktopFormFactor/FunctionFile'), 'resid')).toBe('Taskpane.Url');
  });

  test('icons exist under assets/ as PNGs of the size they are declared at', () => {
    const declared: { url: string; size?: number }[] = [
      { url: attr(app.IconUrl as Node, 'DefaultValue')!, size: 32 },
      { url: attr(app.HighResolutionIconUrl as Node, 'DefaultValue')!, size: 64 },
    ];
    for (const e of all.filter((x) => x.tag === 'bt:Image' && attr(x.node, 'resid'))) {
      declared.push({ url: attr(images.get(attr(e.node, 'resid')!)!, 'DefaultValue')!, size: Number(attr(e.node, 'size')) });
    }
    expect(declared.length).toBeGreaterThanOrEqual(5);
    for (const { url, size } of declared) {
      expect(url.startsWith(`${DEV_ORIGIN}assets/`)).toBe(true);
      const file = path.join(ROOT, url.slice(DEV_ORIGIN.length));
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  test('every dev URL names a file the build serves', () => {
    const served = new Set(['functions.js', 'functions.json', 'functions.zh-CN.json', 'taskpane.html']);
    for (const n of urls.values()) {
      const values = [attr(n, 'DefaultValue')!, ...asArray(n['bt:Override'] as Node | Node[]).map((o) => attr(o, 'Value')!)];
      for (const v of values) {
        expect(v.startsWith(DEV_ORIGIN)).toBe(true);
        expect(served.has(v.slice(DEV_ORIGIN.length))).toBe(true);
      }
    }
  });
});
