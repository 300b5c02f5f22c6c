// The use case against an in-memory port: the decisions and the shape of each round trip, which the stand-in
// checks again (every batch fully parallel or a strict chain).
import { acknowledgeAndDelete, type AcknowledgeAndDeleteResult } from "./acknowledge-and-delete";
import type { CommandOutcome, FindOptions, FoundItems, ItemQuery, MailItem, MailboxCommand, MailboxPort } from "./mailbox-port";
import { createServiceMarker } from "./service-marker";
import { SingleFlight } from "./single-flight";
import { signalBody, PASSING_AUTHENTICATION } from "../testing/signal-scenarios";

const mailbox = {
  address: "hwc.deregenboog@gooisescholen.example",
  mailboxId: "8b2e4d6f-0000-4000-8000-0000000000b1",
  trustedSenders: [{ address: "handlewithcare@veiligthuisgv.example", acknowledgeTo: "handlewithcare@veiligthuisgv.example" }],
};
const marker = createServiceMarker("a-key-of-at-least-thirty-two-characters!", mailbox.mailboxId);

function message(id: string, overrides: Partial<MailItem> = {}, subject = "Handle with Care"): MailItem {
  return {
    id,
    folderId: "inbox-id",
    isDraft: false,
    receivedDateTime: "2026-11-28T06:40:00Z",
    fromAddress: "handlewithcare@veiligthuisgv.example",
    message: {
      from: { emailAddress: { address: "handlewithcare@veiligthuisgv.example" } },
      subject,
      body: { contentType: "html", content: signalBody().html },
      hasAttachments: false,
      conversationId: "conv",
      internetMessageId: `<${id}@vt>`,
      internetMessageHeaders: PASSING_AUTHENTICATION,
    },
    ...overrides,
  };
}

const signal = message("signal");

/** A mailbox in memory: which commands came in which order, and what is left. */
class MemoryMailbox implements MailboxPort {
  readonly address = mailbox.address;
  readonly mailboxId = mailbox.mailboxId;
  readonly rounds: { order: "parallel" | "sequence"; commands: MailboxCommand[] }[] = [];
  readonly finds: FindOptions[] = [];
  readonly items = new Map<string, MailItem>();
  constructor(items: MailItem[]) {
    for (const item of items) this.items.set(item.id, item);
  }
  async getMessage(id: string) {
    return this.items.get(id);
  }
  async findItems(_query: ItemQuery, options: FindOptions = {}): Promise<FoundItems> {
    this.finds.push(options);
    const purged = (options.purgeAlongside ?? []).map((id): CommandOutcome => (this.items.delete(id) ? { ok: true } : { ok: false, notFound: true, refused: false, status: 404 }));
    const found: FoundItems = { items: [...this.items.values()], ownItems: [], wellKnownFolders: new Map([["inbox-id", "inbox"], ["sent-id", "sentitems"]]), unreachable: [], ...(options.purgeAlongside ? { purged } : {}) };
    if (options.draftReply) {
      this.items.set("draft", { ...message("draft", { isDraft: true, folderId: "drafts-id", fromAddress: mailbox.address }, "RE: Handle with Care") });
      found.draft = { id: "draft" };
    }
    return found;
  }
  async execute(commands: MailboxCommand[], order: "parallel" | "sequence"): Promise<CommandOutcome[]> {
    this.rounds.push({ order, commands });
    return commands.map((command): CommandOutcome => {
      if (command.kind === "permanent-delete") return this.items.delete(command.id) ? { ok: true } : { ok: false, notFound: true, refused: false, status: 404 };
      if (command.kind === "send-draft") {
        const draft = this.items.get(command.id);
        if (draft) this.items.set(command.id, { ...draft, isDraft: false, folderId: "sent-id", marker: command.content.marker });
      }
      return { ok: true };
    });
  }
  async listFolders() {
    return { folders: [], unreachable: [] };
  }
}

async function run(port: MemoryMailbox): Promise<AcknowledgeAndDeleteResult> {
  return acknowledgeAndDelete(port, { messageId: "signal", mailbox, today: "2026-11-28" }, { singleFlight: new SingleFlight(), marker });
}

test("others go first in parallel; then, in one chain, the acknowledgement is sent and the original purged", async () => {
  const reply = message("reply", { fromAddress: mailbox.address, folderId: "sent-id" }, "RE: Handle with Care");
  const port = new MemoryMailbox([signal, reply]);
  expect(await run(port)).toMatchObject({ status: "acknowledged-and-deleted", acknowledged: true, remaining: 0, deleted: { inbox: 1, sentitems: 2 } });
  expect(port.rounds.map((round) => [round.order, round.commands.map((c) => `${c.kind}:${"id" in c ? c.id : ""}`)])).toEqual([
    ["parallel", ["permanent-delete:reply"]],
    ["sequence", ["send-draft:draft", "permanent-delete:signal"]],
  ]);
});

test("the acknowledgement sent replaces the draft wholly: the template to the registered address, and our marker", async () => {
  const port = new MemoryMailbox([signal]);
  await run(port);
  const send = port.rounds.flatMap((round) => round.commands).find((c) => c.kind === "send-draft");
  expect(send).toMatchObject({ content: { to: "handlewithcare@veiligthuisgv.example", subject: "RE: Handle with Care" } });
  expect(marker.kindOf({ ...message("x"), marker: send?.kind === "send-draft" ? send.content.marker : "" })).toBe("acknowledgement");
});

test("the acknowledgement's Sent Items copy is purged with the verification, never in the batch that sent it", async () => {
  const port = new MemoryMailbox([signal]);
  await run(port);
  expect(port.finds.at(-1)?.purgeAlongside).toEqual(["draft"]);
  expect(port.rounds.some((round) => round.commands.some((c) => c.kind === "send-draft") && round.commands.some((c) => c.kind === "permanent-delete" && c.id === "draft"))).toBe(false);
  expect([...port.items.keys()]).toEqual([]);
});

test("when an acknowledgement went out before, no second one is sent and the fresh draft goes with the rest", async () => {
  const earlier = message("earlier-ack", { fromAddress: mailbox.address, folderId: "sent-id", marker: marker.valueFor("acknowledgement", "conv") }, "RE: Handle with Care");
  const port = new MemoryMailbox([signal, earlier]);
  expect(await run(port)).toMatchObject({ acknowledged: true, remaining: 0 });
  const commands = port.rounds.flatMap((round) => round.commands);
  expect(commands.some((c) => c.kind === "send-draft")).toBe(false);
  expect(commands).toContainEqual({ kind: "permanent-delete", id: "draft" });
  expect(port.finds.at(-1)?.purgeAlongside).toEqual(["earlier-ack"]);
});

test("an outsider's look-alike acknowledgement does not stop ours from being sent", async () => {
  const lookalike = message("lookalike", { fromAddress: "someone@example.org", marker: "acknowledgement.forged" }, "RE: Handle with Care");
  const port = new MemoryMailbox([signal, lookalike]);
  await run(port);
  expect(port.rounds.flatMap((round) => round.commands).some((c) => c.kind === "send-draft")).toBe(true);
});
