// The Content-Security-Policy of each add-in page (a <meta>, since the add-in may be served by any static host).
// Scripts only from the add-in's own origin and Office.js's; network only to the cleanup API and the identity
// platform. Fluent UI writes its styles at run time, hence 'unsafe-inline' for styles (never for scripts).
function origin(url) {
  return new URL(url).origin;
}

function contentSecurityPolicy(settings) {
  const officeJs = origin(settings.officeJsUrl);
  const connect = new Set(["'self'", origin(settings.apiBaseUrl), origin(settings.authority), officeJs, ...settings.extraConnectSources]);
  return [
    "default-src 'none'",
    `script-src 'self' ${officeJs}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${[...connect].join(" ")}`,
    `frame-src ${officeJs} ${origin(settings.authority)}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join("; ");
}

module.exports = { contentSecurityPolicy };
