// Graph on behalf of the functionary who clicked: msal-node's on-behalf-of flow swaps the token the add-in
// sent for a delegated Graph token (Mail.ReadWrite.Shared, Mail.Send.Shared), so Exchange checks the
// functionary's own rights on the shared mailbox as well as ours. msal-node caches the result per assertion.
import { ConfidentialClientApplication, type Configuration } from "@azure/msal-node";
import type { AuthenticationProvider } from "@microsoft/microsoft-graph-client";
import type { Config } from "../config/load-config";
import { readCertificateCredential } from "./certificate-file";

/** A Graph token provider acting for the user of `userToken`, in that user's tenant (`tid`). */
export type OnBehalfOf = (userToken: string, tenantId: string) => AuthenticationProvider;

/** Raised when the identity platform refuses the exchange (e.g. consent missing): the caller cannot proceed. */
export class OnBehalfOfRefusedError extends Error {
  override name = "OnBehalfOfRefusedError";
  constructor(readonly code: string) {
    super(`on-behalf-of refused: ${code}`);
  }
}

export function createOnBehalfOf(config: Pick<Config, "authorityHost" | "tenantId" | "graphResource" | "api">): OnBehalfOf {
  const credential = config.api.credential;
  const certificate = credential.kind === "certificate" ? readCertificateCredential(credential.certificatePath) : undefined;
  // One client per tenant: the exchange must happen at the authority of the user's own tenant.
  const applications = new Map<string, ConfidentialClientApplication>();
  const applicationFor = (tenantId: string) => {
    let application = applications.get(tenantId);
    if (!application) {
      const auth: Configuration["auth"] = {
        clientId: credential.clientId,
        authority: `${config.authorityHost}/${tenantId}`,
        knownAuthorities: [new URL(config.authorityHost).host],
      };
      if (certificate) auth.clientCertificate = { thumbprintSha256: certificate.thumbprintSha256, privateKey: certificate.privateKey, x5c: certificate.x5c };
      else if (credential.kind === "secret") auth.clientSecret = credential.secret;
      application = new ConfidentialClientApplication({ auth });
      applications.set(tenantId, application);
    }
    return application;
  };
  const scopes = ["Mail.ReadWrite.Shared", "Mail.Send.Shared"].map((scope) => `${config.graphResource}/${scope}`);

  return (userToken, tenantId) => ({
    async getAccessToken() {
      const application = applicationFor(tenantId || config.tenantId);
      let result;
      try {
        result = await application.acquireTokenOnBehalfOf({ oboAssertion: userToken, scopes });
      } catch (error) {
        const code = (error as { errorCode?: unknown }).errorCode;
        throw new OnBehalfOfRefusedError(typeof code === "string" ? code : "obo-failed");
      }
      if (!result?.accessToken) throw new OnBehalfOfRefusedError("no-access-token");
      return result.accessToken;
    },
  });
}
