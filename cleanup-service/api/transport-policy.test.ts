import { ReadableStream } from "node:stream/web";
import {
  BodyTooLargeError,
  HTTP_TIMEOUTS,
  MAX_BODY_BYTES,
  readBodyWithinLimits,
  RequestAbortedError,
  RequestTimeoutError,
  responseHeaders,
  SECURITY_HEADERS,
} from "./transport-policy";

const bytes = (text: string) => new TextEncoder().encode(text);

/** A web stream (what the Functions host hands over) that records whether it was read from or cancelled. */
function recordingStream(chunks: string[], options: { endless?: boolean; failAfter?: boolean } = {}) {
  const seen = { pulls: 0, cancelled: false };
  let index = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      seen.pulls += 1;
      const chunk = chunks[index];
      index += 1;
      if (chunk !== undefined) controller.enqueue(bytes(chunk));
      else if (options.failAfter) controller.error(new Error("connection reset"));
      else if (!options.endless) controller.close();
      // endless: enqueue nothing more and never close, like a client that stops sending mid-body
      return options.endless && chunk === undefined ? new Promise<void>(() => undefined) : undefined;
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

test("the local server and the Functions adapter wait about 10 s for headers and 30 s for the whole request", () => {
  expect(HTTP_TIMEOUTS.headersTimeoutInMs).toBe(10_000);
  expect(HTTP_TIMEOUTS.requestTimeoutInMs).toBe(30_000);
  expect(HTTP_TIMEOUTS.connectionsCheckingIntervalInMs).toBeLessThanOrEqual(HTTP_TIMEOUTS.headersTimeoutInMs / 10);
});

test("a body within the limit is read whole, as UTF-8 split anywhere", async () => {
  const text = JSON.stringify({ mailbox: "hwc.deregenboog@gooisescholen.example", messageId: "AAMkAGÜ=" });
  const encoded = bytes(text);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoded.slice(0, 61));
      controller.enqueue(encoded.slice(61));
      controller.close();
    },
  });
  await expect(readBodyWithinLimits(stream)).resolves.toBe(text);
  await expect(readBodyWithinLimits(null)).resolves.toBe("");
});

test("a declared Content-Length over the limit is refused before a byte is read", async () => {
  const { stream, seen } = recordingStream(["{}"]);
  await expect(readBodyWithinLimits(stream, { declaredLength: String(MAX_BODY_BYTES + 1) })).rejects.toBeInstanceOf(BodyTooLargeError);
  expect(seen.pulls).toBeLessThanOrEqual(1); // a web stream pulls once on construction; nothing is read from it
  expect(stream.locked).toBe(false);
});

test("a body that grows past the limit is refused and the stream cancelled, unless the caller keeps it open", async () => {
  const chunk = "x".repeat(6 * 1024);
  const cancelled = recordingStream([chunk, chunk, chunk, chunk]);
  await expect(readBodyWithinLimits(cancelled.stream)).rejects.toBeInstanceOf(BodyTooLargeError);
  expect(cancelled.seen.cancelled).toBe(true);
  const kept = recordingStream([chunk, chunk, chunk, chunk]);
  await expect(readBodyWithinLimits(kept.stream, { keepSourceOpen: true })).rejects.toBeInstanceOf(BodyTooLargeError);
  expect(kept.seen.cancelled).toBe(false);
});

test("a body that stops arriving is given up after the request timeout", async () => {
  const { stream, seen } = recordingStream(['{"mailbox":'], { endless: true });
  await expect(readBodyWithinLimits(stream, { timeoutInMs: 20 })).rejects.toBeInstanceOf(RequestTimeoutError);
  expect(seen.cancelled).toBe(true);
});

test("a body cut off by the client is reported as aborted, not as a fault of the service", async () => {
  const { stream } = recordingStream(['{"mailbox":'], { failAfter: true });
  await expect(readBodyWithinLimits(stream)).rejects.toBeInstanceOf(RequestAbortedError);
});

test("no route can drop or weaken a security header", () => {
  const headers = responseHeaders({ "content-type": "text/html", "content-security-policy": "default-src *" }, { "access-control-allow-origin": "https://localhost:3000" });
  expect(headers).toMatchObject({ ...SECURITY_HEADERS, "content-type": "text/html", "access-control-allow-origin": "https://localhost:3000" });
});
