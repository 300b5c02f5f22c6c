// What every request meets, whichever transport serves it: the local HTTPS server (http/server.ts) and the Azure
// Functions adapter (functions/handlers.ts) both take their security headers, body limit and timeouts from here,
// so the two cannot drift apart. The API reads the body only after it has checked the token (api/handle-api-request.ts),
// so a caller without a valid token cannot make the service buffer anything.

/** On every response. The API serves JSON and one printable page with inline styles, and is never framed. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "strict-transport-security": "max-age=31536000",
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  "referrer-policy": "no-referrer",
};

/** The largest body the API ever needs ({ mailbox, messageId } is well under 1 KB). */
export const MAX_BODY_BYTES = 16 * 1024;

export interface HttpTimeouts {
  /** Until the request's headers are in (Node's server.headersTimeout). */
  headersTimeoutInMs: number;
  /** Until the whole request, body included, is in (Node's server.requestTimeout; the adapter's body deadline). */
  requestTimeoutInMs: number;
  /** How often Node checks the two above; its default of 30 s would let a 10 s limit run to 40 s. */
  connectionsCheckingIntervalInMs: number;
}

// https://nodejs.org/docs/latest-v20.x/api/http.html#servertimeout (headersTimeout, requestTimeout: 408 and close)
export const HTTP_TIMEOUTS: Readonly<HttpTimeouts> = {
  headersTimeoutInMs: 10_000,
  requestTimeoutInMs: 30_000,
  connectionsCheckingIntervalInMs: 1_000,
};

export class BodyTooLargeError extends Error {
  override name = "BodyTooLargeError";
  constructor() {
    super(`The request body is larger than ${MAX_BODY_BYTES} bytes.`);
  }
}

export class RequestTimeoutError extends Error {
  override name = "RequestTimeoutError";
  constructor(timeoutInMs: number) {
    super(`The request body did not arrive within ${timeoutInMs} ms.`);
  }
}

/** The client went away, or the transport cut it off, before the body was in. */
export class RequestAbortedError extends Error {
  override name = "RequestAbortedError";
  constructor() {
    super("The request body ended before it was complete.");
  }
}

export interface ReadBodyOptions {
  /** The Content-Length header, when the client sent one: a larger declared body is refused before reading. */
  declaredLength?: string | undefined;
  maxBytes?: number;
  timeoutInMs?: number;
  /** A Node request must stay open, since the answer goes out on the same socket (the server then closes the
   * connection); a web stream from the Functions host is cancelled. */
  keepSourceOpen?: boolean;
}

/** A body as the reader sees it: the next chunk (undefined at the end), and a way to stop it mid-read. */
interface BodyChunks {
  next(): Promise<Uint8Array | undefined>;
  stop(): void;
}

type WebBody = { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(): Promise<void> } };

function chunksOf(source: AsyncIterable<Uint8Array> | WebBody, keepOpen: boolean): BodyChunks {
  if ("getReader" in source) {
    // A web stream: the reader can be cancelled while a read is pending (an async iterator's return() cannot).
    const reader = source.getReader();
    return {
      next: async () => {
        const { done, value } = await reader.read();
        return done ? undefined : value;
      },
      stop: () => {
        if (!keepOpen) reader.cancel().catch(() => undefined);
      },
    };
  }
  const iterator = source[Symbol.asyncIterator]();
  return {
    next: async () => {
      const result = await iterator.next();
      return result.done ? undefined : result.value;
    },
    stop: () => {
      if (!keepOpen) Promise.resolve(iterator.return?.()).catch(() => undefined);
    },
  };
}

/**
 * Reads a request body (a Node request, or the web ReadableStream the Functions host hands over) as UTF-8, at most
 * `maxBytes`, within `timeoutInMs`. On either limit reading stops (and, unless `keepSourceOpen`, the stream is
 * cancelled) and BodyTooLargeError or RequestTimeoutError is thrown; a stream that fails gives RequestAbortedError.
 */
export async function readBodyWithinLimits(source: AsyncIterable<Uint8Array> | WebBody | null, options: ReadBodyOptions = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? MAX_BODY_BYTES;
  const timeoutInMs = options.timeoutInMs ?? HTTP_TIMEOUTS.requestTimeoutInMs;
  const declared = options.declaredLength === undefined ? Number.NaN : Number(options.declaredLength);
  if (Number.isFinite(declared) && declared > maxBytes) throw new BodyTooLargeError();
  if (source === null) return "";

  const body = chunksOf(source, options.keepSourceOpen === true);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutInMs);
  });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const chunk = await Promise.race([body.next(), deadline]).catch(() => {
        throw new RequestAbortedError();
      });
      if (chunk === "timeout") {
        body.stop();
        throw new RequestTimeoutError(timeoutInMs);
      }
      if (chunk === undefined) break;
      size += chunk.byteLength;
      if (size > maxBytes) {
        body.stop();
        throw new BodyTooLargeError();
      }
      chunks.push(chunk);
    }
  } finally {
    clearTimeout(timer);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** The headers of every response: the route's, then CORS, and the security headers last, so no route can drop them. */
export function responseHeaders(routeHeaders: Readonly<Record<string, string>>, corsHeaders: Readonly<Record<string, string>> = {}): Record<string, string> {
  return { ...routeHeaders, ...corsHeaders, ...SECURITY_HEADERS };
}
