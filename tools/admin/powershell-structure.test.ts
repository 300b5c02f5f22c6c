import { generateScripts } from "./generate-scripts";
import { hwcConfigSchema } from "./config-schema";
import { powershellStructureProblems } from "./powershell-structure";
import { readFileSync } from "node:fs";
import path from "node:path";

describe("powershellStructureProblems", () => {
  it("accepts balanced code with strings, subexpressions and comments", () => {
    const script = [
      "<# block ( { #>",
      "# a comment with ' and ( and {",
      "if ($a -eq 'it''s (fine)') { Write-Host \"value $($b.Name) and `\" quote\" }",
      "$list = @('a', 'b')",
    ].join("\n");
    expect(powershellStructureProblems(script)).toEqual([]);
  });

  it("finds an unterminated single-quoted string", () => {
    expect(powershellStructureProblems("Write-Host 'open")).toEqual([{ problem: "single-quoted string never ends", at: 11 }]);
  });

  it("treats a typographic quote as the end of a single-quoted string", () => {
    expect(powershellStructureProblems("Write-Host 'it\u2019s' + 'x'")).toEqual([{ problem: "single-quoted string never ends", at: 22 }]);
  });

  it("finds a bracket that never closes and one that closes the wrong bracket", () => {
    expect(powershellStructureProblems("if ($a) {")).toEqual([{ problem: "{ never closes", at: 8 }]);
    expect(powershellStructureProblems("@(1, 2}")).toEqual([{ problem: "unexpected }", at: 6 }]);
  });

  it("finds an unterminated subexpression inside a double-quoted string", () => {
    expect(powershellStructureProblems('"value $($b.Name"')[0]?.problem).toBe("double-quoted string never ends");
  });
});

describe("generated scripts", () => {
  const example = hwcConfigSchema.parse(JSON.parse(readFileSync(path.join(__dirname, "../../docs/scripts/hwc-config.example.json"), "utf8")));
  const awkward = hwcConfigSchema.parse({
    ...example,
    school: {
      ...example.school,
      mailboxes: [
        { address: "o'hwc@gooisescholen.example", displayName: "'t Gooise Lyceum (HwC) {test} $(x) `y`", functionaries: [{ userPrincipalName: "o'neill@gooisescholen.example" }] },
      ],
    },
    veiligThuis: { ...example.veiligThuis, mailbox: { address: "hwc@veiligthuisgv.example", displayName: "VT's \"HwC\"" } },
  });

  it.each([
    ["the example", example],
    ["names and addresses with quotes, brackets and dollar signs", awkward],
  ])("are well-formed PowerShell for %s", (_name, config) => {
    for (const script of generateScripts(config, "config.json")) {
      expect({ file: script.fileName, problems: powershellStructureProblems(script.content) }).toEqual({ file: script.fileName, problems: [] });
    }
  });
});
