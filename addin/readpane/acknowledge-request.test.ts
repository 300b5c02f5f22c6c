import { postAcknowledgeAndDelete, type AcknowledgeResult } from "./acknowledge-request";

type Call = { url: string; init: RequestInit | undefined };

function fakeFetch(response: Response | Error) {
  const calls: Call[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init });
    if (response instanceof Error) throw response;
    return response;
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

const request = { apiBaseUrl: "https://localhost:7071/", accessToken: "token-abc", mailbox: "hwc.deregenboog@gooisescholen.example", messageId: "AAMkAD=" };
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

test("posts the mailbox and REST id with the bearer token", async () => {
  const { calls, fetch } = fakeFetch(json(200, { status: "acknowledged-and-deleted", acknowledged: true, deleted: { inbox: 1 }, remaining: 0 }));
  await postAcknowledgeAndDelete({ ...request, fetch });
  expect(calls).toHaveLength(1);
  expect(calls[0]?.url).toBe("https://localhost:7071/api/acknowledge-and-delete");
  expect(calls[0]?.init?.method).toBe("POST");
  expect((calls[0]?.init?.headers as Record<string, string>).Authorization).toBe("Bearer token-abc");
  expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ mailbox: "hwc.deregenboog@gooisescholen.example", messageId: "AAMkAD=" });
});

test.each<[string, Response, AcknowledgeResult]>([
  ["200 deleted", json(200, { status: "acknowledged-and-deleted", acknowledged: true, deleted: { inbox: 1, sentitems: 1 }, remaining: 0 }), { kind: "done", status: "acknowledged-and-deleted" }],
  ["200 already deleted", json(200, { status: "already-deleted", acknowledged: false, deleted: {}, remaining: 0 }), { kind: "done", status: "already-deleted" }],
  ["200 with items remaining", json(200, { status: "acknowledged-and-deleted", acknowledged: true, deleted: {}, remaining: 1 }), { kind: "failed" }],
  ["200 without a body", new Response("", { status: 200 }), { kind: "failed" }],
  ["401", json(401, { code: "unauthorized" }), { kind: "unauthorized" }],
  ["403", json(403, { code: "forbidden" }), { kind: "forbidden" }],
  ["422", json(422, { code: "not-a-signal" }), { kind: "not-a-signal" }],
  ["503 with Retry-After", json(503, { code: "unavailable" }, { "Retry-After": "20" }), { kind: "unavailable", retryAfterSeconds: 20 }],
  ["503 without Retry-After", json(503, {}), { kind: "unavailable", retryAfterSeconds: undefined }],
  ["500", json(500, {}), { kind: "failed" }],
])("maps %s", async (_name, response, expected) => {
  const { fetch } = fakeFetch(response);
  expect(await postAcknowledgeAndDelete({ ...request, fetch })).toEqual(expected);
});

const CLAIMS = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';
const CLAIMS_B64 = Buffer.from(CLAIMS, "utf8").toString("base64");

test("a claims challenge gives the decoded claims, read from the JSON body", async () => {
  const response = json(401, { error: "claims-challenge", message: "Extra aanmelding nodig.", messageEn: "Extra sign-in needed.", claims: CLAIMS_B64 });
  const { fetch } = fakeFetch(response);
  expect(await postAcknowledgeAndDelete({ ...request, fetch })).toEqual({ kind: "claims-challenge", claims: CLAIMS });
});

test("a claims challenge is also read from WWW-Authenticate, base64url or not", async () => {
  const header = `Bearer realm="", error="insufficient_claims", claims="${CLAIMS_B64.replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_")}"`;
  const { fetch } = fakeFetch(json(401, {}, { "WWW-Authenticate": header }));
  expect(await postAcknowledgeAndDelete({ ...request, fetch })).toEqual({ kind: "claims-challenge", claims: CLAIMS });
});

test("a 401 whose claims are not base64 of a JSON object is an ordinary 401", async () => {
  const { fetch } = fakeFetch(json(401, { error: "claims-challenge", claims: "bm90IGpzb24=" }));
  expect(await postAcknowledgeAndDelete({ ...request, fetch })).toEqual({ kind: "unauthorized" });
});

test("a network failure is reported as such, not thrown", async () => {
  const { fetch } = fakeFetch(new TypeError("Failed to fetch"));
  expect(await postAcknowledgeAndDelete({ ...request, fetch })).toEqual({ kind: "network" });
});
