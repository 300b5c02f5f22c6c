/* eslint-disable @typescript-eslint/no-require-imports -- webpack loads its configuration as CommonJS (package.json has no "type": "module") */
// After a build, prints the gzip size of all JavaScript each page loads (its initial chunks plus every chunk
// it can load later, such as the read pane's sign-in code) and writes dist/bundle-sizes.json for the benchmark.
// One instance serves both compilations (send guard, pages): sizes are collected per entry across them.
const zlib = require("node:zlib");

// Which webpack entries each page (or stand-alone bundle) loads. commands.html also hosts the send guard.
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
  constructor() {
    /** entry name → [{ file, gzip, raw }] */
    this.entries = new Map();
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("PageWeightPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "PageWeightPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        for (const [entry, entrypoint] of compilation.entrypoints) {
          this.entries.set(
            entry,
            [...jsFilesOf(entrypoint)].map((file) => {
              const source = compilation.getAsset(file).source.buffer();
              return { file, raw: source.length, gzip: zlib.gzipSync(source, { level: 9 }).length };
            }),
          );
        }
        if (!PAGES.taskpane.every((entry) => this.entries.has(entry))) return;
        const sizes = {};
        const lines = [];
        for (const [page, entries] of Object.entries(PAGES)) {
          const files = new Map();
          for (const entry of entries) for (const file of this.entries.get(entry) ?? []) files.set(file.file, file);
          const gzip = [...files.values()].reduce((sum, file) => sum + file.gzip, 0);
          const raw = [...files.values()].reduce((sum, file) => sum + file.raw, 0);
          sizes[page] = gzip;
          lines.push(`  ${page.padEnd(12)} ${(gzip / 1024).toFixed(1).padStart(7)} KB gz  ${(raw / 1024).toFixed(1).padStart(7)} KB  ${[...files.keys()].join(", ")}`);
        }
        compilation.emitAsset("bundle-sizes.json", new sources.RawSource(`${JSON.stringify(sizes, null, 2)}\n`));
        this.report = `JavaScript per page, gzip level 9 (all chunks the page loads):\n${lines.join("\n")}\n`;
      });
    });
    compiler.hooks.done.tap("PageWeightPlugin", () => {
      if (this.report) process.stdout.write(this.report);
      this.report = undefined;
    });
  }
}

module.exports = { PageWeightPlugin, PAGES };
