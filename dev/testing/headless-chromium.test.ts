import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findChromium } from "./headless-chromium";

test("without any Chromium the browser tests fail with the command that installs it", () => {
  expect(() => findChromium({ PATH: "" }, [])).toThrow("install Chromium: apt-get install chromium");
});

test("HWC_CHROMIUM_PATH naming a missing file is refused with the install command, not ignored", () => {
  expect(() => findChromium({ PATH: "", HWC_CHROMIUM_PATH: "/nonexistent/chromium" }, [])).toThrow(/HWC_CHROMIUM_PATH=\/nonexistent\/chromium .*apt-get install chromium/);
});

test("a chromium executable on PATH is found", () => {
  const dir = mkdtempSync(join(tmpdir(), "hwc-chromium-"));
  writeFileSync(join(dir, "chromium"), "#!/bin/sh\n", { mode: 0o755 });
  expect(findChromium({ PATH: dir }, [])).toBe(join(dir, "chromium"));
});
