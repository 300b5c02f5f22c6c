// A signed inspection report: the report JSON and a compact JWS whose payload is exactly that JSON. The HTML
// page carries the same JWS, so a saved page verifies too, provided it is exactly the page made from that payload.
import { CompactSign, compactVerify, createLocalJWKSet, importSPKI, type JWK } from "jose";
import type { InspectionReport } from "../core/inspect-mailbox";
import { renderReportHtml } from "./render-report-html";
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

/** Why a report was refused; the CLI turns each into a Dutch-first sentence (shared/messages/service.ts). */
export type VerifyFailure =
  | { code: "no-signature" }
  | { code: "bad-signature" }
  | { code: "not-a-report" }
  | { code: "content-differs" }
  | { code: "page-differs"; line: number }
  | { code: "other-mailbox"; mailbox: string; expected: string }
  | { code: "too-old"; generatedAt: string }
  | { code: "in-the-future"; generatedAt: string };

export type VerifyResult = { valid: true; report: InspectionReport; kid: string } | { valid: false; reason: VerifyFailure };

/** What the reader of a report also needs to be true, beyond "signed and unchanged". */
export interface VerifyExpectations {
  /** The report must be about this mailbox (compared case-insensitively). */
  mailbox?: string;
  /** The report must be at most this old at `now`. */
  maxAgeInMs?: number;
  now?: Date;
}

/** A report dated this far ahead of the checking computer's clock is refused when its age is checked. */
const CLOCK_SKEW_IN_MS = 5 * 60_000;

/**
 * Checks a saved report (the JSON file, the printable HTML page, or the bare JWS) against a JWKS or PEM key. The
 * signed payload is the only thing trusted: the JSON file must hold exactly that report, and the page must be
 * exactly the page renderReportHtml makes of it, so neither an edited figure nor an edited sentence passes.
 */
export async function verifyReportDocument(document: string, publicKey: string, expectations: VerifyExpectations = {}): Promise<VerifyResult> {
  const jws = findJws(document);
  if (!jws) return refused({ code: "no-signature" });
  let verified: { payload: Uint8Array; kid: string };
  try {
    const { payload, protectedHeader } = publicKey.includes("-----BEGIN PUBLIC KEY-----")
      ? await compactVerify(jws, await importSPKI(publicKey, "ES256"))
      : await compactVerify(jws, createLocalJWKSet(JSON.parse(publicKey) as { keys: JWK[] }));
    if (protectedHeader.typ !== REPORT_JWS_TYPE || protectedHeader.alg !== "ES256") return refused({ code: "not-a-report" });
    verified = { payload, kid: protectedHeader.kid ?? "" };
  } catch {
    return refused({ code: "bad-signature" });
  }
  const report = inspectionReportOf(verified.payload);
  if (!report) return refused({ code: "not-a-report" });

  const mismatch = documentMismatch(document, jws, { report, signature: jws }, verified.kid);
  if (mismatch) return refused(mismatch);
  if (expectations.mailbox !== undefined && report.mailbox.toLowerCase() !== expectations.mailbox.trim().toLowerCase()) {
    return refused({ code: "other-mailbox", mailbox: report.mailbox, expected: expectations.mailbox.trim() });
  }
  if (expectations.maxAgeInMs !== undefined) {
    const age = (expectations.now ?? new Date()).getTime() - Date.parse(report.generatedAt);
    if (age < -CLOCK_SKEW_IN_MS) return refused({ code: "in-the-future", generatedAt: report.generatedAt });
    if (age > expectations.maxAgeInMs) return refused({ code: "too-old", generatedAt: report.generatedAt });
  }
  return { valid: true, report, kid: verified.kid };
}

function refused(reason: VerifyFailure): VerifyResult {
  return { valid: false, reason };
}

/** The signed payload, if it is an inspection report with a mailbox and a readable time. */
function inspectionReportOf(payload: Uint8Array): InspectionReport | undefined {
  try {
    const report = JSON.parse(new TextDecoder().decode(payload)) as Partial<InspectionReport>;
    const typed = report.type === "hwc-inspection-report" && typeof report.mailbox === "string" && typeof report.generatedAt === "string";
    return typed && !Number.isNaN(Date.parse(report.generatedAt ?? "")) ? (report as InspectionReport) : undefined;
  } catch {
    return undefined;
  }
}

/** Does the file say anything the signature does not? JSON: only `report` (that report) and `signature`; a page:
 * byte for byte what renderReportHtml makes of the signed report, in either language; a bare JWS says nothing else. */
function documentMismatch(document: string, jws: string, signed: SignedReport, kid: string): VerifyFailure | undefined {
  const json = parsedJson(document);
  if (json !== undefined) {
    const extraKeys = typeof json === "object" && json !== null ? Object.keys(json).filter((key) => key !== "report" && key !== "signature") : ["?"];
    const embedded = (json as Partial<SignedReport> | null)?.report;
    const differs = extraKeys.length > 0 || (embedded !== undefined && JSON.stringify(embedded) !== JSON.stringify(signed.report));
    return differs ? { code: "content-differs" } : undefined;
  }
  if (document.trim() === jws) return undefined;
  const page = normalisedLines(document);
  const renderings = (["nl", "en"] as const).map((locale) => normalisedLines(renderReportHtml(signed, kid, locale)));
  if (renderings.some((rendering) => rendering.join("\n") === page.join("\n"))) return undefined;
  const claimed = /<html lang="en"/.test(document) ? renderings[1] : renderings[0];
  return { code: "page-differs", line: firstDifferentLine(page, claimed ?? []) };
}

function parsedJson(document: string): unknown {
  try {
    return JSON.parse(document) as unknown;
  } catch {
    return undefined;
  }
}

/** A saved page may have gained a byte order mark or Windows line endings; nothing else is forgiven. */
function normalisedLines(page: string): string[] {
  return page.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n");
}

function firstDifferentLine(actual: readonly string[], expected: readonly string[]): number {
  const index = actual.findIndex((line, position) => line !== expected[position]);
  return (index === -1 ? Math.min(actual.length, expected.length) : index) + 1;
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
