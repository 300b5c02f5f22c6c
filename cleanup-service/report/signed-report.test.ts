import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { InspectionReport } from "../core/inspect-mailbox";
import { renderReportHtml } from "./render-report-html";
import { signReport, verifyReportDocument } from "./signed-report";
import { jwksOf, loadReportSigningKey } from "./signing-key";

const report: InspectionReport = {
  type: "hwc-inspection-report",
  version: 1,
  mailbox: "hwc.deregenboog@gooisescholen.example",
  generatedAt: "2026-11-28T12:00:00.000Z",
  folders: [{ name: "inbox", itemCount: 3 }, { name: "<script>alert(1)</script>", itemCount: 0 }],
  totalItems: 3,
  handleWithCareItems: 0,
  clean: true,
  caveat: "Purges",
  unreachable: [],
  customFolderNames: "shown",
};

async function key() {
  return loadReportSigningKey(join(mkdtempSync(join(tmpdir(), "hwc-key-")), "key.pem"), { generateIfMissing: true });
}

test("a signed report verifies against the JWKS and against the PEM public key", async () => {
  const signingKey = await key();
  const signed = await signReport(report, signingKey);
  const ownPublicPem = createPublicKey(signingKey.privateKey).export({ type: "spki", format: "pem" }).toString();
  const otherPublicPem = generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey.export({ type: "spki", format: "pem" }).toString();
  expect(await verifyReportDocument(JSON.stringify(signed), JSON.stringify(jwksOf(signingKey)))).toMatchObject({ valid: true, report });
  expect(await verifyReportDocument(JSON.stringify(signed), ownPublicPem)).toMatchObject({ valid: true });
  expect(await verifyReportDocument(JSON.stringify(signed), otherPublicPem)).toMatchObject({ valid: false });
});

test("a report signed with another key does not verify", async () => {
  const signed = await signReport(report, await key());
  expect(await verifyReportDocument(JSON.stringify(signed), JSON.stringify(jwksOf(await key())))).toMatchObject({ valid: false });
});

test("the printable page escapes what it prints and carries the signature", async () => {
  const signingKey = await key();
  const signed = await signReport(report, signingKey);
  const html = renderReportHtml(signed, signingKey.publicJwk.kid);
  expect(html).not.toContain("<script>");
  expect(html).toContain("&lt;script&gt;");
  expect(await verifyReportDocument(html, JSON.stringify(jwksOf(signingKey)))).toMatchObject({ valid: true });
});

test("production refuses to start without a signing key instead of making one", async () => {
  await expect(loadReportSigningKey(join(mkdtempSync(join(tmpdir(), "hwc-key-")), "missing.pem"), { generateIfMissing: false })).rejects.toThrow(/HWC_REPORT_SIGNING_KEY_FILE/);
});
