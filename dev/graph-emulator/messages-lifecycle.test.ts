import type { Client } from "@microsoft/microsoft-graph-client";
import { startStandIn, type StandIn } from "../stand-in";
import { graphClientFor, type GraphMessage as Message, type GraphPage as Page } from "../testing/sdk-clients";
import { DEMO } from "./demo-seed";

const box = DEMO.school.regenboogMailbox;
let standIn: StandIn;
let graph: Client;
let immutableGraph: Client;

beforeAll(async () => {
  standIn = await startStandIn({ port: 0 });
  const token = () => standIn.control.issueToken({ tenant: DEMO.school.tenantId, app: DEMO.apps.sweep.clientId });
  graph = graphClientFor(standIn, token);
  immutableGraph = graphClientFor(standIn, token, { headers: { Prefer: 'IdType="ImmutableId"' } });
});
afterAll(() => standIn.stop());
beforeEach(() => standIn.control.reset("demo"));

async function firstInboxMessage(client = graph): Promise<Message> {
  const page = (await client.api(`/users/${box}/mailFolders/inbox/messages`).top(1).get()) as Page<Message>;
  const message = page.value[0];
  if (!message) throw new Error("the demo inbox is empty");
  return message;
}

test("moving a message gives it a new id and the old id is gone", async () => {
  const message = await firstInboxMessage();
  const moved = (await graph.api(`/users/${box}/messages/${message.id}/move`).post({ destinationId: "archive" })) as Message;
  expect(moved.id).not.toBe(message.id);
  await expect(graph.api(`/users/${box}/messages/${message.id}`).get()).rejects.toMatchObject({ statusCode: 404, code: "ErrorItemNotFound" });
  await expect(graph.api(`/users/${box}/messages/${moved.id}`).get()).resolves.toMatchObject({ subject: message.subject });
});

test("with Prefer IdType=ImmutableId the id survives a move", async () => {
  const message = await firstInboxMessage(immutableGraph);
  const moved = (await immutableGraph.api(`/users/${box}/messages/${message.id}/move`).post({ destinationId: "archive" })) as Message;
  expect(moved.id).toBe(message.id);
});

test("DELETE moves to Deleted Items, again to recoverableitemsdeletions, where plain DELETE is refused", async () => {
  const message = await immutableGraph.api(`/users/${box}/mailFolders/inbox/messages`).top(1).get().then((p: Page<Message>) => p.value[0] as Message);
  await immutableGraph.api(`/users/${box}/messages/${message.id}`).delete();
  const deleted = (await immutableGraph.api(`/users/${box}/mailFolders/deleteditems/messages`).get()) as Page<Message>;
  expect(deleted.value.map((m) => m.id)).toContain(message.id);
  await immutableGraph.api(`/users/${box}/messages/${message.id}`).delete();
  const all = (await immutableGraph.api(`/users/${box}/messages`).top(100).get()) as Page<Message>;
  expect(all.value.map((m) => m.id)).not.toContain(message.id);
  const recoverable = (await immutableGraph.api(`/users/${box}/mailFolders('recoverableitemsdeletions')/messages`).get()) as Page<Message>;
  expect(recoverable.value.map((m) => m.id)).toContain(message.id);
  await expect(immutableGraph.api(`/users/${box}/messages/${message.id}`).delete()).rejects.toMatchObject({ code: "ErrorCannotDeleteObject" });
});

test("permanentDelete hides the item from Graph and only the dump shows it in purges", async () => {
  const message = await firstInboxMessage(immutableGraph);
  await immutableGraph.api(`/users/${box}/messages/${message.id}/permanentDelete`).post({});
  await expect(immutableGraph.api(`/users/${box}/messages/${message.id}`).get()).rejects.toMatchObject({ statusCode: 404 });
  const recoverable = (await immutableGraph.api(`/users/${box}/mailFolders/recoverableitemsdeletions/messages`).get()) as Page<Message>;
  expect(recoverable.value.map((m) => m.id)).not.toContain(message.id);
  await expect(immutableGraph.api(`/users/${box}/mailFolders/recoverableitemspurges/messages`).get()).rejects.toMatchObject({ statusCode: 400 });
  const dump = await standIn.control.dump(box);
  const purges = dump.folders.find((f) => f.name === "purges");
  expect(purges?.items.map((i) => i.immutableId)).toEqual([message.id]);
});

test("copy creates a second item with a new id and the same internetMessageId", async () => {
  const message = await firstInboxMessage();
  const copy = (await graph.api(`/users/${box}/messages/${message.id}/copy`).post({ destinationId: "archive" })) as Message;
  expect(copy.id).not.toBe(message.id);
  expect(copy.internetMessageId).toBe(message.internetMessageId);
  const original = (await graph.api(`/users/${box}/messages/${message.id}`).get()) as Message;
  expect(original.parentFolderId).toBe(message.parentFolderId);
});

