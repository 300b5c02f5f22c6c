import { readFileSync } from "node:fs";
import path from "node:path";
import { hwcConfigSchema, type HwcConfig, type SchoolConfig } from "./config-schema";
import { callsOf } from "./generated-command-lines";
import { generateScripts } from "./generate-scripts";
import { recipientFilter } from "./scripts/school-sweep-access";

const example: HwcConfig = hwcConfigSchema.parse(
  JSON.parse(readFileSync(path.join(__dirname, "../../docs/scripts/hwc-config.example.json"), "utf8")),
);

/** A third school with a functionary who also serves a second mailbox, and awkward names. */
const sample: HwcConfig = hwcConfigSchema.parse({
  school: {
    ...example.school,
    mailboxes: [
      ...(example.school as SchoolConfig).mailboxes,
      {
        address: "hwc.lyceum@gooisescholen.example",
        displayName: "'t Gooise Lyceum HwC",
        functionaries: [{ userPrincipalName: "o'neill@gooisescholen.example" }, { userPrincipalName: "r.dekker@gooisescholen.example" }],
      },
    ],
  },
  veiligThuis: {
    ...example.veiligThuis,
    caseworkers: [
      { userPrincipalName: "m.devries@veiligthuisgv.example" },
      { userPrincipalName: "k.jansen@veiligthuisgv.example" },
    ],
  },
});
const school = sample.school as SchoolConfig;
const veiligThuis = sample.veiligThuis as NonNullable<HwcConfig["veiligThuis"]>;

function scriptNamed(config: HwcConfig, fileName: string): string {
  const script = generateScripts(config, "sample.json").find((candidate) => candidate.fileName === fileName);
  if (!script) throw new Error(`no ${fileName}`);
  return script.content;
}

const mailboxesScript = scriptNamed(sample, "school-mailboxes.ps1");
const sweepScript = scriptNamed(sample, "school-sweep-access.ps1");
const checkScript = scriptNamed(sample, "school-check.ps1");
const exclusionsScript = scriptNamed(sample, "school-retention-exclusions.ps1");
const veiligThuisScript = scriptNamed(sample, "veiligthuis-mailbox.ps1");

