import { startStandIn, type StandIn, type TokenRequest } from "../stand-in";
import { graphClientFor } from "../testing/sdk-clients";
import { DEMO, demoSeed } from "./demo-seed";

const vt = DEMO.veiligThuis;
const school = DEMO.school;
let standIn: StandIn;

beforeAll(async () => {
  standIn = await startStandIn();
});
afterAll(() => standIn.stop());
beforeEach(() =>
  standIn.control.reset({
    ...demoSeed,
    messages: [
      ...(demoSeed.messages ?? []),
      {
        mailbox: school.regenboogMailbox,
        folder: "inbox",
        subject: "Handle with Care",
        from: { name: vt.hwcDisplayName, address: vt.hwcMailbox },
        toRecipients: [school.regenboogMailbox],
        replyTo: ["elsewhere@example.org"],
        internetMessageId: "<signal-1@veiligthuisgv.example>",
        body: { contentType: "text", content: "Handle with Care" },
      },
    ],
  }),
);

const clientWith = (request: TokenRequest, headers?: Record<string, string>) => graphClientFor(standIn, () => standIn.control.issueToken(request), { headers });
const functionary = () =>
  clientWith({ tenant: school.tenantId, user: school.regenboogFunctionary.upn, scopes: ["Mail.ReadWrite.Shared", "Mail.Send.Shared"] }, { Prefer: 'IdType="ImmutableId"' });

interface Message {
  id: string;
  subject: string;
  conversationId: string;
  internetMessageId: string;
  toRecipients: Array<{ emailAddress: { address: string } }>;
}

async function signal(client = functionary()): Promise<Message> {
  const page = (await client.api(`/users/${school.regenboogMailbox}/messages`).filter("subject eq 'Handle with Care'").get()) as { value: Message[] };
  if (!page.value[0]) throw new Error("signal not seeded");
  return page.value[0];
}

const headerOf = (item: { internetMessageHeaders: Array<{ name: string; value: string }> }, name: string) =>
  item.internetMessageHeaders.find((h) => h.name === name)?.value;

test("createReply addresses Reply-To (as Outlook does) and keeps the conversation", async () => {
  const client = functionary();
  const original = await signal(client);
  const draft = (await client.api(`/users/${school.regenboogMailbox}/messages/${original.id}/createReply`).post({})) as Message & { isDraft: boolean };
  expect(draft.isDraft).toBe(true);
  expect(draft.subject).toBe("RE: Handle with Care");
  expect(draft.toRecipients.map((r) => r.emailAddress.address)).toEqual(["elsewhere@example.org"]);
  expect(draft.conversationId).toBe(original.conversationId);
});

test("createReply, PATCH, send: copy in Sent Items under the same immutable id, delivery with threading headers", async () => {
  const client = functionary();
  const original = await signal(client);
  const draft = (await client.api(`/users/${school.regenboogMailbox}/messages/${original.id}/createReply`).post({})) as Message;
  await client.api(`/users/${school.regenboogMailbox}/messages/${draft.id}`).patch({
    toRecipients: [{ emailAddress: { address: vt.hwcMailbox } }],
    body: { contentType: "text", content: "Ontvangen." },
  });
  await client.api(`/users/${school.regenboogMailbox}/messages/${draft.id}/send`).post({});
  const sent = (await client.api(`/users/${school.regenboogMailbox}/messages/${draft.id}`).select(["isDraft", "parentFolderId"]).get()) as { isDraft: boolean; parentFolderId: string };
  const sentItems = (await client.api(`/users/${school.regenboogMailbox}/mailFolders/sentitems`).get()) as { id: string };
  expect(sent).toMatchObject({ isDraft: false, parentFolderId: sentItems.id });

  const vtDump = await standIn.control.dump(vt.hwcMailbox);
  const delivered = vtDump.folders.find((f) => f.name === "inbox")?.items.find((i) => i.subject === "RE: Handle with Care");
  expect(delivered).toBeDefined();
  expect(delivered?.conversationId).toBe(original.conversationId);
  expect(headerOf(delivered!, "In-Reply-To")).toBe("<signal-1@veiligthuisgv.example>");
  expect(headerOf(delivered!, "References")).toContain("<signal-1@veiligthuisgv.example>");
  expect(headerOf(delivered!, "Authentication-Results")).toContain("dmarc=pass");
});

test("sending a draft twice is refused: the second send finds a sent item", async () => {
  const client = functionary();
  const draft = (await client.api(`/users/${school.regenboogMailbox}/messages`).post({ subject: "x", toRecipients: [{ emailAddress: { address: vt.hwcMailbox } }] })) as Message;
  await client.api(`/users/${school.regenboogMailbox}/messages/${draft.id}/send`).post({});
  await expect(client.api(`/users/${school.regenboogMailbox}/messages/${draft.id}/send`).post({})).rejects.toMatchObject({ statusCode: 400 });
});

test("sendMail with saveToSentItems false leaves no copy with the sender", async () => {
  const client = functionary();
  await client.api(`/users/${school.regenboogMailbox}/sendMail`).post({
    message: { subject: "Zonder kopie", toRecipients: [{ emailAddress: { address: vt.hwcMailbox } }], body: { contentType: "text", content: "x" } },
    saveToSentItems: false,
  });
  const dump = await standIn.control.dump(school.regenboogMailbox);
  expect(dump.folders.flatMap((f) => f.items).filter((i) => i.subject === "Zonder kopie")).toHaveLength(0);
  const vtDump = await standIn.control.dump(vt.hwcMailbox);
  expect(vtDump.folders.find((f) => f.name === "inbox")?.items.map((i) => i.subject)).toContain("Zonder kopie");
});

