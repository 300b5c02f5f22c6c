// The stand-in's certificate authority: one CA and one server certificate for localhost and 127.0.0.1,
// generated on first use and kept in dev/.certs/ (git-ignored). Everything local serves HTTPS with it:
// the Graph emulator and identity provider, the cleanup service's local server, the add-in's dev server and
// the Outlook harness. Node trusts it through NODE_EXTRA_CA_CERTS (see with-local-ca.mjs); browsers through
// the CA file or, in headless tests, the certificate's SPKI pin.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import forge from "node-forge";

export const certsDir = process.env.HWC_CERTS_DIR ?? join(dirname(fileURLToPath(import.meta.url)), ".certs");
export const caPath = join(certsDir, "ca.pem");
export const certPath = join(certsDir, "localhost.pem");
export const keyPath = join(certsDir, "localhost-key.pem");

function serial() {
  return forge.util.bytesToHex(forge.random.getBytesSync(16)).replace(/^[89a-f]/, "1");
}

function createCertificates() {
  const pki = forge.pki;
  const now = new Date();
  const caKeys = pki.rsa.generateKeyPair(2048);
  const ca = pki.createCertificate();
  ca.publicKey = caKeys.publicKey;
  ca.serialNumber = serial();
  ca.validity.notBefore = new Date(now.getTime() - 24 * 3600 * 1000);
  ca.validity.notAfter = new Date(now.getTime() + 5 * 365 * 24 * 3600 * 1000);
  const caName = [
    { name: "commonName", value: "Handle with Care local stand-in CA" },
    { name: "organizationName", value: "Handle with Care (development only)" },
  ];
  ca.setSubject(caName);
  ca.setIssuer(caName);
  ca.setExtensions([
    { name: "basicConstraints", cA: true, critical: true },
    { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
    { name: "subjectKeyIdentifier" },
  ]);
  ca.sign(caKeys.privateKey, forge.md.sha256.create());

  const keys = pki.rsa.generateKeyPair(2048);
  const cert = pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = ca.validity.notBefore;
  cert.validity.notAfter = new Date(now.getTime() + 365 * 24 * 3600 * 1000);
  cert.setSubject([{ name: "commonName", value: "localhost" }]);
  cert.setIssuer(caName);
  cert.setExtensions([
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
    { name: "extKeyUsage", serverAuth: true },
    { name: "subjectAltName", altNames: [{ type: 2, value: "localhost" }, { type: 7, ip: "127.0.0.1" }] },
  ]);
  cert.sign(caKeys.privateKey, forge.md.sha256.create());

  mkdirSync(certsDir, { recursive: true });
  writeFileSync(keyPath, pki.privateKeyToPem(keys.privateKey), { mode: 0o600 });
  writeFileSync(certPath, pki.certificateToPem(cert) + pki.certificateToPem(ca));
  writeFileSync(caPath, pki.certificateToPem(ca));
}

function stillValid() {
  if (![caPath, certPath, keyPath].every((p) => existsSync(p))) return false;
  try {
    const cert = forge.pki.certificateFromPem(readFileSync(certPath, "utf8"));
    return cert.validity.notAfter.getTime() > Date.now() + 7 * 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

/** Makes sure the CA and the localhost certificate exist; returns their paths. */
export function ensureLocalCertificates() {
  if (!stillValid()) createCertificates();
  return { caPath, certPath, keyPath };
}

/** The PEM strings, for servers started in-process. */
export function readLocalCertificates() {
  ensureLocalCertificates();
  return { ca: readFileSync(caPath, "utf8"), cert: readFileSync(certPath, "utf8"), key: readFileSync(keyPath, "utf8") };
}
