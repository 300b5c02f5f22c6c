// Incoming bearer tokens, checked as Entra documents for access tokens: RS256 signature against the tenant's
// JWKS (by `kid`), `iss` = {authority}/{tid}/v2.0, `aud` = this API's client id, `tid` in the allow-list,
// `exp`/`nbf` with a small skew, and for user tokens `scp` containing the API's scope. The JWKS is fetched
// per allowed tenant and cached by jose (refetched when an unknown `kid` shows up, for key rotation).
import { createRemoteJWKSet, decodeJwt, errors as joseErrors, jwtVerify, type JWTPayload } from "jose";
import { UnauthorizedError, type Caller } from "./caller";

export interface TokenValidatorOptions {
  authorityHost: string;
  audience: string;
  allowedTenantIds: string[];
  scope: string;
  clockSkewInSeconds: number;
  /** For user tokens: the `azp` (authorised party) must be one of these. */
  allowedClientIds: string[];
}

export type TokenValidator = (authorization: string | undefined) => Promise<Caller>;

export function createTokenValidator(options: TokenValidatorOptions): TokenValidator {
  const allowed = new Set(options.allowedTenantIds.map((id) => id.toLowerCase()));
  const clients = new Set(options.allowedClientIds.map((id) => id.toLowerCase()));
  const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
  const keySetFor = (tid: string) => {
    let keySet = keySets.get(tid);
    if (!keySet) {
      keySet = createRemoteJWKSet(new URL(`${options.authorityHost}/${tid}/discovery/v2.0/keys`), { timeoutDuration: 5000, cooldownDuration: 30_000 });
      keySets.set(tid, keySet);
    }
    return keySet;
  };

  return async (authorization) => {
    const match = /^Bearer ([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+)$/.exec(authorization?.trim() ?? "");
    if (!match?.[1]) throw new UnauthorizedError("missing-bearer-token");
    const token = match[1];
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      throw new UnauthorizedError("malformed-token");
    }
    const tid = typeof unverified.tid === "string" ? unverified.tid.toLowerCase() : "";
    if (!allowed.has(tid)) throw new UnauthorizedError("tenant-not-allowed");

    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keySetFor(tid), {
        issuer: `${options.authorityHost}/${tid}/v2.0`,
        audience: options.audience,
        algorithms: ["RS256"],
        clockTolerance: options.clockSkewInSeconds,
        requiredClaims: ["exp", "iat", "tid"],
      }));
    } catch (error) {
      throw new UnauthorizedError(reasonOf(error));
    }
    if (String(payload.tid).toLowerCase() !== tid) throw new UnauthorizedError("tenant-mismatch");
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === "string") : [];
    if (typeof payload.scp === "string") {
      const scopes = payload.scp.split(" ").filter(Boolean);
      if (!scopes.includes(options.scope)) throw new UnauthorizedError("scope-missing");
      if (typeof payload.oid !== "string") throw new UnauthorizedError("oid-missing");
      // The token was asked for by the add-in (or Office on its behalf), not by any app that knows the API's scope.
      const azp = typeof payload.azp === "string" ? payload.azp : typeof payload.appid === "string" ? payload.appid : "";
      if (!clients.has(azp.toLowerCase())) throw new UnauthorizedError("client-not-allowed");
      return { kind: "user", oid: payload.oid.toLowerCase(), tid, scopes, roles };
    }
    const appId = typeof payload.azp === "string" ? payload.azp : typeof payload.appid === "string" ? payload.appid : "";
    if (!appId || roles.length === 0) throw new UnauthorizedError("scope-missing");
    return { kind: "app", appId, tid, roles };
  };
}

function reasonOf(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return "token-expired";
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `claim-${error.claim}-invalid`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return "signature-invalid";
  if (error instanceof joseErrors.JWKSNoMatchingKey) return "signing-key-unknown";
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return "algorithm-not-allowed";
  if (error instanceof joseErrors.JWKSTimeout) return "signing-keys-unreachable";
  return "token-invalid";
}
