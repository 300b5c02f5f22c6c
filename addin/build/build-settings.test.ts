// The add-in's build settings: every problem at once, each in Dutch and then in English. Read in a Node process of
// its own, as webpack reads them (the settings load the TypeScript catalogue through tsx, which jest's module
// system does not host).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SCRIPT = `
const { readBuildSettings } = require("./addin/build/build-settings.cjs");
try { process.stdout.write(JSON.stringify({ settings: readBuildSettings(JSON.parse(process.argv[1])) })); }
catch (error) { process.stdout.write(JSON.stringify({ problem: error.message })); }`;

function readBuildSettings(env: NodeJS.ProcessEnv): { settings?: Record<string, unknown>; problem?: string } {
  return JSON.parse(execFileSync(process.execPath, ["-e", SCRIPT, JSON.stringify(env)], { cwd: join(__dirname, "..", ".."), encoding: "utf8" }));
}

function buildProblem(env: NodeJS.ProcessEnv): string {
  const result = readBuildSettings(env);
  if (result.problem === undefined) throw new Error("expected the build settings to be refused");
  return result.problem;
}

// Node and tsx start for each case: a hang guard on a busy machine, not a timing claim.
jest.setTimeout(60_000);

test("the defaults build", () => {
  expect(readBuildSettings({}).settings).toMatchObject({ addinBaseUrl: "https://localhost:3000", senderAddress: "handlewithcare@veiligthuisgv.example" });
});

test("every bad build setting is named, in Dutch first and then in English", () => {
  const message = buildProblem({ HWC_ADDIN_BASE_URL: "http://localhost:3000", HWC_SENDER_ADDRESS: "geen-adres", HWC_SPA_CLIENT_ID: "app" });
  const [dutch = "", english = ""] = message.split("\n\n");
  expect(dutch.split("\n")).toEqual([
    "De bouwinstellingen van de invoegtoepassing hebben 3 problemen (zie addin/README.md):",
    "- HWC_ADDIN_BASE_URL moet een https://-adres zijn (Office laadt invoegtoepassingen alleen via https): http://localhost:3000",
    "- HWC_SENDER_ADDRESS is geen e-mailadres: geen-adres",
    "- HWC_SPA_CLIENT_ID is geen client-id (GUID): app",
  ]);
  expect(english.split("\n")[0]).toBe("The add-in build configuration has 3 problems (see addin/README.md):");
  expect(english).toContain("- HWC_SENDER_ADDRESS is not an e-mail address: geen-adres");
});

test("an invalid register is reported row by row, as the import tool says it, not as JSON", () => {
  const register = join(mkdtempSync(join(tmpdir(), "hwc-build-")), "register.json");
  writeFileSync(register, JSON.stringify([{ id: "regenboog-hilversum", name: "De Regenboog", brin: "12A", place: "Hilversum", hwcAddress: "hwc.deregenboog@gooisescholen.example", region: "noord", parentsInformedOn: "2025-08-25", active: true }]));
  const message = buildProblem({ HWC_REGISTER_FILE: register });
  expect(message).toContain(`- HWC_REGISTER_FILE ${register} is geen geldig scholenregister; maak het opnieuw met npm run register:import:\n    Rij 1, kolom brin: Een BRIN-nummer`);
  expect(message).toContain("Row 1, column brin: A BRIN number");
  expect(message).not.toContain('"code"');
});
