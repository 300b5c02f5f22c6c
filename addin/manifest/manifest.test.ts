// The offline manifest checks, on the repository's manifest.xml and on a real build of the add-in.
// beforeAll runs one development build (webpack, not minified: ~20 s here) into a temporary directory; the
// built manifest, file names and launchevent.js are the same as in production apart from minification.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { addinBaseUrlOf, checkManifest } from "./check-manifest";
import { installOutlook, outlookState, type OutlookState } from "../test-fixtures/outlook-mock";
import { functionsRegisteredBy, readBuiltAddin, runInJavaScriptOnlyRuntime } from "./read-built-addin";

const ROOT = resolve(__dirname, "../..");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
let dist = "";

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "hwc-addin-build-"));
  await promisify(execFile)(process.execPath, [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "development"], {
    cwd: ROOT,
    env: { ...process.env, HWC_DIST_DIR: dist, HWC_ADDIN_BASE_URL: "https://hwc.gooischolen.example/addin" },
    maxBuffer: 16 * 1024 * 1024,
  });
}, 180_000);

afterAll(() => rmSync(dist, { recursive: true, force: true }));

test("the repository's manifest passes every offline check", () => {
  expect(checkManifest(manifest)).toEqual([]);
});

test("the built manifest names only built files and a registered send handler", () => {
  const built = readFileSync(join(dist, "manifest.xml"), "utf8");
  const baseUrl = addinBaseUrlOf(built);
  expect(baseUrl).toBe("https://hwc.gooischolen.example/addin");
  expect(checkManifest(built, readBuiltAddin(dist, baseUrl ?? ""))).toEqual([]);
});

test("the built manifest carries the configured base URL everywhere", () => {
  const built = readFileSync(join(dist, "manifest.xml"), "utf8");
  expect(built).not.toContain("localhost:3000");
  expect(built).toContain("<AppDomain>https://hwc.gooischolen.example</AppDomain>");
  expect(built).toContain("<Resource>api://hwc.gooischolen.example/c1ea0000-0000-4000-8000-00000000a001</Resource>");
});

test("the built send guard registers exactly the manifest's FunctionName", () => {
  expect([...functionsRegisteredBy(readFileSync(join(dist, "launchevent.js"), "utf8"))]).toEqual(["onMessageSendHandler"]);
});

async function sendWithBuiltGuard(state: OutlookState): Promise<{ allowEvent: boolean; errorMessage?: string }[]> {
  installOutlook(state);
  runInJavaScriptOnlyRuntime(readFileSync(join(dist, "launchevent.js"), "utf8"), (globalThis as unknown as { Office: unknown }).Office);
  const handler = state.associated.get("onMessageSendHandler");
  const completions: { allowEvent: boolean; errorMessage?: string }[] = [];
  handler?.({ completed: (options: { allowEvent: boolean; errorMessage?: string }) => completions.push(options) });
  await new Promise((resolve) => setTimeout(resolve, 50));
  return completions;
}

test("the built send guard, with no DOM, passes the exact signal from the Veilig Thuis mailbox", async () => {
  const completions = await sendWithBuiltGuard(
    outlookState({
      to: ["hwc.hetkompas@gooisescholen.example"],
      subject: "Handle with Care",
      htmlBody: "<div>Fleur van Dijk</div><div>12-03-2015</div><div>Handle with Care</div>",
      headers: { "x-handle-with-care": "1" },
    }),
  );
  expect(completions).toEqual([{ allowEvent: true }]);
});

test("the built send guard blocks a tampered signal and lets ordinary mail go", async () => {
  const tampered = await sendWithBuiltGuard(
    outlookState({ to: ["hwc.hetkompas@gooisescholen.example"], cc: ["a@example.org"], subject: "Handle with Care", htmlBody: "<div>Fleur van Dijk</div><div>12-03-2015</div><div>Handle with Care</div>" }),
  );
  expect(tampered).toEqual([{ allowEvent: false, errorMessage: "Handle with Care: niet verzonden. Haal alle CC- en BCC-ontvangers weg." }]);
  expect(await sendWithBuiltGuard(outlookState({ to: ["collega@veiligthuisgv.example"], cc: ["a@example.org"], subject: "Overleg" }))).toEqual([{ allowEvent: true }]);
});

test("the send guard is one file: the build emits no other chunk for it", () => {
  const scripts = readdirSync(dist).filter((file) => file.endsWith(".js"));
  expect(scripts.filter((file) => !/^(taskpane|readpane|commands|nested-app-auth)(\.[0-9a-f]{8})?\.js$/.test(file))).toEqual(["launchevent.js"]);
});

