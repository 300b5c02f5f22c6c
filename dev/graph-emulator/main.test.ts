import { spawn } from "node:child_process";
import { join } from "node:path";

test("npm run emulator's entry point prints its URLs and the CA path, serves, and stops cleanly on SIGINT", async () => {
  const child = spawn(process.execPath, [require.resolve("tsx/cli"), join(__dirname, "main.ts")], {
    env: { ...process.env, HWC_EMULATOR_PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", () => output.includes("Ctrl-C") && resolve());
    child.on("exit", () => reject(new Error(`the emulator exited early: ${output}`)));
  });
  const graphUrl = /Graph v1\.0:\s+(\S+)/.exec(output)?.[1] ?? "";
  expect(graphUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/v1\.0$/);
  expect(output).toMatch(/CA certificate:\s+\S+ca\.pem/);
  expect(output).toContain("/_emulator/");
  const keys = await fetch(graphUrl.replace(/\/v1\.0$/, "/common/discovery/v2.0/keys"));
  expect(keys.status).toBe(200);
  child.kill("SIGINT");
  expect(await exited).toBe(0);
}, 30_000);
