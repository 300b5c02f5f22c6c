import { npmCommandsIn } from "./npm-commands";
import { referencedPaths, tableRowsUnder } from "./referenced-paths";

describe("npmCommandsIn", () => {
  it("finds npm run scripts, with or without flags and arguments", () => {
    const commands = npmCommandsIn("Run `npm run -s admin -- exchange-script --config x.json` and\n```sh\nnpm run build\n```");
    expect(commands.map((command) => [command.script, command.line])).toEqual([
      ["admin", 1],
      ["build", 3],
    ]);
  });

  it("maps npm test and npm start to their scripts and skips npm's own commands", () => {
    expect(npmCommandsIn("```\nnpm install\nnpm ci\nnpm test\nnpm start\n```").map((command) => command.script)).toEqual(["test", "start"]);
  });

  it("treats any other word after npm in code as a script that must exist", () => {
    expect(npmCommandsIn("run `npm deploy`").map((command) => command.script)).toEqual(["deploy"]);
  });

  it("ignores npm in prose, so \"the npm scripts\" is not a command", () => {
    expect(npmCommandsIn("the npm scripts `test` and `start` already do")).toEqual([]);
  });

  it("leaves trailing punctuation out of the script name", () => {
    expect(npmCommandsIn("```\nrun.ts   npm run bench: runs the three\n```").map((command) => command.script)).toEqual(["bench"]);
  });

  it("does not read pnpm or npx as npm", () => {
    expect(npmCommandsIn("`pnpm run build; npx jest`")).toEqual([]);
  });
});

describe("referencedPaths", () => {
  it("lists repository paths in code spans, once each", () => {
    expect(referencedPaths("see `shared/signal/render.test.ts` and `docs/scripts/school-check.ps1`, again `shared/signal/render.test.ts`, not `npm test`")).toEqual([
      "shared/signal/render.test.ts",
      "docs/scripts/school-check.ps1",
    ]);
  });
});

describe("tableRowsUnder", () => {
  it("returns the body rows of the first table under a heading", () => {
    const markdown = "# A\n\n## Convenant\n\ntext\n\n| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n\n## Next\n| x |\n|---|\n| y |";
    expect(tableRowsUnder(markdown, "Convenant")).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
  });
});
