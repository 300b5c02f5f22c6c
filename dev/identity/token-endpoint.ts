// POST /{tenant}/oauth2/v2.0/token: client_credentials (app-only, `roles`) and the on-behalf-of jwt-bearer grant
// (delegated, `scp`), as Entra ID v2 answers them.
// https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow
// https://learn.microsoft.com/entra/identity-platform/v2-oauth2-on-behalf-of-flow
import type { App } from "../graph-emulator/model";
import type { StandInState } from "../stand-in-state";
import { GRAPH_AUDIENCE, signAccessToken, type TokenSubject } from "./access-tokens";
import { authenticateClient } from "./client-authentication";
import { verifyOboAssertion } from "./obo-assertion";
import { invalidRequest, invalidScope, OAuthError, unauthorizedClient } from "./oauth-errors";
import { resolveResource } from "./resources";

const lifetimeSeconds = 3599;

export interface TokenResponse {
  token_type: "Bearer";
  expires_in: number;
  ext_expires_in: number;
  access_token: string;
  scope?: string;
}

export async function handleTokenRequest(state: StandInState, tenantRef: string, form: URLSearchParams): Promise<TokenResponse> {
  const grantType = form.get("grant_type");
  const clientId = (form.get("client_id") ?? "").toLowerCase();
  if (!grantType) throw invalidRequest(900144, "The request body must contain the following parameter: 'grant_type'.");
  if (!clientId) throw invalidRequest(900144, "The request body must contain the following parameter: 'client_id'.");
  const generic = tenantRef === "common" || tenantRef === "organizations";
  const tenant = generic ? undefined : state.store.findTenant(tenantRef);
  if (!generic && !tenant) throw invalidRequest(90002, `Tenant '${tenantRef}' not found. Check the tenant id or domain in the authority URL.`);
  const app = state.store.findApp(clientId);
  if (!app || (tenant && app.tenant !== tenant.id)) {
    throw unauthorizedClient(
      700016,
      `Application with identifier '${clientId}' was not found in the directory '${tenantRef}'. Register the app in the stand-in seed for that tenant.`,
    );
  }
  const endpoints = [`${state.baseUrl}/${tenantRef}/oauth2/v2.0/token`, `${state.baseUrl}/${app.tenant}/oauth2/v2.0/token`];
  const clientAuthentication = await authenticateClient(app, form, endpoints);
  const scopes = (form.get("scope") ?? "").split(" ").filter((s) => s.length > 0);
  let subject: TokenSubject;

  if (grantType === "client_credentials") {
    if (generic) throw invalidRequest(700016, "Use a tenant-specific authority (tenant id or domain) for the client credentials flow.");
    const resourceScopes = scopes.filter((s) => s.endsWith("/.default"));
    if (resourceScopes.length !== 1 || scopes.length !== 1) {
      throw invalidScope(1002012, `The provided value for scope ${scopes.join(" ")} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`);
    }
    const resource = resolveResource(state.store, resourceScopes[0] ?? "", tenantRef);
    subject = {
      tenantId: app.tenant,
      clientId: app.clientId,
      audience: resource.audience,
      roles: resource.audience === GRAPH_AUDIENCE ? app.graphRoles : [],
      clientAuthentication,
    };
  } else if (grantType === "urn:ietf:params:oauth:grant-type:jwt-bearer") {
    if (form.get("requested_token_use") !== "on_behalf_of") {
      throw invalidRequest(50027, "The 'requested_token_use' parameter must be 'on_behalf_of' for the jwt-bearer grant.");
    }
    const user = await verifyOboAssertion(state, app, form.get("assertion"));
    raiseClaimsChallenge(state);
    const granted = grantedDelegatedScopes(state, app, scopes, tenantRef);
    subject = {
      tenantId: user.tenant,
      clientId: app.clientId,
      audience: granted.audience,
      user: { id: user.id, upn: user.userPrincipalName, name: user.displayName },
      scopes: granted.scopes,
      clientAuthentication,
    };
  } else {
    throw unauthorizedClient(70003, `The application requested an unsupported grant type '${grantType}'. The stand-in serves client_credentials and on-behalf-of.`);
  }

  const accessToken = await signAccessToken(state.baseUrl, state.keys.current, { ...subject, expiresInSeconds: lifetimeSeconds + 1 });
  const response: TokenResponse = {
    token_type: "Bearer",
    expires_in: lifetimeSeconds,
    ext_expires_in: lifetimeSeconds,
    access_token: accessToken,
  };
  if (subject.user) {
    const prefix = subject.audience === GRAPH_AUDIENCE ? `${GRAPH_AUDIENCE}/` : `api://${subject.audience}/`;
    response.scope = (subject.scopes ?? []).map((s) => prefix + s).join(" ");
  }
  return response;
}

