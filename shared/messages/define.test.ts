import { localeFor } from "./define";

test("Dutch is the default; English only when Outlook's display language is English", () => {
  expect(localeFor("nl-NL")).toBe("nl");
  expect(localeFor(undefined)).toBe("nl");
  expect(localeFor("fr-FR")).toBe("nl");
  expect(localeFor("en-US")).toBe("en");
  expect(localeFor("EN-gb")).toBe("en");
});
