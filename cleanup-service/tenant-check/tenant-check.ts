// `npm run cleanup -- tenant-check --mailbox X`: tries, in the real tenant and with the service's own credentials,
// each capability the service relies on — with content-free test items it removes again — and tells, per
// capability, what Exchange answered and what to change. Nothing of any real message is read or touched: every
// request names only the test items it made (subject "Handle with Care tenant-check <nonce>").
import { randomBytes } from "node:crypto";
import { GraphError, type Client } from "@microsoft/microsoft-graph-client";
import type { HwcMailbox } from "../config/config";
import { MARKER_PROPERTY_ID } from "../core/service-marker";
import { OnBehalfOfRefusedError, OnBehalfOfUnavailableError } from "../auth/on-behalf-of";

export type CapabilityId =
  | "mailbox-by-object-id"
  | "batch"
  | "send-with-marker"
  | "sent-copy-marker"
  | "sent-copy-headers"
  | "or-filter"
  | "create-reply"
  | "create-reply-quote"
  | "create-reply-headers"
  | "patch-marker"
  | "permanent-delete"
  | "recoverable-items-read"
  | "recoverable-items-delete"
  | "sent-copy-delete"
  | "on-behalf-of"
  | "delegated-recoverable-items"
  | "own-mailbox";

export type Answer = "ok" | "refused" | "failed" | "degraded" | "not-checked";

export interface CapabilityResult {
  capability: CapabilityId;
  answer: Answer;
  /** Needed for acknowledge-and-delete at all; the others the service degrades around. */
  required: boolean;
  /** Graph's status and code, or a short note; never message content. */
  detail?: string;
}

