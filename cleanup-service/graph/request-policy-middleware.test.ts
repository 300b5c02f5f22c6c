import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { InFlightLimit } from "./in-flight-limit";
import { RequestPolicyMiddleware } from "./request-policy-middleware";

class RecordingLastLink implements Middleware {
  readonly seen: { headers: Record<string, string>; signal: AbortSignal | undefined }[] = [];
  active = 0;
  peak = 0;
  constructor(private readonly respond: () => Promise<Response>) {}
  async execute(context: Context): Promise<void> {
    this.active += 1;
    this.peak = Math.max(this.peak, this.active);
    this.seen.push({ headers: { ...(context.options?.headers as Record<string, string>) }, signal: context.options?.signal as AbortSignal | undefined });
    try {
      context.response = await this.respond();
    } finally {
      this.active -= 1;
    }
  }
}

function policy(last: Middleware, options: { max?: number; timeoutInMs?: number } = {}) {
  const middleware = new RequestPolicyMiddleware({ limit: new InFlightLimit(options.max ?? 4), timeoutInMs: options.timeoutInMs ?? 1000 });
  middleware.setNext(last);
  return middleware;
}

test("every request carries Prefer: IdType=\"ImmutableId\", added to any other preference", async () => {
  const last = new RecordingLastLink(async () => new Response("{}", { status: 200 }));
  await policy(last).execute({ request: "https://graph.example/v1.0/me", options: { headers: { Prefer: 'outlook.body-content-type="text"' } } });
  expect(last.seen[0]?.headers.prefer).toBe('outlook.body-content-type="text", IdType="ImmutableId"');
});

test("no more than the configured number of requests are in flight for one mailbox", async () => {
  const last = new RecordingLastLink(() => new Promise((resolve) => setTimeout(() => resolve(new Response(null, { status: 204 })), 5)));
  const middleware = policy(last, { max: 4 });
  await Promise.all(Array.from({ length: 12 }, () => middleware.execute({ request: "https://graph.example/v1.0/me", options: {} })));
  expect(last.seen).toHaveLength(12);
  expect(last.peak).toBe(4);
});

test("each attempt gets its own timeout signal", async () => {
  const last = new RecordingLastLink(async () => new Response("{}", { status: 200 }));
  await policy(last, { timeoutInMs: 50 }).execute({ request: "https://graph.example/v1.0/me", options: {} });
  const signal = last.seen[0]?.signal;
  expect(signal).toBeDefined();
  await new Promise((resolve) => setTimeout(resolve, 80));
  expect(signal?.aborted).toBe(true);
});
