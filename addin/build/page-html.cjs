/* eslint-disable @typescript-eslint/no-require-imports -- webpack loads its configuration as CommonJS (package.json has no "type": "module") */
// The HTML shell of each add-in page: CSP, Office.js from Microsoft's CDN (required for deployed add-ins;
// HWC_OFFICE_JS_URL lets the local harness serve its stand-in), and a root for the pane.
const { contentSecurityPolicy } = require("./content-security-policy.cjs");

function escapeAttribute(text) {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

function pageHtml(settings, { title, withRoot, extraScripts = [] }) {
  return ({ htmlWebpackPlugin }) => `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(settings))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>html,body{margin:0;padding:0}</style>
<script src="${escapeAttribute(settings.officeJsUrl)}"></script>
${extraScripts.map((src) => `<script defer src="${escapeAttribute(src)}"></script>`).join("\n")}
${htmlWebpackPlugin.tags.headTags}
</head>
<body>
${withRoot ? '<div id="root"></div>' : ""}
</body>
</html>
`;
}

module.exports = { pageHtml };
