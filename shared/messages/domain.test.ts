import { domainMessages, domainText } from "./domain";

const signalCodes = [
  "name-required", "name-too-short", "name-too-long", "name-too-many-words", "name-line-break", "name-hidden-character", "name-digit", "name-link",
  "name-invalid-character", "name-not-a-name", "date-required", "date-format", "date-not-real", "date-in-future", "not-a-minor",
  "younger-than-four",
];

test("every field error and warning code has Dutch and English text", () => {
  for (const code of signalCodes) {
    expect(domainMessages.nl).toHaveProperty(code);
    expect(domainMessages.en).toHaveProperty(code);
  }
});

test("Dutch and English carry the same keys", () => {
  expect(Object.keys(domainMessages.en).sort()).toEqual(Object.keys(domainMessages.nl).sort());
});

test("domainText gives the text for a code and a generic next step for an unknown one", () => {
  expect(domainText("nl", "date-not-real")).toBe("Deze datum bestaat niet. Controleer dag en maand.");
  expect(domainText("en", "no-such-code")).toBe("Check this field and try again.");
  expect(domainText("nl", "receivedAtLine")).toBe("Controleer dit veld en probeer het opnieuw.");
});