test("every page has a Content-Security-Policy and loads Office.js from Microsoft's CDN", () => {
  for (const page of ["taskpane.html", "readpane.html", "commands.html"]) {
    const html = readFileSync(join(dist, page), "utf8");
    expect(html).toMatch(/<meta http-equiv="?Content-Security-Policy"? content="default-src 'none'; script-src 'self' https:\/\/appsforoffice.microsoft.com;/);
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  }
  expect(readFileSync(join(dist, "commands.html"), "utf8")).toContain("launchevent.js");
});

test("a handler the bundle does not register is reported", () => {
  const renamed = manifest.replace('FunctionName="onMessageSendHandler"', 'FunctionName="onSendHandler"');
  const problems = checkManifest(renamed, { ...readBuiltAddin(dist, "https://localhost:3000"), baseUrl: "https://localhost:3000" });
  expect(problems).toContain('FunctionName "onSendHandler" is not registered with Office.actions.associate by the built launchevent.js');
});

test("a URL without a built file is reported", () => {
  const broken = manifest.replace("https://localhost:3000/readpane.html", "https://localhost:3000/read.html");
  const problems = checkManifest(broken, { ...readBuiltAddin(dist, "https://localhost:3000"), baseUrl: "https://localhost:3000" });
  expect(problems.some((problem) => problem.includes("read.html, which the build did not produce"))).toBe(true);
});

test("elements out of schema order are reported", () => {
  const swapped = manifest.replace("<Version>1.0.0.0</Version>\n  <ProviderName>Regio Gooi en Vechtstreek</ProviderName>", "<ProviderName>Regio Gooi en Vechtstreek</ProviderName>\n  <Version>1.0.0.0</Version>");
  expect(checkManifest(swapped)).toEqual([expect.stringContaining("<Version> is out of order")]);
});

test("a resid without a resource is reported", () => {
  const missing = manifest.replace('<Label resid="ReadButton.Label"/>', '<Label resid="ReadButton.Caption"/>');
  expect(checkManifest(missing)).toEqual([expect.stringContaining('resid "ReadButton.Caption" is not defined in ShortStrings')]);
});

test("a label longer than 125 characters is reported", () => {
  const long = manifest.replace('DefaultValue="Signaal opstellen"', `DefaultValue="${"x".repeat(126)}"`);
  expect(checkManifest(long)).toEqual(['ShortStrings "ComposeButton.Label" has a text of 126 characters (at most 125)']);
});

test("a control id used twice is reported", () => {
  const duplicate = manifest.replace('id="hwcReadButton"', 'id="hwcComposeButton"');
  expect(checkManifest(duplicate)).toEqual([expect.stringContaining('id "hwcComposeButton" is used twice')]);
});

test("a weaker send mode is reported", () => {
  expect(checkManifest(manifest.replace('SendMode="Block"/>', 'SendMode="PromptUser"/>'))).toEqual([
    'exactly one LaunchEvent Type="OnMessageSend" with SendMode="Block" is required',
  ]);
});

test("Mailbox 1.12 on the whole VersionOverrides is reported: it hides the read button on LTSC 2021, classic Mac and phones", () => {
  expect(checkManifest(manifest.replace('<bt:Sets DefaultMinVersion="1.3">', '<bt:Sets DefaultMinVersion="1.12">'))).toEqual([
    "VersionOverrides must not require more than Mailbox 1.5: check newer APIs at run time (the compose pane needs 1.12 and says so)",
  ]);
});

test("a base compose form that opens the compose pane is reported: there it would run without the send guard", () => {
  const legacy = manifest.replace("https://localhost:3000/unsupported.html", "https://localhost:3000/taskpane.html");
  expect(checkManifest(legacy)).toEqual(["the base FormSettings ItemEdit form must point at unsupported.html: without add-in commands there is no send guard"]);
});

test("a SupportUrl that points at a pane is reported", () => {
  expect(checkManifest(manifest.replace("https://localhost:3000/help.html", "https://localhost:3000/taskpane.html"))).toEqual([
    "SupportUrl must point at a help page (help.html or the organisation's own), not at a pane",
  ]);
});

test("a phone button without every icon size and scale is reported", () => {
  const missing = manifest.replace('<bt:Image size="48" scale="3" resid="Icon.144"/>\n', "");
  expect(checkManifest(missing)).toEqual([expect.stringContaining('"hwcMobileReadButton": no icon of size 48 at scale 3')]);
});

test("the built help and unsupported pages carry Dutch first, English second, and no script", () => {
  for (const page of ["help.html", "unsupported.html"]) {
    const html = readFileSync(join(dist, page), "utf8");
    expect(html).not.toMatch(/<script/i);
    expect(html.indexOf('lang="nl"')).toBeLessThan(html.indexOf('<section lang="en"'));
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
  }
  expect(readFileSync(join(dist, "unsupported.html"), "utf8")).toContain("Handle with Care werkt niet in deze versie van Outlook");
});
