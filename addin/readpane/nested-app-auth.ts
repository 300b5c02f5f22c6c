// Nested app authentication: MSAL asks the Outlook host for a token for the API scope, silently first and
// with a popup when consent, sign-in or a Conditional Access claims challenge needs the person. Tokens stay in
// memory: nothing is written to storage.
//
// This is what createNestablePublicClientApplication does when the host offers NAA — a NestedAppOperatingContext,
// initialised, driving a NestedAppAuthController — without its fallback to MSAL's standard controller (redirect,
// popup and iframe flows against Entra ID directly), which the read pane never uses: it only asks for NAA where
// the host reports NestedAppAuth 1.1 and otherwise uses Office's own sign-on. That keeps ~34 KB gz out of the
// pane. The two classes are MSAL's own, reached by path (webpack alias "@hwc/msal-nested-app-auth" → MSAL's
// dist/); @azure/msal-browser is pinned to an exact version, and the manifest test builds this file.
import type { Configuration, PopupRequest, SilentRequest } from "@azure/msal-browser";
import { NestedAppAuthController } from "@hwc/msal-nested-app-auth/controllers/NestedAppAuthController";
import { NestedAppOperatingContext } from "@hwc/msal-nested-app-auth/operatingcontext/NestedAppOperatingContext";
import type { ApiTokenSettings } from "./api-token";

export class NestedAppAuthUnavailableError extends Error {
  override readonly name = "NestedAppAuthUnavailableError";
  constructor() {
    super("The Outlook host offers no nested app authentication bridge.");
  }
}

let controller: Promise<NestedAppAuthController> | undefined;

async function createController(settings: ApiTokenSettings): Promise<NestedAppAuthController> {
  const configuration: Configuration = {
    auth: {
      clientId: settings.spaClientId,
      authority: settings.authority,
      // "CP1": this client handles claims challenges (Conditional Access, continuous access evaluation).
      clientCapabilities: ["CP1"],
    },
    cache: { cacheLocation: "memoryStorage" },
  };
  const context = new NestedAppOperatingContext(configuration);
  await context.initialize();
  if (!context.isAvailable()) throw new NestedAppAuthUnavailableError();
  const created = new NestedAppAuthController(context);
  await created.initialize();
  return created;
}

export interface NestedTokenOptions {
  /** A claims challenge from the API, as the JSON text Entra ID expects in the `claims` parameter. */
  claims?: string;
}

export async function acquireTokenWithNestedAppAuth(settings: ApiTokenSettings, options: NestedTokenOptions = {}): Promise<string> {
  controller ??= createController(settings).catch((error: unknown) => {
    controller = undefined;
    throw error;
  });
  const msal = await controller;
  // With claims MSAL skips its cache and asks the host for a token that satisfies them.
  const request: SilentRequest & PopupRequest = options.claims ? { scopes: [settings.apiScope], claims: options.claims } : { scopes: [settings.apiScope] };
  try {
    return (await msal.acquireTokenSilent(request)).accessToken;
  } catch {
    return (await msal.acquireTokenPopup(request)).accessToken;
  }
}