describe("school-mailboxes.ps1", () => {
  it("creates each HwC address as a shared mailbox with that primary address", () => {
    const created = callsOf(mailboxesScript, "New-Mailbox").map((call) => call.parameters);
    expect(created.map((parameters) => parameters.get("PrimarySmtpAddress"))).toEqual(school.mailboxes.map((mailbox) => mailbox.address));
    for (const parameters of created) expect(parameters.get("Shared")).toBe("$true");
    expect(created[2]?.get("DisplayName")).toBe("'t Gooise Lyceum HwC");
  });

  it("gives full access and send-as on each mailbox to exactly its own functionaries", () => {
    for (const mailbox of school.mailboxes) {
      const expected = mailbox.functionaries.map((functionary) => functionary.userPrincipalName).sort();
      const fullAccess = callsOf(mailboxesScript, "Add-MailboxPermission").filter((call) => call.parameters.get("Identity") === mailbox.address);
      const sendAs = callsOf(mailboxesScript, "Add-RecipientPermission").filter((call) => call.parameters.get("Identity") === mailbox.address);
      expect(fullAccess.map((call) => call.parameters.get("User")).sort()).toEqual(expected);
      expect(sendAs.map((call) => call.parameters.get("Trustee")).sort()).toEqual(expected);
      for (const call of fullAccess) expect(call.parameters.get("AccessRights")).toBe("FullAccess");
      for (const call of sendAs) expect(call.parameters.get("AccessRights")).toBe("SendAs");
    }
  });

  it("grants nothing to an address that is not a configured functionary", () => {
    const functionaries = new Set(school.mailboxes.flatMap((mailbox) => mailbox.functionaries.map((functionary) => functionary.userPrincipalName)));
    const grantees = [
      ...callsOf(mailboxesScript, "Add-MailboxPermission").map((call) => call.parameters.get("User")),
      ...callsOf(mailboxesScript, "Add-RecipientPermission").map((call) => call.parameters.get("Trustee")),
    ];
    for (const grantee of grantees) expect(functionaries.has(grantee ?? "")).toBe(true);
    expect(mailboxesScript).not.toContain(school.sweepApp.outOfScopeTestMailbox);
  });

  it("turns single item recovery off and sets the shortest retention on every HwC mailbox", () => {
    for (const mailbox of school.mailboxes) {
      const settings = callsOf(mailboxesScript, "Set-Mailbox").filter((call) => call.parameters.get("Identity") === mailbox.address);
      expect(settings.some((call) => call.parameters.get("SingleItemRecoveryEnabled") === "$false")).toBe(true);
      expect(settings.some((call) => call.parameters.get("RetainDeletedItemsFor") === "0.00:00:00")).toBe(true);
    }
  });

  it("checks every kind of hold on every HwC mailbox", () => {
    const sections = mailboxesScript.split(/^# ─── /m).slice(1);
    expect(sections.map((section) => section.slice(0, section.indexOf(" ")))).toEqual(school.mailboxes.map((mailbox) => mailbox.address));
    for (const section of sections) {
      for (const property of ["LitigationHoldEnabled", "InPlaceHolds", "ComplianceTagHoldApplied", "DelayHoldApplied", "DelayReleaseHoldApplied", "SingleItemRecoveryEnabled", "RetainDeletedItemsFor"]) {
        expect(section).toContain(`$mailbox.${property}`);
      }
    }
    expect(mailboxesScript).toContain("(Get-OrganizationConfig).InPlaceHolds");
  });

  it("uses the configured retention when it is above zero, without the fallback", () => {
    const config = hwcConfigSchema.parse({ ...sample, school: { ...school, deletedItemRetentionDays: 7 } });
    const script = scriptNamed(config, "school-mailboxes.ps1");
    expect(callsOf(script, "Set-Mailbox").filter((call) => call.parameters.get("RetainDeletedItemsFor") === "7.00:00:00")).toHaveLength(3);
    expect(script).not.toContain("'0.00:00:00'");
  });

  it("refuses to run against another tenant", () => {
    expect(mailboxesScript).toContain(`-ne '${school.tenantId}'`);
  });
});

describe("school-sweep-access.ps1", () => {
  it("registers the sweep's service principal with its client id and enterprise-application object id", () => {
    const [call] = callsOf(sweepScript, "New-ServicePrincipal");
    expect(call?.parameters.get("AppId")).toBe(school.sweepApp.clientId);
    expect(call?.parameters.get("ObjectId")).toBe(school.sweepApp.servicePrincipalObjectId);
  });

  it("scopes the sweep to exactly the HwC mailboxes", () => {
    const filter = recipientFilter(school.mailboxes.map((mailbox) => mailbox.address));
    expect(filter).toBe(
      "PrimarySmtpAddress -eq 'hwc.deregenboog@gooisescholen.example' -or PrimarySmtpAddress -eq 'hwc.hetkompas@gooisescholen.example'" +
        " -or PrimarySmtpAddress -eq 'hwc.lyceum@gooisescholen.example'",
    );
    expect(sweepScript).toContain(`$filter = '${filter.replace(/'/g, "''")}'`);
    const [created] = callsOf(sweepScript, "New-ManagementScope");
    expect(created?.parameters.get("Name")).toBe(school.managementScopeName);
    expect(created?.parameters.get("RecipientRestrictionFilter")).toBe("$filter");
  });

  it("assigns Application Mail.ReadWrite and Application Mail.Send to the service principal within that scope only", () => {
    const assignments = callsOf(sweepScript, "New-ManagementRoleAssignment");
    expect(assignments.map((call) => call.parameters.get("Role")).sort()).toEqual(["Application Mail.ReadWrite", "Application Mail.Send"]);
    for (const call of assignments) {
      expect(call.parameters.get("App")).toBe(school.sweepApp.servicePrincipalObjectId);
      expect(call.parameters.get("CustomResourceScope")).toBe(school.managementScopeName);
    }
  });

  it("tests access to every HwC mailbox and the absence of access to the counter-check mailbox", () => {
    const tested = callsOf(sweepScript, "Test-ServicePrincipalAuthorization").map((call) => call.parameters.get("Resource"));
    expect(tested).toEqual([undefined, ...school.mailboxes.map((mailbox) => mailbox.address), school.sweepApp.outOfScopeTestMailbox]);
  });
});

describe("school-check.ps1", () => {
  it("changes nothing", () => {
    const changing = ["New-Mailbox", "Set-Mailbox", "Add-MailboxPermission", "Add-RecipientPermission", "New-ServicePrincipal", "New-ManagementScope", "Set-ManagementScope", "New-ManagementRoleAssignment", "Set-ManagementRoleAssignment", "Set-RetentionCompliancePolicy"];
    for (const cmdlet of changing) expect(`${cmdlet}: ${callsOf(checkScript, cmdlet).length}`).toBe(`${cmdlet}: 0`);
    expect(callsOf(mailboxesScript, "Set-Mailbox").length).toBeGreaterThan(0);
    expect(checkScript).not.toMatch(/^\s*(New|Set(?!-StrictMode)|Add|Remove)-[A-Z]\w+ -/m);
  });

  it("prints every HwC mailbox's object id and advises exempting it from mail-flow rules that change its mail", () => {
    for (const mailbox of school.mailboxes) expect(checkScript).toContain(`objectId (HWC_MAILBOXES_FILE / hwc-config.json) van ${mailbox.address}: $($mailbox.ExternalDirectoryObjectId)`);
    expect(checkScript).toContain(`$hwcAddresses = @(${school.mailboxes.map((mailbox) => `'${mailbox.address.replace(/'/g, "''")}'`).join(", ")})`);
    expect(checkScript).toContain("-ExceptIfSentTo @{Add='$address'}");
  });

  it("checks the delegates, the purge settings and the sweep's access for every HwC mailbox", () => {
    for (const mailbox of school.mailboxes) {
      expect(callsOf(checkScript, "Get-MailboxPermission").map((call) => call.parameters.get("Identity"))).toContain(mailbox.address);
      expect(callsOf(checkScript, "Get-RecipientPermission").map((call) => call.parameters.get("Identity"))).toContain(mailbox.address);
      expect(callsOf(checkScript, "Test-ServicePrincipalAuthorization").map((call) => call.parameters.get("Resource"))).toContain(mailbox.address);
    }
  });
});

