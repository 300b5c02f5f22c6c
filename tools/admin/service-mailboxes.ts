// The cleanup service's mailbox file (HWC_MAILBOXES_FILE) from the same config as the Exchange scripts: which
// HwC mailboxes it may act on, the object ids (`oid`) of their functionaries, and the trusted Veilig Thuis
// senders with the address each acknowledgement goes to. Generated, so no address or id is typed twice.
import type { HwcConfig } from "./config-schema";
import { fieldName } from "./load-config";
import { adminMessages } from "./messages";

export type ServiceMailboxesResult = { ok: true; json: string } | { ok: false; problems: string[] };

function problem(path: readonly (string | number)[], pick: (messages: typeof adminMessages.nl) => string): string {
  return `  - ${fieldName(path)}: ${pick(adminMessages.nl)} / ${pick(adminMessages.en)}`;
}

export function serviceMailboxesFile(config: HwcConfig): ServiceMailboxesResult {
  const school = config.school;
  if (!school) return { ok: false, problems: [problem(["school"], (messages) => messages.needSchoolSection)] };
  const problems: string[] = [];
  const senders =
    school.trustedSenders?.map((sender) => ({ address: sender.address, acknowledgeTo: sender.acknowledgeTo ?? sender.address })) ??
    (config.veiligThuis ? [{ address: config.veiligThuis.mailbox.address, acknowledgeTo: config.veiligThuis.mailbox.address }] : undefined);
  if (!senders) problems.push(problem(["school", "trustedSenders"], (messages) => messages.needTrustedSenders));

  const mailboxes = school.mailboxes.map((mailbox, mailboxIndex) => ({
    address: mailbox.address,
    objectId: ((): string => {
      if (mailbox.objectId === undefined) problems.push(problem(["school", "mailboxes", mailboxIndex, "objectId"], (messages) => messages.needMailboxObjectId));
      return mailbox.objectId ?? "";
    })(),
    functionaries: mailbox.functionaries.map((functionary, functionaryIndex) => {
      if (functionary.objectId === undefined) {
        problems.push(problem(["school", "mailboxes", mailboxIndex, "functionaries", functionaryIndex, "objectId"], (messages) => messages.needObjectId));
      }
      return functionary.objectId ?? "";
    }),
    trustedSenders: senders ?? [],
    ...(mailbox.purgeSettingsVerifiedOn ? { purgeSettingsVerifiedOn: mailbox.purgeSettingsVerifiedOn } : {}),
    ...(school.tolerance ? { tolerance: school.tolerance } : {}),
  }));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, json: `${JSON.stringify({ mailboxes }, null, 2)}\n` };
}
