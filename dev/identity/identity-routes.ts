// The identity provider's HTTP surface under /{tenant}/…: OpenID configuration, JWKS (the same key set for
// every tenant, "common" and "organizations", as Entra publishes one set), token endpoint, instance discovery.
import type { StandInState } from "../stand-in-state";
import { instanceDiscovery, openIdConfiguration } from "./openid-metadata";
import { OAuthError } from "./oauth-errors";
import { handleTokenRequest } from "./token-endpoint";

export interface IdentityResponse {
  status: number;
  body: unknown;
}

/** Answers an identity path, or returns null when the path is not the identity provider's. */
export async function handleIdentityRequest(
  state: StandInState,
  method: string,
  url: URL,
  rawBody: string,
  correlationId: string | undefined,
): Promise<IdentityResponse | null> {
  const segments = url.pathname.split("/").filter((s) => s.length > 0).map(decodeURIComponent);
  const [tenantRef = "", ...rest] = segments;
  const path = rest.join("/").toLowerCase();
  const generic = tenantRef === "common" || tenantRef === "organizations" || tenantRef === "consumers";
  const tenant = generic ? undefined : state.store.findTenant(tenantRef);

  if (method === "GET" && (path === "discovery/instance" || path === "discovery/v2.0/instance")) {
    return { status: 200, body: instanceDiscovery(state.baseUrl, url.searchParams.get("authorization_endpoint")) };
  }
  if (method === "GET" && (path === "discovery/v2.0/keys" || path === "discovery/keys")) {
    return { status: 200, body: state.keys.jwks() };
  }
  if (method === "GET" && path === "v2.0/.well-known/openid-configuration") {
    if (!generic && !tenant) return notFoundTenant(tenantRef, correlationId);
    return { status: 200, body: openIdConfiguration(state.baseUrl, tenantRef, tenant?.id) };
  }
  if (method === "POST" && path === "oauth2/v2.0/token") {
    try {
      return { status: 200, body: await handleTokenRequest(state, tenantRef, new URLSearchParams(rawBody)) };
    } catch (error) {
      if (error instanceof OAuthError) return { status: error.status, body: error.body(correlationId) };
      throw error;
    }
  }
  return null;
}

function notFoundTenant(tenantRef: string, correlationId: string | undefined): IdentityResponse {
  const error = new OAuthError(400, "invalid_tenant", 90002, `Tenant '${tenantRef}' not found. Check the tenant id or domain in the authority URL.`);
  return { status: 400, body: error.body(correlationId) };
}
