/* eslint-disable @typescript-eslint/no-require-imports -- webpack loads its configuration as CommonJS (package.json has no "type": "module") */
// Builds the Outlook add-in: one page per surface plus the stand-alone send guard. See addin/README.md.
//   dist/taskpane.html   compose pane (caseworker)          React + Fluent UI
//   dist/readpane.html   "Bevestigen en verwijderen" pane   React + Fluent UI, sign-in code loaded on click
//   dist/commands.html   function file and event runtime    no React; loads launchevent.js
//   dist/launchevent.js  send guard (OnMessageSend)         one self-contained file, no content hash (see README)
//   dist/manifest.xml    manifest.xml with HWC_ADDIN_BASE_URL substituted
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { readBuildSettings } = require("./addin/build/build-settings.cjs");
const { pageHtml } = require("./addin/build/page-html.cjs");
const { PageWeightPlugin } = require("./addin/build/page-weight.cjs");
const { manifestForBaseUrl } = require("./addin/build/manifest-for-base-url.cjs");

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  const settings = readBuildSettings();
  const buildConfig = {
    addinBaseUrl: settings.addinBaseUrl,
    apiBaseUrl: settings.apiBaseUrl,
    apiScope: settings.apiScope,
    spaClientId: settings.spaClientId,
    authority: settings.authority,
    senderAddress: settings.senderAddress,
    schools: settings.schools,
  };

  const page = (name, title, chunks, withRoot) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      chunks,
      chunksSortMode: "manual",
      inject: false,
      scriptLoading: "defer",
      templateContent: pageHtml(settings, { title, withRoot }),
      minify: false,
    });

  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' CSP allows no 'unsafe-eval'.
    devtool: production ? false : "source-map",
    target: ["web", "es2017"],
    entry: {
      taskpane: "./addin/taskpane/index.tsx",
      readpane: "./addin/readpane/index.tsx",
      commands: "./addin/commands/commands.ts",
      launchevent: "./addin/launchevent/launchevent.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // launchevent.js keeps a fixed name: the manifest names its URL, and a deployed manifest changes only
      // when the admin uploads a new one.
      filename: (pathData) => (pathData.chunk.name === "launchevent" || !production ? "[name].js" : "[name].[contenthash:8].js"),
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            options: {
              jsc: {
                parser: { syntax: "typescript", tsx: true },
                transform: { react: { runtime: "automatic" } },
                target: "es2017",
              },
            },
          },
        },
        // Our own modules only declare and export: let webpack drop whatever a page does not use
        // (the send guard must not carry the register's zod schema or the pane's components).
        { test: /[\\/](shared|addin)[\\/].*\.tsx?$/, sideEffects: false },
        { test: /[\\/]addin[\\/](taskpane|readpane|commands|launchevent)[\\/](index\.tsx|commands\.ts|launchevent\.ts)$/, sideEffects: true },
      ],
    },
    optimization: {
      minimize: production,
      splitChunks: false,
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ HWC_BUILD_CONFIG: JSON.stringify(buildConfig) }),
      page("taskpane", "Handle with Care", ["taskpane"], true),
      page("readpane", "Handle with Care", ["readpane"], true),
      page("commands", "Handle with Care", ["launchevent", "commands"], false),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => manifestForBaseUrl(content.toString("utf8"), settings) },
          { from: "addin/assets/*.png", to: "assets/[name][ext]" },
        ],
      }),
      new PageWeightPlugin(),
    ],
    stats: "errors-warnings",
  };
};
