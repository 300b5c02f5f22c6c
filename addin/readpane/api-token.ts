// A token for the cleanup API's access_as_user scope. Nested app authentication (MSAL in the Outlook host)
// where the host supports it; Office's legacy single sign-on otherwise (as in the local harness).
// MSAL is loaded only when needed: it is most of the read pane's weight.
import { getOfficeAccessToken } from "../office/office-access-token";
import { isRequirementSupported } from "../office/requirements";

export interface ApiTokenSettings {
  spaClientId: string;
  authority: string;
  apiScope: string;
}

export interface ApiToken {
  accessToken: string;
  /** Only nested app authentication can answer a claims challenge; Office.auth.getAccessToken has no claims. */
  source: "nested-app-auth" | "office-sso";
}

/** A claims challenge can be answered only with nested app authentication, which this host does not offer. */
export class ClaimsNotSupportedError extends Error {
  override readonly name = "ClaimsNotSupportedError";
  constructor() {
    super("This Outlook host cannot request a token with claims (no nested app authentication).");
  }
}

export interface ApiTokenOptions {
  /** The JSON text of a claims challenge from the API (see acknowledge-request.ts). */
  claims?: string;
}

export async function acquireApiToken(settings: ApiTokenSettings, options: ApiTokenOptions = {}): Promise<ApiToken> {
  const nestedAppAuth = isRequirementSupported("NestedAppAuth", "1.1");
  if (options.claims !== undefined) {
    if (!nestedAppAuth) throw new ClaimsNotSupportedError();
    const { acquireTokenWithNestedAppAuth } = await import(/* webpackChunkName: "nested-app-auth" */ "./nested-app-auth");
    return { accessToken: await acquireTokenWithNestedAppAuth(settings, { claims: options.claims }), source: "nested-app-auth" };
  }
  if (!nestedAppAuth) return { accessToken: await getOfficeAccessToken(), source: "office-sso" };
  try {
    const { acquireTokenWithNestedAppAuth } = await import(/* webpackChunkName: "nested-app-auth" */ "./nested-app-auth");
    return { accessToken: await acquireTokenWithNestedAppAuth(settings), source: "nested-app-auth" };
  } catch (nestedError) {
    // A host that advertises NAA but cannot complete it may still do single sign-on.
    try {
      return { accessToken: await getOfficeAccessToken(), source: "office-sso" };
    } catch {
      throw nestedError;
    }
  }
}
