// The stand-in is as strict as the strictest documented Microsoft 365 (FIDELITY.md, "Strict by default"), and
// each switch refuses one undocumented capability. Every test here would pass against a kinder stand-in only if
// the rule were missing.
import type { Client } from "@microsoft/microsoft-graph-client";
import { startStandIn, type StandIn } from "../stand-in";
import { graphClientFor } from "../testing/sdk-clients";
import { DEMO, demoSeed } from "./demo-seed";

const school = DEMO.school;
const box = school.regenboogMailbox;
const PROPERTY = "String {6f1c8f2a-3b7e-4d5a-9c1e-8b2d4a6f0e31} Name hwc-marker";
let standIn: StandIn;

beforeAll(async () => {
  standIn = await startStandIn();
});
afterAll(() => standIn.stop());
beforeEach(() => standIn.control.reset("demo"));

const app = () => graphClientFor(standIn, () => standIn.control.issueToken({ tenant: school.tenantId, app: DEMO.apps.sweep.clientId }), { headers: { Prefer: 'IdType="ImmutableId"' } });
const functionary = () =>
  graphClientFor(standIn, () => standIn.control.issueToken({ tenant: school.tenantId, user: school.regenboogFunctionary.id, scopes: ["Mail.ReadWrite.Shared", "Mail.Send.Shared"] }), {
    headers: { Prefer: 'IdType="ImmutableId"' },
  });

interface Answer {
  responses: Array<{ id: string; status: number; body?: { error?: { code: string } } }>;
}
const json = { "Content-Type": "application/json" };

async function inboxIds(client: Client): Promise<string[]> {
  const page = (await client.api(`/users/${box}/mailFolders/inbox/messages`).select("id").get()) as { value: { id: string }[] };
  return page.value.map((m) => m.id);
}

describe("$batch", () => {
  test("a batch neither fully parallel nor fully sequential is refused as a whole", async () => {
    const [a, b] = await inboxIds(app());
    const requests = [
      { id: "1", method: "GET", url: `/users/${box}/messages/${a}` },
      { id: "2", method: "GET", url: `/users/${box}/messages/${b}` },
      { id: "3", method: "GET", url: `/users/${box}/mailFolders/inbox`, dependsOn: ["1"] },
    ];
    await expect(app().api("/$batch").post({ requests })).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining("Batch should be either fully sequential or fully parallel") });
    const everyoneOnOne = requests.map((r, i) => (i === 0 ? r : { ...r, dependsOn: ["1"] }));
    await expect(app().api("/$batch").post({ requests: everyoneOnOne })).rejects.toMatchObject({ statusCode: 400 });
  });

  test("a write without a body or Content-Type is refused as a whole; with {} it runs", async () => {
    const [id] = await inboxIds(app());
    const bare = { id: "1", method: "POST", url: `/users/${box}/messages/${id}/permanentDelete` };
    await expect(app().api("/$batch").post({ requests: [bare] })).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining("does not contain Content-Type header or body") });
    const answer = (await app().api("/$batch").post({ requests: [{ ...bare, headers: json, body: {} }] })) as Answer;
    expect(answer.responses[0]?.status).toBe(204);
  });
});

describe("messages", () => {
  test("a sent message's Sent Items copy and a draft read back carry no Internet headers, even those set at creation", async () => {
    const client = functionary();
    const draft = (await client.api(`/users/${box}/messages`).post({
      subject: "Test",
      toRecipients: [{ emailAddress: { address: DEMO.veiligThuis.hwcMailbox } }],
      internetMessageHeaders: [{ name: "x-marker", value: "1" }],
    })) as { id: string };
    const readBack = (await client.api(`/users/${box}/messages/${draft.id}`).select("internetMessageHeaders").get()) as Record<string, unknown>;
    expect(readBack.internetMessageHeaders).toBeUndefined();
    await client.api(`/users/${box}/messages/${draft.id}/send`).post({});
    const copy = (await client.api(`/users/${box}/messages/${draft.id}`).select("internetMessageHeaders,parentFolderId").get()) as Record<string, unknown>;
    expect(copy.internetMessageHeaders).toBeUndefined();
    const delivered = (await standIn.control.dump(DEMO.veiligThuis.hwcMailbox)).folders.flatMap((f) => f.items).find((i) => i.subject === "Test");
    expect(delivered?.internetMessageHeaders.map((h) => h.name)).toEqual(expect.arrayContaining(["Authentication-Results", "x-marker"]));
  });

  test("a single-value extended property set by PATCH is read with $expand, stays on the Sent Items copy and does not travel", async () => {
    const client = functionary();
    const draft = (await client.api(`/users/${box}/messages`).post({ subject: "Test", toRecipients: [{ emailAddress: { address: DEMO.veiligThuis.hwcMailbox } }] })) as { id: string };
    await client.api(`/users/${box}/messages/${draft.id}`).patch({ singleValueExtendedProperties: [{ id: PROPERTY, value: "v1" }] });
    await client.api(`/users/${box}/messages/${draft.id}/send`).post({});
    const expand = `singleValueExtendedProperties($filter=id eq '${PROPERTY}')`;
    const copy = (await client.api(`/users/${box}/messages/${draft.id}`).query({ $select: "id", $expand: expand }).get()) as { singleValueExtendedProperties?: { id: string; value: string }[] };
    expect(copy.singleValueExtendedProperties).toEqual([{ id: PROPERTY, value: "v1" }]);
    const plain = (await client.api(`/users/${box}/messages/${draft.id}`).select("id").get()) as Record<string, unknown>;
    expect(plain.singleValueExtendedProperties).toBeUndefined();
    const vtApp = graphClientFor(standIn, () => standIn.control.issueToken({ tenant: DEMO.veiligThuis.tenantId, user: DEMO.veiligThuis.caseworker.id, scopes: ["Mail.ReadWrite.Shared"] }));
    const delivered = (await vtApp.api(`/users/${DEMO.veiligThuis.hwcMailbox}/messages`).filter("subject eq 'Test'").query({ $expand: expand }).get()) as { value: Record<string, unknown>[] };
    expect(delivered.value[0]?.singleValueExtendedProperties).toBeUndefined();
  });

  test("createReply with message.body keeps the quoted original below it; comment and body together are 400", async () => {
    await standIn.control.reset({
      ...demoSeed,
      messages: [{ mailbox: box, folder: "inbox", subject: "Vraag", from: "ouder@example.nl", toRecipients: [box], body: { contentType: "html", content: "<p>Origineel QUOTEMARK</p>" } }],
    });
    const client = functionary();
    const [id] = await inboxIds(client);
    const draft = (await client.api(`/users/${box}/messages/${id}/createReply`).post({ message: { body: { contentType: "html", content: "<p>Antwoord</p>" } } })) as { body: { content: string } };
    expect(draft.body.content).toMatch(/^<p>Antwoord<\/p>[\s\S]*QUOTEMARK/);
    await expect(client.api(`/users/${box}/messages/${id}/createReply`).post({ comment: "x", message: { body: { contentType: "html", content: "y" } } })).rejects.toMatchObject({ statusCode: 400 });
  });
});

