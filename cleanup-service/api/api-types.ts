// The API without a transport: the local HTTPS server and the Azure Functions adapter both turn their
// requests into an ApiRequest and write back the ApiResponse, so both serve exactly the same contract.

export interface ApiRequest {
  method: string;
  /** The path, e.g. /api/acknowledge-and-delete. */
  path: string;
  query: URLSearchParams;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  /** The raw body text ("" when none), read on demand: the API asks for it only after checking the token. Each
   * transport reads it within the limits of ./transport-policy.ts and throws BodyTooLargeError or
   * RequestTimeoutError. */
  readBody(): Promise<string>;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}
