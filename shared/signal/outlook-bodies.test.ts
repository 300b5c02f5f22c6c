// The body reader against what each Outlook client really returns from body.getAsync(Html), and against the
// tricks that would let a signal carry more than name, birth date and "Handle with Care".
import { htmlBodyLines } from "./body-lines";
import { BODY_TRICKS } from "./fixtures/body-tricks";
import { FIXTURE_SIGNAL_LINES, GENUINE_BODIES } from "./fixtures/outlook-bodies";
import { MAX_BODY_LENGTH, matchSignalTemplate } from "./match-signal-template";

const today = "2026-11-27";

describe.each(GENUINE_BODIES.map((body) => [body.id, body] as const))("the genuine %s body", (_id, body) => {
  const html = body.render(FIXTURE_SIGNAL_LINES);

  test("reads as exactly the three lines", () => {
    expect(htmlBodyLines(html)).toEqual({ ok: true, lines: FIXTURE_SIGNAL_LINES });
  });

  test("matches the template", () => {
    expect(matchSignalTemplate("Handle with Care", { contentType: "html", content: html }, { today })).toEqual({
      ok: true,
      signal: { childName: "Zoë van Dijk", birthDate: "2015-03-12" },
    });
  });

  test("stays within the reader's size limit", () => {
    expect(html.length).toBeLessThanOrEqual(MAX_BODY_LENGTH);
  });
});

test("the classic Windows body carries Word's full latent style list", () => {
  const classic = GENUINE_BODIES.find((body) => body.id === "classic-windows")?.render(FIXTURE_SIGNAL_LINES) ?? "";
  expect(classic.match(/<w:LsdException /g)?.length).toBeGreaterThanOrEqual(370);
  expect(classic).toContain("<link rel=File-List");
  expect(classic).toContain("<xml>\r\n<w:WordDocument>");
});

describe.each(BODY_TRICKS.map((trick) => [trick.id, trick] as const))("the trick %s", (id, trick) => {
  test(`is not a template (${trick.description})`, () => {
    expect(matchSignalTemplate("Handle with Care", { contentType: "html", content: trick.html }, { today }).ok).toBe(false);
  });

  if (id !== "name-extra-words") {
    test("is refused by the body reader itself, not only by the line check", () => {
      const read = htmlBodyLines(trick.html);
      expect(read.ok).toBe(false);
      expect(read.ok ? "" : read.reason).toMatch(/^html-/);
    });
  }
});