const challengeTexts: Record<number, string> = {
  50076: "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access this resource.",
  50079: "Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access this resource.",
  50158: "External security challenge not satisfied. User will be redirected to another page or authentication provider to satisfy additional authentication challenges.",
  53003: "Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.",
};

/**
 * The oboClaimsChallenge switch: Conditional Access answers the exchange with invalid_grant and a `claims` value
 * the client (the add-in, through the API) must send back in an interactive token request.
 * https://learn.microsoft.com/entra/identity-platform/v2-oauth2-on-behalf-of-flow (error response example),
 * https://learn.microsoft.com/entra/identity-platform/claims-challenge
 */
function raiseClaimsChallenge(state: StandInState): void {
  const challenge = state.switches.oboClaimsChallenge;
  if (!challenge) return;
  if (challenge.times !== undefined) {
    if (challenge.times <= 0) return;
    challenge.times -= 1;
  }
  const text = challengeTexts[challenge.aadsts] ?? "Conditional Access requires more from this sign-in.";
  throw new OAuthError(400, "invalid_grant", challenge.aadsts, `${text} Acquire a new token interactively with the claims in this answer.`, {
    claims: challenge.claims,
    ...(challenge.suberror ? { suberror: challenge.suberror } : {}),
  });
}

const oidcScopes = new Set(["openid", "profile", "offline_access", "email"]);

/** OBO scopes: `{resource}/.default` grants everything consented; named scopes must each be consented (AADSTS65001). */
function grantedDelegatedScopes(state: StandInState, app: App, scopes: string[], tenantRef: string) {
  const requested = scopes.filter((s) => !oidcScopes.has(s));
  if (requested.length === 0) throw invalidScope(70011, "The provided request must include a 'scope' input parameter naming a resource, e.g. https://graph.microsoft.com/.default.");
  const resources = new Set(requested.map((s) => s.slice(0, s.lastIndexOf("/"))));
  if (resources.size !== 1) throw invalidScope(28000, "Provide scopes for one resource per token request.");
  const resource = resolveResource(state.store, requested[0] ?? "", tenantRef);
  if (resource.audience !== GRAPH_AUDIENCE) {
    throw invalidScope(65001, `The stand-in grants on-behalf-of tokens for Microsoft Graph only; asked for '${resource.audience}'.`);
  }
  if (requested.some((s) => s.endsWith("/.default"))) return { audience: resource.audience, scopes: app.graphDelegatedScopes };
  const names = requested.map((s) => s.slice(s.lastIndexOf("/") + 1));
  const missing = names.filter((n) => !app.graphDelegatedScopes.some((g) => g.toLowerCase() === n.toLowerCase()));
  if (missing.length > 0) {
    throw invalidScope(
      65001,
      `The user or administrator has not consented to use the application with ID '${app.clientId}' for ${missing.join(", ")}. Add them to graphDelegatedScopes in the seed or request /.default.`,
    );
  }
  return { audience: resource.audience, scopes: names };
}
