/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * A TypeScript transformer for the browser build of the registry's sources (functions.js,
 * what Excel loads at start-up). Excel reads function and argument descriptions from
 * functions.json; the task pane and EXPLAIN read them from a chunk loaded on first use
 * (src/registry/docTexts.ts); a rate's clause quote serves the docs and the provenance
 * tests. None is read while a function computes, so the start-up code need not carry them:
 *   required/optional/withDefault/repeating(name, type, DESCRIPTION[, default, DEFAULT_TEXT])
 *   { description: {…}, returns: {…}, defaultText: {…} }  → { zh: '', en: '' }
 *   { quote: '…' }                                        → ''
 * Only literals are blanked: `description: fn.description[lang]` is code, not text.
 * Kept: labels, rules, error messages, citations (ref + 文号) and notes — explanations and
 * errors read them (IMPORTINTEREST and RISKCOMP give a note as a step's rule).
 */
const ts = require('typescript');

const ARG_BUILDERS = new Map([
  ['required', [2]],
  ['optional', [2]],
  ['withDefault', [2, 4]],
  ['repeating', [1]],
]);
const BILINGUAL_PROPS = new Set(['description', 'returns', 'defaultText']);

function emptyBilingual(f) {
  return f.createObjectLiteralExpression([
    f.createPropertyAssignment('zh', f.createStringLiteral('')),
    f.createPropertyAssignment('en', f.createStringLiteral('')),
  ]);
}

const isText = (node) => ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);

/** `include(fileName)` picks the sources to strip (default: every one). */
function stripDocText(include = () => true) {
  return (context) => {
    const f = context.factory;
    const visit = (node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && ARG_BUILDERS.has(node.expression.text)) {
        const blank = ARG_BUILDERS.get(node.expression.text);
        const args = node.arguments.map((a, i) => (blank.includes(i) && ts.isObjectLiteralExpression(a) ? emptyBilingual(f) : ts.visitNode(a, visit)));
        return f.updateCallExpression(node, node.expression, node.typeArguments, args);
      }
      if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
        const name = node.name.text;
        if (BILINGUAL_PROPS.has(name) && ts.isObjectLiteralExpression(node.initializer)) {
          return f.updatePropertyAssignment(node, node.name, emptyBilingual(f));
        }
        if (name === 'quote' && isText(node.initializer)) return f.updatePropertyAssignment(node, node.name, f.createStringLiteral(''));
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (sourceFile) => (include(sourceFile.fileName) ? ts.visitNode(sourceFile, visit) : sourceFile);
  };
}

module.exports = { stripDocText };
