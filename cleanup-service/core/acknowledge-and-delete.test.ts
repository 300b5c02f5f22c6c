// The use case against an in-memory port: the decisions that the stand-in cannot provoke.
import { acknowledgeAndDelete, type AcknowledgeAndDeleteResult } from "./acknowledge-and-delete";
import type { CommandOutcome, FindOptions, FoundItems, ItemQuery, MailItem, MailboxCommand, MailboxPort } from "./mailbox-port";
import { SingleFlight } from "./single-flight";
import { signalBody } from "../testing/signal-scenarios";

const mailbox = { address: "hwc.deregenboog@gooisescholen.example", trustedSenders: [{ address: "handlewithcare@veiligthuisgv.example", acknowledgeTo: "handlewithcare@veiligthuisgv.example" }] };

const signal: MailItem = {
  id: "signal",
  folderId: "inbox-id",
  isDraft: false,
  receivedDateTime: "2026-11-28T06:40:00Z",
  fromAddress: "handlewithcare@veiligthuisgv.example",
  message: {
    from: { emailAddress: { address: "handlewithcare@veiligthuisgv.example" } },
    subject: "Handle with Care",
    body: { contentType: "html", content: signalBody().html },
    hasAttachments: false,
    conversationId: "conv",
    internetMessageId: "<signal@vt>",
    internetMessageHeaders: [],
  },
};

/** A mailbox holding just the signal, whose createReply answers with a draft that is `ready` or not. */
class OneSignalMailbox implements MailboxPort {
  readonly address = mailbox.address;
  readonly executed: MailboxCommand[][] = [];
  private items = new Map([[signal.id, signal]]);
  constructor(private readonly draftReady: boolean) {}
  async getMessage(id: string) {
    return this.items.get(id);
  }
  async findItems(_query: ItemQuery, options?: FindOptions): Promise<FoundItems> {
    return { items: [...this.items.values()], wellKnownFolders: new Map([["inbox-id", "inbox"]]), ...(options?.draftReply ? { draft: { id: "draft", ready: this.draftReady } } : {}) };
  }
  async execute(commands: MailboxCommand[]): Promise<CommandOutcome[]> {
    this.executed.push(commands);
    for (const command of commands) if (command.kind === "permanent-delete") this.items.delete(command.id);
    return commands.map(() => ({ ok: true }));
  }
  async listFolders() {
    return [];
  }
}

async function run(port: OneSignalMailbox): Promise<AcknowledgeAndDeleteResult> {
  return acknowledgeAndDelete(port, { messageId: "signal", mailbox, today: "2026-11-28" }, { singleFlight: new SingleFlight() });
}

test("a reply draft that is exactly the acknowledgement is sent as it is", async () => {
  const port = new OneSignalMailbox(true);
  expect(await run(port)).toMatchObject({ status: "acknowledged-and-deleted", acknowledged: true, remaining: 0 });
  expect(port.executed[0]?.[0]).toMatchObject({ kind: "send-draft", id: "draft", replaceContent: false });
});

test("a reply draft that is not exactly the acknowledgement (a quoted original) is replaced before it is sent", async () => {
  const port = new OneSignalMailbox(false);
  await run(port);
  expect(port.executed[0]?.[0]).toMatchObject({ kind: "send-draft", id: "draft", replaceContent: true, content: { to: "handlewithcare@veiligthuisgv.example", subject: "RE: Handle with Care" } });
});

test("the original is deleted after everything else and before the acknowledgement's Sent Items copy", async () => {
  const port = new OneSignalMailbox(true);
  await run(port);
  const deletes = (port.executed[0] ?? []).filter((c) => c.kind === "permanent-delete");
  expect(deletes).toEqual([
    { kind: "permanent-delete", id: "signal", dependsOn: [0] },
    { kind: "permanent-delete", id: "draft", dependsOn: [1] },
  ]);
});
