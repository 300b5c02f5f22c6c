// Graph for the sweep (no user present): an app-only token from @azure/identity — client certificate,
// secret or managed identity, by configuration. Which mailboxes it reaches is Exchange's decision (RBAC for
// Applications scoped to the HwC mailboxes, see docs); the service does not assume tenant-wide rights.
import { ClientCertificateCredential, ClientSecretCredential, ManagedIdentityCredential, type AccessToken, type TokenCredential } from "@azure/identity";
import type { AuthenticationProvider } from "@microsoft/microsoft-graph-client";
import type { Config } from "../config/load-config";

export function createAppCredential(config: Pick<Config, "authorityHost" | "tenantId" | "sweep" | "profile">): TokenCredential {
  const credential = config.sweep.credential;
  const options = {
    authorityHost: config.authorityHost,
    // Instance discovery asks login.microsoftonline.com about the authority; the stand-in is not known there.
    disableInstanceDiscovery: config.profile === "local",
  };
  switch (credential.kind) {
    case "secret":
      return new ClientSecretCredential(config.tenantId, credential.clientId, credential.secret, options);
    case "certificate":
      return new ClientCertificateCredential(config.tenantId, credential.clientId, { certificatePath: credential.certificatePath }, options);
    case "managed-identity":
      return credential.managedIdentityClientId ? new ManagedIdentityCredential(credential.managedIdentityClientId) : new ManagedIdentityCredential();
  }
}

/** Reuses the app-only token until five minutes before it expires: a sweep of thousands of mailboxes asks often. */
export function appAuthenticationProvider(credential: TokenCredential, graphResource: string): AuthenticationProvider {
  let current: AccessToken | undefined;
  let pending: Promise<AccessToken> | undefined;
  const refresh = async () => {
    const token = await credential.getToken(`${graphResource}/.default`);
    if (!token) throw new Error("no app-only token");
    return token;
  };
  return {
    async getAccessToken() {
      if (current && current.expiresOnTimestamp - Date.now() > 5 * 60_000) return current.token;
      pending ??= refresh().finally(() => (pending = undefined));
      current = await pending;
      return current.token;
    },
  };
}
