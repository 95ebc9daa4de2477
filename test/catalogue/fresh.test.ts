import { readFileSync } from 'fs';
import { buildCatalogue, OUTPUT, renderCatalogue } from '../../scripts/build-catalogue';

describe('src/catalogue/policies.json is fresh', () => {
  test('re-running the parser on the seeds gives exactly the committed file', () => {
    const committed = readFileSync(OUTPUT, 'utf8');
    const rebuilt = renderCatalogue(buildCatalogue());
    // On failure: npx ts-node --transpile-only scripts/build-catalogue.ts
    expect(rebuilt).toBe(committed);
  });
});
