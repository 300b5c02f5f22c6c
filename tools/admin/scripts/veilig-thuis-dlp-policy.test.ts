import { readFileSync } from "node:fs";
import path from "node:path";
import { hwcConfigSchema, type VeiligThuisConfig } from "../config-schema";
import { callsOf } from "../generated-command-lines";
import { generateScripts } from "../generate-scripts";
import { dlpPolicyName, dlpRuleName } from "./veilig-thuis-dlp-policy";
import { policyTipText, wallRules, type WallRuleKey } from "./signal-wall";

const config = hwcConfigSchema.parse(JSON.parse(readFileSync(path.join(__dirname, "../../../docs/scripts/hwc-config.example.json"), "utf8")));
const veiligThuis = config.veiligThuis as VeiligThuisConfig;
const hwc = veiligThuis.mailbox.address;
const script = generateScripts(config, "hwc.json").find((candidate) => candidate.fileName === "veiligthuis-dlp-policy.ps1")?.content ?? "";
const created = callsOf(script, "New-DlpComplianceRule");
const updated = callsOf(script, "Set-DlpComplianceRule");
const keys: WallRuleKey[] = ["sender", "subject", "attachments", "size", "telltales"];

function ruleFor(key: WallRuleKey): Map<string, string> {
  const call = created.find((candidate) => candidate.parameters.get("Name") === dlpRuleName(key));
  if (!call) throw new Error(`no rule ${key}`);
  return call.parameters;
}

describe("veiligthuis-dlp-policy.ps1", () => {
  it("runs only in Security & Compliance PowerShell of the Veilig Thuis tenant", () => {
    expect(script).toContain("$_.IsEopSession -and");
    expect(script).toContain(`-ne '${veiligThuis.tenantId}'`);
  });

  it("makes one policy for Exchange mail, in test mode unless run with -Enforce", () => {
    const [policy] = callsOf(script, "New-DlpCompliancePolicy");
    expect(policy?.parameters.get("Name")).toBe(dlpPolicyName);
    expect(policy?.parameters.get("ExchangeLocation")).toBe("All");
    expect(policy?.parameters.get("Mode")).toBe("$mode");
    expect(callsOf(script, "Set-DlpCompliancePolicy")[0]?.parameters.get("Mode")).toBe("$mode");
    expect(script).toContain("$mode = if ($Enforce) { 'Enable' } else { 'TestWithNotifications' }");
  });

  it("puts every rule in that policy and blocks with a policy tip, failing closed", () => {
    expect(created.map((call) => call.parameters.get("Name")).sort()).toEqual(keys.map(dlpRuleName).sort());
    expect(updated.map((call) => call.parameters.get("Identity")).sort()).toEqual(keys.map(dlpRuleName).sort());
    for (const key of keys) {
      const rule = ruleFor(key);
      expect(rule.get("Policy")).toBe(dlpPolicyName);
      expect(rule.get("AnyOfRecipientAddressMatchesPatterns")).toBe("$schoolAddresses");
      expect(rule.get("BlockAccess")).toBe("$true");
      expect(rule.get("BlockAccessScope")).toBe("All");
      expect(rule.get("RuleErrorAction")).toBe("RetryThenBlock");
      expect(rule.get("NotifyPolicyTipCustomText")).toBe(policyTipText(key));
    }
  });

  it("checks the same things as the mail flow rules, except the Cc header", () => {
    expect(ruleFor("subject").get("ExceptIfSubjectMatchesPatterns")).toBe("$signalSubject");
    expect(ruleFor("subject").get("From")).toBe(hwc);
    expect(ruleFor("attachments").get("DocumentSizeOver")).toBe("1B");
    expect(ruleFor("size").get("MessageSizeOver")).toBe(`${veiligThuis.signalSizeLimitKb}KB`);
    expect(ruleFor("telltales").get("SubjectOrBodyContainsWords")).toBe("$telltales");
    expect(ruleFor("sender").get("ExceptIfFrom")).toBe(hwc);
    expect(ruleFor("sender").get("SubjectMatchesPatterns")).toBe("$signalSubject");
    expect(script).not.toContain(dlpRuleName("copies"));
  });

  it("warns when the mail flow rules are there too, and names the rules apart from them", () => {
    expect(script).toContain("-like 'Handle with Care:*'");
    for (const key of keys) expect(dlpRuleName(key)).not.toBe(wallRules[key].name);
  });
});
