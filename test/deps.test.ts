/**
 * Dependency hygiene: package.json's "dependencies" are exactly the packages src/ imports at
 * run time. A dependency nothing imports is shipped (and audited) for nothing; a package src/
 * imports that is only a devDependency, or only reached through another package, breaks an
 * install with --omit=dev or the day that other package drops it. Imports are read with the
 * TypeScript compiler's parser, so comments, strings and type-only imports cannot fool it.
 */
import { readdirSync, readFileSync } from 'fs';
import { builtinModules } from 'module';
import { join, relative } from 'path';
import ts from 'typescript';

const ROOT = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };

/** Packages src/ may name without depending on them: the Office typings, whose runtime Excel itself provides. */
const PROVIDED_BY_HOST = new Set(['@microsoft/office-js', '@types/office-js', '@types/custom-functions-runtime']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The package a bare specifier names ("lodash/fp" → "lodash", "@scope/x/y" → "@scope/x"); undefined for relative paths and Node's own modules. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return builtinModules.includes(name) ? undefined : name;
}

/** Module specifiers a file loads at run time: import/export … from (not `import type`), import x = require(), require(), import(). */
function runtimeImports(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const literal = (node: ts.Node | undefined) => {
    if (node && ts.isStringLiteralLike(node)) out.push(node.text);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      // `import { type A, type B } from 'x'` is erased like `import type`; `import {} from 'x'` and a bare `import 'x'` are not.
      const onlyTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name && named !== undefined && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)));
      if (!onlyTypes) literal(node.moduleSpecifier);
    } else if (ts.isExportDeclaration(node)) {
      const named = node.exportClause;
      const onlyTypes = node.isTypeOnly || (named !== undefined && ts.isNamedExports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly));
      if (!onlyTypes) literal(node.moduleSpecifier);
    } else if (ts.isImportEqualsDeclaration(node)) {
      if (!node.isTypeOnly && ts.isExternalModuleReference(node.moduleReference)) literal(node.moduleReference.expression);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const dynamicImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const requireCall = ts.isIdentifier(callee) && callee.text === 'require';
      if ((dynamicImport || requireCall) && node.arguments.length >= 1) literal(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Package → the src/ files that load it at run time. */
function importedPackages(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    for (const spec of runtimeImports(file, readFileSync(file, 'utf8'))) {
      const name = packageOf(spec);
      if (!name) continue;
      used.set(name, [...(used.get(name) ?? []), relative(ROOT, file)]);
    }
  }
  return used;
}

describe('runtime dependencies', () => {
  const deps = Object.keys(pkg.dependencies ?? {});
  const used = importedPackages();

  test('every entry of "dependencies" is imported by code under src/', () => {
    expect(deps.filter((d) => !used.has(d))).toEqual([]);
  });

  test('every package src/ imports at run time is in "dependencies" (not only a devDependency, not only a transitive one)', () => {
    const missing = [...used]
      .filter(([name]) => !deps.includes(name) && !PROVIDED_BY_HOST.has(name))
      .map(([name, files]) => `${name}${pkg.devDependencies?.[name] ? ' (a devDependency)' : ''}: ${[...new Set(files)].join(', ')}`);
    expect(missing).toEqual([]);
  });
});

describe('how imports are read', () => {
  test('value imports, re-exports, require() and import() count; type-only imports, comments and strings do not', () => {
    const text = [
      "import a from 'pkg-a';",
      "import { b } from '@scope/pkg-b/sub';",
      "import type { C } from 'pkg-c';",
      "import { type D } from 'pkg-d';",
      "import { type E, e } from 'pkg-e';",
      "import 'pkg-f';",
      "export { g } from 'pkg-g';",
      "export type { H } from 'pkg-h';",
      "import i = require('pkg-i');",
      "const j = require('pkg-j');",
      "const k = await import('pkg-k');",
      "type L = import('pkg-l').L;",
      "// import m from 'pkg-m';",
      "const n = \"import n from 'pkg-n'\";",
      "import { readFileSync } from 'fs';",
      "import { join } from 'node:path';",
      "import { rel } from './relative';",
    ].join('\n');
    const names = runtimeImports('x.ts', text).map(packageOf).filter(Boolean);
    expect(names).toEqual(['pkg-a', '@scope/pkg-b', 'pkg-e', 'pkg-f', 'pkg-g', 'pkg-i', 'pkg-j', 'pkg-k']);
  });
});
