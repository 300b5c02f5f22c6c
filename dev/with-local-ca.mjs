#!/usr/bin/env node
// Runs a command with the stand-in's CA trusted: `node dev/with-local-ca.mjs jest …`.
// Node reads NODE_EXTRA_CA_CERTS only when a process starts, so the CA must exist before the command does.
// Product code has no plain-HTTP shortcut and no "ignore TLS errors" switch: this is how it trusts the stand-in.
import { spawn } from "node:child_process";
import { ensureLocalCertificates } from "./local-ca.mjs";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write("usage: node dev/with-local-ca.mjs <command> [args…]\n");
  process.exit(2);
}
// A production run (HWC_PROFILE=production, e.g. `npm run cleanup` on a server) must never trust, or even create,
// the development CA: the command runs as it is.
const production = process.env.HWC_PROFILE === "production";
const env = production ? process.env : { ...process.env, NODE_EXTRA_CA_CERTS: ensureLocalCertificates().caPath };
const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32", env });
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
child.on("error", (error) => {
  process.stderr.write(`could not start ${command}: ${error.message}\n`);
  process.exit(127);
});
