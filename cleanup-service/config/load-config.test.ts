import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, loadConfig } from "./load-config";

const standIn = { HWC_PROFILE: "local", HWC_STANDIN_URL: "https://127.0.0.1:4443" };

test("the local profile fills the demo tenant's values and derives Graph and the authority from the stand-in URL", () => {
  const config = loadConfig(standIn);
  expect(config.authorityHost).toBe("https://127.0.0.1:4443");
  expect(config.graphBaseUrl).toBe("https://127.0.0.1:4443/v1.0");
  expect(config.api.clientId).toBe("c1ea0000-0000-4000-8000-00000000a001");
  expect(config.http.port).toBe(7071);
  expect(config.http.addinOrigin).toBe("https://localhost:3000");
  expect(config.mailboxes.map((m) => m.address)).toEqual(["hwc.deregenboog@gooisescholen.example", "hwc.hetkompas@gooisescholen.example"]);
  expect(config.mailboxes[0]?.trustedSenders[0]?.acknowledgeTo).toBe("handlewithcare@veiligthuisgv.example");
  expect(config.sweep.expireUnacknowledgedAfterHours).toBeUndefined();
});

test("production without settings reports every missing variable at once", () => {
  let error: unknown;
  try {
    loadConfig({ HWC_PROFILE: "production" });
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ConfigError);
  const problems = (error as ConfigError).problems.map((problem) => problem.en).join("\n");
  for (const name of ["HWC_TENANT_ID", "HWC_API_CLIENT_ID", "HWC_SWEEP_CLIENT_ID", "HWC_MAILBOXES_FILE", "HWC_LOG_HASH_KEY", "HWC_REPORT_SIGNING_KEY_FILE"]) {
    expect(problems).toContain(name);
  }
  expect(problems).not.toContain("HWC_TLS");
});

test("loading needs no TLS files (Azure Functions and the CLI serve no HTTPS); the HTTPS server refuses to start without them, naming both", async () => {
  const { startCleanupServer } = await import("../http/server");
  const config = loadConfig(standIn);
  const withoutTls = { ...config, http: { ...config.http, tlsCertFile: "", tlsKeyFile: "" } };
  await expect(startCleanupServer({ config: withoutTls })).rejects.toThrow(/HWC_TLS_CERT_FILE[\s\S]*HWC_TLS_KEY_FILE/);
});

test("invalid values are named with what to give instead", () => {
  expect(() => loadConfig({ ...standIn, HWC_PORT: "seventy", HWC_GRAPH_MAX_IN_FLIGHT: "9", HWC_ADDIN_ORIGIN: "http://localhost:3000" })).toThrow(
    /HWC_PORT is not valid[\s\S]*HWC_ADDIN_ORIGIN must be an https:\/\/ URL|HWC_ADDIN_ORIGIN[\s\S]*HWC_PORT/,
  );
});

test("an expiry policy for unacknowledged signals is off unless a number of hours is given", () => {
  expect(loadConfig({ ...standIn, HWC_SWEEP_EXPIRE_UNACKNOWLEDGED_AFTER_HOURS: "72" }).sweep.expireUnacknowledgedAfterHours).toBe(72);
});

test("HWC_API_SCOPE may be the scope name or the full URI the add-in's build uses", () => {
  expect(loadConfig({ ...standIn, HWC_API_SCOPE: "api://c1ea0000-0000-4000-8000-00000000a001/access_as_user" }).api.scope).toBe("access_as_user");
  expect(loadConfig({ ...standIn, HWC_API_SCOPE: "access_as_user" }).api.scope).toBe("access_as_user");
});

function configErrorOf(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

test("every problem is said in Dutch first, then in English, each naming the variable", () => {
  const error = configErrorOf({ HWC_PROFILE: "production", HWC_PORT: "zeventig", HWC_LOG_HASH_KEY: "kort" });
  const [dutch = "", english = ""] = error.message.split("\n\n");
  expect(dutch.split("\n")[0]).toBe("De opschoondienst kan niet starten. Pas deze instellingen aan (zie .env.example):");
  expect(english.split("\n")[0]).toBe("The cleanup service cannot start; fix these settings (see .env.example):");
  expect(dutch).toContain("- HWC_TENANT_ID ontbreekt: de tenant-id van de school (een GUID)");
  expect(dutch).toContain("- HWC_PORT is niet geldig: geef een poortnummer (0 tot en met 65535)");
  expect(dutch).toContain("- HWC_LOG_HASH_KEY is te kort: gebruik minstens 32 willekeurige tekens");
  expect(english).toContain("- HWC_TENANT_ID is missing: the school tenant id (GUID)");
  for (const problem of error.problems) {
    expect(problem.nl).not.toBe(problem.en);
    expect(problem.nl.split(" ")[0]).toBe(problem.en.split(" ")[0]);
  }
});

test("problems in the mailboxes file name the field, in Dutch and English", () => {
  const file = join(mkdtempSync(join(tmpdir(), "hwc-mailboxes-")), "mailboxes.json");
  writeFileSync(file, JSON.stringify({ mailboxes: [{ address: "geen-adres", functionaries: ["123"], trustedSenders: [], purgeSettingsVerifiedOn: "31-11-2026" }] }));
  const problems = configErrorOf({ ...standIn, HWC_MAILBOXES_FILE: file }).problems;
  expect(problems.map((problem) => problem.nl)).toEqual(
    expect.arrayContaining([
      "HWC_MAILBOXES_FILE, veld mailboxes.0.address: is geen geldig e-mailadres",
      "HWC_MAILBOXES_FILE, veld mailboxes.0.functionaries.0: is geen geldige object-id (GUID, xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)",
      "HWC_MAILBOXES_FILE, veld mailboxes.0.trustedSenders: moet minstens 1 waarde bevatten",
      "HWC_MAILBOXES_FILE, veld mailboxes.0.purgeSettingsVerifiedOn: is geen bestaande datum als JJJJ-MM-DD",
    ]),
  );
  expect(problems.map((problem) => problem.en)).toContain("HWC_MAILBOXES_FILE, field mailboxes.0.address: is not a valid e-mail address");
});

test("a mailbox may carry the day the admin verified its purge settings", () => {
  const file = join(mkdtempSync(join(tmpdir(), "hwc-mailboxes-")), "mailboxes.json");
  const local = JSON.parse(readFileSync("config/mailboxes.local.json", "utf8")) as { mailboxes: Record<string, unknown>[] };
  local.mailboxes[0] = { ...local.mailboxes[0], purgeSettingsVerifiedOn: "2026-11-20" };
  writeFileSync(file, JSON.stringify(local));
  expect(loadConfig({ ...standIn, HWC_MAILBOXES_FILE: file }).mailboxes.map((mailbox) => mailbox.purgeSettingsVerifiedOn)).toEqual(["2026-11-20", undefined]);
});

test("without HWC_STANDIN_URL the local profile finds the stand-in where npm start runs it (port 5443, or HWC_EMULATOR_PORT)", () => {
  expect(loadConfig({}).graphBaseUrl).toBe("https://127.0.0.1:5443/v1.0");
  expect(loadConfig({ HWC_EMULATOR_PORT: "6443" }).authorityHost).toBe("https://127.0.0.1:6443");
  expect(loadConfig({ HWC_EMULATOR_PORT: "6443", HWC_STANDIN_URL: "https://127.0.0.1:4443" }).authorityHost).toBe("https://127.0.0.1:4443");
});
