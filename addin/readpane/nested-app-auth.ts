// Nested app authentication: MSAL asks the Outlook host for a token for the API scope, silently first and
// with a popup when consent or sign-in is needed. Tokens stay in memory: nothing is written to storage.
import { createNestablePublicClientApplication, type IPublicClientApplication } from "@azure/msal-browser";
import type { ApiTokenSettings } from "./api-token";

let application: Promise<IPublicClientApplication> | undefined;

export async function acquireTokenWithNestedAppAuth(settings: ApiTokenSettings): Promise<string> {
  application ??= createNestablePublicClientApplication({
    auth: { clientId: settings.spaClientId, authority: settings.authority },
    cache: { cacheLocation: "memoryStorage" },
  });
  const msal = await application;
  const request = { scopes: [settings.apiScope] };
  try {
    return (await msal.acquireTokenSilent(request)).accessToken;
  } catch {
    return (await msal.acquireTokenPopup(request)).accessToken;
  }
}
