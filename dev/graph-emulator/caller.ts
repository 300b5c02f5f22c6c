// Who is calling Graph: the bearer token, validated as Graph validates it (signature by a published key, issuer,
// audience, lifetime). Failures are 401 InvalidAuthenticationToken with Graph's messages.
import { errors, jwtVerify, type JWTPayload } from "jose";
import { GRAPH_APP_ID, GRAPH_AUDIENCE, issuerFor } from "../identity/access-tokens";
import type { StandInState } from "../stand-in-state";
import { GraphHttpError } from "./errors";

export interface Caller {
  kind: "app" | "user";
  tenantId: string;
  appId: string;
  userId: string | null;
  upn: string | null;
  scopes: string[];
  roles: string[];
}

const unauthenticated = (message: string) =>
  new GraphHttpError(401, "InvalidAuthenticationToken", message, { "WWW-Authenticate": 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"' });

export async function authenticate(state: StandInState, authorization: string | undefined): Promise<Caller> {
  if (!authorization || !/^Bearer\s+\S+/i.test(authorization)) throw unauthenticated("Access token is empty.");
  const token = authorization.replace(/^Bearer\s+/i, "").trim();
  let payload: JWTPayload;
  try {
    // 5 s of skew covers clients that round times; Microsoft allows more (see FIDELITY.md).
    ({ payload } = await jwtVerify(token, state.keys.resolver(), { algorithms: ["RS256"], clockTolerance: 5 }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw unauthenticated("Lifetime validation failed, the token is expired.");
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === "nbf") throw unauthenticated("Lifetime validation failed, the token is not yet valid.");
    if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) throw unauthenticated("IDX14100: JWT is not well formed.");
    throw unauthenticated("Access token validation failure. Invalid signature.");
  }
  const tid = typeof payload.tid === "string" ? payload.tid : "";
  if (payload.iss !== issuerFor(state.baseUrl, tid) || !state.store.findTenant(tid)) throw unauthenticated("Access token validation failure. Invalid issuer.");
  if (payload.aud !== GRAPH_AUDIENCE && payload.aud !== GRAPH_APP_ID) throw unauthenticated("Access token validation failure. Invalid audience.");
  const appId = typeof payload.azp === "string" ? payload.azp : "";
  if (typeof payload.scp === "string") {
    const userId = typeof payload.oid === "string" ? payload.oid : "";
    const user = state.store.findUser(userId);
    if (!user) throw unauthenticated("Access token validation failure. The user in the token does not exist.");
    return { kind: "user", tenantId: tid, appId, userId: user.id, upn: user.userPrincipalName, scopes: payload.scp.split(" ").filter(Boolean), roles: [] };
  }
  const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === "string") : [];
  return { kind: "app", tenantId: tid, appId, userId: null, upn: null, scopes: [], roles };
}

/** How the request log names a caller: the UPN for delegated calls, the client id for app-only calls. */
export const callerLabel = (caller: Caller) => (caller.kind === "user" ? (caller.upn ?? caller.appId) : caller.appId);
