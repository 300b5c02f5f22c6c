import { Client, type Context, type Middleware } from "@microsoft/microsoft-graph-client";
import { retryDelayInMs, runBatch, type BatchRequest } from "./run-batch";

/** The last link of the SDK's chain, answering $batch posts from a script of inner statuses per round. */
class ScriptedBatchEndpoint implements Middleware {
  readonly rounds: { id: string; dependsOn?: string[] }[][] = [];
  constructor(private readonly script: (round: number, id: string) => number) {}
  async execute(context: Context): Promise<void> {
    const body = JSON.parse(String(context.options?.body)) as { requests: { id: string; dependsOn?: string[] }[] };
    const round = this.rounds.length;
    this.rounds.push(body.requests.map((r) => ({ id: r.id, ...(r.dependsOn ? { dependsOn: r.dependsOn } : {}) })));
    const responses = body.requests.map((r) => ({ id: r.id, status: this.script(round, r.id), headers: { "Retry-After": "0" }, body: {} }));
    context.response = new Response(JSON.stringify({ responses }), { status: 200, headers: { "content-type": "application/json" } });
  }
}

function clientFor(endpoint: Middleware) {
  return Client.initWithMiddleware({ middleware: endpoint, baseUrl: "https://graph.example/", defaultVersion: "v1.0", customHosts: new Set(["graph.example"]) });
}

const del = (id: string, dependsOn?: string[]): BatchRequest => ({ id, method: "POST", url: `/users/x/messages/${id}/permanentDelete`, ...(dependsOn ? { dependsOn } : {}) });

test("an inner 429 in a 200 batch is retried with what depended on it, and nothing that already succeeded", async () => {
  const endpoint = new ScriptedBatchEndpoint((round, id) => (round === 0 && id === "a" ? 429 : round === 0 && id === "b" ? 424 : 204));
  const results = await runBatch(clientFor(endpoint), [del("a"), del("b", ["a"]), del("c")], { maxRetries: 3, retryDelayInSeconds: 0 });
  expect([...results.values()].map((r) => r.status)).toEqual([204, 204, 204]);
  expect(endpoint.rounds).toEqual([[{ id: "a" }, { id: "b", dependsOn: ["a"] }, { id: "c" }], [{ id: "a" }, { id: "b", dependsOn: ["a"] }]]);
});

test("a request whose dependency failed for good is not retried", async () => {
  const endpoint = new ScriptedBatchEndpoint((_round, id) => (id === "a" ? 404 : 424));
  const results = await runBatch(clientFor(endpoint), [del("a"), del("b", ["a"])], { maxRetries: 3, retryDelayInSeconds: 0 });
  expect(results.get("b")?.status).toBe(424);
  expect(endpoint.rounds).toHaveLength(1);
});

test("more than 20 requests go in batches of 20, dependencies across batches honoured", async () => {
  const endpoint = new ScriptedBatchEndpoint((_round, id) => (id === "r3" ? 404 : 204));
  const requests = Array.from({ length: 25 }, (_, i) => del(`r${i}`));
  requests.push(del("last", ["r3"]));
  const results = await runBatch(clientFor(endpoint), requests, { maxRetries: 3, retryDelayInSeconds: 0 });
  expect(endpoint.rounds.map((round) => round.length)).toEqual([20, 5]);
  expect(endpoint.rounds[1]?.some((r) => r.id === "last")).toBe(false);
  expect(results.get("last")?.status).toBe(424);
});

test("Retry-After is read as seconds or as an HTTP date, the largest wins", () => {
  const inFiveSeconds = new Date(Date.now() + 5000).toUTCString();
  expect(retryDelayInMs([{ id: "a", status: 429, headers: { "Retry-After": "2" } }, { id: "b", status: 429, headers: { "retry-after": inFiveSeconds } }], 1)).toBeGreaterThan(3000);
  expect(retryDelayInMs([{ id: "a", status: 503 }], 0.25)).toBe(250);
});
