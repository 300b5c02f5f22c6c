import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildState, harnessBuildSettings } from "./addin-build";

const settings = harnessBuildSettings({ addinPort: 3000, apiPort: 7071, mode: "development" });

function outDir(stamp?: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "hwc-build-"));
  writeFileSync(join(dir, "taskpane.html"), "<!doctype html>");
  if (stamp !== undefined) writeFileSync(join(dir, "hwc-harness-build.json"), JSON.stringify(stamp));
  return dir;
}

const future = new Date(Date.now() + 24 * 3600 * 1000).toISOString();

test("the harness build points office.js at the harness's stand-in on the add-in's own origin", () => {
  expect(settings.officeJsUrl).toBe("https://localhost:3000/harness/office.js");
  expect(settings.apiBaseUrl).toBe("https://localhost:7071");
});

test("a directory without a build is not fresh", () => {
  expect(buildState(mkdtempSync(join(tmpdir(), "hwc-empty-")), settings)).toEqual({ fresh: false, reason: expect.stringContaining("has no add-in build") });
});

test("a build without the harness stamp (e.g. npm run build for Microsoft's office.js) is not fresh", () => {
  expect(buildState(outDir(), settings)).toEqual({ fresh: false, reason: expect.stringContaining("not built for the harness") });
});

test("a build made with other ports or mode is not fresh", () => {
  const other = harnessBuildSettings({ addinPort: 3001, apiPort: 7071, mode: "development" });
  expect(buildState(outDir({ settings: other, sourcesAsOf: future }), settings)).toEqual({ fresh: false, reason: "it was built with other settings" });
});

test("a build whose sources changed after it started is not fresh", () => {
  const dir = outDir({ settings, sourcesAsOf: "2000-01-01T00:00:00.000Z" });
  expect(buildState(dir, settings)).toEqual({ fresh: false, reason: expect.stringContaining("changed since it was built") });
});

test("a harness build with the same settings, newer than every source, is fresh", () => {
  const dir = outDir({ settings, sourcesAsOf: future });
  expect(buildState(dir, settings)).toEqual({ fresh: true });
});
