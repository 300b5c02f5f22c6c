// A signed inspection report: the report JSON and a compact JWS whose payload is exactly that JSON. The HTML
// page carries the same JWS, so a printed or saved page verifies too.
import { CompactSign, compactVerify, createLocalJWKSet, importSPKI, type JWK } from "jose";
import type { InspectionReport } from "../core/inspect-mailbox";
import type { ReportSigningKey } from "./signing-key";

export const REPORT_JWS_TYPE = "hwc-inspection-report+jws";

export interface SignedReport {
  report: InspectionReport;
  /** Compact JWS (ES256) over the report's JSON. */
  signature: string;
}

export async function signReport(report: InspectionReport, key: ReportSigningKey): Promise<SignedReport> {
  const signature = await new CompactSign(new TextEncoder().encode(JSON.stringify(report)))
    .setProtectedHeader({ alg: "ES256", kid: key.publicJwk.kid, typ: REPORT_JWS_TYPE })
    .sign(key.privateKey);
  return { report, signature };
}

export type VerifyResult = { valid: true; report: InspectionReport; kid: string } | { valid: false; reason: string };

/** Finds the JWS in a saved report (the JSON file or the HTML page) and checks it against a JWKS or PEM key. */
export async function verifyReportDocument(document: string, publicKey: string): Promise<VerifyResult> {
  const jws = findJws(document);
  if (!jws) return { valid: false, reason: "no signature found in the file" };
  try {
    const { payload, protectedHeader } = publicKey.includes("-----BEGIN PUBLIC KEY-----")
      ? await compactVerify(jws, await importSPKI(publicKey, "ES256"))
      : await compactVerify(jws, createLocalJWKSet(JSON.parse(publicKey) as { keys: JWK[] }));
    if (protectedHeader.typ !== REPORT_JWS_TYPE || protectedHeader.alg !== "ES256") return { valid: false, reason: "not an inspection report signature" };
    const report = JSON.parse(new TextDecoder().decode(payload)) as InspectionReport;
    const embedded = embeddedReport(document);
    if (embedded !== undefined && JSON.stringify(embedded) !== JSON.stringify(report)) return { valid: false, reason: "the report in the file differs from what was signed" };
    return { valid: true, report, kid: protectedHeader.kid ?? "" };
  } catch {
    return { valid: false, reason: "the signature does not match this key or the content was changed" };
  }
}

const JWS_PATTERN = /[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}/;

function findJws(document: string): string | undefined {
  try {
    const parsed = JSON.parse(document) as Partial<SignedReport>;
    if (typeof parsed.signature === "string") return parsed.signature;
  } catch {
    // Not JSON: the HTML page, which carries the JWS in <pre id="hwc-signature">.
  }
  const fromPage = /<pre id="hwc-signature">([^<]+)<\/pre>/.exec(document)?.[1];
  return (fromPage ?? JWS_PATTERN.exec(document)?.[0])?.trim();
}

function embeddedReport(document: string): unknown {
  try {
    return (JSON.parse(document) as Partial<SignedReport>).report;
  } catch {
    return undefined;
  }
}
