// A client certificate file (PEM with the private key and the certificate, as Entra's docs and
// @azure/identity expect): msal-node wants the key and the certificate's SHA-256 thumbprint separately.
import { X509Certificate, createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { configProblem } from "../config/config-problem";
import { ConfigError } from "../config/load-config";

export interface CertificateCredentialParts {
  privateKey: string;
  thumbprintSha256: string;
  x5c: string;
}

/** `variable` names the setting that pointed here, so a bad file is reported as that setting's problem. */
export function readCertificateCredential(path: string, variable = "HWC_API_CLIENT_CERTIFICATE_FILE"): CertificateCredentialParts {
  const pem = readFileSync(path, "utf8");
  const key = /-----BEGIN (?:RSA |EC )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC )?PRIVATE KEY-----/.exec(pem)?.[0];
  const certificate = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
  if (!key || !certificate) throw new ConfigError([configProblem((m) => m.certificateFileIncomplete(variable))]);
  const der = new X509Certificate(certificate).raw;
  return { privateKey: key, thumbprintSha256: createHash("sha256").update(der).digest("hex"), x5c: certificate };
}
