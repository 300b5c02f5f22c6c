// The CLI against the stand-in: sweep, report, and offline verification of the saved report.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoSeed } from "../../dev/graph-emulator/demo-seed";
import { startStandIn, type StandIn } from "../../dev/stand-in";
import { testEnvironment } from "../testing/service-under-test";
import { CANARY, REGENBOOG, signal } from "../testing/signal-scenarios";
import { runCli } from "./run-cli";

let standIn: StandIn;
let env: NodeJS.ProcessEnv;
const dir = mkdtempSync(join(tmpdir(), "hwc-cli-"));

beforeAll(async () => {
  standIn = await startStandIn({ port: 0, seed: { ...demoSeed, messages: [...(demoSeed.messages ?? []), signal({ conversationId: "AAQkAGCli=", internetMessageId: "<cli@veiligthuisgv.example>" })] } });
  env = testEnvironment(standIn.url, { HWC_LOG_LEVEL: "warn" });
});
afterAll(async () => {
  await standIn?.stop();
});

async function run(...argv: string[]) {
  return runAt(undefined, ...argv);
}

async function runAt(now: Date | undefined, ...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const clock = now ? { now: () => now } : {};
  const code = await runCli(argv, { env, stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), ...clock });
  return { code, stdout, stderr };
}

test("report writes a signed report that verify-report accepts with this installation's key", async () => {
  const file = join(dir, "report.json");
  expect((await run("report", "--mailbox", REGENBOOG, "--out", file)).code).toBe(0);
  expect(readFileSync(file, "utf8")).not.toContain(CANARY.childName);
  const verified = await run("verify-report", file);
  expect(verified.code).toBe(0);
  expect(verified.stdout).toMatch(/^GELDIG: het rapport van hwc\.deregenboog@gooisescholen\.example .* Handle with Care-berichten: 1\./);
});

test("verify-report checks the printable page too, against a published JWKS file", async () => {
  const page = join(dir, "report.html");
  const jwks = join(dir, "jwks.json");
  expect((await run("report", "--mailbox", REGENBOOG, "--html", "--out", page)).code).toBe(0);
  writeFileSync(jwks, (await run("report-key")).stdout);
  expect((await run("verify-report", page, "--key", jwks)).code).toBe(0);
});

test("verify-report refuses a report whose figures were changed", async () => {
  const file = join(dir, "tampered.json");
  expect((await run("report", "--mailbox", REGENBOOG, "--out", file)).code).toBe(0);
  writeFileSync(file, readFileSync(file, "utf8").replace('"handleWithCareItems": 1', '"handleWithCareItems": 0'));
  const verified = await run("verify-report", file);
  expect(verified.code).toBe(1);
  expect(verified.stderr).toMatch(/^ONGELDIG: /);
});

test("verify-report --mailbox refuses a valid report about another mailbox", async () => {
  const file = join(dir, "mailbox.json");
  expect((await run("report", "--mailbox", REGENBOOG, "--out", file)).code).toBe(0);
  expect((await run("verify-report", file, "--mailbox", REGENBOOG.toUpperCase())).code).toBe(0);
  const other = await run("verify-report", file, "--mailbox=hwc.hetkompas@gooisescholen.example");
  expect(other.code).toBe(1);
  expect(other.stderr).toBe(
    `ONGELDIG: het rapport gaat over ${REGENBOOG}, niet over hwc.hetkompas@gooisescholen.example. Vertrouw dit rapport niet; vraag de school om een nieuw rapport.\n` +
      `INVALID: the report is about ${REGENBOOG}, not hwc.hetkompas@gooisescholen.example. Do not trust this report; ask the school for a new one.\n`,
  );
});

test("verify-report --max-age refuses a report older than the given duration", async () => {
  const file = join(dir, "age.json");
  expect((await run("report", "--mailbox", REGENBOOG, "--out", file)).code).toBe(0);
  const generatedAt = Date.parse((JSON.parse(readFileSync(file, "utf8")) as { report: { generatedAt: string } }).report.generatedAt);
  const dayAndAnHourLater = new Date(generatedAt + 25 * 3_600_000);
  expect((await runAt(dayAndAnHourLater, "verify-report", file, "--max-age", "7d")).code).toBe(0);
  const old = await runAt(dayAndAnHourLater, "verify-report", file, "--max-age", "24h");
  expect(old.code).toBe(1);
  expect(old.stderr).toMatch(/^ONGELDIG: het rapport is opgesteld op .+ en is ouder dan 24h\./);
});

