/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * The project's TypeScript sources as Node runs them (ts-node, transpile only), for the
 * build steps that derive files from the registry: functions.json and the documentation
 * texts chunk. These are the unstripped sources, whatever the browser bundle leaves out.
 */
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const SRC = path.join(ROOT, 'src');
let registered = false;

/** Requires src/… (a path relative to the project root) through ts-node. */
function requireSource(relative) {
  if (!registered) {
    require('ts-node').register({
      transpileOnly: true,
      project: path.join(ROOT, 'tsconfig.json'),
      compilerOptions: { module: 'commonjs' },
    });
    registered = true;
  }
  return require(path.join(ROOT, relative));
}

/** Forgets every loaded source module, so that `webpack serve` picks up an edited registry. */
function forgetSources() {
  for (const id of Object.keys(require.cache)) {
    if (id.startsWith(SRC + path.sep)) delete require.cache[id];
  }
}

module.exports = { SRC, requireSource, forgetSources };