describe("mailboxes are found by object id or UPN, not by an SMTP address that differs", () => {
  test("a shared mailbox whose UPN is not its address", async () => {
    await standIn.control.reset({
      ...demoSeed,
      mailboxes: (demoSeed.mailboxes ?? []).map((m) => (m.address === box ? { ...m, userPrincipalName: "hwc-regenboog@gooisescholen.onmicrosoft.example" } : m)),
    });
    const client = app();
    await expect(client.api(`/users/${box}/mailFolders/inbox`).get()).rejects.toMatchObject({ statusCode: 404, code: "ErrorInvalidUser" });
    await expect(client.api(`/users/${school.regenboogMailboxId}/mailFolders/inbox`).get()).resolves.toMatchObject({ displayName: "Inbox" });
    await expect(client.api(`/users/hwc-regenboog@gooisescholen.onmicrosoft.example/mailFolders/inbox`).get()).resolves.toMatchObject({ displayName: "Inbox" });
  });
});

describe("switches", () => {
  test("each refuses its capability; reset turns them off", async () => {
    await standIn.control.setSwitches({ refuseOrFilters: true, refuseDelegatedRecoverableItems: true, refuseHeadersOnResponses: true });
    const client = functionary();
    await expect(client.api(`/users/${box}/messages`).filter("subject eq 'a' or subject eq 'b'").get()).rejects.toMatchObject({ statusCode: 400, code: "ErrorRestrictionTooComplex" });
    await expect(client.api(`/users/${box}/messages`).filter("subject eq 'a'").get()).resolves.toBeDefined();
    await expect(client.api(`/users/${box}/mailFolders/recoverableitemsdeletions/messages`).get()).rejects.toMatchObject({ statusCode: 403 });
    const [id] = await inboxIds(client);
    await expect(client.api(`/users/${box}/messages/${id}/createReply`).post({ message: { internetMessageHeaders: [{ name: "x-a", value: "1" }] } })).rejects.toMatchObject({ statusCode: 400 });
    expect(await standIn.control.switches()).toMatchObject({ refuseOrFilters: true });
    await standIn.control.reset("demo");
    expect(await standIn.control.switches()).toMatchObject({ refuseOrFilters: false, refuseDelegatedRecoverableItems: false, oboClaimsChallenge: null });
  });

  test("permanentDelete in recoverable items, and changes to a Sent Items copy in submission, are refused", async () => {
    await standIn.control.setSwitches({ refusePermanentDeleteInRecoverableItems: true, sentCopyInSubmissionMs: 60_000 });
    const client = app();
    const [id] = await inboxIds(client);
    await client.api(`/users/${box}/messages/${id}`).delete();
    await client.api(`/users/${box}/messages/${id}`).delete();
    await expect(client.api(`/users/${box}/messages/${id}/permanentDelete`).post({})).rejects.toMatchObject({ code: "ErrorCannotDeleteObject" });
    const user = functionary();
    const draft = (await user.api(`/users/${box}/messages`).post({ subject: "T", toRecipients: [{ emailAddress: { address: DEMO.veiligThuis.hwcMailbox } }] })) as { id: string };
    await user.api(`/users/${box}/messages/${draft.id}/send`).post({});
    await expect(user.api(`/users/${box}/messages/${draft.id}`).select("id").get()).resolves.toBeDefined();
    await expect(user.api(`/users/${box}/messages/${draft.id}/permanentDelete`).post({})).rejects.toMatchObject({ statusCode: 409, code: "ErrorItemSave" });
  });

  test("an id of another mailbox is not found as 'gone' but refused as not this mailbox's", async () => {
    const client = app();
    const [id] = await inboxIds(client);
    await expect(client.api(`/users/${school.kompasMailbox}/messages/${id}`).get()).rejects.toMatchObject({ statusCode: 400, code: "ErrorInvalidMailboxItemId" });
  });
});
