import { mkdirSync, readdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { templateLayouts } from '../src/templates/specs';
import { buildXlsx } from '../src/templates/xlsx';

// Builds templates/*.xlsx from the template specs (src/templates/specs). Deterministic: the
// same specs give byte-identical files, and a test fails when a committed file is stale.
export const TEMPLATES_DIR = join(__dirname, '..', 'templates');

async function main(): Promise<void> {
  mkdirSync(TEMPLATES_DIR, { recursive: true });
  const written = new Set<string>();
  for (const layout of templateLayouts()) {
    const bytes = await buildXlsx(layout);
    writeFileSync(join(TEMPLATES_DIR, layout.fileName), bytes);
    written.add(layout.fileName);
    console.log(`wrote templates/${layout.fileName} (${bytes.length} bytes)`);
  }
  for (const f of readdirSync(TEMPLATES_DIR)) {
    if (f.endsWith('.xlsx') && !written.has(f)) console.warn(`templates/${f} is not built from any spec: delete it if it is stale`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
