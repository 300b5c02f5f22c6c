// `npm start`'s three ways of failing before anything runs: each is one line on stderr saying what to do,
// exit code 1, and no stack trace.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "./addin-build";

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
