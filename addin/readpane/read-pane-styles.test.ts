// The read pane runs Fluent's Checkbox without FluentProvider; these tests hold its hand-set tokens to Fluent.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { FLUENT_SHARED_TOKENS, FLUENT_TOKENS } from "./read-pane-styles";

test.each([
  ["light", webLightTheme, FLUENT_TOKENS.light],
  ["dark", webDarkTheme, FLUENT_TOKENS.dark],
] as const)("the %s tokens are Fluent's own values", (_theme, fluent, ours) => {
  for (const [name, value] of Object.entries({ ...ours, ...FLUENT_SHARED_TOKENS })) {
    expect([name, String((fluent as unknown as Record<string, unknown>)[name])]).toEqual([name, value]);
  }
});

test("every token the Checkbox, its Label and its focus outline read is set", () => {
  const styleFiles = [
    "@fluentui/react-checkbox/lib/components/Checkbox/useCheckboxStyles.styles.js",
    "@fluentui/react-label/lib/components/Label/useLabelStyles.styles.js",
    "@fluentui/react-tabster/lib/focus/createFocusOutlineStyle.js",
  ];
  const used = new Set(styleFiles.flatMap((file) => [...readFileSync(join(__dirname, "../../node_modules", file), "utf8").matchAll(/var\(--([A-Za-z0-9]+)\)/g)].map((match) => match[1])));
  const set = new Set([...Object.keys(FLUENT_TOKENS.light), ...Object.keys(FLUENT_SHARED_TOKENS)]);
  expect([...used].filter((name) => name !== undefined && !set.has(name))).toEqual([]);
  expect(Object.keys(FLUENT_TOKENS.dark).sort()).toEqual(Object.keys(FLUENT_TOKENS.light).sort());
});
