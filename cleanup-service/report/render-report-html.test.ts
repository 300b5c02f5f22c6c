import type { InspectionReport } from "../core/inspect-mailbox";
import { renderReportHtml } from "./render-report-html";

const report: InspectionReport = {
  type: "hwc-inspection-report",
  version: 1,
  mailbox: "hwc.deregenboog@gooisescholen.example",
  generatedAt: "2026-12-02T11:34:00.000Z",
  folders: [
    { name: "sentitems", itemCount: 2 },
    { name: "inbox", itemCount: 5 },
    { name: "recoverableitemsdeletions", itemCount: 0 },
    { name: "deleteditems", itemCount: 1 },
  ],
  totalItems: 8,
  handleWithCareItems: 0,
  clean: true,
  caveat: "Purges",
  unreachable: [],
  customFolderNames: "numbered",
};
const page = (changes: Partial<InspectionReport> = {}, locale: "nl" | "en" = "nl") => renderReportHtml({ report: { ...report, ...changes }, signature: "a.b.c" }, "kid-1", locale);
const text = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

test("the time is Amsterdam's, written as in a letter; the machine-readable instant stays in the markup", () => {
  const html = page();
  expect(text(html)).toContain("Opgesteld op 2 december 2026 om 12:34");
  expect(html).toContain('<time datetime="2026-12-02T11:34:00.000Z">');
  expect(text(html)).not.toContain("2026-12-02T11:34");
});

test("folders carry Outlook's Dutch names, in Outlook's order", () => {
  expect(text(page())).toMatch(/Postvak IN 5 Verzonden items 2 Verwijderde items 1 Herstelbare items 0/);
});

test("the Dutch page says postvak, never mailbox, and holds no command or jargon", () => {
  const words = text(page());
  expect(words).toContain("Inspectierapport Handle with Care-postvak");
  expect(words).toContain("Er staan geen Handle with Care-berichten in dit postvak.");
  expect(words).not.toMatch(/mailbox|npm|verify-report|Graph|JWS|inbox|sentitems/i);
});

test("without the admin's confirmation the page says plainly that deleted messages may linger, and what to do", () => {
  expect(text(page())).toContain("De ICT-beheerder van de school heeft niet bevestigd dat dit postvak zo is ingesteld.");
  expect(text(page())).toContain("Vraag de school om dit te laten nagaan.");
});

test("with the admin's confirmation the page says nothing stays in the hidden recovery folder, and since when", () => {
  const words = text(page({ purgeSettingsVerifiedOn: "2026-11-20" }));
  expect(words).toContain("Dit postvak is zo ingesteld dat er niets in de verborgen herstelmap blijft staan");
  expect(words).toContain("gecontroleerd op 20 november 2026");
  expect(words).not.toContain("niet bevestigd");
});

test("one waiting message reads in the singular", () => {
  expect(text(page({ clean: false, handleWithCareItems: 1 }))).toContain("Er staat 1 Handle with Care-bericht in dit postvak. Het wordt verwijderd zodra het is afgehandeld.");
});

test("the signature sits in a technical appendix, in plain words, with the key id", () => {
  const html = page();
  expect(html).toMatch(/<section class="appendix">\s*<h2>Technische bijlage voor de ICT-beheerder<\/h2>/);
  expect(html).toContain('<pre id="hwc-signature">a.b.c</pre>');
  expect(html).toContain("<code>kid-1</code>");
});

test("English is there for who asks for it", () => {
  const words = text(page({}, "en"));
  expect(words).toContain("Drawn up on 2 December 2026 at 12:34");
  expect(words).toMatch(/Inbox 5 Sent Items 2 Deleted Items 1 Recoverable Items 0/);
});

test("a date the page cannot spell out is printed as given, not dropped", () => {
  expect(text(page({ purgeSettingsVerifiedOn: "onbekend" }))).toContain("gecontroleerd op onbekend");
});
