// `npm start`'s ways of failing before anything runs — each one line on stderr saying what to do, exit code 1,
// no stack trace — and a start that gets ready, says what to try, and stops on Ctrl-C.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { harnessBuildSettings, REPO_ROOT } from "./addin-build";

jest.setTimeout(60_000);

const TSX = join(REPO_ROOT, "node_modules", ".bin", "tsx");

function listenOnFreePort(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve({ server, port: typeof address === "object" && address ? address.port : 0 });
    });
  });
}

async function freePort(): Promise<number> {
  const { server, port } = await listenOnFreePort();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function runStart(env: Record<string, string>, args: string[] = []) {
  const ports = { HWC_EMULATOR_PORT: String(await freePort()), HWC_PORT: String(await freePort()), HWC_ADDIN_PORT: String(await freePort()) };
  const result = spawnSync(TSX, ["dev/start.ts", ...args], { cwd: REPO_ROOT, env: { ...process.env, ...ports, ...env }, encoding: "utf8", timeout: 50_000 });
  return { status: result.status, stderrLines: result.stderr.trim().split("\n").filter((line) => line !== "") };
}

test("a port in use stops npm start with one line naming the port and the variable that moves it", async () => {
  const { server, port } = await listenOnFreePort();
  try {
    const { status, stderrLines } = await runStart({ HWC_ADDIN_PORT: String(port) });
    expect(status).toBe(1);
    expect(stderrLines).toEqual([expect.stringMatching(new RegExp(`^npm start: Port ${port} \\(the add-in pages and the Outlook harness\\) is in use: .*HWC_ADDIN_PORT=<port>`))]);
  } finally {
    server.close();
  }
});

test("an unreadable seed file stops npm start with one line saying how to fix or drop it", async () => {
  const { status, stderrLines } = await runStart({ HWC_SEED_FILE: "/nonexistent/seed.json" });
  expect(status).toBe(1);
  expect(stderrLines).toEqual([expect.stringMatching(/^npm start: The seed file \/nonexistent\/seed\.json cannot be read \(ENOENT\): .*unset HWC_SEED_FILE/)]);
});

test("a seed file that is not a seed stops npm start with one line naming the first problem", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "hwc-seed-")), "seed.json");
  writeFileSync(file, JSON.stringify({ users: [{ id: "not-a-guid" }] }));
  const { status, stderrLines } = await runStart({ HWC_SEED_FILE: file });
  expect(status).toBe(1);
  expect(stderrLines).toEqual([expect.stringMatching(/^npm start: The seed file .* is not a stand-in seed \(users\.0\.id: .*\): fix the file/)]);
});

test("a missing add-in build with --no-build stops npm start with one line saying to let it build", async () => {
  const { status, stderrLines } = await runStart({ HWC_DIST_DIR: mkdtempSync(join(tmpdir(), "hwc-dist-")) }, ["--no-build"]);
  expect(status).toBe(1);
  expect(stderrLines).toEqual([expect.stringMatching(/^npm start: The add-in build in .* cannot be used \(.* has no add-in build\): run npm start without --no-build, which builds it\.$/)]);
});

test("with a current build npm start prints the harness URL and what to try, and Ctrl-C stops it cleanly", async () => {
  const ports = { addin: await freePort(), cleanup: await freePort(), standIn: await freePort() };
  const dist = mkdtempSync(join(tmpdir(), "hwc-dist-"));
  writeFileSync(join(dist, "taskpane.html"), "<!doctype html>");
  const settings = harnessBuildSettings({ addinPort: ports.addin, apiPort: ports.cleanup, mode: "development" });
  writeFileSync(join(dist, "hwc-harness-build.json"), JSON.stringify({ settings, sourcesAsOf: new Date(Date.now() + 3600_000).toISOString() }));
  const child = spawn(TSX, ["dev/start.ts", "--no-build"], {
    cwd: REPO_ROOT,
    env: { ...process.env, HWC_ADDIN_PORT: String(ports.addin), HWC_PORT: String(ports.cleanup), HWC_EMULATOR_PORT: String(ports.standIn), HWC_DIST_DIR: dist, HWC_LOG_LEVEL: "warn" },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start was not ready in 40 s:\n${output}`)), 40_000);
    child.stdout.on("data", () => {
      if (output.includes("Ctrl-C stops everything")) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  expect(output).toContain(`https://localhost:${ports.addin}/harness/`);
  expect(output).toMatch(/Try this:\n {2}1\. .*\n {2}2\. .*\n {2}3\. /);
  expect(output).toContain("dev/.certs/ca.pem");
  const page = await fetch(`https://localhost:${ports.addin}/harness/`);
  expect(page.status).toBe(200);
  child.kill("SIGINT");
  expect(await exited).toBe(0);
  await expect(fetch(`https://localhost:${ports.addin}/harness/`)).rejects.toThrow();
});

test("started without the local CA in NODE_EXTRA_CA_CERTS, npm start says to use npm start", async () => {
  const { NODE_EXTRA_CA_CERTS: _ca, ...withoutCa } = process.env;
  const result = spawnSync(TSX, ["dev/start.ts"], { cwd: REPO_ROOT, env: withoutCa, encoding: "utf8", timeout: 50_000 });
  expect(result.status).toBe(1);
  expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^npm start: Node does not trust the local CA: start with npm start/)]);
});
