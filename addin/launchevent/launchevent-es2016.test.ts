// The shipped launchevent.js in the runtime classic Outlook on Windows gives it before Version 2403:
// ECMAScript 2016 (parse check: no async functions, no lookbehind or other later regular-expression syntax)
// and a vm context without the built-ins added since (matchAll, Object.entries, padStart, Intl, …).
// beforeAll makes the production build of the send guard alone (~10 s) into a temporary directory.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runInNewContext } from "node:vm";
import { promisify } from "node:util";
import { BODY_TRICKS } from "../../shared/signal/fixtures/body-tricks";
import { FIXTURE_SIGNAL_LINES, GENUINE_BODIES } from "../../shared/signal/fixtures/outlook-bodies";
import { assertEs2016Syntax, Es2016SyntaxError, runInEs2016Runtime } from "../manifest/es2016-runtime";
import { installOutlook, outlookState, type OutlookState } from "../test-fixtures/outlook-mock";

jest.setTimeout(60_000);

const ROOT = resolve(__dirname, "../..");
const SCHOOL = "hwc.hetkompas@gooisescholen.example";
let dist = "";
let bundle = "";

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "hwc-send-guard-"));
  await promisify(execFile)(process.execPath, [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--config-name", "send-guard"], {
    cwd: ROOT,
    env: { ...process.env, HWC_DIST_DIR: dist },
    maxBuffer: 16 * 1024 * 1024,
  });
  bundle = readFileSync(join(dist, "launchevent.js"), "utf8");
}, 180_000);

afterAll(() => rmSync(dist, { recursive: true, force: true }));

type Completion = { allowEvent: boolean; errorMessage?: string };

/** Loads the bundle into a fresh ES2016 runtime with this mailbox state and presses Send once. */
function send(state: OutlookState): Promise<Completion> {
  installOutlook(state);
  runInEs2016Runtime(bundle, (globalThis as unknown as { Office: unknown }).Office);
  const handler = state.associated.get("onMessageSendHandler");
  if (!handler) throw new Error("launchevent.js registered no onMessageSendHandler in the ES2016 runtime.");
  return new Promise((resolveCompletion) => handler({ completed: (completion: Completion) => resolveCompletion(completion) }));
}

const signalState = (htmlBody: string, overrides: Partial<OutlookState> = {}) =>
  outlookState({ to: [SCHOOL], subject: "Handle with Care", htmlBody, headers: { "x-handle-with-care": "1" }, ...overrides });

test("the built launchevent.js parses as ECMAScript 2016", () => {
  expect(() => assertEs2016Syntax(bundle)).not.toThrow();
});

test("the parse check refuses what ECMAScript 2016 lacks, so the test above can fail", () => {
  expect(() => assertEs2016Syntax("async function check() { await 1; }")).toThrow(Es2016SyntaxError);
  expect(() => assertEs2016Syntax("var link = /(?<!a)www\\./;")).toThrow(Es2016SyntaxError);
  expect(() => assertEs2016Syntax("var letter = /\\p{L}/u;")).toThrow(Es2016SyntaxError);
  expect(() => assertEs2016Syntax("var copy = { ...other };")).toThrow(Es2016SyntaxError);
});

test("the runtime lacks the built-ins ECMAScript 2016 lacks", () => {
  const probe = `
    var seen = [];
    if (typeof "".matchAll === "function") seen.push("matchAll");
    if (typeof Object.entries === "function") seen.push("Object.entries");
    if (typeof "".padStart === "function") seen.push("padStart");
    if (typeof Intl !== "undefined") seen.push("Intl");
    try { new RegExp("(?<!a)b"); seen.push("lookbehind"); } catch (e) {}
    Office.report(seen);`;
  const seen: string[][] = [];
  runInEs2016Runtime(probe, { report: (names: string[]) => seen.push(names) });
  expect(seen).toEqual([[]]);
  // The same probe in an ordinary Node context does see them: the runtime above removed them.
  runInNewContext(probe, { Office: { report: (names: string[]) => seen.push(names) } });
  expect(seen[1]).toEqual(["matchAll", "Object.entries", "padStart", "Intl", "lookbehind"]);
});

test.each(GENUINE_BODIES.map((body) => [body.id, body] as const))("a correct signal as %s returns it passes", async (_id, body) => {
  expect(await send(signalState(body.render(FIXTURE_SIGNAL_LINES)))).toEqual({ allowEvent: true });
});

test("a correct signal in a plain-text draft passes", async () => {
  expect(await send(signalState(FIXTURE_SIGNAL_LINES.join("\n"), { bodyType: "text" }))).toEqual({ allowEvent: true });
});

test("ordinary mail passes", async () => {
  expect(await send(outlookState({ to: ["collega@veiligthuisgv.example"], cc: ["a@example.org"], subject: "Overleg", attachments: [{ id: "x", isInline: false }] }))).toEqual({
    allowEvent: true,
  });
});

test("ordinary mail passes when Outlook cannot read its headers or body", async () => {
  const state = outlookState({ to: ["collega@veiligthuisgv.example"], subject: "Overleg", failing: new Set(["internetHeaders.getAsync", "body.getAsync:html"]) });
  expect(await send(state)).toEqual({ allowEvent: true });
});

test("a tampered signal is blocked, saying what to fix", async () => {
  const html = GENUINE_BODIES[0]?.render(FIXTURE_SIGNAL_LINES) ?? "";
  expect(await send(signalState(html, { cc: ["a@example.org"] }))).toEqual({ allowEvent: false, errorMessage: "Handle with Care: niet verzonden. Haal alle CC- en BCC-ontvangers weg." });
});

test.each(BODY_TRICKS.filter((trick) => ["white-hex", "tiny-px", "title-text", "idmap-data", "sheet-white"].includes(trick.id)).map((trick) => [trick.id, trick] as const))(
  "a signal with hidden content (%s) is blocked",
  async (_id, trick) => {
    const completion = await send(signalState(trick.html));
    expect(completion.allowEvent).toBe(false);
    expect(completion.errorMessage).toContain("Handle with Care: niet verzonden.");
  },
);