describe("school-retention-exclusions.ps1", () => {
  it("excludes the HwC mailboxes from organisation-wide policies only when run with -Apply", () => {
    expect(exclusionsScript).toContain("param([switch]$Apply)");
    expect(exclusionsScript).toContain("-AddExchangeLocationException $hwcMailboxes");
    expect(exclusionsScript).toContain(`$hwcMailboxes = @(${school.mailboxes.map((mailbox) => `'${mailbox.address}'`).join(", ")})`);
    expect(exclusionsScript).toMatch(/if \(\$Apply\) \{\s+try \{\s+Set-RetentionCompliancePolicy/);
  });
});

describe("veiligthuis-mailbox.ps1", () => {
  it("creates the Veilig Thuis HwC mailbox and gives every caseworker full access and send-as on it", () => {
    const [created] = callsOf(veiligThuisScript, "New-Mailbox");
    expect(created?.parameters.get("PrimarySmtpAddress")).toBe(veiligThuis.mailbox.address);
    const caseworkers = veiligThuis.caseworkers.map((caseworker) => caseworker.userPrincipalName).sort();
    const fullAccess = callsOf(veiligThuisScript, "Add-MailboxPermission");
    const sendAs = callsOf(veiligThuisScript, "Add-RecipientPermission");
    expect(fullAccess.map((call) => call.parameters.get("User")).sort()).toEqual(caseworkers);
    expect(sendAs.map((call) => call.parameters.get("Trustee")).sort()).toEqual(caseworkers);
    for (const call of [...fullAccess, ...sendAs]) expect(call.parameters.get("Identity")).toBe(veiligThuis.mailbox.address);
  });

  it("leaves the school tenant out of the Veilig Thuis script", () => {
    expect(veiligThuisScript).not.toContain("gooisescholen.example");
    expect(veiligThuisScript).toContain(`-ne '${veiligThuis.tenantId}'`);
  });
});

describe("generateScripts", () => {
  it("writes every script with a byte order mark, so Windows PowerShell 5.1 reads the Dutch text as UTF-8", () => {
    for (const script of generateScripts(sample, "sample.json")) expect(script.content.startsWith("\uFEFF#Requires")).toBe(true);
  });

  it("produces only the scripts for the sections present", () => {
    const onlyVeiligThuis = hwcConfigSchema.parse({ veiligThuis: sample.veiligThuis });
    expect(generateScripts(onlyVeiligThuis, "vt.json").map((script) => script.fileName)).toEqual(["veiligthuis-mailbox.ps1", "veiligthuis-mail-flow-rule.ps1", "veiligthuis-dlp-policy.ps1"]);
  });

  it("calls every cmdlet each script needs", () => {
    const required: Record<string, string[]> = {
      "school-mailboxes.ps1": ["Get-ConnectionInformation", "New-Mailbox", "Add-MailboxPermission", "Add-RecipientPermission", "Set-Mailbox", "Get-Mailbox", "Get-MailboxPermission", "Get-RecipientPermission", "Get-OrganizationConfig"],
      "school-sweep-access.ps1": ["Get-ConnectionInformation", "Get-ServicePrincipal", "New-ServicePrincipal", "Get-ManagementScope", "New-ManagementScope", "Set-ManagementScope", "Get-ManagementRoleAssignment", "New-ManagementRoleAssignment", "Set-ManagementRoleAssignment", "Test-ServicePrincipalAuthorization"],
      "school-retention-exclusions.ps1": ["Get-ConnectionInformation", "Get-RetentionCompliancePolicy", "Set-RetentionCompliancePolicy"],
      "school-check.ps1": ["Get-ConnectionInformation", "Get-Mailbox", "Get-MailboxPermission", "Get-RecipientPermission", "Get-OrganizationConfig", "Test-ServicePrincipalAuthorization", "Get-TransportRule", "ExternalDirectoryObjectId"],
      "veiligthuis-mailbox.ps1": ["Get-ConnectionInformation", "New-Mailbox", "Add-MailboxPermission", "Add-RecipientPermission", "Get-MailboxPermission", "Get-RecipientPermission"],
      "veiligthuis-mail-flow-rule.ps1": ["Get-ConnectionInformation", "Get-Mailbox", "Get-TransportRule", "New-TransportRule", "Set-TransportRule"],
      "veiligthuis-dlp-policy.ps1": ["Get-ConnectionInformation", "Get-DlpCompliancePolicy", "New-DlpCompliancePolicy", "Set-DlpCompliancePolicy", "Get-DlpComplianceRule", "New-DlpComplianceRule", "Set-DlpComplianceRule"],
    };
    const scripts = generateScripts(sample, "sample.json");
    expect(scripts.map((script) => script.fileName).sort()).toEqual(Object.keys(required).sort());
    for (const script of scripts) {
      for (const cmdlet of required[script.fileName] ?? []) expect(`${script.fileName}: ${script.content.includes(cmdlet)}`).toBe(`${script.fileName}: true`);
    }
  });

  it("keeps an apostrophe in an address or name inside its literal", () => {
    expect(mailboxesScript).toContain("-User 'o''neill@gooisescholen.example'");
    expect(mailboxesScript).toContain("-DisplayName '''t Gooise Lyceum HwC'");
  });
});
