import { readFileSync } from "node:fs";
import path from "node:path";
import { hwcConfigSchema, type VeiligThuisConfig } from "../config-schema";
import { callsOf, type CommandCall } from "../generated-command-lines";
import { generateScripts } from "../generate-scripts";
import { rejectionText, telltalePhrases, wallRules, type WallRuleKey } from "./signal-wall";

const example = hwcConfigSchema.parse(JSON.parse(readFileSync(path.join(__dirname, "../../../docs/scripts/hwc-config.example.json"), "utf8")));
const config = hwcConfigSchema.parse({
  veiligThuis: { ...example.veiligThuis, schoolDomains: ["gooisescholen.example", "scholen-gooi.example"], signalSizeLimitKb: 48 },
});
const veiligThuis = config.veiligThuis as VeiligThuisConfig;
const hwc = veiligThuis.mailbox.address;
const script = generateScripts(config, "vt.json").find((candidate) => candidate.fileName === "veiligthuis-mail-flow-rule.ps1")?.content ?? "";

const created = callsOf(script, "New-TransportRule");
const updated = callsOf(script, "Set-TransportRule");
const keys = Object.keys(wallRules) as WallRuleKey[];

function ruleFor(key: WallRuleKey, calls: CommandCall[] = created): Map<string, string> {
  const call = calls.find((candidate) => (candidate.parameters.get("Name") ?? candidate.parameters.get("Identity")) === wallRules[key].name);
  if (!call) throw new Error(`no rule ${key}`);
  return call.parameters;
}

/** The PowerShell array literal assigned to $name, unquoted. */
function arrayAssigned(name: string): string[] {
  const line = script.split("\n").find((candidate) => candidate.startsWith(`$${name} = @(`)) ?? "";
  return [...line.matchAll(/'((?:[^']|'')*)'/g)].map((match) => (match[1] ?? "").replace(/''/g, "'"));
}

describe("veiligthuis-mail-flow-rule.ps1", () => {
  it("creates one rule for each thing the wall refuses, and updates the same rule when run again", () => {
    expect(created.map((call) => call.parameters.get("Name")).sort()).toEqual(keys.map((key) => wallRules[key].name).sort());
    expect(updated.map((call) => call.parameters.get("Identity")).sort()).toEqual(keys.map((key) => wallRules[key].name).sort());
    for (const key of keys) {
      const { Name: _name, ...newSettings } = Object.fromEntries(ruleFor(key));
      const { Identity: _identity, ...setSettings } = Object.fromEntries(ruleFor(key, updated));
      expect(setSettings).toEqual(newSettings);
    }
  });

  it("scopes every rule to mail for an address in the school domains, rejected for every recipient", () => {
    expect(arrayAssigned("schoolAddresses")).toEqual(["@gooisescholen\\.example$", "@scholen-gooi\\.example$"]);
    for (const key of keys) expect(ruleFor(key).get("AnyOfRecipientAddressMatchesPatterns")).toBe("$schoolAddresses");
    expect(script).not.toMatch(/-RecipientDomainIs|-SentTo /);
  });

  it("applies every content rule to the HwC mailbox, whether it is in the From header or the envelope", () => {
    for (const key of keys.filter((candidate) => candidate !== "sender")) {
      expect(ruleFor(key).get("From")).toBe(hwc);
      expect(ruleFor(key).get("SenderAddressLocation")).toBe("HeaderOrEnvelope");
    }
  });

  it("refuses anything but exactly the subject Handle with Care", () => {
    expect(arrayAssigned("signalSubject")).toEqual(["^Handle with Care$"]);
    expect(ruleFor("subject").get("ExceptIfSubjectMatchesPatterns")).toBe("$signalSubject");
  });

  it("refuses any attachment, a message over the configured size, a Cc and phone or forward text", () => {
    expect(ruleFor("attachments").get("AttachmentSizeOver")).toBe("1B");
    expect(ruleFor("size").get("MessageSizeOver")).toBe("48KB");
    expect(ruleFor("copies").get("HeaderMatchesMessageHeader")).toBe("Cc");
    expect(ruleFor("copies").get("HeaderMatchesPatterns")).toBe("@");
    expect(ruleFor("telltales").get("SubjectOrBodyContainsWords")).toBe("$telltales");
    expect(arrayAssigned("telltales")).toEqual([...telltalePhrases]);
  });

  it("refuses a message with the signal's subject from any other sender of the organisation", () => {
    const sender = ruleFor("sender");
    expect(sender.get("SubjectMatchesPatterns")).toBe("$signalSubject");
    expect(sender.get("FromScope")).toBe("InOrganization");
    expect(sender.get("ExceptIfFrom")).toBe(hwc);
    expect(sender.get("From")).toBeUndefined();
  });

  it("rejects with its own status code and a reason, fails closed, and goes before every other rule", () => {
    keys.forEach((key) => {
      const rule = ruleFor(key);
      expect(rule.get("RejectMessageReasonText")).toBe(rejectionText(key));
      expect(rule.get("RejectMessageEnhancedStatusCode")).toBe(wallRules[key].statusCode);
      expect(rule.get("RuleErrorAction")).toBe("Defer");
      expect(rule.get("Mode")).toBe("$mode");
      expect((rule.get("Comments") ?? "").length).toBeLessThanOrEqual(1024);
    });
    expect(created.map((call) => call.parameters.get("Priority")).sort()).toEqual(["0", "1", "2", "3", "4", "5"]);
  });

  it("only tests (Audit) unless run with -Enforce, and then says what is still to do", () => {
    expect(script).toContain("param([switch]$Enforce)");
    expect(script).toContain("$mode = if ($Enforce) { 'Enforce' } else { 'Audit' }");
    expect(script).toMatch(/if \(-not \$Enforce\) \{\s+Add-Problem 'De regels staan in testmodus \(Audit\)/);
  });

  it("refuses to run against another tenant or before the HwC mailbox exists", () => {
    expect(script).toContain(`-ne '${veiligThuis.tenantId}'`);
    expect(script.indexOf(`Get-Mailbox -Identity '${hwc}'`)).toBeGreaterThan(-1);
    expect(script.indexOf(`Get-Mailbox -Identity '${hwc}'`)).toBeLessThan(script.indexOf("New-TransportRule"));
  });

  it("reports a rule that is switched off, and warns about disclaimer rules that would change a signal", () => {
    for (const key of keys) expect(script).toContain(`Enable-TransportRule -Identity ''${wallRules[key].name}''`);
    expect(script).toContain("$_.ApplyHtmlDisclaimerText");
  });
});
