import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { runAdmin } from "./run-admin";

const exampleConfig = path.join(__dirname, "../../docs/scripts/hwc-config.example.json");

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runAdmin(argv, { write: (text) => (stdout += text), writeError: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe("npm run admin", () => {
  let outDir: string;
  beforeEach(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), "hwc-admin-"));
  });
  afterEach(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it("prints the usage in Dutch and English for --help", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Gebruik: npm run admin -- exchange-script --config BESTAND [--out MAP]");
    expect(result.stdout).toContain("Usage: npm run admin -- exchange-script --config FILE [--out DIR]");
  });

  it("writes the seven scripts into --out", async () => {
    const result = await run(["exchange-script", "--config", exampleConfig, "--out", outDir]);
    expect(result.code).toBe(0);
    expect((await readdir(outDir)).sort()).toEqual([
      "school-check.ps1",
      "school-mailboxes.ps1",
      "school-retention-exclusions.ps1",
      "school-sweep-access.ps1",
      "veiligthuis-dlp-policy.ps1",
      "veiligthuis-mail-flow-rule.ps1",
      "veiligthuis-mailbox.ps1",
    ]);
    expect(await readFile(path.join(outDir, "school-mailboxes.ps1"), "utf8")).toContain("hwc.deregenboog@gooisescholen.example");
  });

  it("accepts --config=FILE", async () => {
    expect((await run(["exchange-script", `--config=${exampleConfig}`, `--out=${outDir}`])).code).toBe(0);
  });

  it("refuses a bad config with the field name, writes nothing and exits 1", async () => {
    const config = path.join(outDir, "bad.json");
    await writeFile(config, JSON.stringify({ school: { tenantId: "x" } }));
    const result = await run(["exchange-script", "--config", config, "--out", path.join(outDir, "scripts")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("school.tenantId: geen geldige GUID");
    expect(result.stderr).toContain("school.mailboxes: ontbreekt / is missing");
    expect(await readdir(outDir)).toEqual(["bad.json"]);
  });

  it("says the file is not JSON", async () => {
    const config = path.join(outDir, "broken.json");
    await writeFile(config, "{ school: ");
    const result = await run(["exchange-script", "--config", config]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Het configuratiebestand is geen geldige JSON");
  });

  it("says a missing file cannot be read", async () => {
    const result = await run(["exchange-script", "--config", path.join(outDir, "missing.json")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Kan het configuratiebestand niet lezen");
  });

  it("writes the service mailbox file to --out", async () => {
    const file = path.join(outDir, "mailboxes.json");
    const result = await run(["service-mailboxes", "--config", exampleConfig, "--out", file]);
    expect(result.code).toBe(0);
    expect(JSON.parse(await readFile(file, "utf8")).mailboxes[0].functionaries).toEqual(["a1b2c3d4-0002-4000-8000-000000000002"]);
  });

  it("refuses the service mailbox file when a functionary's object id is missing, naming the field", async () => {
    const config = path.join(outDir, "no-oid.json");
    const example = JSON.parse(await readFile(exampleConfig, "utf8"));
    delete example.school.mailboxes[0].functionaries[0].objectId;
    await writeFile(config, JSON.stringify(example));
    const result = await run(["service-mailboxes", "--config", config]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("school.mailboxes[0].functionaries[0].objectId: ontbreekt");
    expect(await readdir(outDir)).toEqual(["no-oid.json"]);
  });

  it("exits 2 for an unknown command, an unknown option or a missing --config", async () => {
    expect(await run(["make-scripts"])).toMatchObject({ code: 2, stderr: expect.stringContaining("Onbekende opdracht: make-scripts") });
    expect(await run(["exchange-script", "--conifg", "x"])).toMatchObject({ code: 2, stderr: expect.stringContaining("Onbekende optie: --conifg") });
    expect(await run(["exchange-script"])).toMatchObject({ code: 2, stderr: expect.stringContaining("--config BESTAND") });
    expect(await run(["exchange-script", "--config"])).toMatchObject({ code: 2, stderr: expect.stringContaining("De optie --config heeft een waarde nodig") });
  });
});
