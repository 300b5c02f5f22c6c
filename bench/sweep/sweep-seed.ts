// The sweep benchmark's tenant: N school HwC mailboxes, the sweep app scoped to all of them (RBAC for
// Applications), and the mailbox file that tells the cleanup service about them. Mostly clean: every mailbox
// holds a little ordinary mail; one in fifty has the remnants of an acknowledged signal (our acknowledgement's
// Sent Items copy and a copy of the signal in Deleted Items) and one in fifty a signal still waiting.
// Built as plain arrays in one pass, so 5,000 mailboxes take well under a second to describe.
import { DEMO } from "../../dev/graph-emulator/demo-seed";
import type { Seed, SeedMessage } from "../../dev/graph-emulator/seed";
import { objectIdFor } from "../../dev/graph-emulator/store";
import { parseSignalInput, renderAcknowledgement, renderSignal } from "../../shared";
import { LOCAL_MARKER_KEY } from "../../cleanup-service/config/load-config";
import { MARKER_PROPERTY_ID, createServiceMarker } from "../../cleanup-service/core/service-marker";

export const DIRTY_EVERY = 50;

export interface SweepScenario {
  seed: Seed;
  mailboxesFile: { mailboxes: { address: string; objectId: string; functionaries: string[]; trustedSenders: { address: string; acknowledgeTo: string }[] }[] };
  addresses: string[];
  withRemnants: number;
  waiting: number;
}

export function mailboxAddress(index: number): string {
  return `hwc.school${String(index).padStart(5, "0")}@${DEMO.school.domain}`;
}

export function sweepScenario(count: number): SweepScenario {
  const school = DEMO.school;
  const vt = { name: DEMO.veiligThuis.hwcDisplayName, address: DEMO.veiligThuis.hwcMailbox };
  const parsed = parseSignalInput({ childName: "Benchmark Proefkind", birthDate: "2016-05-17" }, { today: "2026-11-28" });
  if (!parsed.ok) throw new Error("the sweep benchmark's signal input is invalid: fix bench/sweep/sweep-seed.ts");
  const signal = renderSignal(parsed.value);
  const ack = renderAcknowledgement({ receivedAt: "2026-11-27T06:40:00Z" });
  const addresses = Array.from({ length: count }, (_, i) => mailboxAddress(i));
  const messages: SeedMessage[] = [];
  let withRemnants = 0;
  let waiting = 0;
  addresses.forEach((address, i) => {
    messages.push(
      { mailbox: address, folder: "inbox", subject: `Rooster week ${1 + (i % 52)}`, from: { name: "Roosterbureau", address: "rooster@gooisescholen.example" }, toRecipients: [address], body: { contentType: "text", content: "Het rooster staat klaar." }, receivedDateTime: "2026-11-20T07:00:00Z" },
      { mailbox: address, folder: "sentitems", subject: "Re: Teamvergadering", from: address, toRecipients: ["directie@gooisescholen.example"], body: { contentType: "text", content: "Ik ben er bij." }, receivedDateTime: "2026-11-21T07:00:00Z" },
    );
    const conversationId = `AAQkAGBenchSweep${i}=`;
    const internetMessageId = `<bench-sweep-${i}@veiligthuisgv.example>`;
    if (i % DIRTY_EVERY === 1) {
      withRemnants += 1;
      messages.push(
        { mailbox: address, folder: "deleteditems", subject: signal.subject, body: { contentType: "html", content: signal.html }, from: vt, toRecipients: [address], conversationId, internetMessageId, receivedDateTime: "2026-11-27T06:40:00Z" },
        { mailbox: address, folder: "sentitems", subject: ack.subject, body: { contentType: "html", content: ack.html }, from: address, toRecipients: [vt.address], conversationId, singleValueExtendedProperties: [{ id: MARKER_PROPERTY_ID, value: createServiceMarker(LOCAL_MARKER_KEY, objectIdFor(address)).valueFor("acknowledgement", conversationId) }], receivedDateTime: "2026-11-27T07:00:00Z" },
      );
    } else if (i % DIRTY_EVERY === 2) {
      waiting += 1;
      messages.push({ mailbox: address, folder: "inbox", subject: signal.subject, body: { contentType: "html", content: signal.html }, from: vt, toRecipients: [address], conversationId, internetMessageId, receivedDateTime: "2026-11-28T06:40:00Z" });
    }
  });
  return {
    seed: {
      tenants: [
        { id: DEMO.veiligThuis.tenantId, domains: [DEMO.veiligThuis.domain], displayName: DEMO.veiligThuis.displayName },
        { id: school.tenantId, domains: [school.domain], displayName: school.displayName },
      ],
      mailboxes: [
        { address: DEMO.veiligThuis.hwcMailbox, tenant: DEMO.veiligThuis.tenantId, displayName: DEMO.veiligThuis.hwcDisplayName, kind: "shared" },
        ...addresses.map((address, i) => ({ address, tenant: school.tenantId, displayName: `Handle with Care school ${i}`, kind: "shared" as const })),
      ],
      apps: [
        {
          clientId: DEMO.apps.sweep.clientId,
          tenant: school.tenantId,
          displayName: "Handle with Care sweep",
          secret: DEMO.apps.sweep.secret,
          graphRoles: ["Mail.ReadWrite", "Mail.Send"],
          mailboxScope: addresses,
        },
        {
          clientId: DEMO.apps.cleanupApi.clientId,
          tenant: school.tenantId,
          displayName: "Handle with Care cleanup API",
          secret: DEMO.apps.cleanupApi.secret,
          exposedScopes: ["access_as_user"],
          graphDelegatedScopes: ["Mail.ReadWrite.Shared", "Mail.Send.Shared"],
        },
      ],
      messages,
    },
    mailboxesFile: {
      mailboxes: addresses.map((address) => ({
        address,
        objectId: objectIdFor(address),
        functionaries: [school.regenboogFunctionary.id],
        trustedSenders: [{ address: DEMO.veiligThuis.hwcMailbox, acknowledgeTo: DEMO.veiligThuis.hwcMailbox }],
      })),
    },
    addresses,
    withRemnants,
    waiting,
  };
}
