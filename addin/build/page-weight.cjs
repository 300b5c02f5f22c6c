/* eslint-disable @typescript-eslint/no-require-imports -- webpack loads its configuration as CommonJS (package.json has no "type": "module") */
// After a build, prints the gzip size of all JavaScript each page loads (its initial chunks plus every chunk
// it can load later, such as the read pane's sign-in code) and writes dist/bundle-sizes.json for the benchmark.
const zlib = require("node:zlib");

// Which webpack entrypoints each page (or stand-alone bundle) loads. commands.html also hosts the send guard.
const PAGES = {
  taskpane: ["taskpane"],
  readpane: ["readpane"],
  commands: ["commands", "launchevent"],
  launchevent: ["launchevent"],
};

function jsFilesOf(chunkGroup, seen = new Set()) {
  const files = new Set();
  if (seen.has(chunkGroup)) return files;
  seen.add(chunkGroup);
  for (const chunk of chunkGroup.chunks) for (const file of chunk.files) if (file.endsWith(".js")) files.add(file);
  for (const child of chunkGroup.getChildren()) for (const file of jsFilesOf(child, seen)) files.add(file);
  return files;
}

class PageWeightPlugin {
  apply(compiler) {
    let report = "";
    compiler.hooks.done.tap("PageWeightPlugin", () => {
      if (report) process.stdout.write(report);
    });
    compiler.hooks.thisCompilation.tap("PageWeightPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "PageWeightPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const sizes = {};
        const lines = [];
        for (const [page, entries] of Object.entries(PAGES)) {
          const files = new Set();
          for (const entry of entries) {
            const entrypoint = compilation.entrypoints.get(entry);
            if (entrypoint) for (const file of jsFilesOf(entrypoint)) files.add(file);
          }
          let gzip = 0;
          let raw = 0;
          for (const file of files) {
            const source = compilation.getAsset(file).source.buffer();
            raw += source.length;
            gzip += zlib.gzipSync(source, { level: 9 }).length;
          }
          sizes[page] = gzip;
          lines.push(`  ${page.padEnd(12)} ${(gzip / 1024).toFixed(1).padStart(7)} KB gz  ${(raw / 1024).toFixed(1).padStart(7)} KB  ${[...files].join(", ")}`);
        }
        compilation.emitAsset("bundle-sizes.json", new compiler.webpack.sources.RawSource(`${JSON.stringify(sizes, null, 2)}\n`));
        report = `JavaScript per page, gzip level 9 (all chunks the page loads):\n${lines.join("\n")}\n`;
      });
    });
  }
}

module.exports = { PageWeightPlugin, PAGES };
