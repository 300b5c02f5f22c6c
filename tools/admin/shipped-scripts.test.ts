// The scripts and the service mailbox file under docs/scripts/ are generated from
// docs/scripts/hwc-config.example.json by this CLI; this test fails when they drift apart. Regenerate with:
//   npm run admin -- exchange-script --config docs/scripts/hwc-config.example.json --out docs/scripts
//   npm run admin -- service-mailboxes --config docs/scripts/hwc-config.example.json --out docs/scripts/hwc-mailboxes.example.json
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { generateScripts } from "./generate-scripts";
import { loadConfig } from "./load-config";
import { serviceMailboxesFile } from "./service-mailboxes";

const scriptsDir = path.join(__dirname, "../../docs/scripts");

describe("docs/scripts", () => {
  it("holds exactly what the CLI generates from the shipped example config", async () => {
    const loaded = await loadConfig(path.join(scriptsDir, "hwc-config.example.json"));
    if (!loaded.ok) throw new Error(loaded.message);
    const generated = generateScripts(loaded.config, "hwc-config.example.json");
    const shipped = readdirSync(scriptsDir).filter((file) => file.endsWith(".ps1")).sort();
    expect(shipped).toEqual(generated.map((script) => script.fileName).sort());
    for (const script of generated) {
      expect({ file: script.fileName, content: readFileSync(path.join(scriptsDir, script.fileName), "utf8") }).toEqual({
        file: script.fileName,
        content: script.content,
      });
    }
  });

  it("holds the service mailbox file the CLI generates from the shipped example config", async () => {
    const loaded = await loadConfig(path.join(scriptsDir, "hwc-config.example.json"));
    if (!loaded.ok) throw new Error(loaded.message);
    const generated = serviceMailboxesFile(loaded.config);
    if (!generated.ok) throw new Error(generated.problems.join("\n"));
    expect(readFileSync(path.join(scriptsDir, "hwc-mailboxes.example.json"), "utf8")).toBe(generated.json);
  });

  it("describes the same demo mailboxes, functionaries and sender as the service's local configuration", () => {
    const example: unknown = JSON.parse(readFileSync(path.join(scriptsDir, "hwc-mailboxes.example.json"), "utf8"));
    const local: unknown = JSON.parse(readFileSync(path.join(__dirname, "../../config/mailboxes.local.json"), "utf8"));
    expect(example).toEqual(local);
  });
});
