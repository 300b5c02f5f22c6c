import { readFileSync } from "node:fs";
import path from "node:path";
import { mailboxesFileSchema } from "../../cleanup-service/config/mailboxes-file";
import { hwcConfigSchema, type HwcConfig } from "./config-schema";
import { formatIssues } from "./load-config";
import { serviceMailboxesFile } from "./service-mailboxes";

const exampleInput: unknown = JSON.parse(readFileSync(path.join(__dirname, "../../docs/scripts/hwc-config.example.json"), "utf8"));
const example: HwcConfig = hwcConfigSchema.parse(exampleInput);

function fileFor(config: HwcConfig) {
  const result = serviceMailboxesFile(config);
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return mailboxesFileSchema.parse(JSON.parse(result.json));
}

describe("serviceMailboxesFile", () => {
  it("lists each HwC mailbox with its functionaries' object ids, in the shape the cleanup service reads", () => {
    expect(fileFor(example).mailboxes.map((mailbox) => [mailbox.address, mailbox.functionaries])).toEqual([
      ["hwc.deregenboog@gooisescholen.example", ["a1b2c3d4-0002-4000-8000-000000000002"]],
      ["hwc.hetkompas@gooisescholen.example", ["a1b2c3d4-0003-4000-8000-000000000003"]],
    ]);
  });

  it("trusts the Veilig Thuis HwC mailbox and acknowledges to it when no trusted senders are listed", () => {
    for (const mailbox of fileFor(example).mailboxes) {
      expect(mailbox.trustedSenders).toEqual([{ address: "handlewithcare@veiligthuisgv.example", acknowledgeTo: "handlewithcare@veiligthuisgv.example" }]);
    }
  });

  it("uses the listed trusted senders and their registered acknowledgement address", () => {
    const config = hwcConfigSchema.parse({
      school: { ...example.school, trustedSenders: [{ address: "hwc@vt.example", acknowledgeTo: "bevestiging@vt.example" }] },
    });
    expect(fileFor(config).mailboxes[0]?.trustedSenders).toEqual([{ address: "hwc@vt.example", acknowledgeTo: "bevestiging@vt.example" }]);
  });

  it("copies the day the admin verified a mailbox's purge settings, for the inspection report; others get none", () => {
    const config = hwcConfigSchema.parse({
      ...example,
      school: { ...example.school, mailboxes: example.school?.mailboxes.map((mailbox, index) => (index === 0 ? { ...mailbox, purgeSettingsVerifiedOn: "2026-11-20" } : mailbox)) },
    });
    expect(fileFor(config).mailboxes.map((mailbox) => mailbox.purgeSettingsVerifiedOn)).toEqual(["2026-11-20", undefined]);
  });

  it("refuses a verification day that is not a real date, naming the field in Dutch and English", () => {
    const result = hwcConfigSchema.safeParse({
      ...example,
      school: { ...example.school, mailboxes: example.school?.mailboxes.map((mailbox) => ({ ...mailbox, purgeSettingsVerifiedOn: "20-11-2026" })) },
    });
    expect(result.success).toBe(false);
    expect(formatIssues(result.error?.issues ?? []).join("\n")).toContain("school.mailboxes[0].purgeSettingsVerifiedOn: geen bestaande datum als JJJJ-MM-DD / not a real date as YYYY-MM-DD");
  });

  it("names every functionary whose object id is missing", () => {
    const config = hwcConfigSchema.parse({
      ...example,
      school: {
        ...example.school,
        mailboxes: example.school?.mailboxes.map((mailbox) => ({
          ...mailbox,
          functionaries: mailbox.functionaries.map(({ userPrincipalName }) => ({ userPrincipalName })),
        })),
      },
    });
    const result = serviceMailboxesFile(config);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.stringContaining("school.mailboxes[0].functionaries[0].objectId: ontbreekt"),
      expect.stringContaining("school.mailboxes[1].functionaries[0].objectId: ontbreekt"),
    ]);
  });

  it("names every HwC mailbox whose object id is missing (school-check.ps1 prints it), and carries the tolerance", () => {
    const withoutIds = hwcConfigSchema.parse({ ...example, school: { ...example.school, mailboxes: example.school?.mailboxes.map(({ objectId: _id, ...mailbox }) => mailbox) } });
    const result = serviceMailboxesFile(withoutIds);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join("\n")).toContain("school.mailboxes[0].objectId: ontbreekt");
    const tolerant = hwcConfigSchema.parse({ ...example, school: { ...example.school, tolerance: { subjectTag: "[EXTERN] " } } });
    expect(fileFor(tolerant).mailboxes.map((mailbox) => [mailbox.objectId, mailbox.tolerance])).toEqual([
      ["8b2e4d6f-0000-4000-8000-0000000000b1", { subjectTag: "[EXTERN] " }],
      ["8b2e4d6f-0000-4000-8000-0000000000b2", { subjectTag: "[EXTERN] " }],
    ]);
  });

  it("asks for trusted senders when neither they nor the Veilig Thuis section are given", () => {
    const result = serviceMailboxesFile(hwcConfigSchema.parse({ school: example.school }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join("\n")).toContain("school.trustedSenders: vul trustedSenders in");
  });
});
