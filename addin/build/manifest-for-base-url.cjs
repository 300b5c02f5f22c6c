// The repository's manifest.xml is written for https://localhost:3000; dist/manifest.xml is the same file for
// the configured base URL and API app, so the admin uploads exactly what was built and tested.
const DEVELOPMENT_BASE_URL = "https://localhost:3000";
const DEVELOPMENT_API_CLIENT_ID = "c1ea0000-0000-4000-8000-00000000a001";

function manifestForBaseUrl(xml, settings) {
  const base = new URL(settings.addinBaseUrl);
  const basePath = settings.addinBaseUrl.replace(/\/+$/, "");
  return xml
    .split(`<AppDomain>${DEVELOPMENT_BASE_URL}</AppDomain>`)
    .join(`<AppDomain>${base.origin}</AppDomain>`)
    .split(DEVELOPMENT_BASE_URL)
    .join(basePath)
    .split(`api://localhost:3000/${DEVELOPMENT_API_CLIENT_ID}`)
    .join(`api://${base.host}/${settings.apiClientId}`)
    .split(`<Id>${DEVELOPMENT_API_CLIENT_ID}</Id>`)
    .join(`<Id>${settings.apiClientId}</Id>`);
}

module.exports = { manifestForBaseUrl };
