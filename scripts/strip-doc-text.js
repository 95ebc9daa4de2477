/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * A TypeScript transformer for the Excel start-up bundle (functions.js) only. Excel reads
 * function and argument descriptions from functions.json, and a rate's clause quote and
 * note serve the docs, the task pane and the provenance tests — none is read while a
 * function computes. Blanking them keeps the code Excel loads at start-up small, without a
 * second copy of anything in the source:
 *   required/optional/withDefault/repeating(name, type, DESCRIPTION[, default, DEFAULT_TEXT])
 *   { description: …, returns: …, defaultText: … }  → { zh: '', en: '' }
 *   { quote: … }                                    → ''
 *   { note: … }                                     → undefined
 * Labels, rules, error messages and citations (ref + 文号) are kept: explanations and
 * errors read them.
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

function stripDocText() {
  return (context) => {
    const f = context.factory;
    const visit = (node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && ARG_BUILDERS.has(node.expression.text)) {
        const blank = ARG_BUILDERS.get(node.expression.text);
        const args = node.arguments.map((a, i) => (blank.includes(i) ? emptyBilingual(f) : ts.visitNode(a, visit)));
        return f.updateCallExpression(node, node.expression, node.typeArguments, args);
      }
      if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
        const name = node.name.text;
        if (BILINGUAL_PROPS.has(name)) return f.updatePropertyAssignment(node, node.name, emptyBilingual(f));
        if (name === 'quote') return f.updatePropertyAssignment(node, node.name, f.createStringLiteral(''));
        if (name === 'note') return f.updatePropertyAssignment(node, node.name, f.createIdentifier('undefined'));
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (sourceFile) => ts.visitNode(sourceFile, visit);
  };
}

module.exports = { stripDocText };
