const webpack = require('webpack');
/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * The Excel add-in build: functions.js (custom functions, loaded at Excel start-up),
 * taskpane.js + taskpane.html (the shared-runtime page), functions.json and
 * functions.zh-CN.json (generated from the registry), manifest.xml and the icons.
 *
 *   webpack --mode production          → dist/
 *   webpack serve --mode development   → https://localhost:3000/ (http without dev certs)
 *
 * ADDIN_BASE_URL=https://host/path/ rewrites https://localhost:3000/ in dist/manifest.xml.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { SRC, requireSource, forgetSources } = require('./scripts/node-sources');
const { stripDocText } = require('./scripts/strip-doc-text');

const DEV_ORIGIN = 'https://localhost:3000/';
const DEV_PORT = 3000;

/**
 * The registry's sources, which functions.js carries: their documentation texts are blanked
 * (scripts/strip-doc-text.js) and come back from the doctexts chunk when the task pane or
 * EXPLAIN needs them. The task pane's own sources keep every word.
 */
const STRIPPED_SOURCES = ['engine', 'registry', 'functions', 'rates', 'catalogue'].map((dir) => path.join(SRC, dir) + path.sep);
const DOC_TEXT_TABLE = path.join(SRC, 'registry', 'docTextTable.ts');

/**
 * Emits functions.json (English) and functions.zh-CN.json (Chinese) from the registry, the
 * same TypeScript the functions.js bundle is built from, with every description (which the
 * bundle leaves out). The sources are loaded through ts-node (transpile only; `npm run
 * typecheck` type-checks); under `webpack serve` the module cache is dropped on every
 * compilation so an edited registry is picked up.
 */
class CustomFunctionsMetadataPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CustomFunctionsMetadataPlugin', (compilation) => {
      forgetSources();
      compilation.hooks.processAssets.tap(
        { name: 'CustomFunctionsMetadataPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          let buildMetadata;
          try {
            buildMetadata = requireSource('src/excel/metadata.ts').buildMetadata;
          } catch (e) {
            compilation.errors.push(new compiler.webpack.WebpackError(`functions.json: ${e && e.stack ? e.stack : e}`));
            return;
          }
          for (const [file, lang] of [
            ['functions.json', 'en'],
            ['functions.zh-CN.json', 'zh'],
          ]) {
            const json = JSON.stringify(buildMetadata(lang), null, 2) + '\n';
            compilation.emitAsset(file, new sources.RawSource(json));
          }
        },
      );
    });
  }
}

/** dist/manifest.xml: the dev URLs, or ADDIN_BASE_URL's when a deployment sets it. */
function manifestTransform(content) {
  const base = process.env.ADDIN_BASE_URL;
  if (!base) return content;
  if (!/^https:\/\/[^\s"<>]+\/$/.test(base)) {
    throw new Error(`ADDIN_BASE_URL must be an https URL ending in "/", got ${JSON.stringify(base)}`);
  }
  return content.toString().split(DEV_ORIGIN).join(base);
}

/**
 * The dev server's transport. Office requires https. With the Office dev certificates
 * (office-addin-dev-certs) we serve https via getHttpsServerOptions. On Windows and macOS
 * that call also creates and trusts them for the current user, as Microsoft's templates do.
 * On Linux without existing certificates (CI, containers) it would need sudo to touch the
 * system trust store, so we fall back to plain http instead: the page still serves (for
 * tests and a browser), but Excel will not load the add-in until
 * `npx office-addin-dev-certs install` has been run and the server restarted.
 */
async function devServerTransport() {
  const certDir = path.join(os.homedir(), '.office-addin-dev-certs');
  const haveCerts = ['ca.crt', 'localhost.crt', 'localhost.key'].every((f) => fs.existsSync(path.join(certDir, f)));
  if (!haveCerts && process.platform !== 'win32' && process.platform !== 'darwin') {
    console.warn(
      '[dev-server] No Office dev certificates found: serving plain http on port 3000. ' +
        'Run `npx office-addin-dev-certs install` for https (Excel needs it).',
    );
    return 'http';
  }
  try {
    const { getHttpsServerOptions } = require('office-addin-dev-certs');
    return { type: 'https', options: await getHttpsServerOptions() };
  } catch (e) {
    console.warn(`[dev-server] Office dev certificates unavailable (${e && e.message ? e.message : e}): serving plain http.`);
    return 'http';
  }
}

module.exports = async (env, argv) => {
  const { REGISTRATION_FILES, REGISTRATION_MAX_BYTES } = requireSource('bench/budgets.ts');
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const dev = mode === 'development';
  return {
    mode,
    target: ['web', 'es2020'],
    devtool: dev ? 'source-map' : false,
    entry: {
      functions: './src/excel/functions.ts',
      // The task pane uses the engine and registry that functions.js already carries (the page
      // loads both): `dependOn` keeps one copy of them and keeps the UI out of functions.js.
      taskpane: { import: './src/taskpane/taskpane.ts', dependOn: 'functions' },
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      // Chunks (the policy catalogue) load relative to the page, which sits beside them in dist/.
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          oneOf: [
            { include: DOC_TEXT_TABLE, use: path.resolve(__dirname, 'scripts/doc-text-loader.js') },
            {
              use: {
                loader: 'ts-loader',
                options: {
                  // Type checking is `npm run typecheck`; ES modules here let webpack tree-shake.
                  transpileOnly: true,
                  compilerOptions: { module: 'es2020', moduleResolution: 'node', sourceMap: dev },
                  getCustomTransformers: () => ({
                    before: [stripDocText((file) => STRIPPED_SOURCES.some((dir) => path.resolve(file).startsWith(dir)))],
                  }),
                },
              },
            },
          ],
        },
      ],
    },
    plugins: [
      // In the browser the policy catalogue (clause texts, ~125 KB) is a chunk of its own,
      // fetched on first use: swap the records module for its lazy twin.
      new webpack.NormalModuleReplacementPlugin(/(^|[\\/])records$/, (resource) => {
        const target = path.resolve(resource.context, resource.request);
        if (target === path.resolve(__dirname, 'src/catalogue/records')) resource.request = `${target}.lazy`;
      }),
      new CustomFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // Functions first: in the shared runtime they must be associated as early as possible.
        // The template writes the script tags itself: not deferred, before the stylesheet (see there).
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        inject: false,
      }),
      // The task pane's stylesheet, linked from taskpane.html (the CSP allows only 'self' styles).
      new CopyWebpackPlugin({ patterns: [{ from: 'src/taskpane/taskpane.css', to: 'taskpane.css' }] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'manifest.xml', to: 'manifest.xml', transform: manifestTransform },
          { from: 'assets', to: 'assets' },
        ],
      }),
    ],
    performance: {
      // What Excel loads at start-up; test/excel/sizes.test.ts fails above the same budget.
      hints: dev ? false : 'warning',
      maxEntrypointSize: REGISTRATION_MAX_BYTES,
      maxAssetSize: REGISTRATION_MAX_BYTES,
      // The task pane's entry point counts functions.js too (dependOn), but is not on Excel's start-up path.
      assetFilter: (file) => REGISTRATION_FILES.includes(file),
    },
    devServer: {
      port: DEV_PORT,
      server: env && env.WEBPACK_SERVE ? await devServerTransport() : 'http',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
    },
  };
};
