import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { renderReference, REFERENCE_FILES, withReadmeList, type Lang } from '../src/docs/reference';

// Writes the function reference in both languages from the registry.
for (const lang of Object.keys(REFERENCE_FILES) as Lang[]) {
  const path = join(__dirname, '..', REFERENCE_FILES[lang]);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, renderReference(lang));
  console.log(`wrote ${REFERENCE_FILES[lang]}`);
}

const readme = join(__dirname, '..', 'README.md');
writeFileSync(readme, withReadmeList(readFileSync(readme, 'utf8')));
console.log('updated the function list in README.md');
