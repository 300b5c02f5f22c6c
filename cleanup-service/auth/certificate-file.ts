// A client certificate file (PEM with the private key and the certificate, as Entra's docs and
// @azure/identity expect): msal-node wants the key and the certificate's SHA-256 thumbprint separately.
import { X509Certificate, createHash } from "node:crypto";
import { readFileSync } from "node:fs";

export interface CertificateCredentialParts {
  privateKey: string;
  thumbprintSha256: string;
  x5c: string;
}

export function readCertificateCredential(path: string): CertificateCredentialParts {
  const pem = readFileSync(path, "utf8");
  const key = /-----BEGIN (?:RSA |EC )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC )?PRIVATE KEY-----/.exec(pem)?.[0];
  const certificate = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
  if (!key || !certificate) throw new Error("The certificate file needs both a PRIVATE KEY and a CERTIFICATE block (PEM)");
  const der = new X509Certificate(certificate).raw;
  return { privateKey: key, thumbprintSha256: createHash("sha256").update(der).digest("hex"), x5c: certificate };
}
