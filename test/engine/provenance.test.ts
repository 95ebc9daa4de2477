import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { RateEntry, Source } from '../../src/engine/provenance';

const ROOT = join(__dirname, '../..');
const seedText = new Map<string, string>();
for (const f of readdirSync(join(ROOT, 'seeds'))) {
  const m = /^(\d{3})_/.exec(f);
  if (m) seedText.set(m[1], squeeze(readFileSync(join(ROOT, 'seeds', f), 'utf8')));
}

/** Whitespace, U+FFFD and <p> tags never carry meaning in the seeds' layout. */
function squeeze(s: string): string {
  return s.replace(/<\/?p>/g, '').replace(/[\s\uFFFD]/g, '');
}

function isSource(x: unknown): x is Source {
  return typeof x === 'object' && x !== null && 'ref' in x && 'quote' in x && 'basis' in x && 'docNo' in x;
}

function isEntry(x: unknown): x is RateEntry<unknown> {
  return typeof x === 'object' && x !== null && 'source' in x && 'value' in x && 'label' in x;
}

/** Every Source and every array of rate entries reachable from the exports of the rate and function modules. */
function collect(): { sources: Map<Source, string>; tables: Map<RateEntry<unknown>[], string> } {
  const sources = new Map<Source, string>();
  const tables = new Map<RateEntry<unknown>[], string>();
  const seen = new Set<unknown>();
  const walk = (x: unknown, where: string, depth: number) => {
    if (depth > 6 || x === null || typeof x !== 'object' || seen.has(x)) return;
    seen.add(x);
    if (isSource(x)) sources.set(x, where);
    if (Array.isArray(x) && x.length > 0 && x.every(isEntry)) tables.set(x as RateEntry<unknown>[], where);
    for (const [k, v] of Object.entries(x)) walk(v, `${where}.${k}`, depth + 1);
  };
  for (const dir of ['src/rates', 'src/functions']) {
    for (const f of readdirSync(join(ROOT, dir)).filter((n) => n.endsWith('.ts'))) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(join(ROOT, dir, f));
      walk(mod, `${dir}/${f}`, 0);
    }
  }
  return { sources, tables };
}

const { sources, tables } = collect();

describe('provenance of every rate-table number', () => {
  test('the rate modules hold sources to check', () => {
    expect(sources.size).toBeGreaterThan(15);
  });

  test.each([...sources.entries()].filter(([s]) => s.basis === 'seed').map(([s, where]) => [where, s]))(
    '%s: a seed quote stands verbatim in its seed file',
    (_where, source) => {
      const s = source as Source;
      const seed = /^(\d{3})/.exec(s.ref)?.[1];
      expect(seed).toBeDefined();
      expect(seedText.get(seed!)).toContain(squeeze(s.quote));
    },
  );

  test('every source names its basis honestly: seed refs are NNN#item, assumptions carry a note, all have a quote', () => {
    for (const [s, where] of sources) {
      expect({ where, quote: s.quote.length > 0 }).toEqual({ where, quote: true });
      if (s.basis === 'seed') expect({ where, ref: /^\d{3}(#\d+| )/.test(s.ref) }).toEqual({ where, ref: true });
      if (s.basis === 'assumption') expect({ where, note: Boolean(s.note?.zh && s.note?.en) }).toEqual({ where, note: true });
      if (s.basis === 'external') expect({ where, docNo: s.docNo.length > 0 || s.ref.length > 0 }).toEqual({ where, docNo: true });
    }
  });

  test('no two entries of one table are in force on the same day', () => {
    for (const [table, where] of tables) {
      for (let i = 0; i < table.length; i++) {
        for (let j = i + 1; j < table.length; j++) {
          const a = table[i];
          const b = table[j];
          const overlap =
            (a.from ?? -Infinity) <= (b.to ?? Infinity) && (b.from ?? -Infinity) <= (a.to ?? Infinity);
          expect({ where, i, j, overlap }).toEqual({ where, i, j, overlap: false });
        }
      }
    }
  });
});
