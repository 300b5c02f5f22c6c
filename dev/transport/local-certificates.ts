// The stand-in serves HTTPS with the CA and server certificate that dev/local-ca.mjs keeps in dev/.certs/.
// local-ca.mjs is an ES module that jest (CommonJS through swc) cannot require, so this file reads the same
// paths and, only when they are missing, asks a child Node process to run local-ca.mjs once.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const devDir = join(__dirname, "..");
const certsDir = process.env.HWC_CERTS_DIR ?? join(devDir, ".certs");

export const localCaPath = join(certsDir, "ca.pem");
const certPath = join(certsDir, "localhost.pem");
const keyPath = join(certsDir, "localhost-key.pem");

export interface LocalCertificates {
  ca: string;
  cert: string;
  key: string;
  caPath: string;
}

function ensureCertificates(): void {
  if ([localCaPath, certPath, keyPath].every((path) => existsSync(path))) return;
  const moduleUrl = pathToFileURL(join(devDir, "local-ca.mjs")).href;
  execFileSync(process.execPath, ["-e", `import(${JSON.stringify(moduleUrl)}).then((m) => m.ensureLocalCertificates())`], {
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** The PEMs for an in-process HTTPS server, creating them first if this machine has none yet. */
export function loadLocalCertificates(): LocalCertificates {
  ensureCertificates();
  return {
    ca: readFileSync(localCaPath, "utf8"),
    cert: readFileSync(certPath, "utf8"),
    key: readFileSync(keyPath, "utf8"),
    caPath: localCaPath,
  };
}