test("a From outside the sending tenant's domains is delivered with dmarc=fail", async () => {
  // A mailbox of the Veilig Thuis tenant whose address is on a domain that tenant has not verified.
  await standIn.control.reset({
    ...demoSeed,
    mailboxes: [
      ...(demoSeed.mailboxes ?? []),
      { address: "handlewithcare@veiligthuis-spoof.example", tenant: vt.tenantId, displayName: "Spoof", kind: "shared", delegates: [{ user: vt.caseworker.id, fullAccess: true, sendAs: true }] },
    ],
  });
  const sender = clientWith({ tenant: vt.tenantId, user: vt.caseworker.upn, scopes: ["Mail.Send.Shared"] });
  await sender.api("/users/handlewithcare@veiligthuis-spoof.example/sendMail").post({
    message: { subject: "Handle with Care", toRecipients: [{ emailAddress: { address: school.regenboogMailbox } }], body: { contentType: "text", content: "Handle with Care" } },
  });
  const dump = await standIn.control.dump(school.regenboogMailbox);
  const spoofed = dump.folders.find((f) => f.name === "inbox")?.items.find((i) => i.from?.emailAddress.address === "handlewithcare@veiligthuis-spoof.example");
  expect(headerOf(spoofed!, "Authentication-Results")).toContain("dmarc=fail");
});

test("sending from a shared mailbox without send-as is 403 ErrorSendAsDenied", async () => {
  await standIn.control.reset({
    ...demoSeed,
    mailboxes: (demoSeed.mailboxes ?? []).map((m) =>
      m.address === school.regenboogMailbox ? { ...m, delegates: [{ user: school.regenboogFunctionary.id, fullAccess: true, sendAs: false }] } : m,
    ),
  });
  const client = functionary();
  await expect(
    client.api(`/users/${school.regenboogMailbox}/sendMail`).post({ message: { subject: "x", toRecipients: [{ emailAddress: { address: vt.hwcMailbox } }] } }),
  ).rejects.toMatchObject({ statusCode: 403, code: "ErrorSendAsDenied" });
});

test("createForward addresses the given recipients and keeps attachments and conversation", async () => {
  const client = functionary();
  const original = await signal(client);
  const forward = (await client
    .api(`/users/${school.regenboogMailbox}/messages/${original.id}/createForward`)
    .post({ toRecipients: [{ emailAddress: { address: school.teacher.upn } }] })) as Message;
  expect(forward.subject).toBe("FW: Handle with Care");
  expect(forward.toRecipients.map((r) => r.emailAddress.address)).toEqual([school.teacher.upn]);
  expect(forward.conversationId).toBe(original.conversationId);
});

test("custom x- headers can be set when a draft is created and are delivered", async () => {
  const client = functionary();
  const draft = (await client.api(`/users/${school.regenboogMailbox}/messages`).post({
    subject: "Met kop",
    toRecipients: [{ emailAddress: { address: vt.hwcMailbox } }],
    internetMessageHeaders: [{ name: "x-hwc-ack", value: "1" }],
  })) as Message;
  await expect(client.api(`/users/${school.regenboogMailbox}/messages/${draft.id}`).patch({ internetMessageHeaders: [{ name: "x-other", value: "2" }] })).rejects.toMatchObject({ statusCode: 400 });
  await client.api(`/users/${school.regenboogMailbox}/messages/${draft.id}/send`).post({});
  const delivered = (await standIn.control.dump(vt.hwcMailbox)).folders.flatMap((f) => f.items).find((i) => i.subject === "Met kop");
  expect(headerOf(delivered!, "x-hwc-ack")).toBe("1");
});

test("with a sent copy delay the Sent Items copy is invisible to Graph for that long, while the dump shows it", async () => {
  await standIn.control.setSentCopyDelay(300);
  const client = functionary();
  const draft = (await client.api(`/users/${school.regenboogMailbox}/messages`).post({ subject: "Later zichtbaar", toRecipients: [{ emailAddress: { address: vt.hwcMailbox } }] })) as Message;
  await client.api(`/users/${school.regenboogMailbox}/messages/${draft.id}/send`).post({});
  await expect(client.api(`/users/${school.regenboogMailbox}/messages/${draft.id}`).get()).rejects.toMatchObject({ statusCode: 404 });
  const sentNow = (await client.api(`/users/${school.regenboogMailbox}/mailFolders/sentitems/messages`).get()) as { value: Message[] };
  expect(sentNow.value.map((m) => m.subject)).not.toContain("Later zichtbaar");
  const dump = await standIn.control.dump(school.regenboogMailbox);
  expect(dump.folders.find((f) => f.name === "sentitems")?.items.map((i) => i.subject)).toContain("Later zichtbaar");
  await new Promise((resolve) => setTimeout(resolve, 350));
  await expect(client.api(`/users/${school.regenboogMailbox}/messages/${draft.id}`).get()).resolves.toMatchObject({ subject: "Later zichtbaar" });
});
