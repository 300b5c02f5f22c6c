import { matchSignalTemplate } from "./match-signal-template";

const today = { today: "2026-11-28" };
const html = (content: string) => ({ contentType: "html" as const, content });
const text = (content: string) => ({ contentType: "text" as const, content });
const RENDERED = "<div>Marieke de Vries</div><div>12-03-2015</div><div>Handle with Care</div>";

test("matches the rendered HTML template and returns the signal", () => {
  expect(matchSignalTemplate("Handle with Care", html(RENDERED), today)).toEqual({
    ok: true,
    signal: { childName: "Marieke de Vries", birthDate: "2015-03-12" },
  });
});

test("matches the text template with \\r\\n line ends", () => {
  expect(matchSignalTemplate("Handle with Care", text("Marieke de Vries\r\n12-03-2015\r\nHandle with Care"), today)).toMatchObject({ ok: true });
});

test.each([["RE: Handle with Care"], ["FW: Handle with Care"], ["Handle With Care"], ["Handle with Care - urgent"], [""]])(
  "refuses the subject %p",
  (subject) => {
    expect(matchSignalTemplate(subject, html(RENDERED), today)).toEqual({ ok: false, reason: "subject-not-template" });
  },
);

test("refuses a trailing disclaimer line", () => {
  const body = `${RENDERED}<div>Dit bericht is vertrouwelijk.</div>`;
  expect(matchSignalTemplate("Handle with Care", html(body), today)).toEqual({ ok: false, reason: "body-not-three-lines" });
});

test("refuses extra text before the name", () => {
  expect(matchSignalTemplate("Handle with Care", text(`Beste school,\n${"Marieke de Vries\n12-03-2015\nHandle with Care"}`), today)).toEqual({
    ok: false,
    reason: "body-not-three-lines",
  });
});

test("refuses a different closing line", () => {
  expect(matchSignalTemplate("Handle with Care", text("Marieke de Vries\n12-03-2015\nHandle with care!"), today)).toEqual({
    ok: false,
    reason: "body-closing-line",
  });
});

test("refuses a name line the parser would refuse", () => {
  expect(matchSignalTemplate("Handle with Care", text("Call 0612345678\n12-03-2015\nHandle with Care"), today)).toEqual({
    ok: false,
    reason: "body-name-invalid",
  });
});

test("refuses a date not written DD-MM-JJJJ", () => {
  expect(matchSignalTemplate("Handle with Care", text("Marieke de Vries\n2015-03-12\nHandle with Care"), today)).toEqual({
    ok: false,
    reason: "body-date-format",
  });
});

test("refuses the birth date of an adult", () => {
  expect(matchSignalTemplate("Handle with Care", text("Marieke de Vries\n12-03-2000\nHandle with Care"), today)).toEqual({
    ok: false,
    reason: "body-date-invalid",
  });
});

test("refuses a quoted original below the template", () => {
  const body = `${RENDERED}<hr><div>From: someone</div>`;
  expect(matchSignalTemplate("Handle with Care", html(body), today)).toEqual({ ok: false, reason: "html-disallowed-tag" });
});