test("POST messages creates a draft in Drafts that PATCH can change", async () => {
  const draft = (await graph.api(`/users/${box}/messages`).post({ subject: "Concept", toRecipients: [{ emailAddress: { address: "directie@gooisescholen.example" } }] })) as Message;
  expect(draft.isDraft).toBe(true);
  const drafts = (await graph.api(`/users/${box}/mailFolders/drafts`).get()) as { id: string };
  expect(draft.parentFolderId).toBe(drafts.id);
  const patched = (await graph.api(`/users/${box}/messages/${draft.id}`).patch({ subject: "Concept 2" })) as Message;
  expect(patched.subject).toBe("Concept 2");
});

test("PATCH of a received message's subject is refused", async () => {
  const message = await firstInboxMessage();
  await expect(graph.api(`/users/${box}/messages/${message.id}`).patch({ subject: "x" })).rejects.toMatchObject({ statusCode: 400 });
  await expect(graph.api(`/users/${box}/messages/${message.id}`).patch({ isRead: true })).resolves.toMatchObject({ isRead: true });
});

test("childFolders can be created and listed, and their messages reached through the folder chain", async () => {
  const inbox = (await graph.api(`/users/${box}/mailFolders/inbox`).get()) as { id: string };
  const child = (await graph.api(`/users/${box}/mailFolders/inbox/childFolders`).post({ displayName: "Signalen" })) as { id: string; parentFolderId: string };
  expect(child.parentFolderId).toBe(inbox.id);
  const children = (await graph.api(`/users/${box}/mailFolders/inbox/childFolders`).get()) as Page<{ displayName: string }>;
  expect(children.value.map((f) => f.displayName)).toEqual(["Signalen"]);
  const message = await firstInboxMessage();
  await graph.api(`/users/${box}/messages/${message.id}/move`).post({ destinationId: child.id });
  const inChild = (await graph.api(`/users/${box}/mailFolders/inbox/childFolders/${child.id}/messages`).get()) as Page<Message>;
  expect(inChild.value.map((m) => m.subject)).toEqual([message.subject]);
});

test("mailFolders lists the top-level folders without recoverable items", async () => {
  const folders = (await graph.api(`/users/${box}/mailFolders`).top(50).get()) as Page<{ displayName: string }>;
  const names = folders.value.map((f) => f.displayName);
  expect(names).toEqual(expect.arrayContaining(["Inbox", "Drafts", "Sent Items", "Deleted Items", "Archive"]));
  expect(names).not.toContain("Deletions");
  expect(names).not.toContain("Purges");
});

test("attachments of a seeded message are listed with their content", async () => {
  await standIn.control.reset({
    ...(await import("./demo-seed")).demoSeed,
    messages: [
      { mailbox: box, folder: "inbox", subject: "Met bijlage", from: "rooster@gooisescholen.example", attachments: [{ name: "rooster.txt", contentType: "text/plain", contentBytes: "cm9vc3Rlcg==" }] },
    ],
  });
  const message = await firstInboxMessage();
  expect(message).toMatchObject({ hasAttachments: true });
  const list = (await graph.api(`/users/${box}/messages/${message.id}/attachments`).get()) as Page<{ name: string; contentBytes: string }>;
  expect(list.value).toEqual([expect.objectContaining({ name: "rooster.txt", contentBytes: "cm9vc3Rlcg==" })]);
});

test("POST to a folder's messages creates the draft in that folder", async () => {
  const created = (await graph.api(`/users/${box}/mailFolders/archive/messages`).post({ subject: "In archief" })) as Message;
  const archive = (await graph.api(`/users/${box}/mailFolders/archive`).get()) as { id: string; totalItemCount: number };
  expect(created.parentFolderId).toBe(archive.id);
  expect(archive.totalItemCount).toBe(1);
});

test("createReplyAll copies the other recipients to Cc but not the mailbox itself", async () => {
  await standIn.control.reset({
    ...(await import("./demo-seed")).demoSeed,
    messages: [{ mailbox: box, folder: "inbox", subject: "Overleg", from: "directie@gooisescholen.example", toRecipients: [box, "rooster@gooisescholen.example"] }],
  });
  const message = await firstInboxMessage();
  const draft = (await graph.api(`/users/${box}/messages/${message.id}/createReplyAll`).post({})) as Message & { ccRecipients: Message["toRecipients"] };
  expect(draft.toRecipients.map((r) => r.emailAddress.address)).toEqual(["directie@gooisescholen.example"]);
  expect(draft.ccRecipients.map((r) => r.emailAddress.address)).toEqual(["rooster@gooisescholen.example"]);
});
