/* eslint-disable @typescript-eslint/no-require-imports -- webpack loads its configuration as CommonJS (package.json has no "type": "module") */
// The add-in's two pages without script: help.html (the manifest's SupportUrl) and unsupported.html (the
// manifest's base ItemEdit form, which only an Outlook without add-in commands shows). Their words come from
// the message catalogue (shared/messages/help.ts), Dutch first, English below; the same CSP as the panes.
const path = require("node:path");
const tsx = require("tsx/cjs/api");
const { contentSecurityPolicy } = require("./content-security-policy.cjs");

const escapeText = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function catalogue() {
  return tsx.require(path.join(__dirname, "../../shared/messages/help.ts"), __filename).helpMessages;
}

const STYLE =
  "body{margin:0;padding:16px;font-family:'Segoe UI',-apple-system,BlinkMacSystemFont,Roboto,'Helvetica Neue',sans-serif;font-size:14px;line-height:20px;color:#242424;background:#fff;max-width:40rem}" +
  "h1{font-size:20px;line-height:28px;font-weight:600}h2{font-size:16px;line-height:22px;font-weight:600;margin-top:20px}section+section{margin-top:32px;border-top:1px solid #d1d1d1}" +
  "@media (prefers-color-scheme:dark){body{color:#fff;background:#292929}section+section{border-color:#666}}";

function document(settings, lang, title, sections) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(settings).replace(/"/g, "&quot;")}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${sections.join("\n")}
</body>
</html>
`;
}

function helpSection(t, lang) {
  return `<section lang="${lang}">
<h1>${escapeText(t.helpTitle)}</h1>
<p>${escapeText(t.helpIntro)}</p>
<h2>${escapeText(t.caseworkerTitle)}</h2>
<ol><li>${escapeText(t.caseworkerStep1)}</li><li>${escapeText(t.caseworkerStep2)}</li><li>${escapeText(t.caseworkerStep3)}</li></ol>
<h2>${escapeText(t.functionaryTitle)}</h2>
<ol><li>${escapeText(t.functionaryStep1)}</li><li>${escapeText(t.functionaryStep2)}</li></ol>
<h2>${escapeText(t.clientsTitle)}</h2>
<p>${escapeText(t.clientsText)}</p>
<h2>${escapeText(t.contactTitle)}</h2>
<p>${escapeText(t.contactText)}</p>
</section>`;
}

function unsupportedSection(t, lang) {
  return `<section lang="${lang}" role="alert">
<h1>${escapeText(t.unsupportedTitle)}</h1>
<p>${escapeText(t.unsupportedText)}</p>
</section>`;
}

function helpPageHtml(settings) {
  const t = catalogue();
  return document(settings, "nl", t.nl.helpTitle, [helpSection(t.nl, "nl"), helpSection(t.en, "en")]);
}

function unsupportedPageHtml(settings) {
  const t = catalogue();
  return document(settings, "nl", t.nl.unsupportedTitle, [unsupportedSection(t.nl, "nl"), unsupportedSection(t.en, "en")]);
}

module.exports = { helpPageHtml, unsupportedPageHtml };
