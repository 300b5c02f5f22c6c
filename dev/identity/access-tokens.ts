// Access tokens shaped like Entra ID v2 tokens: RS256 with `kid`, iss `${url}/${tid}/v2.0`, and the v2 claims.
// Delegated tokens carry `scp` (space separated); app-only tokens carry `roles` and idtyp "app".
// https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference
import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import type { SigningKey } from "./signing-keys";

export const GRAPH_AUDIENCE = "https://graph.microsoft.com";
export const GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";

export interface TokenSubject {
  tenantId: string;
  /** The client the token was issued to (azp). */
  clientId: string;
  audience: string;
  user?: { id: string; upn: string; name: string };
  scopes?: string[];
  roles?: string[];
  /** 0 public client, 1 client secret, 2 certificate. */
  clientAuthentication?: "0" | "1" | "2";
  expiresInSeconds?: number;
  notBeforeSeconds?: number;
}

export const issuerFor = (baseUrl: string, tenantId: string) => `${baseUrl}/${tenantId}/v2.0`;

/** The service principal object id an app-only token carries as oid/sub: stable per app and tenant. */
export function servicePrincipalId(clientId: string): string {
  return `5e7a0000-${clientId.slice(9, 13)}-4000-8000-${clientId.slice(-12)}`;
}

export async function signAccessToken(baseUrl: string, key: SigningKey, subject: TokenSubject): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const notBefore = now + (subject.notBeforeSeconds ?? 0);
  const expiresIn = subject.expiresInSeconds ?? 3600;
  const claims: Record<string, unknown> = {
    aud: subject.audience,
    iss: issuerFor(baseUrl, subject.tenantId),
    iat: now,
    nbf: notBefore,
    exp: now + expiresIn,
    aio: randomUUID(),
    azp: subject.clientId,
    azpacr: subject.clientAuthentication ?? (subject.user ? "0" : "1"),
    rh: "0.stand-in.",
    tid: subject.tenantId,
    uti: randomUUID().replace(/-/g, "").slice(0, 22),
    ver: "2.0",
  };
  if (subject.user) {
    Object.assign(claims, {
      oid: subject.user.id,
      sub: subject.user.id,
      upn: subject.user.upn,
      preferred_username: subject.user.upn,
      name: subject.user.name,
      scp: (subject.scopes ?? []).join(" "),
    });
  } else {
    const oid = servicePrincipalId(subject.clientId);
    Object.assign(claims, { oid, sub: oid, idtyp: "app", roles: subject.roles ?? [] });
  }
  return new SignJWT(claims).setProtectedHeader({ alg: "RS256", typ: "JWT", kid: key.kid }).sign(key.privateKey);
}
