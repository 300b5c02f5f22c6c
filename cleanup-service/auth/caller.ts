// Who is calling, once the token has been checked. A user is `oid` + `tid`; an app (the sweep's timer, an
// admin tool) is its client id with the app roles it was granted.

export type Caller =
  | { kind: "user"; oid: string; tid: string; scopes: string[]; roles: string[] }
  | { kind: "app"; appId: string; tid: string; roles: string[] };

/** Refused before anything else happens (HTTP 401). `reason` is a stable code for logs, never token content. */
export class UnauthorizedError extends Error {
  override name = "UnauthorizedError";
  constructor(readonly reason: string) {
    super(`unauthorized: ${reason}`);
  }
}

/** A valid caller that may not do this (HTTP 403). */
export class ForbiddenError extends Error {
  override name = "ForbiddenError";
  constructor(readonly reason: "not-a-functionary" | "mailbox-not-configured" | "not-an-admin") {
    super(`forbidden: ${reason}`);
  }
}
