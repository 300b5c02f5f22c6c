// The printable inspection report, in Dutch (English beneath where asked). Everything printed is escaped;
// nothing about any message appears — only folder names, counts and the time.
import { escapeHtml } from "../../shared";
import { serviceMessages } from "../../shared/messages";
import type { SignedReport } from "./signed-report";

export function renderReportHtml(signed: SignedReport, kid: string, locale: "nl" | "en" = "nl"): string {
  const t = serviceMessages[locale];
  const { report } = signed;
  // Reports signed before "unreachable" existed have none.
  const unreachable = report.unreachable ?? [];
  const verdict = report.clean ? t.reportClean : report.handleWithCareItems > 0 ? t.reportNotClean(report.handleWithCareItems) : t.reportIncomplete;
  const rows = report.folders
    .map((folder) => `<tr><td>${escapeHtml(folder.name)}</td><td class="n">${folder.itemCount}</td></tr>`)
    .join("\n");
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.reportTitle)}</title>
<style>
body { font: 11pt/1.5 "Segoe UI", system-ui, sans-serif; margin: 2em; color: #111; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #999; padding: 0.25em 0.75em; text-align: left; }
td.n { text-align: right; }
.verdict { font-weight: 600; }
pre { white-space: pre-wrap; word-break: break-all; font-size: 8pt; }
@media print { body { margin: 0; } }
</style>
</head>
<body>
<h1>${escapeHtml(t.reportTitle)}</h1>
<p>${escapeHtml(t.reportIntro)}</p>
<dl>
<dt>${escapeHtml(t.reportMailbox)}</dt><dd>${escapeHtml(report.mailbox)}</dd>
<dt>${escapeHtml(t.reportGeneratedAt)}</dt><dd><time datetime="${escapeHtml(report.generatedAt)}">${escapeHtml(report.generatedAt)}</time></dd>
</dl>
<p class="verdict">${escapeHtml(verdict)}</p>
${unreachable.length > 0 ? `<p class="verdict">${escapeHtml(t.reportUnreachable(unreachable.map((code) => t.reportUnreachablePart(code)).join("; ")))}</p>` : ""}
<table>
<thead><tr><th>${escapeHtml(t.reportFolder)}</th><th>${escapeHtml(t.reportItemCount)}</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot>
<tr><th>${escapeHtml(t.reportTotal)}</th><td class="n">${report.totalItems}</td></tr>
<tr><th>${escapeHtml(t.reportHandleWithCareItems)}</th><td class="n">${report.handleWithCareItems}</td></tr>
</tfoot>
</table>
<p>${escapeHtml(t.reportCaveat)}</p>
<h2>${escapeHtml(t.reportSignature)}</h2>
<p>${escapeHtml(t.reportKeyId)}: <code>${escapeHtml(kid)}</code></p>
<pre id="hwc-signature">${escapeHtml(signed.signature)}</pre>
</body>
</html>
`;
}
