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

test("a saved page verifies only if it is exactly the page of the signed report, in either language", async () => {
  const signingKey = await key();
  const jwks = JSON.stringify(jwksOf(signingKey));
  const signed = await signReport(report, signingKey);
  const dutch = renderReportHtml(signed, signingKey.publicJwk.kid);
  expect(await verifyReportDocument(renderReportHtml(signed, signingKey.publicJwk.kid, "en"), jwks)).toMatchObject({ valid: true });
  expect(await verifyReportDocument(`\uFEFF${dutch.replace(/\n/g, "\r\n")}`, jwks)).toMatchObject({ valid: true });
  // The signature still matches, but the page says something the signed report does not.
  const lines = dutch.split("\n");
  const verdict = lines.findIndex((line) => line.startsWith('<p class="verdict" id="hwc-verdict">'));
  const edited = [...lines.slice(0, verdict), '<p class="verdict" id="hwc-verdict">Alles is in orde.</p>', ...lines.slice(verdict + 1)].join("\n");
  expect(await verifyReportDocument(edited, jwks)).toEqual({ valid: false, reason: { code: "page-differs", line: verdict + 1 } });
  const added = dutch.replace("</body>", "<p>Ook gecontroleerd door de directeur.</p>\n</body>");
  expect(await verifyReportDocument(added, jwks)).toMatchObject({ valid: false, reason: { code: "page-differs" } });
});

test("a report file that says more than the signed report is refused; the bare signature verifies", async () => {
  const signingKey = await key();
  const jwks = JSON.stringify(jwksOf(signingKey));
  const signed = await signReport(report, signingKey);
  expect(await verifyReportDocument(JSON.stringify({ ...signed, note: "nagekeken" }), jwks)).toEqual({ valid: false, reason: { code: "content-differs" } });
  expect(await verifyReportDocument(`${signed.signature}\n`, jwks)).toMatchObject({ valid: true, report });
  expect(await verifyReportDocument("geen rapport", jwks)).toEqual({ valid: false, reason: { code: "no-signature" } });
});

test("a report about another mailbox, or older than the reader accepts, is refused after its signature checks out", async () => {
  const signingKey = await key();
  const jwks = JSON.stringify(jwksOf(signingKey));
  const document = JSON.stringify(await signReport(report, signingKey));
  const generated = Date.parse(report.generatedAt);
  const hours = (count: number) => count * 3_600_000;
  expect(await verifyReportDocument(document, jwks, { mailbox: "HWC.DeRegenboog@gooisescholen.example" })).toMatchObject({ valid: true });
  expect(await verifyReportDocument(document, jwks, { mailbox: "hwc.hetkompas@gooisescholen.example" })).toEqual({
    valid: false,
    reason: { code: "other-mailbox", mailbox: report.mailbox, expected: "hwc.hetkompas@gooisescholen.example" },
  });
  expect(await verifyReportDocument(document, jwks, { maxAgeInMs: hours(24), now: new Date(generated + hours(23)) })).toMatchObject({ valid: true });
  expect(await verifyReportDocument(document, jwks, { maxAgeInMs: hours(24), now: new Date(generated + hours(25)) })).toEqual({ valid: false, reason: { code: "too-old", generatedAt: report.generatedAt } });
  expect(await verifyReportDocument(document, jwks, { maxAgeInMs: hours(24), now: new Date(generated - hours(1)) })).toEqual({ valid: false, reason: { code: "in-the-future", generatedAt: report.generatedAt } });
  expect(await verifyReportDocument(document, JSON.stringify(jwksOf(await key())), { mailbox: "hwc.hetkompas@gooisescholen.example" })).toEqual({ valid: false, reason: { code: "bad-signature" } });
});

test("the page depends only on the signed report, never on when it is rendered, so verify-report can re-render it", async () => {
  const signingKey = await key();
  const signed = await signReport(report, signingKey);
  jest.useFakeTimers();
  try {
    jest.setSystemTime(new Date("2026-11-28T12:00:00Z"));
    const first = renderReportHtml(signed, signingKey.publicJwk.kid);
    jest.setSystemTime(new Date("2027-07-01T23:30:00Z"));
    expect(renderReportHtml(signed, signingKey.publicJwk.kid)).toBe(first);
  } finally {
    jest.useRealTimers();
  }
});

test("production refuses to start without a signing key instead of making one", async () => {
  await expect(loadReportSigningKey(join(mkdtempSync(join(tmpdir(), "hwc-key-")), "missing.pem"), { generateIfMissing: false })).rejects.toThrow(/HWC_REPORT_SIGNING_KEY_FILE/);
});
