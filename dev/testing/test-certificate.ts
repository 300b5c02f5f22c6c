// A throwaway self-signed certificate for certificate-credential tests: Node generates the key (fast), forge
// wraps it in an X.509 certificate, and the thumbprints are what msal-node and Entra compare.
import { createHash, generateKeyPairSync } from "node:crypto";
import forge from "node-forge";

export interface TestCertificate {
  certificatePem: string;
  privateKeyPem: string;
  /** SHA-1 of the DER certificate, hex. */
  thumbprint: string;
  /** SHA-256 of the DER certificate, hex. */
  thumbprintSha256: string;
}

export function testCertificate(subject: string): TestCertificate {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const privateKeyPem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const forgePrivate = forge.pki.privateKeyFromPem(privateKey.export({ type: "pkcs1", format: "pem" }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: "spki", format: "pem" }).toString());
  cert.serialNumber = "01";
  cert.validity.notBefore = new Date(Date.now() - 3600_000);
  cert.validity.notAfter = new Date(Date.now() + 24 * 3600_000);
  const attrs = [{ name: "commonName", value: subject.replace(/^CN=/, "") }];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.sign(forgePrivate, forge.md.sha256.create());
  const certificatePem = forge.pki.certificateToPem(cert);
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), "binary");
  return {
    certificatePem,
    privateKeyPem,
    thumbprint: createHash("sha1").update(der).digest("hex"),
    thumbprintSha256: createHash("sha256").update(der).digest("hex"),
  };
}
