// The printable inspection report (covenant art. 3.1), written for a parent: Dutch (English where asked), Outlook's
// folder names, the time in Amsterdam as in a letter, whether the hidden recovery folder keeps anything (from the
// admin's configuration, signed with the report), and the signature in a technical appendix. Everything printed
// is escaped; nothing about any message appears — only folder names, counts and times. A pure function of the
// signed report and the key id, so a saved page can be rendered again from what was signed and compared.
import { escapeHtml, formatLongDate, formatLongMoment } from "../../shared";
import { serviceMessages } from "../../shared/messages";
import { reportFolderRows } from "./report-folder-rows";
import type { SignedReport } from "./signed-report";

export function renderReportHtml(signed: SignedReport, kid: string, locale: "nl" | "en" = "nl"): string {
  const t = serviceMessages[locale];
  const { report } = signed;
  // Reports signed before "unreachable" existed have none.
  const unreachable = report.unreachable ?? [];
  const verdict = report.clean ? t.reportClean : report.handleWithCareItems > 0 ? t.reportNotClean(report.handleWithCareItems) : t.reportIncomplete;
  const rows = reportFolderRows(report.folders, t.reportFolderName)
    .map((folder) => `<tr><td>${escapeHtml(folder.label)}</td><td class="n">${folder.itemCount}</td></tr>`)
    .join("\n");
  const verifiedOn = report.purgeSettingsVerifiedOn;
  const recovery = verifiedOn ? t.reportPurgeVerified(readable(() => formatLongDate(verifiedOn, locale), verifiedOn)) : t.reportPurgeNotVerified;
  const generatedAt = readable(() => formatLongMoment(report.generatedAt, locale), report.generatedAt);
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.reportTitle)}</title>
<style>
body { font: 11pt/1.5 "Segoe UI", system-ui, sans-serif; margin: 2em; color: #111; max-width: 48em; }
dl { display: grid; grid-template-columns: max-content auto; gap: 0.25em 1em; }
dt { font-weight: 600; }
dd { margin: 0; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #999; padding: 0.25em 0.75em; text-align: left; }
td.n { text-align: right; }
.verdict { font-weight: 600; font-size: 12pt; }
.appendix { margin-top: 3em; border-top: 1px solid #999; font-size: 9pt; color: #333; }
pre { white-space: pre-wrap; word-break: break-all; font-size: 8pt; }
@media print { body { margin: 0; } .appendix { break-before: page; } }
</style>
</head>
<body>
<h1>${escapeHtml(t.reportTitle)}</h1>
<p>${escapeHtml(t.reportIntro)}</p>
<dl>
<dt>${escapeHtml(t.reportMailbox)}</dt><dd>${escapeHtml(report.mailbox)}</dd>
<dt>${escapeHtml(t.reportGeneratedAt)}</dt><dd><time datetime="${escapeHtml(report.generatedAt)}">${escapeHtml(generatedAt)}</time></dd>
</dl>
<p class="verdict" id="hwc-verdict">${escapeHtml(verdict)}</p>
${unreachable.length > 0 ? `<p class="verdict" id="hwc-unreachable">${escapeHtml(t.reportUnreachable(unreachable.map((code) => t.reportUnreachablePart(code)).join("; ")))}</p>` : ""}
<h2>${escapeHtml(t.reportFoldersHeading)}</h2>
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
<h2>${escapeHtml(t.reportRecoveryHeading)}</h2>
<p>${escapeHtml(t.reportCaveat)}</p>
<p class="verdict" id="hwc-recovery">${escapeHtml(recovery)}</p>
<section class="appendix">
<h2>${escapeHtml(t.reportSignature)}</h2>
<p>${escapeHtml(t.reportSignatureText)}</p>
<p>${escapeHtml(t.reportKeyId)}: <code>${escapeHtml(kid)}</code></p>
<pre id="hwc-signature">${escapeHtml(signed.signature)}</pre>
</section>
</body>
</html>
`;
}

/** The value as written in the report when it is not a date this page can spell out (a report from another version). */
function readable(format: () => string, raw: string): string {
  try {
    return format();
  } catch {
    return raw;
  }
}
