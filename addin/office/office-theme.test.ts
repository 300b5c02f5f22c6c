import { isDarkColour } from "./office-theme";

test("Outlook's dark body colour counts as dark", () => {
  expect(isDarkColour("#1f1f1f")).toBe(true);
  expect(isDarkColour("292929")).toBe(true);
});

test("Outlook's light body colour and unreadable values count as light", () => {
  expect(isDarkColour("#ffffff")).toBe(false);
  expect(isDarkColour("not a colour")).toBe(false);
});
