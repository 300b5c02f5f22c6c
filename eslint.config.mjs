import js from "@eslint/js";
import tseslint from "typescript-eslint";
import sdl from "@microsoft/eslint-plugin-sdl";
import globals from "globals";

export default tseslint.config(
  {
    ignores: ["node_modules/", "dist/", "coverage/", "test/e2e/artifacts/", "bench/results.json"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...sdl.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser, ...globals.jest },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  {
    // The domain is pure: no Node built-ins, no Office, Graph or DOM-bound libraries.
    files: ["shared/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*"], message: "shared/ is pure: no Node built-ins." },
            { group: ["@microsoft/*", "@azure/*", "react", "react-dom", "@fluentui/*"], message: "shared/ is pure: no Office, Graph or UI." },
            { group: ["**/addin/**", "**/cleanup-service/**", "**/dev/**"], message: "shared/ imports nothing outside itself." },
          ],
        },
      ],
    },
  },
  {
    files: ["addin/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/cleanup-service/**", "**/dev/**", "node:*"], message: "addin/ depends only on shared/ and browser libraries." }] },
      ],
    },
  },
  {
    // Build and manifest tooling beside the add-in runs in Node, never in a bundle: Node built-ins are fine there.
    files: ["addin/manifest/**/*.ts", "addin/build/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/cleanup-service/**", "**/dev/**"], message: "addin/ never imports the service or the stand-in." }] },
      ],
    },
  },
  {
    files: ["cleanup-service/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/addin/**", "**/dev/**"], message: "cleanup-service/ depends only on shared/ (tests may use dev/ through test files)." }] },
      ],
    },
  },
  {
    files: ["**/*.test.ts", "**/*.test.tsx", "test/**", "bench/**"],
    rules: { "no-restricted-imports": "off" },
  },
);
