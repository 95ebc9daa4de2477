/**
 * Webpack loader for src/registry/docTextTable.ts: the module becomes the table itself, a
 * literal computed from the unstripped sources, so the lazily loaded chunk holds the words
 * the start-up bundle leaves out (scripts/strip-doc-text.js) and no code.
 */
const { SRC, requireSource } = require('./node-sources');

module.exports = function docTextLoader() {
  // Any source may change a text: under `webpack serve` an edit anywhere rebuilds the table.
  this.addContextDependency(SRC);
  const table = requireSource('src/registry/docTextTable.ts').default;
  return `export default ${JSON.stringify(table)};\n`;
};
