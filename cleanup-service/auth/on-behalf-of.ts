// Graph on behalf of the functionary who clicked: msal-node's on-behalf-of flow swaps the token the add-in
// sent for a delegated Graph token (Mail.ReadWrite.Shared, Mail.Send.Shared), so Exchange checks the
// functionary's own rights on the shared mailbox as well as ours. msal-node caches the result per assertion.
import { ConfidentialClientApplication, type Configuration } from "@azure/msal-node";
import type { AuthenticationProvider } from "@microsoft/microsoft-graph-client";
import type { Config } from "../config/load-config";
import { readCertificateCredential } from "./certificate-file";
import { createTokenEndpointClient, onBehalfOfAttempt } from "./token-endpoint-client";

/**
 * A Graph token provider acting for the user of `userToken`, in that user's tenant (`tid`). The Graph SDK turns
 * whatever the provider throws into a bare GraphError, so the provider keeps its own failure for the caller.
 */
export type OnBehalfOf = (userToken: string, tenantId: string) => OnBehalfOfProvider;

export interface OnBehalfOfProvider extends AuthenticationProvider {
  /** Why the last exchange failed, when it did. */
  readonly failure: OnBehalfOfRefusedError | OnBehalfOfUnavailableError | undefined;
}

/** The exchange's own failure when it caused `error`, else `error`. */
export function causeOf(error: unknown, provider: OnBehalfOfProvider): unknown {
  return provider.failure ?? error;
}

/**
 * Raised when the identity platform refuses the exchange: consent missing, a revoked or unfit token (401
 * unauthorized), or a Conditional Access challenge the user must satisfy (`claims`, passed back to the add-in).
 */
export class OnBehalfOfRefusedError extends Error {
  override name = "OnBehalfOfRefusedError";
  constructor(
    readonly code: string,
    /** The claims JSON of a Conditional Access challenge, as Entra sent it. */
    readonly claims?: string,
  ) {
    super(`on-behalf-of refused: ${code}`);
  }
}

/** The token endpoint could not answer now (kept throttling, or unreachable): retry later, nothing is lost. */
export class OnBehalfOfUnavailableError extends Error {
  override name = "OnBehalfOfUnavailableError";
  constructor(readonly retryAfterInSeconds: number) {
    super("on-behalf-of unavailable");
  }
}

export function createOnBehalfOf(config: Pick<Config, "authorityHost" | "tenantId" | "graphResource" | "api" | "graph">): OnBehalfOf {
  const networkClient = createTokenEndpointClient({
    maxRetries: config.graph.maxRetries,
    retryDelayInSeconds: config.graph.retryDelayInSeconds,
    maxRetryAfterInSeconds: 10,
    timeoutInMs: config.graph.timeoutInMs,
  });
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
      application = new ConfidentialClientApplication({ auth, system: { networkClient } });
      applications.set(tenantId, application);
    }
    return application;
  };
  const scopes = ["Mail.ReadWrite.Shared", "Mail.Send.Shared"].map((scope) => `${config.graphResource}/${scope}`);

  return (userToken, tenantId) => {
    const provider: { failure: OnBehalfOfRefusedError | OnBehalfOfUnavailableError | undefined; getAccessToken(): Promise<string> } = {
      failure: undefined,
      async getAccessToken() {
        try {
          return await exchange();
        } catch (error) {
          if (error instanceof OnBehalfOfRefusedError || error instanceof OnBehalfOfUnavailableError) provider.failure = error;
          throw error;
        }
      },
    };
    const exchange = async (): Promise<string> => {
      const application = applicationFor(tenantId || config.tenantId);
      const { result, error, attempt } = await onBehalfOfAttempt(() => application.acquireTokenOnBehalfOf({ oboAssertion: userToken, scopes }));
      if (error !== undefined) {
        if (attempt.throttledRetryAfterSeconds !== undefined) throw new OnBehalfOfUnavailableError(attempt.throttledRetryAfterSeconds);
        if (attempt.unreachable) throw new OnBehalfOfUnavailableError(5);
        const code = (error as { errorCode?: unknown }).errorCode;
        const claims = (error as { claims?: unknown }).claims;
        const challenge = typeof claims === "string" && claims.length > 0 ? claims : attempt.claims;
        throw new OnBehalfOfRefusedError(typeof code === "string" && code ? code : "obo-failed", challenge);
      }
      if (!result?.accessToken) throw new OnBehalfOfRefusedError("no-access-token");
      return result.accessToken;
    };
    return provider;
  };
}