test("verify-report refuses an edited page even though its signature is intact", async () => {
  const page = join(dir, "edited.html");
  expect((await run("report", "--mailbox", REGENBOOG, "--html", "--out", page)).code).toBe(0);
  writeFileSync(page, readFileSync(page, "utf8").replace(/<p class="verdict" id="hwc-verdict">[^<]*<\/p>/, '<p class="verdict" id="hwc-verdict">Alles is in orde.</p>'));
  const verified = await run("verify-report", page);
  expect(verified.code).toBe(1);
  expect(verified.stderr).toMatch(/^ONGELDIG: de pagina wijkt vanaf regel \d+ af van de pagina van het ondertekende rapport/);
});

test("verify-report says, Dutch first, what is wrong with its options, with exit code 2", async () => {
  const file = join(dir, "options.json");
  expect((await run("report", "--mailbox", REGENBOOG, "--out", file)).code).toBe(0);
  const badAge = await run("verify-report", file, "--max-age", "een dag");
  expect(badAge.code).toBe(2);
  expect(badAge.stderr).toMatch(/^Ongeldige waarde voor --max-age: 'een dag'\. Gebruik een heel getal met m, h, d of w, bijvoorbeeld 24h of 7d\.\nInvalid value/);
  const typo = await run("verify-report", file, "--max_age", "24h");
  expect(typo.code).toBe(2);
  expect(typo.stderr).toMatch(/^Onbekende optie --max_age\./);
  const noValue = await run("verify-report", file, "--mailbox");
  expect(noValue.code).toBe(2);
  expect(noValue.stderr).toMatch(/^De optie --mailbox heeft een waarde nodig\./);
});

test("sweep --all sweeps every configured mailbox and prints counts and times only", async () => {
  const result = await run("sweep", "--all");
  expect(result.code).toBe(0);
  const results = JSON.parse(result.stdout) as { mailbox: string; waiting: { count: number } }[];
  expect(results.map((r) => r.mailbox)).toEqual([REGENBOOG, "hwc.hetkompas@gooisescholen.example"]);
  expect(results[0]?.waiting.count).toBe(1);
  expect(result.stdout + result.stderr).not.toContain(CANARY.childName);
});

test("sweep without a mailbox says, in Dutch first, what to give", async () => {
  const result = await run("sweep");
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/^Geef --mailbox <adres> of --all\./);
});

describe("beside npm start, with nothing set", () => {
  /** The environment of a fresh shell: no HWC_STANDIN_URL, only the port npm start itself reads (default 5443). */
  const besideNpmStart = (port: string) => {
    const { HWC_STANDIN_URL: _unset, ...rest } = env;
    return { ...rest, HWC_EMULATOR_PORT: port };
  };

  test("report finds the stand-in on npm start's port", async () => {
    let stdout = "";
    const code = await runCli(["report", "--mailbox", REGENBOOG], { env: besideNpmStart(new URL(standIn.url).port), stdout: (text) => void (stdout += text), stderr: () => undefined });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ report: { mailbox: REGENBOOG } });
  });

  // The credential and the Graph client retry before giving up: a hang guard, not a timing claim.
  test("when nothing answers there, it says so in Dutch and English, with what to start, and exits 1", async () => {
    const server = createServer();
    await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
    const port = String((server.address() as AddressInfo).port);
    await new Promise<void>((closed) => server.close(() => closed()));
    let stderr = "";
    const code = await runCli(["report", "--mailbox", REGENBOOG], { env: besideNpmStart(port), stdout: () => undefined, stderr: (text) => void (stderr += text) });
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n").slice(-2);
    expect(lines[0]).toBe(`De Microsoft 365-vervanger op https://127.0.0.1:${port} antwoordt niet; er is niets veranderd. Start eerst npm start (of npm run emulator) in een ander venster. Draait die op een andere poort, zet dan HWC_EMULATOR_PORT of HWC_STANDIN_URL.`);
    expect(lines[1]).toMatch(/^The Microsoft 365 stand-in at https:\/\/127\.0\.0\.1:\d+ does not answer/);
  }, 60_000);
});
