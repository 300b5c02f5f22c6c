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
const { caPath } = ensureLocalCertificates();
const child = spawn(command, args, {
  stdio: "inherit",
  shell: process.platform === "win32",
  env: { ...process.env, NODE_EXTRA_CA_CERTS: caPath, HWC_LOCAL_CA: caPath },
});
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
