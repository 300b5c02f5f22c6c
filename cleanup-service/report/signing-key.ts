// The key that signs inspection reports: EC P-256 (ES256), PKCS#8 PEM in HWC_REPORT_SIGNING_KEY_FILE. The local
// profile creates one on first use under a git-ignored path; production must provide it. The public half is
// published as a JWKS (GET /api/report-signing-key, `npm run cleanup -- report-key`) for offline verification.
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { calculateJwkThumbprint, exportJWK, type JWK } from "jose";
import { configProblem } from "../config/config-problem";
import { ConfigError } from "../config/load-config";

export interface ReportSigningKey {
  privateKey: KeyObject;
  publicJwk: JWK & { kid: string; alg: "ES256"; use: "sig" };
}

export async function loadReportSigningKey(path: string, options: { generateIfMissing: boolean }): Promise<ReportSigningKey> {
  if (!existsSync(path)) {
    if (!options.generateIfMissing) throw new ConfigError([configProblem((m) => m.signingKeyMissing)]);
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
  }
  const privateKey = createPrivateKey(readFileSync(path, "utf8"));
  if (privateKey.asymmetricKeyType !== "ec" || privateKey.asymmetricKeyDetails?.namedCurve !== "prime256v1") {
    throw new ConfigError([configProblem((m) => m.signingKeyNotP256)]);
  }
  return { privateKey, publicJwk: await publicJwkOf(createPublicKey(privateKey)) };
}

export async function publicJwkOf(publicKey: KeyObject): Promise<ReportSigningKey["publicJwk"]> {
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { ...jwk, kid, alg: "ES256", use: "sig" };
}

export function jwksOf(key: ReportSigningKey): { keys: JWK[] } {
  return { keys: [key.publicJwk] };
}
