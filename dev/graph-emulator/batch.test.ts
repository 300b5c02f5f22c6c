import { BatchRequestContent, BatchResponseContent } from "@microsoft/microsoft-graph-client";
import { startStandIn, type StandIn } from "../stand-in";
import { graphClientFor } from "../testing/sdk-clients";
import { DEMO } from "./demo-seed";

const box = DEMO.school.regenboogMailbox;
let standIn: StandIn;

beforeAll(async () => {
  standIn = await startStandIn({ throttle: { requestsPerWindow: 1000, windowMs: 60_000 } });
});
afterAll(() => standIn.stop());
beforeEach(() => standIn.control.reset("demo"));

const graph = () => graphClientFor(standIn, () => standIn.control.issueToken({ tenant: DEMO.school.tenantId, app: DEMO.apps.sweep.clientId }));

interface BatchAnswer {
  responses: Array<{ id: string; status: number; headers: Record<string, string>; body?: { value?: Array<{ id: string }>; error?: { code: string } } }>;
}

test("a batch answers every request by id, each with its own status", async () => {
  const answer = (await graph()
    .api("/$batch")
    .post({
      requests: [
        { id: "1", method: "GET", url: `/users/${box}/mailFolders/inbox/messages?$top=2` },
        { id: "2", method: "GET", url: `/users/${box}/mailFolders/nosuch/messages` },
        { id: "3", method: "GET", url: `/users/${box}/mailFolders('drafts')` },
      ],
    })) as BatchAnswer;
  expect(answer.responses.map((r) => [r.id, r.status])).toEqual([
    ["1", 200],
    ["2", 400],
    ["3", 200],
  ]);
  expect(answer.responses[0]?.body?.value).toHaveLength(2);
  expect(answer.responses[1]?.body?.error?.code).toBe("ErrorInvalidIdMalformed");
});

test("dependsOn orders requests and a failed dependency makes its dependant 424", async () => {
  const page = (await graph().api(`/users/${box}/mailFolders/inbox/messages`).top(1).get()) as { value: Array<{ id: string }> };
  const id = page.value[0]?.id ?? "";
  const answer = (await graph()
    .api("/$batch")
    .post({
      requests: [
        { id: "move", method: "POST", url: `/users/${box}/messages/${id}/move`, headers: { "Content-Type": "application/json" }, body: { destinationId: "archive" } },
        { id: "again", method: "GET", url: `/users/${box}/messages/${id}`, dependsOn: ["move"] },
        { id: "after", method: "GET", url: `/users/${box}/mailFolders/inbox`, dependsOn: ["again"] },
      ],
    })) as BatchAnswer;
  expect(answer.responses.map((r) => r.status)).toEqual([201, 404, 424]);
});

test("more than 20 requests in a batch is 400 BadRequest", async () => {
  const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: "GET", url: `/users/${box}/mailFolders/inbox` }));
  await expect(graph().api("/$batch").post({ requests })).rejects.toMatchObject({ statusCode: 400, code: "BadRequest" });
});

test("every request inside a batch counts against throttling and a 429 comes back inside the 200", async () => {
  const tight = await startStandIn({ throttle: { requestsPerWindow: 2, windowMs: 60_000 } });
  try {
    const client = graphClientFor(tight, () => tight.control.issueToken({ tenant: DEMO.school.tenantId, app: DEMO.apps.sweep.clientId }));
    const requests = Array.from({ length: 4 }, (_, i) => ({ id: String(i), method: "GET", url: `/users/${box}/mailFolders/inbox`, dependsOn: i > 0 ? [String(i - 1)] : undefined }));
    const answer = (await client.api("/$batch").post({ requests })) as BatchAnswer;
    expect(answer.responses.map((r) => r.status)).toEqual([200, 200, 429, 424]);
    expect(answer.responses[2]?.headers["Retry-After"]).toMatch(/^\d+$/);
    expect(answer.responses[2]?.body?.error?.code).toBe("ApplicationThrottled");
    const log = await tight.control.requests();
    const batchEntry = log.find((e) => e.path === "/v1.0/$batch");
    expect(batchEntry?.inner?.map((e) => e.status)).toEqual([200, 200, 429]);
  } finally {
    await tight.stop();
  }
});

test("a batch runs at most 4 requests at once, so 4 parallel inner requests fit the concurrency limit", async () => {
  await standIn.control.setLatency(30);
  const requests = Array.from({ length: 8 }, (_, i) => ({ id: String(i), method: "GET", url: `/users/${box}/mailFolders/inbox` }));
  const answer = (await graph().api("/$batch").post({ requests })) as BatchAnswer;
  expect(answer.responses.every((r) => r.status === 200)).toBe(true);
});

test("the SDK's BatchRequestContent and BatchResponseContent work against the stand-in, Prefer ImmutableId included", async () => {
  const page = (await graph().api(`/users/${box}/mailFolders/inbox/messages`).top(1).get()) as { value: Array<{ id: string }> };
  const id = page.value[0]?.id ?? "";
  const prefer = { Prefer: 'IdType="ImmutableId"', "Content-Type": "application/json" };
  const content = new BatchRequestContent([
    { id: "get", request: new Request(`${standIn.url}/users/${box}/messages/${id}?$select=id`, { method: "GET", headers: prefer }) },
    {
      id: "move",
      request: new Request(`${standIn.url}/users/${box}/messages/${id}/move`, { method: "POST", headers: prefer, body: JSON.stringify({ destinationId: "archive" }) }),
      dependsOn: ["get"],
    },
  ]);
  const answer = new BatchResponseContent((await graph().api("/$batch").post(await content.getContent())) as BatchAnswer);
  const fetched = (await answer.getResponseById("get").json()) as { id: string };
  const moved = (await answer.getResponseById("move").json()) as { id: string };
  expect(answer.getResponseById("move").status).toBe(201);
  expect(moved.id).toBe(fetched.id);
});
