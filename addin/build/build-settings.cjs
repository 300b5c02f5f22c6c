/* eslint-disable @typescript-eslint/no-require-imports -- webpack loads its configuration as CommonJS (package.json has no "type": "module") */
// Build-time configuration of the add-in, read once from the environment with local development defaults,
// all problems reported together, each in Dutch and then in English. Each variable is documented in addin/README.md.
const fs = require("node:fs");
const path = require("node:path");
const tsx = require("tsx/cjs/api");

const ROOT = path.resolve(__dirname, "../..");
const { addinBuildMessages, domainMessages, domainText } = tsx.require("../../shared/messages/index.ts", __filename);

/** One problem in both languages: `say` gets each language's catalogue. */
function bilingual(say) {
  return { nl: say(addinBuildMessages.nl), en: say(addinBuildMessages.en) };
}

const DEFAULTS = {
  HWC_ADDIN_BASE_URL: "https://localhost:3000",
  HWC_API_BASE_URL: "https://localhost:7071",
  HWC_API_SCOPE: "api://c1ea0000-0000-4000-8000-00000000a001/access_as_user",
  HWC_SPA_CLIENT_ID: "c1ea0000-0000-4000-8000-00000000a002",
  HWC_AUTHORITY: "https://login.microsoftonline.com/organizations",
  HWC_SENDER_ADDRESS: "handlewithcare@veiligthuisgv.example",
  HWC_REGISTER_FILE: "config/school-register.json",
  HWC_OFFICE_JS_URL: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  HWC_CSP_EXTRA_CONNECT: "",
};

function httpsUrl(name, value, problems) {
  try {
    const url = new URL(value);
    if (url.protocol !== "https:") problems.push(bilingual((m) => m.notHttps(name, value)));
    return value.replace(/\/+$/, "");
  } catch {
    problems.push(bilingual((m) => m.notUrl(name, value)));
    return value;
  }
}

function readRegister(file, problems) {
  const absolute = path.resolve(ROOT, file);
  let json;
  try {
    json = JSON.parse(fs.readFileSync(absolute, "utf8"));
  } catch (error) {
    problems.push(bilingual((m) => m.registerUnreadable(absolute, error.code ?? error.message)));
    return [];
  }
  const { parseSchoolRegister } = tsx.require("../../shared/index.ts", __filename);
  const parsed = parseSchoolRegister(json);
  if (!parsed.ok) {
    // The register's errors as the import tool says them: "Rij 2, kolom brin: …" (rows counted from 1 in the list).
    const rows = (locale) => parsed.errors.map((error) => domainMessages[locale]["import-row-error"](error.row, error.field, domainText(locale, error.code)));
    problems.push({ nl: [addinBuildMessages.nl.registerInvalid(absolute), ...rows("nl")].join("\n    "), en: [addinBuildMessages.en.registerInvalid(absolute), ...rows("en")].join("\n    ") });
    return [];
  }
  return Array.isArray(parsed.value) ? parsed.value : parsed.value.schools;
}

/** The API's client id, from a scope such as api://<client id>/access_as_user, for the manifest's WebApplicationInfo. */
function apiClientIdFromScope(scope) {
  const match = /^api:\/\/(?:[^/]+\/)?([0-9a-f-]{36})\//i.exec(scope);
  return match ? match[1] : undefined;
}

function readBuildSettings(env = process.env) {
  const value = (name) => (env[name] !== undefined && env[name] !== "" ? env[name] : DEFAULTS[name]);
  const problems = [];
  const settings = {
    addinBaseUrl: httpsUrl("HWC_ADDIN_BASE_URL", value("HWC_ADDIN_BASE_URL"), problems),
    apiBaseUrl: httpsUrl("HWC_API_BASE_URL", value("HWC_API_BASE_URL"), problems),
    apiScope: value("HWC_API_SCOPE"),
    spaClientId: value("HWC_SPA_CLIENT_ID"),
    authority: httpsUrl("HWC_AUTHORITY", value("HWC_AUTHORITY"), problems),
    senderAddress: value("HWC_SENDER_ADDRESS").trim().toLowerCase(),
    officeJsUrl: httpsUrl("HWC_OFFICE_JS_URL", value("HWC_OFFICE_JS_URL"), problems),
    extraConnectSources: value("HWC_CSP_EXTRA_CONNECT").split(/\s+/).filter(Boolean),
    registerFile: value("HWC_REGISTER_FILE"),
  };
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(settings.senderAddress)) problems.push(bilingual((m) => m.senderNotEmail(settings.senderAddress)));
  if (!/^[0-9a-f-]{36}$/i.test(settings.spaClientId)) problems.push(bilingual((m) => m.spaClientIdNotGuid(settings.spaClientId)));
  settings.apiClientId = apiClientIdFromScope(settings.apiScope);
  if (!settings.apiClientId) problems.push(bilingual((m) => m.apiScopeShape(settings.apiScope)));
  settings.schools = readRegister(settings.registerFile, problems);
  if (problems.length > 0) {
    const list = (locale) => [addinBuildMessages[locale].header(problems.length), ...problems.map((problem) => `- ${problem[locale]}`)].join("\n");
    throw new Error(`${list("nl")}\n\n${list("en")}`);
  }
  return settings;
}

module.exports = { readBuildSettings, DEFAULTS };
