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

export async function acquireApiToken(settings: ApiTokenSettings): Promise<string> {
  if (!isRequirementSupported("NestedAppAuth", "1.1")) return getOfficeAccessToken();
  try {
    const { acquireTokenWithNestedAppAuth } = await import(/* webpackChunkName: "nested-app-auth" */ "./nested-app-auth");
    return await acquireTokenWithNestedAppAuth(settings);
  } catch (nestedError) {
    // A host that advertises NAA but cannot complete it may still do single sign-on.
    try {
      return await getOfficeAccessToken();
    } catch {
      throw nestedError;
    }
  }
}
