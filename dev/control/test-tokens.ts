// Tokens minted for tests without a client round trip: the same keys, issuer and claims as the token endpoint.
import { z } from "zod";
import { GRAPH_AUDIENCE, signAccessToken } from "../identity/access-tokens";
import type { StandInState } from "../stand-in-state";

export const tokenRequestSchema = z
  .object({
    /** Tenant id or one of its domains. */
    tenant: z.string().min(1),
    /** User id or UPN: a delegated token with `scp`. */
    user: z.string().optional(),
    /** Client id: the token's azp; without `user`, an app-only token with `roles`. */
    app: z.string().optional(),
    scopes: z.array(z.string()).optional(),
    roles: z.array(z.string()).optional(),
    /** Defaults to Microsoft Graph (https://graph.microsoft.com). For the cleanup API: its client id. */
    audience: z.string().optional(),
    /** Negative gives an already expired token. Default 3600. */
    expiresInSeconds: z.number().int().optional(),
    /** Positive gives a token not valid yet. */
    notBeforeSeconds: z.number().int().optional(),
  })
  .refine((r) => r.user !== undefined || r.app !== undefined, { message: "name a user (delegated token) or an app (app-only token)" });

export type TokenRequest = z.input<typeof tokenRequestSchema>;

/** The Office/NAA client that asks for user tokens when the request names none: the tenant's first SPA. */
function defaultClient(state: StandInState, tenantId: string): string {
  const spa = [...state.store.apps.values()].find((a) => a.tenant === tenantId && a.redirectUris.length > 0);
  return spa?.clientId ?? "d3590ed6-52b3-4102-aeff-aad2292ab01c";
}

export async function issueTestToken(state: StandInState, input: TokenRequest): Promise<string> {
  const request = tokenRequestSchema.parse(input);
  const tenant = state.store.findTenant(request.tenant);
  if (!tenant) throw new Error(`unknown tenant '${request.tenant}': use a tenant id or domain from the seed`);
  if (request.user !== undefined) {
    const user = state.store.findUser(request.user);
    if (!user || user.tenant !== tenant.id) throw new Error(`unknown user '${request.user}' in tenant ${tenant.id}: use a user id or UPN from the seed`);
    return signAccessToken(state.baseUrl, state.keys.current, {
      tenantId: tenant.id,
      clientId: request.app?.toLowerCase() ?? defaultClient(state, tenant.id),
      audience: request.audience ?? GRAPH_AUDIENCE,
      user: { id: user.id, upn: user.userPrincipalName, name: user.displayName },
      scopes: request.scopes ?? [],
      expiresInSeconds: request.expiresInSeconds,
      notBeforeSeconds: request.notBeforeSeconds,
    });
  }
  const clientId = (request.app ?? "").toLowerCase();
  const app = state.store.findApp(clientId);
  return signAccessToken(state.baseUrl, state.keys.current, {
    tenantId: tenant.id,
    clientId,
    audience: request.audience ?? GRAPH_AUDIENCE,
    roles: request.roles ?? app?.graphRoles ?? [],
    expiresInSeconds: request.expiresInSeconds,
    notBeforeSeconds: request.notBeforeSeconds,
  });
}
