/* eslint-disable @typescript-eslint/no-require-imports -- webpack loads its configuration as CommonJS (package.json has no "type": "module") */
// Builds the Outlook add-in: one page per surface plus the stand-alone send guard. See addin/README.md.
//   dist/taskpane.html   compose pane (caseworker)          React + Fluent UI
//   dist/readpane.html   "Bevestigen en verwijderen" pane   React + Fluent UI, sign-in code loaded on click
//   dist/commands.html   function file and event runtime    no React; loads launchevent.js
//   dist/launchevent.js  send guard (OnMessageSend)         one self-contained file, no content hash (see README)
//   dist/help.html       the manifest's SupportUrl          no script; words from shared/messages/help.ts
//   dist/unsupported.html base ItemEdit form                what an Outlook without add-in commands shows
//   dist/manifest.xml    manifest.xml with HWC_ADDIN_BASE_URL substituted
// Two compilations: the send guard is compiled for ES2016 (classic Outlook's JavaScript-only runtime), the
// pages for ES2020 (the webviews that host panes), which keeps the domain's Unicode regular expressions native.
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { readBuildSettings } = require("./addin/build/build-settings.cjs");
const { pageHtml } = require("./addin/build/page-html.cjs");
const { PageWeightPlugin } = require("./addin/build/page-weight.cjs");
const { manifestForBaseUrl } = require("./addin/build/manifest-for-base-url.cjs");
const { helpPageHtml, unsupportedPageHtml } = require("./addin/build/static-pages.cjs");

// HWC_DIST_DIR lets tests build into a temporary directory.
const DIST = path.resolve(__dirname, process.env.HWC_DIST_DIR || "dist");

function typescriptRules(target) {
  return [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      use: {
        loader: "swc-loader",
        options: { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target } },
      },
    },
    // Our own modules only declare and export: let webpack drop whatever a page does not use
    // (the send guard must not carry the register's zod schema or the panes' components).
    { test: /[\\/](shared|addin)[\\/].*\.tsx?$/, sideEffects: false },
    { test: /[\\/]addin[\\/](taskpane|readpane)[\\/]index\.tsx$|[\\/]addin[\\/]commands[\\/]commands\.ts$|[\\/]addin[\\/]launchevent[\\/]launchevent\.ts$/, sideEffects: true },
  ];
}

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  const settings = readBuildSettings();
  const define = new webpack.DefinePlugin({
    HWC_BUILD_CONFIG: JSON.stringify({
      addinBaseUrl: settings.addinBaseUrl,
      apiBaseUrl: settings.apiBaseUrl,
      apiScope: settings.apiScope,
      spaClientId: settings.spaClientId,
      authority: settings.authority,
      senderAddress: settings.senderAddress,
      schools: settings.schools,
    }),
  });
  const pageWeight = new PageWeightPlugin();
  const common = {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' CSP allows no 'unsafe-eval'.
    devtool: production ? false : "source-map",
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
      // MSAL's nested-app-auth controller without its standard (redirect/popup/iframe) controller, which the
      // read pane never uses: ~34 KB gz less. MSAL is pinned; see addin/readpane/nested-app-auth.ts.
      alias: { "@hwc/msal-nested-app-auth": path.resolve(__dirname, "node_modules/@azure/msal-browser/dist") },
    },
    performance: { hints: false },
    stats: "errors-warnings",
  };

  const sendGuard = {
    ...common,
    name: "send-guard",
    target: ["web", "es2016"],
    entry: { launchevent: "./addin/launchevent/launchevent.ts" },
    // launchevent.js keeps a fixed name: the manifest names its URL, and a deployed manifest changes only
    // when the admin uploads a new one. It is one file: classic Outlook loads nothing else.
    output: { path: DIST, filename: "[name].js", publicPath: "auto", clean: true },
    module: { rules: typescriptRules("es2016") },
    optimization: { minimize: production, splitChunks: false },
    plugins: [define, pageWeight],
  };

  const page = (name, chunks, extraScripts) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      chunks,
      chunksSortMode: "manual",
      inject: false,
      scriptLoading: "defer",
      templateContent: pageHtml(settings, { title: "Handle with Care", withRoot: name !== "commands", extraScripts }),
      minify: false,
    });

  const pages = {
    ...common,
    name: "pages",
    dependencies: ["send-guard"],
    target: ["web", "es2020"],
    entry: {
      taskpane: "./addin/taskpane/index.tsx",
      readpane: "./addin/readpane/index.tsx",
      commands: "./addin/commands/commands.ts",
    },
    output: {
      path: DIST,
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: false,
    },
    module: { rules: typescriptRules("es2020") },
    optimization: { minimize: production, splitChunks: false },
    plugins: [
      define,
      page("taskpane", ["taskpane"], []),
      page("readpane", ["readpane"], []),
      page("commands", ["commands"], ["launchevent.js"]),
      new HtmlWebpackPlugin({ filename: "help.html", chunks: [], inject: false, templateContent: () => helpPageHtml(settings), minify: false }),
      new HtmlWebpackPlugin({ filename: "unsupported.html", chunks: [], inject: false, templateContent: () => unsupportedPageHtml(settings), minify: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => manifestForBaseUrl(content.toString("utf8"), settings) },
          { from: "addin/assets/*.png", to: "assets/[name][ext]" },
        ],
      }),
      pageWeight,
    ],
  };

  return [sendGuard, pages];
};