export interface TenantCheckOptions {
  /** Graph as the sweep app (app-only). */
  app: Client;
  /** Graph on behalf of a functionary, when a token of hers was given (delegated checks). */
  delegated?: { client: () => Promise<Client>; ownMailboxId: string };
  mailbox: HwcMailbox;
  /** How long to wait for the test message to arrive and its Sent Items copy to be written. */
  waitInMs: number;
  pollIntervalInMs?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const enc = encodeURIComponent;
const IMMUTABLE = { Prefer: 'IdType="ImmutableId"' };
const EXPAND = `singleValueExtendedProperties($filter=id eq '${MARKER_PROPERTY_ID}')`;

function describeError(error: unknown): { refused: boolean; detail: string } {
  if (error instanceof OnBehalfOfRefusedError) return { refused: true, detail: error.claims ? "claims-challenge" : error.code };
  if (error instanceof OnBehalfOfUnavailableError) return { refused: false, detail: "token endpoint unavailable" };
  if (error instanceof GraphError) {
    const refused = error.statusCode === 403 || ["ErrorAccessDenied", "ErrorCannotDeleteObject", "ErrorItemSave", "ErrorRestrictionTooComplex", "ErrorInvalidPropertySet", "ErrorInvalidMailboxItemId"].includes(error.code ?? "");
    return { refused, detail: `${error.statusCode} ${error.code ?? ""}`.trim() };
  }
  return { refused: false, detail: error instanceof Error ? error.name : "error" };
}

interface TestMessage {
  id: string;
  subject?: string;
  body?: { content?: string };
  internetMessageHeaders?: unknown[];
  singleValueExtendedProperties?: { id: string; value: string }[];
}

export async function runTenantCheck(options: TenantCheckOptions): Promise<CapabilityResult[]> {
  const { app, mailbox } = options;
  const results: CapabilityResult[] = [];
  const root = `/users/${enc(mailbox.objectId)}`;
  const nonce = randomBytes(6).toString("hex");
  const subject = `Handle with Care tenant-check ${nonce}`;
  const marker = `tenant-check.${nonce}`;
  const made = new Set<string>();
  const record = (capability: CapabilityId, required: boolean, answer: Answer, detail?: string) => results.push({ capability, required, answer, ...(detail ? { detail } : {}) });
  const attempt = async <T>(capability: CapabilityId, required: boolean, work: () => Promise<T>, onRefused: Answer = "refused"): Promise<T | undefined> => {
    try {
      const value = await work();
      record(capability, required, "ok");
      return value;
    } catch (error) {
      const { refused, detail } = describeError(error);
      record(capability, required, refused ? onRefused : "failed", detail);
      return undefined;
    }
  };
  const poll = async <T>(find: () => Promise<T | undefined>): Promise<T | undefined> => {
    const until = Date.now() + options.waitInMs;
    for (;;) {
      const found = await find().catch(() => undefined);
      if (found !== undefined || Date.now() >= until) return found;
      await sleep(options.pollIntervalInMs ?? 1000);
    }
  };
  const bySubject = async (folder: string): Promise<TestMessage | undefined> => {
    const page = (await app
      .api(`${root}/mailFolders/${folder}/messages`)
      .headers(IMMUTABLE)
      .query({ $filter: `subject eq '${subject}'`, $select: "id,subject,body,internetMessageHeaders", $expand: EXPAND })
      .get()) as { value: TestMessage[] };
    return page.value[0];
  };

  const reachable = await attempt("mailbox-by-object-id", true, () => app.api(`${root}/mailFolders/inbox`).query({ $select: "id" }).get());
  if (reachable === undefined) return withNotChecked(results);

  await attempt("batch", true, async () => {
    const answer = (await app.api("/$batch").post({
      requests: [
        { id: "1", method: "GET", url: `${root}/mailFolders/inbox?$select=id` },
        { id: "2", method: "GET", url: `${root}/mailFolders/sentitems?$select=id`, dependsOn: ["1"] },
      ],
    })) as { responses: { status: number }[] };
    if (!answer.responses.every((r) => r.status === 200)) throw new Error("inner request failed");
  });

  // A content-free message to the mailbox itself, marked as the service marks its acknowledgement.
  const sent = await attempt("send-with-marker", true, () =>
    app.api(`${root}/sendMail`).post({
      message: {
        subject,
        body: { contentType: "text", content: "Handle with Care tenant-check. Dit bericht mag weg. / This message may be deleted." },
        toRecipients: [{ emailAddress: { address: mailbox.address } }],
        singleValueExtendedProperties: [{ id: MARKER_PROPERTY_ID, value: marker }],
      },
      saveToSentItems: true,
    }),
  );
  const copy = sent === undefined ? undefined : await poll(() => bySubject("sentitems"));
  if (copy) made.add(copy.id);
  if (sent !== undefined) {
    const markerKept = copy?.singleValueExtendedProperties?.some((p) => p.value === marker) ?? false;
    record("sent-copy-marker", true, copy ? (markerKept ? "ok" : "failed") : "failed", copy ? undefined : "no Sent Items copy");
    record("sent-copy-headers", false, copy ? "ok" : "not-checked", copy && Array.isArray(copy.internetMessageHeaders) && copy.internetMessageHeaders.length > 0 ? "headers present" : undefined);
  }
  await attempt("or-filter", false, () => app.api(`${root}/messages`).query({ $filter: `subject eq '${subject}' or subject eq 'RE: ${subject}'`, $select: "id" }).get(), "degraded");

  const received = sent === undefined ? undefined : await poll(() => bySubject("inbox"));
  if (received) made.add(received.id);
  if (!received) record("create-reply", true, "not-checked", "the test message did not arrive");
  else {
    const reply = await attempt("create-reply", true, () => app.api(`${root}/messages/${enc(received.id)}/createReply`).headers(IMMUTABLE).post({ message: { body: { contentType: "text", content: "tenant-check" } } }) as Promise<TestMessage>);
    if (reply) {
      made.add(reply.id);
      // Informational: with the original quoted, the acknowledgement needs the PATCH the service always makes.
      record("create-reply-quote", false, "ok", (reply.body?.content ?? "").includes("Dit bericht mag weg") ? "quotes the original" : "no quote");
      await attempt("patch-marker", true, () => app.api(`${root}/messages/${enc(reply.id)}`).headers(IMMUTABLE).patch({ subject: `RE: ${subject}`, singleValueExtendedProperties: [{ id: MARKER_PROPERTY_ID, value: marker }] }));
    }
    const headered = await attempt(
      "create-reply-headers",
      false,
      () => app.api(`${root}/messages/${enc(received.id)}/createReply`).headers(IMMUTABLE).post({ message: { internetMessageHeaders: [{ name: "x-hwc-tenant-check", value: nonce }] } }) as Promise<TestMessage>,
      "degraded",
    );
    if (headered) made.add(headered.id);
    if (reply) {
      await attempt("permanent-delete", true, () => app.api(`${root}/messages/${enc(reply.id)}/permanentDelete`).post({}));
      made.delete(reply.id);
    }
  }

  await attempt("recoverable-items-read", false, () => app.api(`${root}/mailFolders/recoverableitemsdeletions/messages`).query({ $top: 1, $select: "id" }).get(), "degraded");
  if (received) {
    // Deleted twice it lands in recoverableitemsdeletions: can it be purged from there?
    const purged = await attempt(
      "recoverable-items-delete",
      false,
      async () => {
        await app.api(`${root}/messages/${enc(received.id)}`).headers(IMMUTABLE).delete();
        await app.api(`${root}/messages/${enc(received.id)}`).headers(IMMUTABLE).delete();
        await app.api(`${root}/messages/${enc(received.id)}/permanentDelete`).headers(IMMUTABLE).post({});
      },
      "degraded",
    );
    if (purged !== undefined) made.delete(received.id);
  } else record("recoverable-items-delete", false, "not-checked");

  if (copy) {
    const gone = await attempt("sent-copy-delete", false, () => app.api(`${root}/messages/${enc(copy.id)}/permanentDelete`).headers(IMMUTABLE).post({}), "degraded");
    if (gone !== undefined) made.delete(copy.id);
  } else record("sent-copy-delete", false, "not-checked");

  if (options.delegated) {
    const delegated = options.delegated;
    const client = await attempt("on-behalf-of", true, async () => {
      const graph = await delegated.client();
      await graph.api(`${root}/mailFolders/inbox`).query({ $select: "id" }).get();
      return graph;
    });
    if (client) {
      await attempt("delegated-recoverable-items", false, () => client.api(`${root}/mailFolders/recoverableitemsdeletions/messages`).query({ $top: 1, $select: "id" }).get(), "degraded");
      await attempt("own-mailbox", false, () => client.api(`/users/${enc(delegated.ownMailboxId)}/messages`).query({ $top: 1, $select: "id" }).get(), "degraded");
    } else {
      record("delegated-recoverable-items", false, "not-checked");
      record("own-mailbox", false, "not-checked");
    }
  }

  // Whatever is still there of the test (a copy still in submission): once more, after a pause.
  for (const id of made) {
    await sleep(options.pollIntervalInMs ?? 1000);
    await app.api(`${root}/messages/${enc(id)}/permanentDelete`).post({}).catch(() => undefined);
  }
  return withNotChecked(results, options.delegated === undefined);
}

const ORDER: CapabilityId[] = [
  "mailbox-by-object-id",
  "batch",
  "send-with-marker",
  "sent-copy-marker",
  "sent-copy-headers",
  "or-filter",
  "create-reply",
  "create-reply-quote",
  "patch-marker",
  "create-reply-headers",
  "permanent-delete",
  "recoverable-items-read",
  "recoverable-items-delete",
  "sent-copy-delete",
  "on-behalf-of",
  "delegated-recoverable-items",
  "own-mailbox",
];
const REQUIRED = new Set<CapabilityId>(["mailbox-by-object-id", "batch", "send-with-marker", "sent-copy-marker", "create-reply", "patch-marker", "permanent-delete", "on-behalf-of"]);

/** Every capability once, in a fixed order; what was not reached is "not-checked". */
function withNotChecked(results: CapabilityResult[], noUser = false): CapabilityResult[] {
  const byId = new Map(results.map((result) => [result.capability, result]));
  return ORDER.map(
    (capability) =>
      byId.get(capability) ?? {
        capability,
        required: REQUIRED.has(capability),
        answer: "not-checked" as const,
        ...(noUser && ["on-behalf-of", "delegated-recoverable-items", "own-mailbox"].includes(capability) ? { detail: "give --user-token-file" } : {}),
      },
  );
}

/** Exit code: 0 when every required capability answered ok, else 1. */
export function tenantCheckExitCode(results: CapabilityResult[]): number {
  return results.some((result) => result.required && result.answer !== "ok" && !(result.capability === "on-behalf-of" && result.answer === "not-checked")) ? 1 : 0;
}
